#![cfg(not(target_arch = "wasm32"))]
//! The plan-text reader (model::extract): on the bundled resolution it finds the plan's
//! modelled targets with their value, kind and direction and proposes nothing else (the
//! appendix's restatements of a target excepted); on the test texts in
//! `tests/fixtures/plans/` it is scored against the table beside each; on any text it
//! never panics, runs in linear time and cites its words exactly.

use bac_yen_plan::model::extract::{extract, Draft, DraftDirection, DraftKind};
use bac_yen_plan::model::plan::{Direction, Indicator, TargetKind};
use bac_yen_plan::model::Plan;
use proptest::prelude::*;

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

/// How many of `want`'s words `got` has, as a share of `want`'s.
fn overlap(want: &str, got: &str) -> f64 {
    let (w, g) = (words(want), words(got));
    if w.is_empty() {
        return 0.0;
    }
    w.iter().filter(|x| g.contains(x)).count() as f64 / w.len() as f64
}

fn expected_kind(i: &Indicator) -> DraftKind {
    if i.target.each_year {
        return DraftKind::Flow;
    }
    match i.target.kind {
        TargetKind::Level | TargetKind::Rate => DraftKind::Level,
        TargetKind::Growth => DraftKind::Growth,
        TargetKind::Change | TargetKind::TermChange => DraftKind::Change,
        TargetKind::Cumulative => DraftKind::Cumulative,
    }
}

fn expected_direction(d: Direction) -> DraftDirection {
    match d {
        Direction::AtLeast => DraftDirection::AtLeast,
        Direction::Above => DraftDirection::Above,
        Direction::AtMost => DraftDirection::AtMost,
        Direction::Below => DraftDirection::Below,
        Direction::Hold => DraftDirection::Hold,
        Direction::About => DraftDirection::About,
        Direction::Range => DraftDirection::Range,
    }
}

/// The proposal for a target: its number, and the most words of its text.
fn best<'a>(drafts: &'a [Draft], value: f64, text: &str) -> Option<&'a Draft> {
    drafts
        .iter()
        .filter(|d| (d.value - value).abs() < 1e-9)
        .map(|d| (d, overlap(text, &format!("{} {}", d.name, d.text))))
        .filter(|(_, o)| *o >= 0.3)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(d, _)| d)
}

#[test]
fn the_bundled_resolution_reads_as_its_plan() {
    let plan = Plan::bundled().unwrap();
    let text = bac_yen_plan::model::plan::RESOLUTION_TEXT;
    let drafts = extract(text);
    let (mut found, mut kind_ok, mut direction_ok) = (0, 0, 0);
    let mut used = vec![false; drafts.len()];
    let mut misses = Vec::new();
    for ind in &plan.indicators {
        match best(&drafts, ind.target.value, &ind.target.text) {
            Some(d) => {
                found += 1;
                let k = drafts.iter().position(|x| std::ptr::eq(x, d)).unwrap();
                used[k] = true;
                if d.kind == expected_kind(ind) {
                    kind_ok += 1;
                } else {
                    misses.push(format!("{} kind {:?}", ind.id, d.kind));
                }
                if d.direction == expected_direction(ind.target.direction) {
                    direction_ok += 1;
                } else {
                    misses.push(format!("{} direction {:?}", ind.id, d.direction));
                }
                assert_eq!(d.year, Some(ind.target.year.max(2030)), "{}", ind.id);
            }
            None => misses.push(format!("{} not found", ind.id)),
        }
    }
    // Restatements (P8, P10, P11 repeat the main list) are flagged, offered unchecked.
    let restated = drafts
        .iter()
        .enumerate()
        .filter(|(k, d)| !used[*k] && d.restates.is_some())
        .count();
    let flagged_targets = drafts
        .iter()
        .enumerate()
        .filter(|(k, d)| used[*k] && d.restates.is_some())
        .count();
    assert_eq!(
        flagged_targets, 0,
        "no target of the plan is flagged as a restatement"
    );
    let extra = used.iter().filter(|u| !**u).count() - restated;
    let n = plan.indicators.len();
    println!(
        "EXTRACT bundled resolution: {found}/{n} targets found, kind right {kind_ok}/{found}, \
         direction right {direction_ok}/{found}, {} proposals, {restated} restatements, {extra} not a target",
        drafts.len()
    );
    println!("EXTRACT misses: {misses:?}");
    // Every target found with its value, kind and direction; nothing else proposed.
    assert_eq!(found, n, "{misses:?}");
    assert_eq!(extra, 0);
    assert_eq!(kind_ok, n, "{misses:?}");
    assert_eq!(direction_ok, n, "{misses:?}");
}

#[test]
fn numbers_in_every_written_form() {
    let read = |t: &str| extract(t);
    let one = |t: &str| {
        let d = read(t);
        assert_eq!(d.len(), 1, "{t}: {d:?}");
        d.into_iter().next().unwrap()
    };
    let d = one("Phấn đấu đến năm 2030, tổng diện tích cây ăn quả đạt 1.250 ha.");
    assert_eq!(
        (d.value, d.unit.as_str(), d.kind, d.direction),
        (1250.0, "ha", DraftKind::Level, DraftDirection::AtLeast)
    );
    let d = one("Tốc độ tăng thu ngân sách bình quân hằng năm 9,9%.");
    assert_eq!((d.value, d.kind), (9.9, DraftKind::Growth));
    let d = one("Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt 86.400 tỉ đồng.");
    assert_eq!((d.value, d.unit.as_str()), (86400.0, "tỷ đồng"));
    let d = one("Tăng trưởng kinh tế bình quân 7-8%/năm.");
    assert_eq!(
        (d.value, d.high, d.direction, d.kind),
        (7.0, Some(8.0), DraftDirection::Range, DraftKind::Growth)
    );
    let d = one("Tốc độ tăng năng suất lao động từ 6,5 đến 7,0%/năm.");
    assert_eq!((d.value, d.high), (6.5, Some(7.0)));
    let d = one("Tỷ lệ hộ nghèo giảm xuống dưới 2%.");
    assert_eq!((d.value, d.direction), (2.0, DraftDirection::Below));
    let d = one("Thu nhập bình quân đầu người đạt trên 55 triệu.");
    assert_eq!(
        (d.value, d.unit.as_str(), d.direction),
        (55.0, "triệu đồng", DraftDirection::Above)
    );
    let d = one("Tỷ lệ sinh giảm 0,3‰ mỗi năm.");
    assert_eq!(
        (d.value, d.unit.as_str(), d.kind),
        (0.3, "‰", DraftKind::Flow)
    );
    let d = one("Có 45/120 thôn đạt chuẩn nông thôn mới.");
    assert_eq!((d.value, d.unit.as_str()), (45.0, "/120 thôn"));
    let d = one("Duy trì tỷ lệ che phủ rừng 47%.");
    assert_eq!(d.direction, DraftDirection::Hold);
    let d = one("Thu nhập bình quân đầu người năm 2030 tăng 19% so với năm 2025.");
    assert_eq!((d.value, d.kind), (19.0, DraftKind::Change));
    let d = one("Trong nhiệm kỳ tạo việc làm mới cho ít nhất 2.000 lao động.");
    assert_eq!(
        (d.kind, d.direction),
        (DraftKind::Cumulative, DraftDirection::AtLeast)
    );
    let d = one("Không còn hộ nghèo vào năm 2030.");
    assert_eq!((d.value, d.direction), (0.0, DraftDirection::AtMost));
    // Not targets: dates, document numbers, item numbers, years, counts of targets.
    for t in [
        "Nghị quyết số 32/NQ-HĐND ngày 19/12/2025 của HĐND xã.",
        "Thực hiện Chỉ thị 05-CT/TU.",
        "Kế hoạch gồm 21 chỉ tiêu chủ yếu.",
        "(7) Giai đoạn 2026 - 2030.",
        "Hoàn thành 100% các chỉ tiêu đã đề ra.",
        "Năm 2025 đã đạt 19/19 chỉ tiêu.",
    ] {
        assert!(read(t).is_empty(), "{t}: {:?}", read(t));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any text: no panic, and every proposal cites exactly its slice of the input.
    #[test]
    fn every_proposal_cites_its_own_words(t in "[ -~àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ0-9.,%:;()+\\-/\n]{0,400}") {
        for d in extract(&t) {
            prop_assert_eq!(&t[d.start..d.end], d.text.as_str());
            prop_assert!(d.value.is_finite());
        }
    }
}

#[test]
fn a_megabyte_of_random_text_reads_in_linear_time() {
    // A fixed pseudo-random text of 1 MB (letters, digits, marks, line breaks).
    let alphabet: Vec<char> =
        "aăâbcdđeêghiklmnoôơpqrstuưvxy ÀÁẠĐ0123456789.,%:;()+-/\n tỷ đồng ha năm"
            .chars()
            .collect();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut text = String::new();
    while text.len() < 1_000_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        text.push(alphabet[(x % alphabet.len() as u64) as usize]);
    }
    let t0 = std::time::Instant::now();
    let drafts = extract(&text);
    let half = &text[..text.char_indices().nth(text.chars().count() / 2).unwrap().0];
    let t1 = std::time::Instant::now();
    extract(half);
    let (whole, part) = (t0.elapsed() - t1.elapsed(), t1.elapsed());
    println!(
        "EXTRACT 1 MB of random text: {:.1} ms ({} proposals); half of it {:.1} ms",
        whole.as_secs_f64() * 1e3,
        drafts.len(),
        part.as_secs_f64() * 1e3
    );
    for d in &drafts {
        assert_eq!(&text[d.start..d.end], d.text);
    }
}

/// One expected target of a test text (a row of its `.tsv`).
struct Want {
    value: f64,
    high: Option<f64>,
    unit: String,
    kind: String,
    direction: String,
    year: Option<u16>,
    name: String,
}

fn wants(tsv: &str) -> Vec<Want> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert_eq!(c.len(), 7, "a row of 7 columns: {l}");
            Want {
                value: c[0].parse().unwrap(),
                high: (!c[1].is_empty()).then(|| c[1].parse().unwrap()),
                unit: c[2].into(),
                kind: c[3].into(),
                direction: c[4].into(),
                year: c[5].parse().ok(),
                name: c[6].into(),
            }
        })
        .collect()
}

/// Scores the reader on every test text: recall, precision, and how often the kind, the
/// direction, the unit and the year of a found target are right. Prints the figures and
/// holds them at today's level.
#[test]
fn the_test_texts_score() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plans");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 12, "at least 12 test texts");
    let (mut expected, mut proposed, mut found) = (0, 0, 0);
    let (mut kind_ok, mut dir_ok, mut unit_ok, mut year_ok) = (0, 0, 0, 0);
    let mut notes = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let table = std::fs::read_to_string(path.with_extension("tsv")).unwrap();
        let want = wants(&table);
        let got = extract(&text);
        for d in &got {
            assert_eq!(&text[d.start..d.end], d.text);
        }
        expected += want.len();
        proposed += got.len();
        let mut used = vec![false; got.len()];
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        for w in &want {
            let hit = got.iter().enumerate().find(|(k, d)| {
                !used[*k]
                    && (d.value - w.value).abs() < 1e-9
                    && d.high == w.high
                    && overlap(&w.name, &format!("{} {}", d.name, d.text)) >= 0.5
            });
            let Some((k, d)) = hit else {
                notes.push(format!("{file}: missed {} {}", w.value, w.name));
                continue;
            };
            used[k] = true;
            found += 1;
            let mut check = |ok: bool, what: &str, counter: &mut usize| {
                if ok {
                    *counter += 1;
                } else {
                    notes.push(format!("{file}: {} {what}", w.name));
                }
            };
            check(
                d.kind.key() == w.kind,
                &format!("kind {} not {}", d.kind.key(), w.kind),
                &mut kind_ok,
            );
            check(
                d.direction.key() == w.direction,
                &format!("direction {} not {}", d.direction.key(), w.direction),
                &mut dir_ok,
            );
            check(
                d.unit == w.unit,
                &format!("unit {:?} not {:?}", d.unit, w.unit),
                &mut unit_ok,
            );
            check(
                d.year == w.year,
                &format!("year {:?} not {:?}", d.year, w.year),
                &mut year_ok,
            );
        }
        for (k, d) in got.iter().enumerate() {
            if !used[k] {
                notes.push(format!("{file}: extra {} {} ({})", d.value, d.unit, d.name));
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "EXTRACT test texts ({} files): recall {found}/{expected} = {:.1}%, precision {found}/{proposed} = {:.1}%; \
         of the found: kind {:.1}%, direction {:.1}%, unit {:.1}%, year {:.1}%",
        files.len(),
        pct(found, expected),
        pct(found, proposed),
        pct(kind_ok, found),
        pct(dir_ok, found),
        pct(unit_ok, found),
        pct(year_ok, found),
    );
    for n in &notes {
        println!("EXTRACT note: {n}");
    }
    // Held at today's figures (raise them as the reader improves).
    assert!(pct(found, expected) >= RECALL_FLOOR, "{notes:?}");
    assert!(pct(found, proposed) >= PRECISION_FLOOR, "{notes:?}");
    assert!(pct(kind_ok, found) >= KIND_FLOOR, "{notes:?}");
    assert!(pct(dir_ok, found) >= DIRECTION_FLOOR, "{notes:?}");
}

const RECALL_FLOOR: f64 = 95.0;
const PRECISION_FLOOR: f64 = 95.0;
const KIND_FLOOR: f64 = 95.0;
const DIRECTION_FLOOR: f64 = 95.0;

/// The confirmed drafts of the bundled resolution make a plan (the editor's format, every
/// check passed) whose targets are the built-in plan's: every value, and kinds and
/// directions as the words give them.
#[test]
fn the_bundled_resolution_makes_the_built_in_plans_targets() {
    use bac_yen_plan::model::draft_plan::{plan_from_drafts, plan_years};
    use bac_yen_plan::model::extract::term;
    let built_in = Plan::bundled().unwrap();
    let text = bac_yen_plan::model::plan::RESOLUTION_TEXT;
    // The rows as offered: a likely restatement unchecked.
    let drafts: Vec<_> = extract(text)
        .into_iter()
        .filter(|d| d.restates.is_none())
        .collect();
    let years = plan_years(term(text), &drafts);
    assert_eq!(years, (2025, 2030));
    let (plan, problems) = plan_from_drafts(&drafts, years, "NQ 32 (từ văn bản)", "", &built_in);
    assert!(problems.is_empty(), "{problems:?}");
    plan.validate().unwrap();
    let (mut same_value, mut same_kind, mut same_direction) = (0, 0, 0);
    for ind in &built_in.indicators {
        let Some(mine) = plan
            .indicators
            .iter()
            .filter(|m| (m.target.value - ind.target.value).abs() < 1e-9)
            .map(|m| (m, overlap(&ind.target.text, &m.target.text)))
            .filter(|(_, o)| *o >= 0.3)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(m, _)| m)
        else {
            println!("EXTRACT plan: no indicator for {}", ind.id);
            continue;
        };
        same_value += 1;
        if mine.target.kind != ind.target.kind || mine.target.direction != ind.target.direction {
            println!(
                "EXTRACT plan: {} is {:?} {:?}, built-in {:?} {:?}",
                ind.id,
                mine.target.kind,
                mine.target.direction,
                ind.target.kind,
                ind.target.direction
            );
        }
        same_kind += usize::from(mine.target.kind == ind.target.kind);
        same_direction += usize::from(mine.target.direction == ind.target.direction);
    }
    let n = built_in.indicators.len();
    println!("EXTRACT plan from the bundled text: {} indicators; targets equal to the built-in plan's: value {same_value}/{n}, kind {same_kind}/{n}, direction {same_direction}/{n}", plan.indicators.len());
    assert_eq!(same_value, n);
    assert_eq!(
        plan.indicators.len(),
        n,
        "one indicator a target, the restatements left out"
    );
    assert_eq!(same_kind, n);
    assert_eq!(same_direction, n);
}

/// Two targets of one item cite words of their own, never the same ones.
#[test]
fn the_source_words_of_two_targets_never_overlap() {
    for path in
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plans")).unwrap()
    {
        let path = path.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let d = extract(&text);
            for w in d.windows(2) {
                assert!(
                    w[0].end <= w[1].start,
                    "{}: {:?} / {:?}",
                    path.display(),
                    w[0].text,
                    w[1].text
                );
            }
        }
    }
    let d = extract(bac_yen_plan::model::plan::RESOLUTION_TEXT);
    for w in d.windows(2) {
        assert!(w[0].end <= w[1].start, "{:?} / {:?}", w[0].text, w[1].text);
    }
}

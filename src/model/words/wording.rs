//! The words for the model's own categories, in both languages: a verdict, a method. Kept
//! with the model so host tests hold every category to having its words.

use crate::model::basics::number::Lang;
use crate::model::plan::assumption::{Assumption, Method};
use crate::model::plan::{Direction, Indicator, Resolution, Settings};
use crate::model::projection::status::Verdict;

/// A verdict as the planner reads it.
pub fn verdict_text(lang: Lang, v: Verdict) -> &'static str {
    let (vi, en) = match v {
        Verdict::Achieved => ("Đã đạt", "Achieved"),
        Verdict::Missed => ("Không đạt", "Missed"),
        Verdict::OnTrack => ("Có khả năng đạt", "Likely to be met"),
        Verdict::Accelerate => ("Cần đẩy nhanh tiến độ", "Needs to speed up"),
        Verdict::Limited => ("Khó đạt", "Hard to meet"),
        Verdict::Deteriorating => ("Diễn biến ngược", "Moving away"),
        Verdict::Unassessable => ("Chưa đủ cơ sở đánh giá", "Not enough to assess"),
    };
    lang.pick(vi, en)
}

/// A method's name for the planner.
pub fn method_name(m: &Method, lang: Lang) -> &'static str {
    use Method::*;
    let (vi, en) = match m {
        Compound { .. } => (
            "Tăng trưởng bình quân (%/năm)",
            "Average annual growth (%/yr)",
        ),
        Linear { .. } => ("Tăng/giảm đều mỗi năm", "Linear change per year"),
        Points { .. } => ("Tăng điểm phần trăm mỗi năm", "Percentage points per year"),
        Decline { .. } => (
            "Giảm dần theo tỷ lệ (% phần còn lại/năm)",
            "Relative decline (% of what remains/yr)",
        ),
        Saturating { .. } => ("Tiến dần tới mức trần", "Saturating approach to a ceiling"),
        Path { .. } => ("Lộ trình tự nhập", "Planned path (typed)"),
        Steady { .. } => (
            "Lượng mỗi năm, cộng dồn cả kỳ",
            "A yearly amount, summed over the term",
        ),
        TotalChange { .. } => ("Tăng so với năm 2025 (%)", "Change against 2025 (%)"),
        Forest { .. } => (
            "Trồng rừng (tính sau thời gian thành rừng)",
            "Forest planting (counts after maturing)",
        ),
    };
    lang.pick(vi, en)
}

/// A date as Vietnamese administrative documents write it, after the place: "Bắc Yên,
/// ngày 05 tháng 3 năm 2026" (a leading zero only for days under 10 and for months 1 and
/// 2); in English "Bắc Yên, 5 March 2026".
pub fn document_date(place: &str, day: u32, month: u32, year: i32, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Vi => {
            let month = if month <= 2 {
                format!("{month:02}")
            } else {
                month.to_string()
            };
            format!("{place}, ngày {day:02} tháng {month} năm {year}")
        }
        Lang::En => {
            let name = MONTHS.get(month.saturating_sub(1) as usize).unwrap_or(&"");
            format!("{place}, {day} {name} {year}")
        }
    }
}

/// The target as a planner reads it: "≥ 4.500 ha", "< 55%". "Cơ bản không còn" (a zero
/// target in words) shows the threshold the verdict uses: "≤ 1% hộ (cơ bản không còn)".
pub fn target_words(ind: &Indicator, settings: Option<&Settings>, lang: Lang) -> String {
    let sign = match ind.target.direction {
        Direction::AtLeast => "≥",
        Direction::AtMost => "≤",
        Direction::Below => "<",
        Direction::Above => ">",
        Direction::Hold => "=",
        Direction::About => "≈",
        Direction::Range => "",
    };
    // The number and its unit joined as everywhere else ("50%", "4.500 ha").
    let unit = ind.target_unit(lang);
    let shown = |v: f64| {
        crate::model::words::reason::with_unit(
            &crate::model::projection::target::show_outcome(ind, v, lang),
            unit,
        )
    };
    match (ind.target.qualitative, settings) {
        (true, Some(s)) => format!(
            "≤ {} {}",
            shown(s.poverty_threshold_pct),
            lang.pick("(cơ bản không còn)", "(basically none)")
        ),
        (true, None) => format!("≈ {}", crate::model::words::reason::with_unit("0", unit)),
        (false, _) => match crate::model::projection::window::bounds(ind) {
            Some((lo, hi)) if ind.target.direction == Direction::Range => {
                let n = |v| crate::model::projection::target::show_outcome(ind, v, lang);
                crate::model::words::reason::with_unit(&format!("{}–{}", n(lo), n(hi)), unit)
            }
            Some(_) => format!("{sign} {} (± 5%)", shown(ind.target.value)),
            None => format!("{sign} {}", shown(ind.target.value)),
        },
    }
}

/// A year's actual against the year before ("so với cùng kỳ"), once actuals exist: the
/// change in per cent, or in percentage points for a rate (a series in %). None when
/// there is nothing to compare with (a year before of 0).
pub fn against_same_period(ind: &Indicator, now: f64, before: f64, lang: Lang) -> Option<String> {
    let rate = ind.unit_vi.trim_start().starts_with('%');
    let change = if rate {
        now - before
    } else if before != 0.0 {
        (now / before - 1.0) * 100.0
    } else {
        return None;
    };
    if !change.is_finite() {
        return None;
    }
    let sign = if change > 0.0 { "+" } else { "" };
    let n = crate::model::basics::number::format_number(change, 1, lang);
    Some(match (lang, rate) {
        (Lang::Vi, true) => format!("{sign}{n} điểm phần trăm so với cùng kỳ"),
        (Lang::Vi, false) => format!("{sign}{n}% so với cùng kỳ"),
        (Lang::En, true) => format!("{sign}{n} pp on the year before"),
        (Lang::En, false) => format!("{sign}{n}% on the year before"),
    })
}

/// The resolution named in full, as a document names it on first mention: "Nghị quyết
/// số 32/NQ-HĐND ngày 19/12/2025 của HĐND xã Bắc Yên". The place is the commune's name
/// before its province ("xã Bắc Yên, tỉnh Sơn La").
pub fn resolution_name(r: &Resolution, lang: Lang) -> String {
    // "2025-12-19" -> "19/12/2025"; a date the plan writes otherwise is shown as written.
    let date = match r.adopted.split('-').collect::<Vec<_>>()[..] {
        [y, m, d] => format!("{d}/{m}/{y}"),
        _ => r.adopted.clone(),
    };
    let vi_place = r
        .commune_vi
        .split(',')
        .next()
        .unwrap_or(&r.commune_vi)
        .trim();
    let en_place = r
        .commune_en
        .split(',')
        .next()
        .unwrap_or(&r.commune_en)
        .trim();
    // A plan of the planner's own may have no number or date: it is named by its title.
    if r.number.trim().is_empty() {
        let title = lang.pick(&r.title_vi, &r.title_en);
        let place = lang.pick(vi_place, en_place);
        return if place.is_empty() {
            title.to_string()
        } else {
            format!("{title} · {place}")
        };
    }
    let date = if date.is_empty() {
        String::new()
    } else {
        lang.pick(format!(" ngày {date}"), format!(" of {date}"))
    };
    match lang {
        Lang::Vi => format!("Nghị quyết số {}{date} của HĐND {vi_place}", r.number),
        Lang::En => format!(
            "Resolution No. {}{date} of the People's Council of {en_place}",
            r.number
        ),
    }
}

/// "Ước đạt 96,4% KH": the projected outcome as a share of the plan's figure, the form
/// officials think in. Only where a share means something: a figure to reach or hold in
/// the series' own units (not a growth rate, not a ceiling or a "below").
pub fn share_of_plan(ind: &Indicator, outcome: f64, lang: Lang) -> Option<String> {
    use crate::model::plan::TargetKind;
    let in_units = matches!(
        ind.target.kind,
        TargetKind::Level | TargetKind::Rate | TargetKind::Cumulative
    );
    let upward = ind.target.direction.upward();
    if !in_units
        || !upward
        || ind.target.qualitative
        || ind.target.value <= 0.0
        || !outcome.is_finite()
    {
        return None;
    }
    let share =
        crate::model::basics::number::format_number(outcome / ind.target.value * 100.0, 1, lang);
    Some(lang.pick(
        format!("Ước đạt {share}% KH"),
        format!("{share}% of the plan"),
    ))
}

/// A scenario's name in the chosen language when it is still a name the app gave it ("Kịch
/// bản mới", "New scenario (2)"...): a scenario made in English reads in Vietnamese once
/// the language is switched. A name the planner typed is theirs and never changes.
pub fn scenario_name(name: &str, lang: Lang) -> String {
    use crate::model::texts::{text, Text};
    for which in [Text::NewScenario, Text::FirstScenario, Text::ForkName] {
        for given in [text(Lang::Vi, which), text(Lang::En, which)] {
            let Some(rest) = name.strip_prefix(given) else {
                continue;
            };
            // unique_name's own suffix: " (2)", " (3)"...
            let numbered = rest
                .strip_prefix(" (")
                .and_then(|r| r.strip_suffix(')'))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if rest.is_empty() || numbered {
                return format!("{}{rest}", text(lang, which));
            }
        }
    }
    name.to_string()
}

/// First letter upper-case: the resolution's words often start mid-sentence. Only an
/// ASCII first letter is changed (every name in the plan starts with one); a full Unicode
/// upper-casing would bring its case tables into the download.
pub fn capitalised(name: &str) -> String {
    let mut out = name.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The assumption in words: "Tăng trưởng bình quân (%/năm): 9,9 %/năm", then the
/// plan-wide pace when it is not zero and the planner's own baseline if any.
pub fn assumption_words(ind: &Indicator, a: &Assumption, pace_pct: f64, lang: Lang) -> String {
    use crate::model::basics::number::{auto_decimals, format_number};
    use crate::model::texts::{text, Text};
    let num = |v: f64| format_number(v, auto_decimals(v), lang);
    let mut words = match a.method.parameter() {
        Some(v) => format!(
            "{}: {}",
            method_name(&a.method, lang),
            crate::model::words::reason::with_unit(
                &num(v),
                &crate::model::words::reason::parameter_unit(ind, &a.method, lang)
            )
        ),
        None => method_name(&a.method, lang).to_string(),
    };
    if pace_pct != 0.0 {
        words += &format!(
            "; {} {}%",
            text(lang, Text::PaceOnReport),
            format_number(pace_pct, 1, lang)
        );
    }
    // The 2025 figure is not an assumption: its line is the source's (`baseline_source`).
    words
}

/// Where the 2025 figure in use comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureSource {
    /// The commune's own, entered on this date ("30/11/2026").
    Commune { entered: String },
    /// This scenario's own, apart from the commune's.
    Scenario,
    /// The plan's illustrative figure and its source.
    Plan,
}

/// The source line of the 2025 figure in use: one line, the same number everywhere
/// ("Năm 2025: 52 tỷ đồng. Số liệu của xã, nhập ngày 30/11/2026.").
pub fn baseline_source(ind: &Indicator, value: f64, source: &FigureSource, lang: Lang) -> String {
    let figure = format!(
        "{} {}: {}.",
        lang.pick("Năm", "Year"),
        ind.baseline.year,
        crate::model::words::reason::with_unit(
            &crate::model::projection::target::show_value(ind, value, lang),
            ind.unit(lang)
        )
    );
    let whose = match source {
        FigureSource::Commune { entered } => lang.pick(
            format!("Số liệu của xã, nhập ngày {entered}."),
            format!("The commune's figure, entered {entered}."),
        ),
        FigureSource::Scenario => lang
            .pick(
                "Số liệu riêng của kịch bản này.",
                "This scenario's own figure.",
            )
            .to_string(),
        FigureSource::Plan => lang
            .pick(&ind.baseline.source_vi, &ind.baseline.source_en)
            .to_string(),
    };
    format!("{figure} {whose}")
}

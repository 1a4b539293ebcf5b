//! Decoder fuzzing outside CI (`make fuzz`): FUZZ_CASES generated inputs (default
//! 1.000.000) for each decoder of outside data, stored records, scenario files and share
//! links, none of which may panic. Inputs are valid texts the app writes, mutated (bytes
//! flipped, cut, repeated, spliced with JSON pieces), and plain random text. Prints the
//! count per decoder; exits non-zero on the first panic, printing the input.

use bac_yen_plan::model::compress::{base64url, compress};
use bac_yen_plan::model::exchange::{read_file, read_link, write_file, write_link};
use bac_yen_plan::model::record::{load, Loaded, Record, SCHEMA};
use bac_yen_plan::model::scenario::{Scenario, Workspace};
use bac_yen_plan::model::Plan;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "null",
    "-1",
    "1e999",
    "\"\"",
    "[]",
    "{}",
    "\"2027.5\"",
    "-0",
    "NaN",
    "\u{feff}",
    "\"schema\":",
    "\"workspace\":",
    "\"scenarios\":[",
    "\"assumptions\":{",
    "\"actuals\":{\"2027\":",
    "\"method\":",
    "{\"compound\":{\"rate_pct\":",
    "\"spread\":{\"around\":{\"width\":",
    "\"readings\":{",
    "\"revision\":",
    "18446744073709551616",
    "\"\\ud800\"",
    ",",
    "}",
    "]",
    ":",
    "\"",
    "\\",
    "s1.",
    "%",
];

fn mutate(base: &str, rng: &mut Rng) -> String {
    let mut bytes = base.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] ^= 1 << rng.below(8);
            }
            1 => bytes.truncate(at),
            2 => {
                let piece = PIECES[rng.below(PIECES.len())].as_bytes();
                bytes.splice(at..at, piece.iter().copied());
            }
            3 if at < bytes.len() => {
                let end = (at + rng.below(40)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            4 if at < bytes.len() => {
                let end = (at + rng.below(20)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => bytes.insert(at.min(bytes.len()), rng.next() as u8),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn random_text(rng: &mut Rng) -> String {
    let n = rng.below(200);
    (0..n)
        .map(|_| match rng.below(4) {
            0 => PIECES[rng.below(PIECES.len())].to_string(),
            1 => char::from_u32(rng.below(0x2000) as u32)
                .unwrap_or('?')
                .to_string(),
            _ => ((b' ' + rng.below(95) as u8) as char).to_string(),
        })
        .collect()
}

fn main() {
    let cases: usize = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let plan = Plan::bundled().expect("plan");
    let mut scenario = Scenario::new("a1".into(), "Kịch bản · thử", 1.0);
    for (k, ind) in plan.indicators.iter().enumerate().take(12) {
        let mut a = ind.assumption.clone();
        a.baseline = Some(ind.baseline.value);
        a.actuals.insert(2026, ind.baseline.value);
        scenario.set_assumption(
            &plan,
            k,
            a.at_parameter(a.method.parameter().unwrap_or(0.0) + 0.5),
        );
    }
    scenario.readings.insert("P1".into(), "from_2025".into());
    let record = Record {
        schema: SCHEMA,
        app_version: "0.2.0".into(),
        saved_ms: 2.0,
        revision: 3,
        lang: Some("vi".into()),
        workspace: Workspace {
            active: "a1".into(),
            scenarios: vec![scenario.clone()],
            deleted: [("gone".to_string(), 1.0)].into_iter().collect(),
            facts: Default::default(),
            plans: Vec::new(),
            plan: String::new(),
        },
    }
    .encode();
    let file = write_file(std::slice::from_ref(&scenario), "0.2.0", 1.0);
    let link = write_link(&scenario);
    // Each decoder says whether it read anything (so the run shows it reached past the
    // first syntax error often enough to test the deeper checks).
    type Decoder<'a> = Box<dyn Fn(&str) -> bool + 'a>;
    let decoders: [(&str, &str, Decoder); 3] = [
        (
            "stored records",
            &record,
            Box::new(|t| matches!(load(Some(t), Some(t), &plan), Loaded::Found { .. })),
        ),
        (
            "scenario files",
            &file,
            Box::new(|t| read_file(t, &plan).is_ok()),
        ),
        (
            "share links",
            &link,
            Box::new(|t| read_link(t, &plan).is_ok()),
        ),
    ];
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // A link's JSON, so half the link inputs are well-formed links of mutated JSON (a
    // mutated link alone rarely gets past the decompressor).
    let link_json = serde_json::to_string(&Scenario {
        id: String::new(),
        ..scenario.clone()
    })
    .unwrap_or_default();
    for (name, base, decode) in &decoders {
        let started = Instant::now();
        let mut read = 0usize;
        for i in 0..cases {
            let input = if i % 5 == 4 {
                random_text(&mut rng)
            } else if *name == "share links" && i % 2 == 0 {
                let json = mutate(&link_json, &mut rng);
                format!("s1.{}", base64url(&compress(json.as_bytes())))
            } else {
                mutate(base, &mut rng)
            };
            match catch_unwind(AssertUnwindSafe(|| decode(&input))) {
                Ok(ok) => read += usize::from(ok),
                Err(_) => {
                    println!("FUZZ {name}: PANIC on input {i}: {input:?}");
                    std::process::exit(1);
                }
            }
        }
        println!(
            "FUZZ {name}: {cases} inputs, 0 panics, {read} read in whole or in part ({:.1} s)",
            started.elapsed().as_secs_f64()
        );
    }
}

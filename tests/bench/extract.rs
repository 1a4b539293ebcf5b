//! `cargo run --quiet --example extract -- FILE`: the plan-text reader on a UTF-8 file,
//! one JSON object per proposed target (model::extract).

use bac_yen_plan::model::extract::{extract, json_line};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example extract -- FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                eprintln!("{path}: not UTF-8 text");
                std::process::exit(1);
            }
        },
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    for d in extract(&text) {
        println!("{}", json_line(&d));
    }
}

//! The ways work leaves the app as files: scenarios as JSON, the projection table as CSV.
//! One place for each, whichever button asks (the scenario bar, a "not saved" warning).

use leptos::prelude::*;

use super::i18n::{text, verdict_text, Text};
use super::saving::APP_VERSION;
use super::state::AppState;
use crate::edge::{clock, files};
use crate::model::csv::{projection_csv, CsvWords};
use crate::model::exchange::write_file;
use crate::model::Scenario;

/// A file name from a scenario's name.
pub fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        // Vietnamese letters stay; only what file systems refuse becomes a dash.
        .map(|c| {
            if c.is_control() || " /\\:*?\"<>|#%".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    let s = s.trim_matches('-').chars().take(40).collect::<String>();
    if s.is_empty() {
        "kich-ban".into()
    } else {
        s
    }
}

/// Downloads the shown scenario, or all of them, as a scenario file; each carries its
/// name in words (the reference too).
pub fn export_scenarios(state: AppState, everything: bool) {
    let list: Vec<Scenario> = if everything {
        state.workspace.with_untracked(|w| w.scenarios.clone())
    } else {
        vec![state.active.get_untracked()]
    };
    let list: Vec<Scenario> = list.into_iter().map(|s| state.named(s)).collect();
    let name = match (everything, list.first()) {
        (false, Some(one)) => format!("{}.json", slug(&state.name_of(one))),
        _ => "bac-yen-kich-ban.json".to_string(),
    };
    let text = write_file(&list, APP_VERSION, clock::now_ms());
    let _ = files::download_text(&name, "application/json", &text);
}

/// Downloads the shown scenario's projection table as CSV in the chosen language.
pub fn download_csv(state: AppState) {
    let l = state.lang.get_untracked();
    let name = state.name_of(&state.active.get_untracked());
    let verdict = move |v| verdict_text(l, v);
    let words = CsvWords {
        header: [
            text(l, Text::CsvScenario),
            text(l, Text::CsvId),
            text(l, Text::CsvIndicator),
            text(l, Text::CsvUnit),
            text(l, Text::Year),
            text(l, Text::CsvValue),
            text(l, Text::CsvKind),
            text(l, Text::Target),
            text(l, Text::CsvTargetUnit),
            text(l, Text::Status),
            text(l, Text::CsvPace),
        ],
        known: text(l, Text::CsvKnown),
        projected: text(l, Text::CsvProjected),
        verdict: &verdict,
    };
    // Judged as the scenario reads its targets.
    let text = state.results.with_untracked(|r| {
        state.read_plan.with_untracked(|plan| {
            projection_csv(plan, &name, r, state.pace_pct.get_untracked(), l, &words)
        })
    });
    let _ = files::download_text(
        &format!("{}.csv", slug(&name)),
        "text/csv;charset=utf-8",
        &text,
    );
}

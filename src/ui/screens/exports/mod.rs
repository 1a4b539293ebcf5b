//! The ways work leaves the app as files: scenarios as JSON, the projection table as CSV.
//! One place for each, whichever button asks (the scenario bar, a "not saved" warning).
//!
//! Imports: nothing.

use leptos::prelude::*;

use crate::edge::{clock, files};
use crate::model::projection::project::Period;
use crate::model::projection::solve::required_path;
use crate::model::projection::uncertainty::monte_carlo_all;
use crate::model::safe::exchange::write_file;
use crate::model::words::wording::FigureSource;
use crate::model::writing::csv::{file_name, projection_csv, CsvIndicator};
use crate::model::Scenario;
use crate::ui::saving::APP_VERSION;
use crate::ui::state::{AppState, DRAWS, SEED};

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
        state
            .workspace
            .with_untracked(|w| w.scenarios_of(&w.plan).cloned().collect())
    } else {
        vec![state.active.get_untracked()]
    };
    let list: Vec<Scenario> = list.into_iter().map(|s| state.leaving(s)).collect();
    let name = match (everything, list.first()) {
        (false, Some(one)) => format!("{}.json", slug(&state.name_of(one))),
        _ => "bac-yen-kich-ban.json".to_string(),
    };
    let text = write_file(&list, APP_VERSION, clock::now_ms());
    let _ = files::download_text(&name, "application/json", &text);
}

/// The CSV, once its module has arrived (ui::lazy): a fetch that fails says so.
pub fn csv(state: AppState) {
    crate::ui::lazy::then_run(crate::split_call!(csv_split(state)), move || {
        state
            .view
            .notice
            .set(Some(crate::ui::notice::Notice::PartFailed))
    });
}

#[cfg_attr(
    not(feature = "whole"),
    leptos::wasm_split::wasm_split(exports, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn csv_split(state: AppState) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    download_csv(state);
    Ok(())
}

/// The shown scenario's share link into `into`, once its module has arrived.
pub fn share(state: AppState, into: RwSignal<Option<String>>) {
    crate::ui::lazy::then_run(crate::split_call!(share_split(state, into)), move || {
        state
            .view
            .notice
            .set(Some(crate::ui::notice::Notice::PartFailed))
    });
}

#[cfg_attr(
    not(feature = "whole"),
    leptos::wasm_split::wasm_split(exports, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn share_split(
    state: AppState,
    into: RwSignal<Option<String>>,
) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    into.set(Some(crate::ui::scenarios::link::share_url(state)));
    Ok(())
}

/// Downloads the shown scenario's projection table as CSV in the chosen language, with
/// the required path and the band of every indicator.
fn download_csv(state: AppState) {
    let l = state.lang.get_untracked();
    let name = state.name_of(&state.active.get_untracked());
    let pace = state.pace_pct.get_untracked();
    // Judged as the scenario reads its targets.
    let text = state.results.with_untracked(|results| {
        state.read_plan.with_untracked(|plan| {
            state.effective.with_untracked(|effective| {
                state.assumptions.with_untracked(|planned| {
                    let period = Period::of(plan);
                    let bands = monte_carlo_all(
                        plan.indicators.iter().zip(effective),
                        &plan.settings,
                        period,
                        DRAWS,
                        SEED,
                    );
                    let rows: Vec<CsvIndicator> = plan
                        .indicators
                        .iter()
                        .zip(results)
                        .zip(effective.iter().zip(planned))
                        .zip(&bands)
                        .enumerate()
                        .map(|(k, (((ind, (p, s)), (e, a)), band))| CsvIndicator {
                            projection: p,
                            status: s,
                            required: required_path(ind, e, &plan.settings, period),
                            band: Some(band),
                            assumption: a,
                            source: state
                                .figure_source(k)
                                .map_or(FigureSource::Plan, |(_, f)| f),
                        })
                        .collect();
                    projection_csv(plan, &name, &rows, pace, l)
                })
            })
        })
    });
    let _ = files::download_text(&file_name(&slug(&name), l), "text/csv;charset=utf-8", &text);
}

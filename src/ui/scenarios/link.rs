//! Share links: the box with the shown scenario's link, and the offer a link in the
//! address makes (its scenario added as a copy, or nothing).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Report;
use crate::edge::{link, offline};
use crate::model::safe::exchange::{is_link, read_link_with, write_link};
use crate::model::work::scenario::ScenarioProblem;
use crate::model::Scenario;
use crate::ui::i18n::{live_text, text, Text};
use crate::ui::messages;
use crate::ui::state::AppState;

/// The shown scenario's link, named in words.
pub fn share_url(state: AppState) -> String {
    let s = state.leaving(state.active.get_untracked());
    link::share_url(&write_link(&s))
}

#[component]
pub fn ShareBox(share: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let copied = RwSignal::new(None::<bool>);
    Effect::new(move |_| {
        share.track();
        copied.set(None);
    });
    let copy_link = move |_| {
        if let Some(url) = share.get_untracked() {
            link::copy(&url, move |ok| copied.set(Some(ok)));
        }
    };
    move || {
        share.get().map(|url| {
            let len = url.len();
            view! {
                <div class="share" data-share="">
                    <input type="text" readonly data-field="share-link" prop:value=url.clone() on:focus=|ev| {
                        if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); }
                    } />
                    <span class="share-length" data-value=len.to_string()>{move || format!("{len} {}", text(lang.get(), Text::Characters))}</span>
                    <button type="button" data-action="copy-link" on:click=copy_link>{live_text(lang, Text::Copy)}</button>
                    <span class="copied">{move || copied.get().map(|ok| text(lang.get(), if ok { Text::Copied } else { Text::CopyByHand }))}</span>
                    <button type="button" class="close" on:click=move |_| share.set(None)>"×"</button>
                    <Show when=move || !state.plan_is_built_in()>
                        <p class="file-note" data-share-plan-note="">{live_text(lang, Text::SharePlanNote)}</p>
                    </Show>
                    <Show when=offline::from_file>
                        <p class="file-note" data-share-file-note="">{live_text(lang, Text::FileModeHint)}</p>
                    </Show>
                </div>
            }
        })
    }
}

/// A scenario a share link offers, waiting for the planner's yes.
#[derive(Debug, Clone, PartialEq)]
struct Offer {
    scenario: Scenario,
    problems: Vec<ScenarioProblem>,
}

/// A share link in the address: its scenario offered as a copy, once; a damaged or newer
/// link explained, and nothing added.
#[component]
pub fn LinkOffer(report: RwSignal<Option<Report>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let offer = RwSignal::new(None::<Offer>);
    let fragment = link::fragment();
    if is_link(&fragment) {
        let read = state.workspace.with_untracked(|w| {
            state
                .built_in
                .with_value(|b| read_link_with(&fragment, |id| w.plan_by_id(b, id)))
        });
        match read {
            Ok((scenario, problems)) => offer.set(Some(Offer { scenario, problems })),
            Err(e) => report.set(Some(Report::LinkFailed(e))),
        }
        link::clear_fragment();
    }
    let accept = move |_| {
        if let Some(o) = offer.get_untracked() {
            // Into the plan it was made for.
            state.show_plan(&o.scenario.plan);
            state.add_copies(vec![o.scenario]);
        }
        offer.set(None);
    };
    move || {
        offer.get().map(|o| {
            let name = o.scenario.name.clone();
            let n = o.scenario.assumptions.len();
            let named: Vec<_> = o.problems.iter().map(|p| (name.clone(), p.clone())).collect();
            let problems: Vec<String> = state
                .plan
                .with(|plan| messages::problem_lines(lang.get(), plan, &named));
            view! {
                <div class="dialog" role="dialog" aria-modal="false" data-dialog="link">
                    <p><strong>{live_text(lang, Text::LinkOffer)}</strong>" “"{name.clone()}"” "
                        {move || format!("({n} {})", text(lang.get(), Text::ChangedIndicators))}</p>
                    <p>{live_text(lang, Text::LinkAddsCopy)}</p>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    <button type="button" data-action="accept-link" on:click=accept>{live_text(lang, Text::AddScenario)}</button>
                    <button type="button" data-action="dismiss-link" on:click=move |_| offer.set(None)>{live_text(lang, Text::Dismiss)}</button>
                </div>
            }
        })
    }
}

//! Every indicator as a card, grouped as the resolution groups them, with filters by
//! status and by group.

use leptos::prelude::*;

use super::card::Card;
use super::i18n::{live_text, verdict_text, Text};
use super::startup::{in_turn, Startup};
use super::state::AppState;
use crate::model::plan::Group;
use crate::model::Verdict;

pub fn group_key(g: Group) -> &'static str {
    g.key()
}

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let startup = expect_context::<Startup>();
    let lang = state.lang;
    // The plan's own groups, in its order: one list, the plan's.
    let order = state.plan.with_untracked(|p| p.group_order());
    let mut first_card = None;
    let groups = order
        .iter()
        .map(|&group| {
            let cards = state.plan.with_untracked(|p| p.indices_in(group));
            let title = move || {
                state
                    .plan
                    .with(|p| p.group_name(group, lang.get()).to_string())
            };
            let hidden = move || state.view.filter_group.get().is_some_and(|g| g != group);
            let shown: Vec<_> = cards.iter().map(|_| startup.shown()).collect();
            // A group appears with its first card, so unfolding moves nothing on screen.
            let first = shown.first().copied();
            first_card = first_card.or(first);
            let folded = move || first.is_some_and(|s| !s.get());
            view! {
                <section class="group" data-group=group_key(group) class:hidden=hidden class:folded=folded>
                    <h2>{title}</h2>
                    <div class="cards">{cards.into_iter().zip(shown).map(|(n, shown)| {
                        in_turn(startup, move || view! { <Card index=n shown=shown /> })
                    }).collect_view()}</div>
                </section>
            }
        })
        .collect_view();
    // The filters too: nothing above the first card moves when the cards unfold.
    let folded = move || first_card.is_some_and(|s| !s.get());
    view! {
        <section class="dashboard" class:folded=folded aria-label=live_text(lang, Text::Dashboard)>
            {in_turn(startup, || view! { <super::welcome::Welcome /> })}
            {in_turn(startup, || view! { <Filters /> })}
            {groups}
        </section>
    }
}

#[component]
fn Filters() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let status_options = move || {
        Verdict::ALL
            .iter()
            .map(
                |&v| view! { <option value=v.key()>{move || verdict_text(lang.get(), v)}</option> },
            )
            .collect_view()
    };
    let group_options = move || {
        state
            .plan
            .with(|p| p.group_order())
            .into_iter()
            .map(|g| {
                let name = move || state.plan.with(|p| p.group_name(g, lang.get()).to_string());
                view! { <option value=group_key(g)>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="filters" role="group" aria-label=live_text(lang, Text::Filter)>
            <label>
                {live_text(lang, Text::Status)}
                <select
                    data-filter="status"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.view.filter_status.set(Verdict::ALL.iter().copied().find(|x| x.key() == v));
                    }
                >
                    <option value="">{live_text(lang, Text::All)}</option>
                    {status_options}
                </select>
            </label>
            <label>
                {live_text(lang, Text::Group)}
                <select
                    data-filter="group"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.view.filter_group.set(state.plan.with_untracked(|p| p.group_order().into_iter().find(|g| group_key(*g) == v)));
                    }
                >
                    <option value="">{live_text(lang, Text::All)}</option>
                    {group_options}
                </select>
            </label>
        </div>
    }
}

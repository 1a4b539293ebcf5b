//! The editable cells of the year table: a year's figure with its kind (estimate or
//! confirmed) and date, a typed path's planned value, and the year's target.

use leptos::prelude::*;

use crate::model::basics::calendar::show_date;
use crate::model::basics::number::{FieldError, Lang, Rules};
use crate::model::plan::assumption::Method;
use crate::model::plan::facts::Facts;
use crate::model::plan::year_figures::{FigureKind, YearTarget};
use crate::model::projection::project::{Period, MAX_VALUE};
use crate::model::work::edit::figure_rules;
use crate::model::year::next_target::{proposed, reach_from, reach_words};
use crate::model::year::typed::{read_year_target, show_year_target};
use crate::model::year::words::{word, YearWord};
use crate::ui::i18n::{num, text, Text};
use crate::ui::state::AppState;

/// The field's rules for the selected indicator's figures.
fn rules_of(state: AppState, index: usize) -> Rules {
    state
        .plan
        .with_untracked(|p| p.indicators.get(index).map(figure_rules))
        .unwrap_or(Rules {
            min: 0.0,
            max: MAX_VALUE,
            whole: false,
        })
}

/// The selected indicator's entry in the commune's sheet (reactive).
fn facts_of(state: AppState, index: usize) -> Option<Facts> {
    let id = state
        .plan
        .with(|p| p.indicators.get(index).map(|i| i.id.clone()))?;
    state.facts.with(|f| f.get(&id).cloned())
}

/// A text field that reads what is typed with `read`, shows what is in force with
/// `show`, keeps invalid text with its message, and never interrupts typing.
#[component]
fn Field<T: Clone + PartialEq + Send + Sync + 'static>(
    name: String,
    label: Signal<String>,
    value: Signal<Option<T>>,
    read: fn(&str, Rules, Lang) -> Result<Option<T>, FieldError>,
    show: fn(Option<T>, Lang) -> String,
    rules: Rules,
    #[prop(optional)] placeholder: Option<Signal<String>>,
    data_value: Signal<String>,
    commit: Callback<Option<T>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let error = RwSignal::new(None::<FieldError>);
    let text_now = RwSignal::new(show(value.get_untracked(), lang.get_untracked()));
    Effect::new(move |_| {
        let (v, l) = (value.get(), lang.get());
        let same = read(&text_now.get_untracked(), rules, l).is_ok_and(|t| t == v);
        if !same {
            text_now.set(show(v, l));
            error.set(None);
        }
    });
    let on_change = move |raw: String| {
        let l = lang.get_untracked();
        match read(&raw, rules, l) {
            Ok(v) => {
                error.set(None);
                text_now.set(show(v.clone(), l));
                commit.run(v);
            }
            Err(e) => {
                text_now.set(raw);
                error.set(Some(e));
            }
        }
    };
    view! {
        <input
            type="text"
            inputmode="decimal"
            class="year-input"
            data-input=name.clone()
            data-value=data_value
            aria-label=label
            aria-invalid=move || error.get().is_some().to_string()
            placeholder=move || placeholder.map(|p| p.get()).unwrap_or_default()
            prop:value=move || text_now.get()
            on:change=move |ev| on_change(event_target_value(&ev))
        />
        <span class="field-message" role="alert" data-message=name>{move || error.get().map(|e| crate::ui::field::message(e, lang.get())).unwrap_or_default()}</span>
    }
}

fn read_number(t: &str, rules: Rules, lang: Lang) -> Result<Option<f64>, FieldError> {
    rules.check_optional(t, lang)
}

fn show_number(v: Option<f64>, lang: Lang) -> String {
    v.map(|v| num(v, lang)).unwrap_or_default()
}

/// A year's figure. For the commune's figures a select says which figure the field
/// holds: choosing a kind with a figure shows it; choosing one without takes the value
/// shown (an estimate confirmed as it stands). A scenario that keeps its own figures
/// edits them as before, without kinds.
#[component]
pub fn FigureCell(year: u16) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = state.view.selected.get_untracked();
    let own = Memo::new(move |_| state.owns_figures(index));
    let facts = Memo::new(move |_| facts_of(state, index));
    let now_year = crate::edge::clock::today().2;
    let in_force_kind =
        Memo::new(move |_| facts.with(|f| f.as_ref().and_then(|f| f.in_force(year)).map(|e| e.1)));
    let editing = RwSignal::new(
        in_force_kind
            .get_untracked()
            .unwrap_or(FigureKind::default_for(year, now_year)),
    );
    // Undo, another tab, an import: the field follows the figure in force.
    Effect::new(move |_| {
        if let Some(k) = in_force_kind.get() {
            editing.set(k);
        }
    });
    let scenario_value = Signal::derive(move || {
        state
            .assumptions
            .with(|l| l.get(index).and_then(|a| a.actuals.get(&year).copied()))
    });
    let value = Signal::derive(move || {
        if own.get() {
            scenario_value.get()
        } else {
            let k = editing.get();
            facts.with(|f| f.as_ref().and_then(|f| f.entry(year, k)).map(|e| e.value))
        }
    });
    let commit = Callback::new(move |v: Option<f64>| {
        if own.get_untracked() {
            state.edit(index, move |a| {
                match v {
                    Some(v) => a.actuals.insert(year, v),
                    None => a.actuals.remove(&year),
                };
            });
        } else {
            let kind = editing.get_untracked();
            state.change_facts(
                &format!("figure:{index}:{year}"),
                index,
                move |f, (now, _)| f.set_entry(year, kind, v, now),
            );
        }
    });
    let choose = move |key: String| {
        let Some(k) = FigureKind::from_key(&key) else {
            return;
        };
        let has = facts.with_untracked(|f| f.as_ref().and_then(|f| f.entry(year, k)).is_some());
        let shown = value.get_untracked();
        editing.set(k);
        if !has && !own.get_untracked() {
            if let Some(v) = shown {
                // A step of its own: undoing a value typed next keeps the confirmation.
                state.change_facts(
                    &format!("figure-kind:{index}:{year}"),
                    index,
                    move |f, (now, _)| f.set_entry(year, k, Some(v), now),
                );
            }
        }
    };
    let label = Signal::derive(move || format!("{} {year}", text(lang.get(), Text::ChartActual)));
    // Which figure is in force, when it was entered, and the other one if both exist.
    let about = move || {
        if own.get() {
            return String::new();
        }
        let l = lang.get();
        facts
            .with(|f| {
                let f = f.as_ref()?;
                let (e, k) = f.in_force(year)?;
                let name = |k| match k {
                    FigureKind::Estimate => word(YearWord::Estimate, l),
                    FigureKind::Confirmed => lang.get().pick("TH", "Confirmed"),
                };
                let mut s = format!(
                    "{} · {} {}",
                    name(k),
                    word(YearWord::Entered, l),
                    show_date(e.entered_ms)
                );
                let other = match k {
                    FigureKind::Confirmed => FigureKind::Estimate,
                    FigureKind::Estimate => FigureKind::Confirmed,
                };
                if let Some(o) = f.entry(year, other) {
                    s.push_str(&format!(
                        "; {} {} ({})",
                        name(other),
                        num(o.value, l),
                        show_date(o.entered_ms)
                    ));
                }
                Some(s)
            })
            .unwrap_or_default()
    };
    view! {
        <Field name=format!("actual-{year}") label=label value=value read=read_number show=show_number
            rules=rules_of(state, index) data_value=Signal::derive(move || value.get().map(|v| v.to_string()).unwrap_or_default()) commit=commit />
        <select class="kind-input" data-input=format!("actual-kind-{year}") aria-label=move || format!("{} {year}", word(YearWord::Kind, lang.get()))
            disabled=move || own.get()
            prop:value=move || editing.get().key()
            on:change=move |ev| choose(event_target_value(&ev))>
            <option value="estimate" selected=move || editing.get() == FigureKind::Estimate>{move || word(YearWord::Estimate, lang.get())}</option>
            <option value="confirmed" selected=move || editing.get() == FigureKind::Confirmed>{move || word(YearWord::Confirmed, lang.get())}</option>
        </select>
        <small class="figure-kind" data-figure-kind=year.to_string() data-kind=move || in_force_kind.get().map(|k| k.key()).unwrap_or("")>{about}</small>
    }
}

/// A typed path's planned value for a year.
#[component]
pub fn PlannedCell(year: u16) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = state.view.selected.get_untracked();
    let value = Signal::derive(move || {
        state
            .assumptions
            .with(|l| match l.get(index).map(|a| &a.method) {
                Some(Method::Path { points }) => points.iter().find(|p| p.0 == year).map(|p| p.1),
                _ => None,
            })
    });
    let commit = Callback::new(move |v: Option<f64>| {
        state.edit(index, move |a| {
            if let Method::Path { points } = &mut a.method {
                points.retain(|p| p.0 != year);
                if let Some(v) = v {
                    points.push((year, v));
                    points.sort_by_key(|p| p.0);
                }
            }
        })
    });
    let label = Signal::derive(move || format!("{} {year}", text(lang.get(), Text::Planned)));
    view! {
        <Field name=format!("planned-{year}") label=label value=value read=read_number show=show_number
            rules=rules_of(state, index) data_value=Signal::derive(move || value.get().map(|v| v.to_string()).unwrap_or_default()) commit=commit />
    }
}

/// The year's target ("KH năm"): proposed from the path to 2030 (shown as the field's
/// placeholder) until the council's own is typed; then whether 2030 stays reachable.
#[component]
pub fn AnnualTargetCell(year: u16) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = state.view.selected.get_untracked();
    let facts = Memo::new(move |_| facts_of(state, index));
    let value =
        Signal::derive(move || facts.with(|f| f.as_ref().and_then(|f| f.annual_target(year))));
    let ind = Memo::new(move |_| state.plan.with(|p| p.indicators.get(index).cloned()));
    let proposal = Memo::new(move |_| {
        let i = ind.get()?;
        facts.with(|f| {
            state
                .plan
                .with(|p| proposed(&i, f.as_ref(), &p.settings, Period::of(p), year))
        })
    });
    let commit = Callback::new(move |t: Option<YearTarget>| {
        state.change_facts(
            &format!("annual-target:{index}:{year}"),
            index,
            move |f, (now, _)| f.set_annual_target(year, t, now),
        );
    });
    let reach = move || -> Option<String> {
        let Some(YearTarget::Value(v)) = value.get() else {
            return None;
        };
        let i = ind.get()?;
        let l = lang.get();
        facts.with(|f| {
            state.plan.with(|p| {
                let r = reach_from(&i, f.as_ref(), &p.settings, Period::of(p), year, v);
                Some(reach_words(&i, &r, year, l))
            })
        })
    };
    let label =
        Signal::derive(move || format!("{} {year}", word(YearWord::AnnualTarget, lang.get())));
    let placeholder = Signal::derive(move || {
        proposal
            .get()
            .map(|v| num(v, lang.get()))
            .unwrap_or_default()
    });
    let data_value = Signal::derive(move || match value.get() {
        Some(YearTarget::Value(v)) => v.to_string(),
        Some(YearTarget::Trend(t)) => t.key().to_string(),
        None => String::new(),
    });
    view! {
        <Field name=format!("annual-target-{year}") label=label value=value read=read_year_target show=show_year_target
            rules=rules_of(state, index) placeholder=placeholder data_value=data_value commit=commit />
        <small class="proposed" data-proposed=move || proposal.get().map(|v| v.to_string()).unwrap_or_default()
            title=move || word(YearWord::ProposedHint, lang.get())>
            {move || value.get().is_none().then(|| proposal.get().map(|v| format!("{}: {}", word(YearWord::Proposed, lang.get()), num(v, lang.get())))).flatten()}
        </small>
        <small class="reach" data-reach=year.to_string()>{reach}</small>
    }
}

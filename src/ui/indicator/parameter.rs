//! The assumption's main parameter and its spread: number fields with sliders.

use leptos::prelude::*;

use crate::model::basics::number::{format_number, Rules};
use crate::model::plan::assumption::Spread;
use crate::model::work::edit::{parameter_rules, slider_range, spread_rules, spread_slider};
use crate::model::Assumption;
use crate::ui::field::NumberField;
use crate::ui::i18n::{method_name, parameter_unit, text, Text};
use crate::ui::state::{AppState, Selection};

/// The rules of a field with nothing to edit (no indicator selected).
const NOTHING: Rules = Rules {
    min: 0.0,
    max: 0.0,
    whole: false,
};

/// The assumption's main parameter as a number field with its slider, in step with each
/// other: in the indicator view and on a presentation slide (`name` tells them apart).
#[component]
pub fn ParameterField(sel: Selection, name: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let Selection {
        indicator: ind,
        assumption,
        result,
        ..
    } = sel;
    let index = state.view.selected;
    let edit =
        move |change: Box<dyn FnOnce(&mut Assumption)>| state.edit(index.get_untracked(), change);
    // Parameter field.
    let has_parameter = move || {
        assumption
            .get()
            .is_some_and(|a| a.method.parameter().is_some())
    };
    let parameter_value = Signal::derive(move || {
        assumption
            .get()
            .and_then(|a| a.method.parameter())
            .unwrap_or(0.0)
    });
    let parameter_rules = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => parameter_rules(&i, &a),
        _ => NOTHING,
    });
    let parameter_unit_text = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => parameter_unit(&i, &a, lang.get()),
        _ => String::new(),
    });
    // With a plan-wide pace the typed value is not the one used: show both.
    let in_force = move || {
        let pace = state.pace_pct.get();
        if pace == 0.0 {
            return None;
        }
        let (i, typed, used) = (ind.get()?, assumption.get()?, sel.effective.get()?);
        let (t, u) = (typed.method.parameter()?, used.method.parameter()?);
        let l = lang.get();
        let unit = parameter_unit(&i, &typed, l);
        Some(format!(
            "{} → {} {} {}%",
            crate::model::words::reason::with_unit(&format_number(t, 3, l), &unit),
            crate::model::words::reason::with_unit(&format_number(u, 3, l), &unit),
            text(l, Text::WithPace),
            format_number(pace, 1, l)
        ))
    };
    let required = Memo::new(move |_| result.get().map(|(_, s)| s.required));
    let slider = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => slider_range(&i, &a, required.get().and_then(|r| r.ok())),
        _ => (0.0, 1.0, 0.1),
    });
    let parameter_label = Signal::derive(move || {
        let l = lang.get();
        assumption
            .get()
            .map(|a| {
                format!(
                    "{}: {}",
                    text(l, Text::Assumption),
                    method_name(&a.method, l)
                )
            })
            .unwrap_or_default()
    });

    view! {
        <Show when=has_parameter>
            <NumberField
                name=name
                label=parameter_label
                unit=parameter_unit_text
                value=parameter_value
                rules=parameter_rules
                lang=lang
                slider=slider
                decimals=3
                on_change=move |v| edit(Box::new(move |a| *a = a.at_parameter(v)))
            />
            <Show when=move || in_force().is_some()>
                <p class="in-force" data-in-force=name>{move || in_force().unwrap_or_default()}</p>
            </Show>
        </Show>
    }
}

/// The ± width of the uncertainty run around the assumption (a normal spread's standard
/// deviation): the band and "Khả năng đạt" follow it.
#[component]
pub fn SpreadField(sel: Selection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let Selection {
        indicator: ind,
        assumption,
        ..
    } = sel;
    let index = state.view.selected;
    let has_parameter = move || {
        assumption
            .get()
            .is_some_and(|a| a.method.parameter().is_some())
    };
    let width = Signal::derive(move || {
        assumption
            .get()
            .and_then(|a| a.spread)
            .map_or(0.0, |s| s.width())
    });
    let rules = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => spread_rules(&i, &a),
        _ => NOTHING,
    });
    let unit = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => parameter_unit(&i, &a, lang.get()),
        _ => String::new(),
    });
    let slider = Signal::derive(move || {
        assumption
            .get()
            .map_or((0.0, 5.0, 0.1), |a| spread_slider(&a))
    });
    view! {
        <Show when=has_parameter>
            <NumberField
                name="spread"
                label=Signal::derive(move || text(lang.get(), Text::SpreadField).to_string())
                unit=unit
                value=width
                rules=rules
                lang=lang
                slider=slider
                decimals=3
                on_change=move |w| state.edit(index.get_untracked(), move |a| {
                    a.spread = Some(match a.spread {
                        Some(Spread::Sd { .. }) => Spread::Sd { sd: w },
                        _ => Spread::Around { width: w },
                    });
                })
            />
        </Show>
    }
}

//! A number field that cannot break the model: it reads "9,9" and "9.9" alike, and only a
//! valid number reaches `on_change`. Anything else shows a message beside the field in the
//! chosen language while the last valid value stays in force. An optional slider moves in
//! step with it.

use leptos::prelude::*;

use super::i18n::num;
use crate::model::basics::number::{
    format_number, parse_number, FieldError, Lang, NumberError, Rules,
};

/// Why a typed value was refused, in words for the planner.
pub fn message(e: FieldError, lang: Lang) -> String {
    let pick = |a: &str, b: &str| lang.pick(a.to_string(), b.to_string());
    match e {
        FieldError::Number(NumberError::Empty) => pick("Hãy nhập một số.", "Enter a number."),
        FieldError::Number(NumberError::NotANumber) => pick(
            "Không phải là số: hãy nhập ví dụ 9,9 hoặc 4.500.",
            "Not a number: type for example 9.9 or 4,500.",
        ),
        FieldError::Number(NumberError::TooLarge) => {
            pick("Số quá lớn.", "That number is too large.")
        }
        FieldError::Number(NumberError::Exponent) => pick(
            "Không dùng dạng số mũ (như 5e2): hãy viết đủ các chữ số.",
            "Exponent notation (such as 5e2) is not used: write the number out.",
        ),
        FieldError::Number(NumberError::Ambiguous { decimal, grouped }) => {
            let (d, g) = (
                format_number(decimal, 6, lang),
                format_number(grouped, 6, lang),
            );
            lang.pick(
                format!("Có thể hiểu là {d} hoặc {g}: hãy viết rõ ({d} hay {g})."),
                format!("This could be {d} or {g}: write it plainly ({d} or {g})."),
            )
        }
        FieldError::BelowMin(min) => lang.pick(
            format!("Không được nhỏ hơn {}.", num(min, lang)),
            format!("Must not be below {}.", num(min, lang)),
        ),
        FieldError::AboveMax(max) => lang.pick(
            format!("Không được lớn hơn {}.", num(max, lang)),
            format!("Must not be above {}.", num(max, lang)),
        ),
        FieldError::NotWhole => pick("Hãy nhập số nguyên.", "Enter a whole number."),
    }
}

/// Text for a value in the field: up to `decimals` places in the language's style, with
/// its grouping (120.000), which the field reads back as the same number.
fn field_text(v: f64, decimals: usize, lang: Lang) -> String {
    format_number(v, decimals, lang)
}

/// A labelled number field, with a slider when `slider` gives its (min, max, step).
#[component]
pub fn NumberField(
    /// Stable name for tests and the label's `for`.
    #[prop(into)]
    name: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] unit: Signal<String>,
    /// The value in force (from the model).
    #[prop(into)]
    value: Signal<f64>,
    #[prop(into)] rules: Signal<Rules>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(optional, into)] slider: Option<Signal<(f64, f64, f64)>>,
    #[prop(default = 2)] decimals: usize,
    on_change: impl Fn(f64) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let text = RwSignal::new(field_text(
        value.get_untracked(),
        decimals,
        lang.get_untracked(),
    ));
    let error = RwSignal::new(None::<FieldError>);
    // A change from outside (a button, another field, the language) rewrites the text,
    // unless the text already says that value: typing "9," must not become "9".
    Effect::new(move |_| {
        let v = value.get();
        let l = lang.get();
        let same = rules
            .with_untracked(|r| r.check(&text.get_untracked(), l))
            .is_ok_and(|t| t == v);
        if !same {
            text.set(field_text(v, decimals, l));
            error.set(None);
        }
    });
    let input_id = format!("field-{name}");
    let message_id = format!("field-{name}-message");
    let commit = {
        let on_change = on_change.clone();
        move |raw: String| {
            text.set(raw.clone());
            match rules.get_untracked().check(&raw, lang.get_untracked()) {
                Ok(v) => {
                    error.set(None);
                    // The box shows the number in force, as the app writes it.
                    text.set(field_text(v, decimals, lang.get_untracked()));
                    if v != value.get_untracked() {
                        on_change(v);
                    }
                }
                Err(e) => error.set(Some(e)),
            }
        }
    };
    let slide = move |raw: String| {
        // The slider speaks plain decimals whatever the language.
        if let Ok(v) = parse_number(&raw, Lang::En) {
            let r = rules.get_untracked();
            if v.is_finite() && v >= r.min && v <= r.max {
                error.set(None);
                text.set(field_text(v, decimals, lang.get_untracked()));
                on_change(v);
            }
        }
    };
    let slider_name = name.clone();
    let slider_view = slider.map(|range| {
        let label_text = label;
        view! {
            <input
                type="range"
                class="slider"
                data-slider=slider_name
                aria-label=move || label_text.get()
                min=move || range.get().0.to_string()
                max=move || range.get().1.to_string()
                step=move || range.get().2.to_string()
                prop:value=move || value.get().to_string()
                on:input=move |ev| slide(event_target_value(&ev))
            />
        }
    });
    let (field_name, input_name, message_name) = (name.clone(), name.clone(), name);
    view! {
        <div class="field" class:invalid=move || error.get().is_some() data-field=field_name>
            <label for=input_id.clone()>{move || label.get()}</label>
            <div class="field-row">
                {slider_view}
                <input
                    id=input_id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    data-input=input_name
                    data-value=move || value.get().to_string()
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=message_id.clone()
                    prop:value=move || text.get()
                    on:change=move |ev| commit(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            text.set(field_text(value.get_untracked(), decimals, lang.get_untracked()));
                            error.set(None);
                        }
                    }
                />
                <span class="unit">{move || unit.get()}</span>
            </div>
            <p class="field-message" id=message_id role="alert" data-message=message_name>
                {move || error.get().map(|e| message(e, lang.get())).unwrap_or_default()}
            </p>
        </div>
    }
}

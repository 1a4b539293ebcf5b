//! The documents a commune files (model::documents): a small form for what the app
//! cannot know (number, date, signer, recipients), then the Word report or the Excel
//! annexes of the year in view, made here in the browser and downloaded. The whole
//! screen, the Word and Excel writers with it, is fetched only when a planner asks for
//! a document. The buttons (`DocumentButtons`) stand where the report and the annexes
//! are: on the year-end screen and in the report view.
//!
//! Imports: nothing.

use leptos::prelude::*;

use crate::edge::files;
use crate::model::basics::number::Lang;
use crate::model::documents::form::{read_date, read_number, DocumentForm, FormError, Signing};
use crate::model::documents::report::{report_docx, ReportInput};
use crate::model::documents::workbook::annexes_xlsx;
use crate::ui::state::AppState;

/// Which document the form is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Excel,
}

/// The form's state: which document, if it is open, and the reporting year it is about
/// (the one chosen on the year-end screen).
#[derive(Clone, Copy)]
pub struct Asked {
    pub kind: RwSignal<Option<Kind>>,
    pub year: Signal<u16>,
}

impl Asked {
    /// A closed form for the view that shows the buttons, given to the form it opens.
    pub fn provide(year: Signal<u16>) -> Self {
        let asked = Asked {
            kind: RwSignal::new(None),
            year,
        };
        provide_context(asked);
        asked
    }
}

/// "Báo cáo Word" and "Phụ lục Excel": each opens the form for its document.
#[component]
pub fn DocumentButtons(asked: Asked) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    view! {
        <button type="button" data-action="export-docx" on:click=move |_| asked.kind.set(Some(Kind::Word))>{move || lang.get().pick("Báo cáo Word", "Word report")}</button>
        <button type="button" data-action="export-xlsx" on:click=move |_| asked.kind.set(Some(Kind::Excel))>{move || lang.get().pick("Phụ lục Excel", "Excel annexes")}</button>
    }
}

/// The form, fetched with the writers the first time a document is asked for.
pub fn form_when_asked(asked: Asked) -> impl IntoView {
    crate::ui::lazy::when_opened(move || asked.kind.get().is_some(), load)
}

/// "bao-cao-danh-gia-2026-xa-bac-yen.docx": the document, the year, the commune.
fn file_name(state: AppState, kind: Kind, year: u16, lang: Lang) -> String {
    let commune = state.plan.with_untracked(|p| {
        p.resolution
            .commune_vi
            .split(',')
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    });
    let slug = crate::model::documents::form::ascii_slug(&commune);
    match kind {
        Kind::Word => format!(
            "{}-{year}-{slug}.docx",
            lang.pick("bao-cao-danh-gia", "evaluation-report")
        ),
        Kind::Excel => format!("{}-{year}-{slug}.xlsx", lang.pick("phu-luc", "annexes")),
    }
}

#[component]
pub fn DocumentsForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Asked {
        kind: asked,
        year: report_year,
    } = expect_context::<Asked>();
    let lang = state.lang;
    let (day, month, year_now) = crate::edge::clock::today();
    let number = RwSignal::new(String::new());
    let date = RwSignal::new(format!("{day:02}/{month:02}/{year_now}"));
    let signer = RwSignal::new(String::new());
    let vice = RwSignal::new(false);
    let recipients = RwSignal::new(String::from("TT Đảng ủy xã\nTT HĐND xã"));
    let problem = RwSignal::new(None::<String>);
    let make = move |_| {
        let l = lang.get_untracked();
        let Some(kind) = asked.get_untracked() else {
            return;
        };
        let read = read_date(&date.get_untracked())
            .and_then(|d| read_number(&number.get_untracked()).map(|n| (d, n)));
        let (date, number) = match read {
            Ok(read) => read,
            Err(e) => {
                problem.set(Some(
                    match e {
                        FormError::Date => l.pick(
                            "Ngày không hợp lệ: hãy viết ngày/tháng/năm, ví dụ 09/12/2026.",
                            "Not a date: write day/month/year, e.g. 09/12/2026.",
                        ),
                        FormError::Number => l.pick(
                            "Số văn bản là một số nguyên dương.",
                            "The document number is a whole number above 0.",
                        ),
                    }
                    .into(),
                ));
                return;
            }
        };
        let form = DocumentForm {
            number,
            date,
            signer: signer.get_untracked(),
            signing: if vice.get_untracked() {
                Signing::ViceChairman
            } else {
                Signing::Chairman
            },
            recipients: recipients
                .get_untracked()
                .lines()
                .map(str::to_string)
                .collect(),
        };
        let year = report_year.get_untracked();
        let results = state.results.get_untracked();
        let marks: Vec<bool> = (0..results.len()).map(|k| state.illustrative(k)).collect();
        let made = state.facts.with_untracked(|sheet| {
            state.plan.with_untracked(|plan| match kind {
                Kind::Word => {
                    let summary = state.summary.get_untracked();
                    let input = ReportInput {
                        plan,
                        sheet,
                        year,
                        form: &form,
                        five_year: Some((&results, &marks)),
                        outlook_summary: format!(
                            "{}/{} chỉ tiêu đã đạt hoặc có khả năng đạt (theo kịch bản {}).",
                            summary.on_track,
                            summary.total,
                            state.name_of(&state.active.get_untracked())
                        ),
                        notes: state.active.get_untracked().note,
                        illustrative: state.any_illustrative(),
                    };
                    report_docx(&input)
                }
                Kind::Excel => annexes_xlsx(plan, sheet, year, Some((&results, &marks)), l),
            })
        });
        match made {
            Ok(bytes) => {
                problem.set(None);
                let mime = match kind {
                    Kind::Word => {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    }
                    Kind::Excel => {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    }
                };
                let url = crate::model::documents::data_url(mime, &bytes);
                if files::download_url(&file_name(state, kind, year, l), &url).is_err() {
                    problem.set(Some(
                        l.pick(
                            "Trình duyệt không cho tải tệp xuống.",
                            "The browser refused the download.",
                        )
                        .into(),
                    ));
                }
            }
            Err(e) => problem.set(Some(format!(
                "{}: {e}",
                l.pick("Không tạo được tệp", "Could not make the file")
            ))),
        }
    };
    let field = move |label: (&'static str, &'static str),
                      name: &'static str,
                      value: RwSignal<String>| {
        view! {
            <label class="doc-field">{move || lang.get().pick(label.0, label.1)}
                <input type="text" data-input=name prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <Show when=move || asked.get().is_some()>
            <div class="documents-form" data-documents-form="" role="group" style="display:grid;gap:0.4rem;max-width:32rem;margin:0.6rem 0;padding:0.6rem;border:1px solid var(--line);border-radius:6px">
                <h3>{move || match asked.get() {
                    Some(Kind::Word) => lang.get().pick("Báo cáo (Word, theo Nghị định 30/2020/NĐ-CP)", "Report (Word, in the form of Decree 30/2020)"),
                    _ => lang.get().pick("Phụ lục (Excel)", "Annexes (Excel)"),
                }}</h3>
                <p class="hint">{move || lang.get().pick("Ô để trống sẽ in là \"...\" để văn thư điền.", "An empty field prints as \"...\" for the clerk to fill in.")}</p>
                {field(("Số văn bản", "Document number"), "doc-number", number)}
                {field(("Ngày ban hành", "Date"), "doc-date", date)}
                {field(("Người ký", "Signer"), "doc-signer", signer)}
                <label class="doc-field">
                    <input type="checkbox" data-input="doc-vice" prop:checked=move || vice.get() on:change=move |ev| vice.set(event_target_checked(&ev)) />
                    {move || lang.get().pick(" KT. Chủ tịch (Phó Chủ tịch ký)", " Signed for the chairman (vice-chairman)")}
                </label>
                <label class="doc-field">{move || lang.get().pick("Nơi nhận (mỗi dòng một nơi)", "Recipients (one a line)")}
                    <textarea data-input="doc-recipients" rows="3" prop:value=move || recipients.get() on:input=move |ev| recipients.set(event_target_value(&ev))></textarea>
                </label>
                <p class="field-message" role="alert" data-message="documents">{move || problem.get().unwrap_or_default()}</p>
                <button type="button" data-action="download-document" on:click=make>{move || lang.get().pick("Tạo và tải về", "Make and download")}</button>
                <button type="button" data-action="close-documents" on:click=move |_| asked.set(None)>{move || lang.get().pick("Đóng", "Close")}</button>
            </div>
        </Show>
    }
}

// The form and the writers as a module of their own, fetched when a document is asked for.
crate::split_screen!(documents_screen, load, || view! { <DocumentsForm /> });

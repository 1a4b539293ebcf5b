//! Short notices that something happened: what happened is kept, and worded when shown,
//! so a notice follows the language switch.

use super::i18n::{text, Text};
use crate::model::basics::number::Lang;
use crate::model::{Method, Plan};

/// A short message that something happened (and, for a deletion, how to take it back).
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A scenario was deleted: the notice offers to take it back.
    Deleted { name: String },
    /// The reference was edited, so a copy with this name was made and shown.
    Forked { name: String },
    /// The built-in plan was edited, so the planner's own copy was made and shown.
    PlanCopied,
    /// Another tab's saved work was taken in.
    OtherTabChanged,
    /// A part of the app (a module fetched when first used) did not arrive.
    PartFailed,
    /// "Dùng mức cần đạt" wrote this value of this method into an indicator's assumption.
    Wrote {
        indicator: usize,
        method: Method,
        value: f64,
    },
}

impl Notice {
    /// Whether the notice offers an undo of what it tells.
    pub fn undoable(&self) -> bool {
        matches!(self, Notice::Deleted { .. })
    }

    /// The notice in words, in the chosen language, when it is shown.
    pub fn words(&self, lang: Lang, plan: &Plan) -> String {
        match self {
            Notice::Deleted { name } => format!("{} “{name}”", text(lang, Text::Deleted)),
            Notice::Forked { name } => format!("{} “{name}”", text(lang, Text::Forked)),
            Notice::OtherTabChanged => text(lang, Text::OtherTabChanged).to_string(),
            Notice::PlanCopied => text(lang, Text::PlanCopied).to_string(),
            Notice::PartFailed => text(lang, Text::PartFailed).to_string(),
            Notice::Wrote {
                indicator,
                method,
                value,
            } => {
                let phrase = plan.indicators.get(*indicator).map_or(String::new(), |i| {
                    crate::model::words::reason::parameter_phrase(i, method, *value, lang)
                });
                format!("{} {phrase}", text(lang, Text::Wrote))
            }
        }
    }
}

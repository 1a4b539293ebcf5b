//! What an import, a link or a rename did, until closed. Kept as data and worded when
//! shown, so a report made in Vietnamese reads in English after the language switch.

use crate::model::basics::number::Lang;
use crate::model::plan::assumption::{AssumptionError, Field};
use crate::model::plan::read_error::ReadError;
use crate::model::work::scenario::ScenarioProblem;
use crate::model::Plan;
use crate::ui::i18n::{text, Text};
use crate::ui::messages;

/// Why a file was not taken in.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// Read, but not a file of this kind, too large, or broken.
    Read(ReadError),
    /// The browser could not read the file at all.
    Unreadable,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    /// A rename to an empty name was refused.
    NameNeeded,
    /// A share link in the address could not be read.
    LinkFailed(ReadError),
    /// A scenario file was refused.
    ImportFailed { file: String, why: Refusal },
    /// Scenarios came in as copies; what could not be used is listed.
    Imported {
        count: usize,
        problems: Vec<(String, ScenarioProblem)>,
    },
    /// A plan file was refused.
    PlanImportFailed { file: String, why: Refusal },
    /// A plan came in; its figures that could not be used are listed against it.
    PlanImported {
        plan: Box<Plan>,
        problems: Vec<(String, Field, AssumptionError)>,
    },
}

impl Report {
    /// Whether what was asked for happened.
    pub fn ok(&self) -> bool {
        matches!(self, Report::Imported { .. } | Report::PlanImported { .. })
    }

    /// The report's first line, in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        match self {
            Report::NameNeeded => text(lang, Text::NameNeeded).into(),
            Report::LinkFailed(_) => text(lang, Text::LinkFailed).into(),
            Report::ImportFailed { file, .. } => {
                format!("{} «{file}»", text(lang, Text::ImportFailed))
            }
            Report::Imported { count, .. } => format!(
                "{} {count} {}",
                text(lang, Text::Imported),
                text(lang, Text::ScenariosWord)
            ),
            Report::PlanImportFailed { file, .. } => {
                format!("{} «{file}»", text(lang, Text::PlanImportFailed))
            }
            Report::PlanImported { plan, .. } => {
                format!("{} «{}»", text(lang, Text::PlanImported), plan.name(lang))
            }
        }
    }

    /// The lines under the title, in `lang`; indicators named as `shown` names them.
    pub fn lines(&self, lang: Lang, shown: &Plan) -> Vec<String> {
        match self {
            Report::NameNeeded => Vec::new(),
            Report::LinkFailed(e) => vec![messages::read_error(lang, e)],
            Report::ImportFailed { why, .. } | Report::PlanImportFailed { why, .. } => {
                vec![match why {
                    Refusal::Read(e) => messages::read_error(lang, e),
                    Refusal::Unreadable => text(lang, Text::FileUnreadable).into(),
                }]
            }
            Report::Imported { problems, .. } => messages::problem_lines(lang, shown, problems),
            Report::PlanImported { plan, problems } => {
                messages::fact_problem_lines(lang, plan, problems)
            }
        }
    }
}

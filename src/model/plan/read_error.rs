//! Why a file, link or stored record could not be read at all.

use crate::model::basics::compress::CodecError;

#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not JSON: the text breaks off or has a syntax error at this place.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not laid out as this kind of data (a field missing, a word where a
    /// number belongs).
    Shape {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Some other kind of file.
    WrongType {
        found: String,
    },
    /// Written by a newer version of the app, which this one cannot read.
    NewerVersion {
        version: u32,
        supported: u32,
    },
    /// A file with no scenarios in it.
    NoScenarios,
    TooManyScenarios {
        count: usize,
        limit: usize,
    },
    /// A link that was cut off or changed on the way.
    BrokenLink(CodecError),
    /// A plan file whose plan fails a check: which indicator, and what.
    BadPlan(crate::model::plan::PlanError),
    /// A link for a plan of the sender's that this browser does not have.
    UnknownPlan,
}

impl ReadError {
    /// A file's text as every reader takes it: refused when larger than `limit` bytes,
    /// without the byte-order mark Excel and Notepad may put in front.
    pub fn opened(text: &str, limit: usize) -> Result<&str, ReadError> {
        if text.len() > limit {
            return Err(ReadError::TooLarge {
                bytes: text.len(),
                limit,
            });
        }
        Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
    }

    pub fn from_json(e: &serde_json::Error) -> ReadError {
        match e.classify() {
            serde_json::error::Category::Data => ReadError::Shape {
                line: e.line(),
                column: e.column(),
                detail: e.to_string(),
            },
            _ => ReadError::NotJson {
                line: e.line(),
                column: e.column(),
            },
        }
    }
}

//! The documents a commune files, made in the browser from the numbers the app shows:
//! the year's report as a Word file in the form of Nghị định 30/2020/NĐ-CP, and the
//! annexes as an Excel workbook.
//!
//! `form` holds what the app cannot know (number, date, signer, recipients) and the
//! rules for writing them; `report` builds the .docx with `docx-rs`; `workbook` the .xlsx
//! with `rust_xlsxwriter`. Only the documents screen's module calls them.
//!
//! Imports: basics, plan, projection, words, year, writing.

pub mod form;
pub mod report;
pub mod word_table;
pub mod workbook;

/// A file's bytes as a `data:` URL (standard base64 with padding), for the download
/// link: the first module's URL-safe encoder, its two letters swapped back.
pub fn data_url(mime: &str, bytes: &[u8]) -> String {
    let mut b64: String = crate::model::basics::compress::base64url(bytes)
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while !b64.len().is_multiple_of(4) {
        b64.push('=');
    }
    format!("data:{mime};base64,{b64}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_data_url_in_standard_base64() {
        assert_eq!(
            super::data_url("text/plain", b"Ma"),
            "data:text/plain;base64,TWE="
        );
        assert_eq!(
            super::data_url("x/y", &[0xfb, 0xff]),
            "data:x/y;base64,+/8="
        );
        assert_eq!(super::data_url("x/y", b"abc"), "data:x/y;base64,YWJj");
    }
}

/// Why a document could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum DocumentError {
    /// The Word writer failed (it names what).
    Word(String),
    /// The Excel writer failed.
    Excel(String),
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentError::Word(e) => write!(f, "docx: {e}"),
            DocumentError::Excel(e) => write!(f, "xlsx: {e}"),
        }
    }
}

//! What a filed document needs that the app cannot know, and how Nghị định 30 writes it:
//! the number ("Số: 05/BC-UBND", a leading 0 below 10), the place and date ("Bắc Yên, ngày
//! 09 tháng 12 năm 2026": a day below 10 with a leading 0, among months only 1 and 2),
//! the signer ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), the
//! recipients ("- ...;" each, the last "- Lưu: VT."). An empty field prints as "..." for
//! the clerk to fill in.

/// Who signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Signing {
    /// The chairman, on behalf of the committee.
    #[default]
    Chairman,
    /// A vice-chairman, for the chairman.
    ViceChairman,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DocumentForm {
    /// The document's number in the year's register; None prints "...".
    pub number: Option<u32>,
    /// (day, month, year); None prints "ngày ... tháng ... năm ...".
    pub date: Option<(u32, u32, i32)>,
    pub signer: String,
    pub signing: Signing,
    /// One recipient a line, without the dash and the semicolon.
    pub recipients: Vec<String>,
}

const BLANK: &str = "...";

/// "Số: 05/BC-UBND", or "Số: .../BC-UBND".
pub fn number_line(number: Option<u32>) -> String {
    match number {
        Some(n) => format!("Số: {n:02}/BC-UBND"),
        None => format!("Số: {BLANK}/BC-UBND"),
    }
}

/// The month as documents write it: 01 and 02, then 3 to 12.
pub fn month_text(month: u32) -> String {
    if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    }
}

/// "Bắc Yên, ngày 09 tháng 12 năm 2026", with "..." for what is not given.
pub fn date_line(place: &str, date: Option<(u32, u32, i32)>) -> String {
    match date {
        Some((d, m, y)) => format!("{place}, ngày {d:02} tháng {} năm {y}", month_text(m)),
        None => format!("{place}, ngày {BLANK} tháng {BLANK} năm {BLANK}"),
    }
}

/// "ngày 09/12/2026" for the annex's line "(Kèm theo Báo cáo số ... ngày ...)".
pub fn short_date(date: Option<(u32, u32, i32)>) -> String {
    match date {
        Some((d, m, y)) => format!("{d:02}/{m:02}/{y}"),
        None => BLANK.into(),
    }
}

/// The signature block's two upper-case lines.
pub fn signature_lines(signing: Signing) -> [&'static str; 2] {
    match signing {
        Signing::Chairman => ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        Signing::ViceChairman => ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    }
}

pub fn signer_name(form: &DocumentForm) -> String {
    let name = form.signer.trim();
    if name.is_empty() {
        BLANK.into()
    } else {
        name.into()
    }
}

/// "- Như trên;" ... "- Lưu: VT.": each recipient a line, the filing line last.
pub fn recipient_lines(form: &DocumentForm) -> Vec<String> {
    let mut lines: Vec<String> = form
        .recipients
        .iter()
        .map(|r| {
            r.trim()
                .trim_start_matches('-')
                .trim()
                .trim_end_matches([';', '.'])
                .to_string()
        })
        .filter(|r| !r.is_empty() && !r.starts_with("Lưu"))
        .map(|r| format!("- {r};"))
        .collect();
    if lines.is_empty() {
        lines.push(format!("- {BLANK};"));
    }
    lines.push("- Lưu: VT.".into());
    lines
}

/// The body that issues it, from the plan's commune ("xã Bắc Yên, tỉnh Sơn La" gives
/// "XÃ BẮC YÊN") and the place for the date line ("Bắc Yên").
pub fn issuer(commune: &str) -> (String, String) {
    let own = commune.split(',').next().unwrap_or(commune).trim();
    let place = ["xã ", "phường ", "thị trấn ", "Xã ", "Phường ", "Thị trấn "]
        .iter()
        .find_map(|p| own.strip_prefix(p))
        .unwrap_or(own);
    (own.to_uppercase(), place.to_string())
}

/// A file name's part from Vietnamese words, in plain letters: "xã Bắc Yên" gives
/// "xa-bac-yen", as the file names documents are filed under.
pub fn ascii_slug(text: &str) -> String {
    const GROUPS: [(&str, char); 12] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
        ("ìíỉĩị", 'i'),
        ("ÌÍỈĨỊ", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("ỲÝỶỸỴ", 'y'),
    ];
    let mut out = String::new();
    for c in text.chars() {
        let c = GROUPS
            .iter()
            .find(|(g, _)| g.contains(c))
            .map_or(c, |(_, b)| *b);
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A field of the form that could not be read: the form says which, and keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    /// Not a day of the calendar written day/month/year.
    Date,
    /// The document number is not a whole number above 0.
    Number,
}

/// "09/12/2026" (or 9-12-2026, 9.12.2026) read as a date of the calendar; empty is None
/// ("..." in the document for the clerk to fill in).
pub fn read_date(text: &str) -> Result<Option<(u32, u32, i32)>, FormError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = t.split(['/', '-', '.']).map(str::trim).collect();
    let [d, m, y] = parts[..] else {
        return Err(FormError::Date);
    };
    let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>()) else {
        return Err(FormError::Date);
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    if (2000..=2100).contains(&y) && (1..=days).contains(&d) {
        Ok(Some((d, m, y)))
    } else {
        Err(FormError::Date)
    }
}

/// The document number as typed: empty is None ("..."), else a whole number above 0.
pub fn read_number(text: &str) -> Result<Option<u32>, FormError> {
    match text.trim() {
        "" => Ok(None),
        t => match t.parse::<u32>() {
            Ok(n) if n > 0 => Ok(Some(n)),
            _ => Err(FormError::Number),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_date_and_number() {
        assert_eq!(read_date(" 09/12/2026 "), Ok(Some((9, 12, 2026))));
        assert_eq!(read_date("9-1-2027"), Ok(Some((9, 1, 2027))));
        assert_eq!(read_date(""), Ok(None));
        assert_eq!(read_date("29/2/2028"), Ok(Some((29, 2, 2028))));
        for bad in [
            "29/2/2026",
            "31/4/2026",
            "31/2/2026x",
            "0/1/2026",
            "1/13/2026",
            "1/1/26",
            "9/12",
        ] {
            assert_eq!(read_date(bad), Err(FormError::Date), "{bad}");
        }
        assert_eq!(read_number(""), Ok(None));
        assert_eq!(read_number(" 5 "), Ok(Some(5)));
        for bad in ["0", "-1", "5a", "1,5"] {
            assert_eq!(read_number(bad), Err(FormError::Number), "{bad}");
        }
    }

    #[test]
    fn the_date_rule_for_days_and_months() {
        assert_eq!(
            date_line("Bắc Yên", Some((9, 12, 2025))),
            "Bắc Yên, ngày 09 tháng 12 năm 2025"
        );
        assert_eq!(
            date_line("Bắc Yên", Some((19, 1, 2026))),
            "Bắc Yên, ngày 19 tháng 01 năm 2026"
        );
        assert_eq!(
            date_line("Bắc Yên", Some((3, 2, 2026))),
            "Bắc Yên, ngày 03 tháng 02 năm 2026"
        );
        assert_eq!(
            date_line("Bắc Yên", Some((30, 3, 2026))),
            "Bắc Yên, ngày 30 tháng 3 năm 2026"
        );
        assert_eq!(
            date_line("Bắc Yên", None),
            "Bắc Yên, ngày ... tháng ... năm ..."
        );
        assert_eq!(short_date(Some((9, 3, 2026))), "09/03/2026");
    }

    #[test]
    fn number_signer_recipients_and_issuer() {
        assert_eq!(number_line(Some(5)), "Số: 05/BC-UBND");
        assert_eq!(number_line(Some(112)), "Số: 112/BC-UBND");
        assert_eq!(number_line(None), "Số: .../BC-UBND");
        assert_eq!(
            signature_lines(Signing::ViceChairman),
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
        );
        let form = DocumentForm {
            recipients: vec!["- TT Đảng ủy xã;".into(), "HĐND xã".into(), "".into()],
            ..Default::default()
        };
        assert_eq!(
            recipient_lines(&form),
            ["- TT Đảng ủy xã;", "- HĐND xã;", "- Lưu: VT."]
        );
        assert_eq!(signer_name(&form), "...");
        assert_eq!(
            issuer("xã Bắc Yên, tỉnh Sơn La"),
            ("XÃ BẮC YÊN".into(), "Bắc Yên".into())
        );
        assert_eq!(ascii_slug("xã Bắc Yên"), "xa-bac-yen");
        assert_eq!(
            ascii_slug("Phường Đồng Xuân / Hà Nội"),
            "phuong-dong-xuan-ha-noi"
        );
    }
}

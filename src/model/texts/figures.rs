//! The commune's own figures: the facts sheet and pasted figures.

use super::list::Text;

/// This screen's words for `which` (Vietnamese, English), or None for another screen's.
pub(super) const fn words(which: Text) -> Option<(&'static str, &'static str)> {
    use Text::*;
    Some(match which {
            PasteWillChange => ("số liệu sẽ thay đổi:", "figures will change:"),
            PasteApply => ("Áp dụng", "Apply"),
            YearEnd => ("Đánh giá năm", "Year's results"),
            PastePreview => ("Xem trước", "Preview"),
            PasteLabel => ("Dán từ bảng tính", "Paste from a spreadsheet"),
            PasteNoYear => ("không ứng với năm nào từ 2025 đến 2030:", "matches no year from 2025 to 2030:"),
            PasteUnknown => ("không có chỉ tiêu nào theo mã hay tên này:", "no indicator has this code or name:"),
            Line => ("Dòng", "Line"),
            FactsSheetHint => ("Số liệu năm 2025 và số thực hiện các năm của mọi chỉ tiêu, dùng chung cho mọi kịch bản. Gõ vào ô, hoặc dán các dòng sao chép từ Excel (mã hoặc tên chỉ tiêu, rồi các số theo năm; có thể kèm dòng tiêu đề các năm).", "Every indicator's 2025 figure and actuals, shared by every scenario. Type in a field, or paste rows copied from Excel (the indicator's code or name, then the figures by year; a header row of years may come first)."),
            FactsSheet => ("Số liệu của xã", "The commune's figures"),
            OwnFiguresHint => ("Kịch bản này dùng số liệu năm 2025 và số thực hiện của riêng nó, khác số liệu chung của xã mà các kịch bản khác dùng.", "This scenario uses its own 2025 figure and actuals, not the commune's shared ones the other scenarios use."),
            OwnFiguresMark => ("riêng của kịch bản", "this scenario's own"),
            OwnFigures => ("Số liệu riêng cho kịch bản này (không dùng số liệu chung của xã)", "Figures of this scenario only (not the commune's shared ones)"),
            _ => return None,
    })
}

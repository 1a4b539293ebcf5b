//! Slides and the printable report.

use super::list::Text;

/// This screen's words for `which` (Vietnamese, English), or None for another screen's.
pub(super) const fn words(which: Text) -> Option<(&'static str, &'static str)> {
    use Text::*;
    Some(match which {
            AnnexIllustrativeNote => ("† Số liệu năm 2025 minh họa, chưa phải số liệu của xã: các dự báo và đánh giá của chỉ tiêu đó chỉ để tham khảo.", "† Illustrative 2025 figure, not the commune's: that indicator's projections and verdict are for reference only."),
            AnnexKnownNote => ("Số in đậm: số liệu thực hiện (năm 2025 và các năm đã nhập); số thường: dự báo theo kịch bản.", "Bold: actual figures (2025 and any year entered); plain: projected under the scenario."),
            UnitShort => ("ĐVT", "Unit"),
            Code => ("Mã", "Code"),
            SummaryTableTitle => ("Bảng tổng hợp các chỉ tiêu kế hoạch 2026-2030", "The plan's targets 2026-2030 at a glance"),
            AndMore => ("và", "and"),
            NeedsAttention => ("Chỉ tiêu cần chú ý", "Targets that need attention"),
            IllustrativeSlide => ("⚠ Minh họa: số liệu năm 2025 chưa phải của xã, chỉ để thử.", "⚠ Illustrative: not yet the commune's 2025 figures; for trying out only."),
            PaceOnReport => ("Hệ số điều chỉnh chung (nhân mọi giả định)", "Plan-wide adjustment (scales every assumption)"),
            Present => ("Trình chiếu (F)", "Present (F)"),
            PresentHint => ("Toàn màn hình cho phiên họp: mũi tên hoặc PageUp/PageDown để chuyển trang, Esc để thoát.", "Full screen for a session: arrows or PageUp/PageDown move between slides, Esc leaves."),
            LeavePresent => ("Thoát (Esc)", "Leave (Esc)"),
            ByGroup => ("Mỗi trang một nhóm", "One group per slide"),
            FullscreenRefused => ("Trình duyệt không cho toàn màn hình: đang trình chiếu trong cửa sổ (F11 để toàn màn hình).", "The browser did not allow full screen: presenting in the window (F11 for full screen)."),
            Png => ("Tải ảnh PNG", "Download PNG"),
            Report => ("Báo cáo in (A4)", "Printable report (A4)"),
            ReportTitle => ("Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030: dự báo các chỉ tiêu", "Five-year socio-economic development plan 2026-2030: projected targets"),
            PrintPdf => ("In / Lưu PDF", "Print / Save as PDF"),
            ReferenceDocument => ("Tài liệu tham khảo", "Reference document"),
            IllustrativeStatement => (
                "Các số liệu có ghi “minh họa” là giá trị giả định, không phải số liệu chính thức.",
                "Figures marked “illustrative” are assumed values, not official figures.",
            ),
            _ => return None,
    })
}

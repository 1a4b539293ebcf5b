//! Saving and the stored record, the single file, and a part of the app still loading.

use super::list::Text;

/// This screen's words for `which` (Vietnamese, English), or None for another screen's.
pub(super) const fn words(which: Text) -> Option<(&'static str, &'static str)> {
    use Text::*;
    Some(match which {
            SavedAt => ("Đã lưu lúc", "Saved at"),
            Saving => ("Đang lưu…", "Saving…"),
            Persistent => ("Trình duyệt đã cho phép lưu trữ lâu dài.", "The browser allows this data to be kept for good."),
            NotPersistent => ("Trình duyệt có thể xóa dữ liệu khi thiếu chỗ: hãy xuất tệp định kỳ.", "The browser may clear this data when short of space: export a file now and then."),
            OtherTabChanged => ("Đã cập nhật thay đổi từ một thẻ khác.", "Changes from another tab were taken in."),
            StoredUnreadable => ("Dữ liệu đã lưu không đọc được. Không có gì bị xóa.", "Saved data could not be read. Nothing was deleted."),
            StoredRepaired => ("Một số giá trị đã lưu không dùng được; bản gốc được giữ lại.", "Some saved values could not be used; the original is kept."),
            KeptUnder => ("Bản gốc được giữ trong bộ nhớ trình duyệt, khóa", "The original is kept in the browser's storage under the key"),
            KeptInPage => ("Không cất được bản gốc vào bộ nhớ trình duyệt: hãy tải về ngay.", "The original could not be kept in the browser's storage: download it now."),
            DownloadOriginal => ("Tải bản gốc", "Download the original"),
            FileMode => ("Đang mở từ tệp trên máy", "Opened from a file on this computer"),
            FileModeHint => ("Công việc được lưu trong trình duyệt của máy này, không nằm trong tệp: sao chép tệp sang máy khác không mang theo kịch bản, hãy xuất tệp JSON. Liên kết chia sẻ chỉ mở được trên máy có cùng tệp ở cùng chỗ.", "Work is saved in this computer's browser, not inside the file: copying the file to another computer does not carry the scenarios, export a JSON file. Share links only open on a computer with the same file in the same place."),
            PartLoading => ("Đang tải phần này…", "Loading this part…"),
            PartFailed => (
                "Không tải được phần này của ứng dụng (mất kết nối?). Những gì đã nhập vẫn còn nguyên.",
                "This part of the app could not be loaded (connection lost?). Nothing you entered is lost.",
            ),
            Retry => ("Thử lại", "Try again"),
            _ => return None,
    })
}

//! The word lists the reader knows: units, and the words that make a number something
//! other than a target (a count, a reference, a date, a result already reached).

/// Units a target is stated in, longest first so "tỷ đồng" wins over "tỷ".
pub(super) const UNITS: [&str; 44] = [
    "triệu tỷ đồng",
    "nghìn tỷ đồng",
    "tỷ đồng",
    "tỉ đồng",
    "triệu đồng/người/năm",
    "triệu đồng/người",
    "triệu đồng",
    "nghìn đồng",
    "lượt người",
    "lượt khách",
    "lượt",
    "doanh nghiệp",
    "hợp tác xã",
    "người",
    "lao động",
    "hộ",
    "bản",
    "thôn",
    "tổ dân phố",
    "xã",
    "phường",
    "trường",
    "ha",
    "hecta",
    "km",
    "tấn",
    "tạ",
    "con",
    "m3",
    "m²",
    "m2",
    "kwh",
    "giường bệnh",
    "bác sĩ",
    "cơ sở",
    "công trình",
    "sản phẩm",
    "mô hình",
    "câu lạc bộ",
    "tiêu chí",
    "điểm",
    "nhà",
    "học sinh",
    "triệu",
];

/// Words after a number that make it a count of something that is not a target.
pub(super) const NOT_TARGET_AFTER: [&str; 12] = [
    "chỉ tiêu",
    "đồng chí",
    "ủy viên",
    "uỷ viên",
    "buổi",
    "tháng",
    "ngày",
    "giờ",
    "năm học",
    "lần",
    "nhiệm vụ",
    "nội dung",
];

/// Words right before a number that make it a reference, a date or a category.
pub(super) const NOT_TARGET_BEFORE: [&str; 23] = [
    "ngày",
    "tháng",
    "số",
    "khóa",
    "khoá",
    "kỳ họp thứ",
    "lần thứ",
    "loại",
    "điều",
    "khoản",
    "mục",
    "giai đoạn",
    "nhiệm kỳ",
    "giá so sánh",
    "chỉ thị",
    "nghị quyết",
    "quyết định",
    "kết luận",
    "thông tư",
    "nghị định",
    "phụ lục",
    "tiểu khu",
    "phiêng ban",
];

/// Clause words that say a number is a result already reached, not a target.
pub(super) const PAST: [&str; 9] = [
    "đã đạt",
    "đạt được",
    "ước đạt",
    "ước thực hiện",
    "thực hiện được",
    "đã hoàn thành",
    "so với cùng kỳ",
    "nhiệm kỳ qua",
    "nơi nhận",
];

/// A heading's words that open a part about results already reached.
pub(super) const PAST_HEADINGS: [&str; 3] = ["kết quả", "đánh giá", "tình hình thực hiện"];

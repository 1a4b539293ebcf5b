//! The time as the browser counts it, and fresh ids for new scenarios.

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// An id no other scenario has: the time and a random part, in base 36.
pub fn fresh_id() -> String {
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{}{}", base36(now_ms() as u64), base36(random))
}

fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// Local time of day, "13:05".
pub fn time_of_day(ms: f64) -> String {
    let d = js_sys::Date::new(&ms.into());
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// Today's local date: (day, month 1-12, year).
pub fn today() -> (u32, u32, i32) {
    let d = js_sys::Date::new_0();
    (d.get_date(), d.get_month() + 1, d.get_full_year() as i32)
}

/// Local date, "29/11/2026" (day first, as in Vietnam and most of Europe).
pub fn date(ms: f64) -> String {
    let d = js_sys::Date::new(&ms.into());
    format!(
        "{:02}/{:02}/{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

/// Local date and time, "29/11/2026 13:05".
pub fn date_time(ms: f64) -> String {
    format!("{} {}", date(ms), time_of_day(ms))
}

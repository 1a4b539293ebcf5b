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

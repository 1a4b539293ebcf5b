//! Dates from the clock's milliseconds, on the commune's time (UTC+7, no summer time):
//! which year a figure was entered in decides whether it can be more than an estimate.

/// The commune's offset from UTC.
const OFFSET_MS: f64 = 7.0 * 3_600_000.0;

/// (day, month 1-12, year) of a time in ms since 1970, on the commune's time.
pub fn date_of(ms: f64) -> (u32, u32, i32) {
    let ms = if ms.is_finite() { ms } else { 0.0 };
    let days = ((ms + OFFSET_MS) / 86_400_000.0).floor() as i64;
    // Days to the civil calendar (proleptic Gregorian), era by era of 400 years.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (day, month, year)
}

/// The year of a time in ms since 1970.
pub fn year_of(ms: f64) -> i32 {
    date_of(ms).2
}

/// "07/12/2026": day first, as Vietnamese documents write it.
pub fn show_date(ms: f64) -> String {
    let (d, m, y) = date_of(ms);
    format!("{d:02}/{m:02}/{y}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_on_the_communes_time() {
        assert_eq!(date_of(0.0), (1, 1, 1970));
        // 2026-12-07 15:54 UTC.
        assert_eq!(date_of(1_796_658_840_000.0), (7, 12, 2026));
        // 31/12/2026 18:00 UTC is already 1 January 2027 in Bắc Yên.
        assert_eq!(year_of(1_798_740_000_000.0), 2027);
        assert_eq!(show_date(1_796_658_840_000.0), "07/12/2026");
        // 29 February of a leap year.
        assert_eq!(date_of(1_709_208_000_000.0), (29, 2, 2024));
        assert_eq!(date_of(f64::NAN), (1, 1, 1970));
    }
}

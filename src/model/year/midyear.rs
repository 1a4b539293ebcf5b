//! The six-month report: the share of the year's plan reached, in the bands reports use
//! ("100% trở lên", "từ 70 đến dưới 100%", "từ 50 đến dưới 70%", "dưới 50%").
//!
//! A flow's six-month figure is what half the year added: its share is H / KH × 100, so
//! 50 % at mid-year is half the way. A level's six-month figure is the level now, judged
//! as it stands: the same share, read as how close the level already is (`nature`).
//! Where less is better the share is KH / H × 100 (at or below the plan is 100 %); a
//! figure of 0 against it is 100 %. Against a plan of 0 where more is better the share
//! is 100 %.

use crate::model::basics::number::Lang;
use crate::model::plan::Indicator;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Full,
    Seventy,
    Fifty,
    Below,
}

impl Band {
    /// The key of `data-band`.
    pub fn key(self) -> &'static str {
        match self {
            Band::Full => "100",
            Band::Seventy => "70",
            Band::Fifty => "50",
            Band::Below => "0",
        }
    }

    pub const ALL: [Band; 4] = [Band::Full, Band::Seventy, Band::Fifty, Band::Below];

    pub fn words(self, lang: Lang) -> &'static str {
        match self {
            Band::Full => lang.pick("đạt 100% trở lên", "100% or more"),
            Band::Seventy => lang.pick("từ 70 đến dưới 100%", "70 to under 100%"),
            Band::Fifty => lang.pick("từ 50 đến dưới 70%", "50 to under 70%"),
            Band::Below => lang.pick("dưới 50%", "under 50%"),
        }
    }

    pub fn of_share(share: f64) -> Band {
        if share >= 100.0 {
            Band::Full
        } else if share >= 70.0 {
            Band::Seventy
        } else if share >= 50.0 {
            Band::Fifty
        } else {
            Band::Below
        }
    }
}

/// The share of the year's plan reached by the six-month figure, in %.
pub fn share_of_plan(ind: &Indicator, half: f64, plan: f64) -> f64 {
    let upward = ind.target.direction.upward() || ind.target.direction.two_sided();
    let share = if upward {
        if plan <= 0.0 {
            100.0
        } else {
            half / plan * 100.0
        }
    } else if half <= 0.0 {
        100.0
    } else {
        plan / half * 100.0
    };
    if share.is_finite() {
        share
    } else {
        0.0
    }
}

/// The band of a six-month figure against the year's plan.
pub fn band(ind: &Indicator, half: f64, plan: f64) -> Band {
    // Shares are compared as shown (one decimal): 99,96 % reads "100,0" and is in the top band.
    let share = (share_of_plan(ind, half, plan) * 10.0).round() / 10.0;
    Band::of_share(share)
}

/// "13/20 chỉ tiêu đạt 100% trở lên, 4/20 từ 70 đến dưới 100%, ...": the bands with a count.
pub fn summary(bands: &[Band], lang: Lang) -> String {
    let n = bands.len();
    let parts: Vec<String> = Band::ALL
        .iter()
        .map(|b| (b, bands.iter().filter(|x| *x == b).count()))
        .filter(|(_, c)| *c > 0)
        .map(|(b, c)| format!("{c}/{n} {}", b.words(lang)))
        .collect();
    if parts.is_empty() {
        return lang
            .pick("Chưa có số 6 tháng.", "No six-month figures yet.")
            .into();
    }
    let head = lang.pick("chỉ tiêu ", "indicators ");
    let mut s = parts.join(", ");
    if let Some(i) = s.find(' ') {
        s.insert_str(i + 1, head);
    }
    format!("{s}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::year::built_in as ind;

    #[test]
    fn each_band_of_a_flow() {
        // Revenue: 30 of a year's 50 is 60 %: "từ 50 đến dưới 70%".
        let r = ind("1");
        assert_eq!(band(&r, 50.0, 50.0), Band::Full);
        assert_eq!(band(&r, 49.99, 50.0), Band::Full, "99,98 % shows as 100,0");
        assert_eq!(band(&r, 40.0, 50.0), Band::Seventy);
        assert_eq!(band(&r, 30.0, 50.0), Band::Fifty);
        assert_eq!(band(&r, 20.0, 50.0), Band::Below);
    }

    #[test]
    fn a_level_is_judged_as_it_stands_and_less_is_better() {
        // Health insurance at 96 % of a plan of 98 %: 98 % of the plan reached.
        assert_eq!(band(&ind("10"), 96.0, 98.0), Band::Seventy);
        // Malnutrition 12 % against a plan of 10,5 %: 87,5 %.
        assert_eq!(band(&ind("P7"), 12.0, 10.5), Band::Seventy);
        assert_eq!(band(&ind("P7"), 10.0, 10.5), Band::Full);
        // No officials below standard against a plan of 0: full.
        assert_eq!(band(&ind("P3"), 0.0, 0.0), Band::Full);
        assert_eq!(band(&ind("P3"), 4.0, 0.0), Band::Below);
    }

    #[test]
    fn the_summary_line() {
        let s = summary(&[Band::Full, Band::Full, Band::Fifty], Lang::Vi);
        assert_eq!(s, "2/3 chỉ tiêu đạt 100% trở lên, 1/3 từ 50 đến dưới 70%.");
        assert_eq!(summary(&[], Lang::En), "No six-month figures yet.");
    }
}

//! One outcome against another of the same indicator (a scenario against the shown one,
//! a forecast against the target): the difference as shown, and whether it is better.
//! One rule for the comparison table, the summary slide and the year table.

use crate::model::basics::number::{format_number, Lang};
use crate::model::plan::Indicator;
use crate::model::projection::target::{shown_decimals, tolerance_for};

/// Which way a difference goes for the target's own direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Better,
    Same,
    Worse,
}

impl Better {
    /// Stable key for styles and tests.
    pub fn key(self) -> &'static str {
        match self {
            Better::Better => "better",
            Better::Same => "same",
            Better::Worse => "worse",
        }
    }

    /// A symbol that reads without colour (print, greyscale projector).
    pub fn symbol(self) -> &'static str {
        match self {
            Better::Better => "▲",
            Better::Same => "=",
            Better::Worse => "▼",
        }
    }
}

/// Whether `other` is better than `base`: more is better for "at least" and "hold"
/// targets, less for "at most" and "below". Within the precision shown they are the same.
pub fn better(ind: &Indicator, base: f64, other: f64) -> Better {
    let tol = tolerance_for(ind, base).max(tolerance_for(ind, other));
    let diff = other - base;
    if !diff.is_finite() || diff.abs() < tol {
        return Better::Same;
    }
    // For a window, nearer to it is better; inside it, the same.
    if let Some((lo, hi)) = crate::model::projection::window::bounds(ind) {
        let off = |x: f64| (lo - x).max(x - hi).max(0.0);
        let (b, o) = (off(base), off(other));
        return if (b - o).abs() < tol {
            Better::Same
        } else if o < b {
            Better::Better
        } else {
            Better::Worse
        };
    }
    if (diff > 0.0) == ind.target.direction.upward() {
        Better::Better
    } else {
        Better::Worse
    }
}

/// `other - base` with its sign and the target's unit, at the precision the two outcomes
/// are shown with (never "+0,073" beside "130,5"): "+1,5 tỷ đồng", "−2 hộ", "0 %".
pub fn show_difference(ind: &Indicator, base: f64, other: f64, lang: Lang) -> String {
    let decimals = shown_decimals(ind, base).max(shown_decimals(ind, other));
    let diff = other - base;
    let text = format_number(diff, decimals, lang);
    let zero = format_number(0.0, decimals, lang);
    let unit = ind.target_unit(lang);
    let signed = if text == zero || text.trim_start_matches('-') == zero {
        zero
    } else if diff > 0.0 {
        format!("+{text}")
    } else {
        text
    };
    crate::model::words::reason::with_unit(&signed, unit)
}

//! A year's figure as the commune reports it: an estimate ("Ước TH", given in December
//! before the year closes on 14 December) or the confirmed figure ("TH", later), each
//! with the time it was entered. Both are kept; the confirmed one is the figure in force.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    Estimate,
    Confirmed,
}

impl FigureKind {
    /// The key pages, files and the `actual-kind-YYYY` select use.
    pub fn key(self) -> &'static str {
        match self {
            FigureKind::Estimate => "estimate",
            FigureKind::Confirmed => "confirmed",
        }
    }

    pub fn from_key(key: &str) -> Option<FigureKind> {
        match key {
            "estimate" => Some(FigureKind::Estimate),
            "confirmed" => Some(FigureKind::Confirmed),
            _ => None,
        }
    }

    /// The kind a new figure takes: a year not yet closed (this year or later) can only
    /// be estimated; a past year's figure is taken as confirmed.
    pub fn default_for(year: u16, current_year: i32) -> FigureKind {
        if i32::from(year) >= current_year {
            FigureKind::Estimate
        } else {
            FigureKind::Confirmed
        }
    }
}

/// One value with the time it was entered (ms since 1970).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub value: f64,
    pub entered_ms: f64,
}

/// A year's estimate and confirmed figure; either may be missing. The sheet stores them
/// as plain year-to-number maps (`facts::Facts`); this is how they are read.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct YearFigures {
    pub estimate: Option<Entry>,
    pub confirmed: Option<Entry>,
}

impl YearFigures {
    pub fn get(&self, kind: FigureKind) -> Option<Entry> {
        match kind {
            FigureKind::Estimate => self.estimate,
            FigureKind::Confirmed => self.confirmed,
        }
    }

    pub fn set(&mut self, kind: FigureKind, entry: Option<Entry>) {
        match kind {
            FigureKind::Estimate => self.estimate = entry,
            FigureKind::Confirmed => self.confirmed = entry,
        }
    }

    /// The figure in force: the confirmed one, else the estimate.
    pub fn best(&self) -> Option<(Entry, FigureKind)> {
        self.confirmed
            .map(|e| (e, FigureKind::Confirmed))
            .or(self.estimate.map(|e| (e, FigureKind::Estimate)))
    }

    pub fn is_empty(&self) -> bool {
        self.estimate.is_none() && self.confirmed.is_none()
    }
}

/// A target that only sets a direction for the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
}

impl Trend {
    /// As the sheet stores it: 1 for up, -1 for down.
    pub fn sign(self) -> f64 {
        match self {
            Trend::Up => 1.0,
            Trend::Down => -1.0,
        }
    }

    pub fn of_sign(sign: f64) -> Trend {
        if sign < 0.0 {
            Trend::Down
        } else {
            Trend::Up
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Trend::Up => "up",
            Trend::Down => "down",
        }
    }

    pub fn word(self, lang: crate::model::basics::number::Lang) -> &'static str {
        match self {
            Trend::Up => lang.pick("Tăng", "Increase"),
            Trend::Down => lang.pick("Giảm", "Decrease"),
        }
    }

    /// "tăng" / "giảm" (or "increase", "decrease", "up", "down", an arrow) as typed.
    pub fn read(text: &str) -> Option<Trend> {
        let t = text.trim().to_lowercase();
        match t.as_str() {
            "tăng" | "tang" | "increase" | "up" | "↑" | "+" => Some(Trend::Up),
            "giảm" | "giam" | "decrease" | "down" | "↓" | "-" => Some(Trend::Down),
            _ => None,
        }
    }
}

/// The year's target: a number in the series' unit, or a direction only.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum YearTarget {
    Value(f64),
    Trend(Trend),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_confirmed_figure_is_in_force_and_the_estimate_stays() {
        let mut y = YearFigures::default();
        y.set(
            FigureKind::Estimate,
            Some(Entry {
                value: 52.0,
                entered_ms: 1.0,
            }),
        );
        assert_eq!(
            y.best().map(|b| (b.0.value, b.1)),
            Some((52.0, FigureKind::Estimate))
        );
        y.set(
            FigureKind::Confirmed,
            Some(Entry {
                value: 50.5,
                entered_ms: 2.0,
            }),
        );
        assert_eq!(
            y.best().map(|b| (b.0.value, b.1)),
            Some((50.5, FigureKind::Confirmed))
        );
        assert_eq!(y.estimate.map(|e| e.value), Some(52.0));
    }

    #[test]
    fn a_year_not_closed_is_estimated() {
        assert_eq!(FigureKind::default_for(2026, 2026), FigureKind::Estimate);
        assert_eq!(FigureKind::default_for(2027, 2026), FigureKind::Estimate);
        assert_eq!(FigureKind::default_for(2025, 2026), FigureKind::Confirmed);
        assert_eq!(
            FigureKind::from_key("confirmed"),
            Some(FigureKind::Confirmed)
        );
        assert_eq!(FigureKind::from_key("x"), None);
    }
}

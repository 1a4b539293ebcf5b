//! A small seeded generator (SplitMix64) so a Monte Carlo run can be repeated exactly,
//! on the host and in the browser alike.

use crate::model::basics::math::{cos, ln};

#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
    spare_normal: Option<f64>,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng {
            state: seed,
            spare_normal: None,
        }
    }

    /// An independent stream for item `index` of a run seeded with `seed`.
    pub fn stream(seed: u64, index: u64) -> Rng {
        let mut r = Rng::new(seed ^ index.wrapping_add(1).wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal (Box-Muller; the second value of each pair is kept for the next call).
    pub fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare_normal.take() {
            return z;
        }
        let u1 = 1.0 - self.uniform(); // in (0, 1]: ln stays finite
        let u2 = self.uniform();
        let r = (-2.0 * ln(u1)).sqrt();
        let theta = std::f64::consts::TAU * u2;
        self.spare_normal = Some(r * cos(theta + std::f64::consts::FRAC_PI_2 * 3.0));
        r * cos(theta)
    }
}

//! Transcendental functions from the pure-Rust `libm`, so the host and the browser compute
//! bit-for-bit the same numbers (the platform's `powf`, `ln` and `cos` may differ in the
//! last bit between glibc and wasm), and a seeded run gives identical results everywhere.

pub trait Portable {
    fn powp(self, y: f64) -> f64;
}

impl Portable for f64 {
    #[inline]
    fn powp(self, y: f64) -> f64 {
        libm::pow(self, y)
    }
}

#[inline]
pub fn ln(x: f64) -> f64 {
    libm::log(x)
}

#[inline]
pub fn cos(x: f64) -> f64 {
    libm::cos(x)
}

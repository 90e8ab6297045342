//! The **cross-entropy loss** of one example, computed from z = wᵀx + b:
//!
//! L = −(y·ln ŷ + (1 − y)·ln(1 − ŷ))   with ŷ = σ(z)
//!
//! Do not compute ŷ first: for z = 40, ŷ rounds to exactly 1.0 and
//! ln(1 − ŷ) = ln 0 = −∞. Rewrite each term in z so that it stays finite
//! and accurate for |z| up to 1e4, for y = 0 and y = 1.

pub fn loss(z: f64, y: f64) -> f64 {
    todo!()
}

//! The **sigmoid** (logistic) function σ(z) = 1 / (1 + e^(−z)).
//!
//! It must give a number in [0, 1] for every finite z, including z = ±1000.

pub fn sigmoid(z: f64) -> f64 {
    todo!()
}

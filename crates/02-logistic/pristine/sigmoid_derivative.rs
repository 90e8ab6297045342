//! The **slope of the sigmoid**, σ'(z) = σ(z)·(1 − σ(z)).
//!
//! (You can call your `sigmoid`: `super::sigmoid(z)`.)

pub fn sigmoid_derivative(z: f64) -> f64 {
    todo!()
}

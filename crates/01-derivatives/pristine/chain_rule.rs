//! The derivative of a composite function `outer(inner(x))` by the **chain rule**.
//!
//! You are given the inner function, its derivative, and the outer function's derivative
//! (as functions you can call). Return d/dx outer(inner(x)) at `x`.
//!
//! Example: for sin(x²), outer = sin, outer′ = cos, inner = x², inner′ = 2x.

pub fn chain_rule(
    outer_derivative: impl Fn(f64) -> f64,
    inner: impl Fn(f64) -> f64,
    inner_derivative: impl Fn(f64) -> f64,
    x: f64,
) -> f64 {
    todo!()
}

//! The backward rule of a **multiplication node** `out = a · b`.
//!
//! During backpropagation the node receives `upstream` = ∂J/∂out from the node above it.
//! Return (∂J/∂a, ∂J/∂b): each input's local gradient times the upstream gradient.

pub fn mul_backward(a: f64, b: f64, upstream: f64) -> (f64, f64) {
    todo!()
}

//! The backward rule of a **sigmoid node** `output = σ(z) = 1 / (1 + e^(−z))`.
//!
//! The node kept its `output` from the forward pass, and receives `upstream` = ∂J/∂output.
//! Return ∂J/∂z, using only `output` and `upstream`.

pub fn sigmoid_backward(output: f64, upstream: f64) -> f64 {
    todo!()
}

//! The course's building blocks of a network (week 4), one layer at a time.
//!
//! A layer l computes Z^[l] = W^[l] A^[l−1] + b^[l] (its linear part) and
//! A^[l] = g(Z^[l]) (its activation), for all m examples at once: each
//! example is a column. Going backward it takes dA^[l], the gradient of the
//! cost with respect to its output, and returns dW^[l], db^[l] and
//! dA^[l−1] for the layer before it. What it needs then is what the forward
//! pass computed — A^[l−1] and Z^[l] — which is why the forward pass keeps
//! them: chapter 01's "keep the local gradients" in the form the course
//! gives it. The course's cache holds values, and each local gradient
//! (g′(Z), A^[l−1], W) is computed from them when the backward pass needs it.

use ndarray::{Array2, Axis};

use crate::split_dot::dot;
use relu_vs_sigmoid::activation::Activation;
pub use relu_vs_sigmoid::network::Gradient;

/// What a layer's backward step returns.
#[derive(Debug, Clone, PartialEq)]
pub struct Back {
    /// dA^[l−1], for the layer before.
    pub da_prev: Array2<f64>,
    pub gradient: Gradient,
}

// ANCHOR: forward
/// Z = W·A_prev + b. W is (n^[l], n^[l−1]), A_prev (n^[l−1], m) and b
/// (n^[l], 1), which broadcasts along the m columns: Z is (n^[l], m).
pub fn linear_forward(
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
    b: &Array2<f64>,
) -> Array2<f64> {
    dot(w.view(), a_prev.view()) + b
}

/// (A, Z) with A = g(Z): the layer's output, and the Z it came from, which
/// the backward pass needs.
pub fn linear_activation_forward(
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
    b: &Array2<f64>,
    g: Activation,
) -> (Array2<f64>, Array2<f64>) {
    let z = linear_forward(a_prev, w, b);
    (z.mapv(|z| g.apply(z)), z)
}
// ANCHOR_END: forward

// ANCHOR: backward
/// Back through Z = W·A_prev + b, given dZ (n^[l], m): dW = dZ·A_prevᵀ / m
/// (the same shape as W) and db = the row sums of dZ / m (the shape of b).
pub fn linear_gradient(dz: &Array2<f64>, a_prev: &Array2<f64>) -> Gradient {
    let m = dz.ncols() as f64;
    Gradient {
        dw: dot(dz.view(), a_prev.t()) / m,
        db: dz.sum_axis(Axis(1)).insert_axis(Axis(1)) / m,
    }
}

/// The layer's gradient and dA_prev = Wᵀ·dZ (the shape of A_prev), what
/// the layer before receives.
pub fn linear_backward(
    dz: &Array2<f64>,
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
) -> Back {
    Back {
        da_prev: dot(w.t(), dz.view()),
        gradient: linear_gradient(dz, a_prev),
    }
}

/// Back through A = g(Z): dZ = dA ⊙ g′(Z), g′ taken at the Z the forward
/// pass kept.
pub fn activation_backward(
    da: &Array2<f64>,
    z: &Array2<f64>,
    g: Activation,
) -> Array2<f64> {
    da * &z.mapv(|z| g.derivative(z))
}

/// Back through the activation and then the linear part.
pub fn linear_activation_backward(
    da: &Array2<f64>,
    z: &Array2<f64>,
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
    g: Activation,
) -> Back {
    linear_backward(&activation_backward(da, z, g), a_prev, w)
}
// ANCHOR_END: backward

//! **A whole layer.** Z from your `linear_forward`, then A = g(Z) entry by
//! entry. Return (A, Z): the next layer takes A, the backward pass needs Z.

use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;

#[allow(unused_imports)] // your linear part
use super::linear_forward;

pub fn linear_activation_forward(
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
    b: &Array2<f64>,
    g: Activation,
) -> (Array2<f64>, Array2<f64>) {
    todo!()
}

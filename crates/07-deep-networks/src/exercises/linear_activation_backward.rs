//! **Back through a whole layer.** Given dA for A = g(Z), first
//! dZ = dA ⊙ g′(Z), then your `linear_backward`. Return (dA_prev, dW, db).

use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;

#[allow(unused_imports)] // your linear part
use super::linear_backward;

pub fn linear_activation_backward(
    da: &Array2<f64>,
    z: &Array2<f64>,
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
    g: Activation,
) -> (Array2<f64>, Array2<f64>, Array2<f64>) {
    todo!()
}

//! **The L-layer backward pass.** `forward` is what your `l_model_forward`
//! kept for X. With a sigmoid output and the cross-entropy cost the output
//! layer's dZ^[L] is simply A^[L] − Y; take it through that layer's
//! `linear_backward`, then each hidden layer, last to first, through
//! `linear_activation_backward` with ReLU. Return every layer's (dW, db),
//! in layer order (layer 1 first).

use ndarray::Array2;

use crate::network::Forward;

#[allow(unused_imports)] // your layers
use super::{linear_activation_backward, linear_backward};

pub fn l_model_backward(
    x: &Array2<f64>,
    y: &Array2<f64>,
    params: &[(Array2<f64>, Array2<f64>)],
    forward: &Forward,
) -> Vec<(Array2<f64>, Array2<f64>)> {
    todo!()
}

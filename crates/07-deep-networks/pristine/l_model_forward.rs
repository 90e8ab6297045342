//! **The L-layer forward pass.** Take X through every layer of `params`:
//! ReLU in the hidden layers, the sigmoid in the last. Keep each layer's Z
//! and A, in layer order, in a `Forward`; its last A is the prediction.

use ndarray::Array2;

use crate::network::Forward;

#[allow(unused_imports)] // your layer
use super::linear_activation_forward;

pub fn l_model_forward(x: &Array2<f64>, params: &[(Array2<f64>, Array2<f64>)]) -> Forward {
    todo!()
}

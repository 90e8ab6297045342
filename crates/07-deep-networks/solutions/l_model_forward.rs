//! **The L-layer forward pass.** Take X through every layer of `params`:
//! ReLU in the hidden layers, the sigmoid in the last. Keep each layer's Z
//! and A, in layer order, in a `Forward`; its last A is the prediction.

use ndarray::Array2;

use crate::network::Forward;

use super::linear_activation_forward;

pub fn l_model_forward(x: &Array2<f64>, params: &[(Array2<f64>, Array2<f64>)]) -> Forward {
    use relu_vs_sigmoid::activation::Activation;
    let mut forward = Forward { z: Vec::new(), a: Vec::new() };
    for (l, (w, b)) in params.iter().enumerate() {
        let g = if l + 1 == params.len() { Activation::Sigmoid } else { Activation::Relu };
        let a_prev = forward.a.last().unwrap_or(x);
        let (a, z) = linear_activation_forward(a_prev, w, b, g);
        forward.z.push(z);
        forward.a.push(a);
    }
    forward
}

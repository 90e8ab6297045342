//! **The L-layer backward pass.** `forward` is what your `l_model_forward`
//! kept for X. With a sigmoid output and the cross-entropy cost the output
//! layer's dZ^[L] is simply A^[L] − Y; take it through that layer's
//! `linear_backward`, then each hidden layer, last to first, through
//! `linear_activation_backward` with ReLU. Return every layer's (dW, db),
//! in layer order (layer 1 first).

use ndarray::Array2;

use crate::network::Forward;

use super::{linear_activation_backward, linear_backward};

pub fn l_model_backward(
    x: &Array2<f64>,
    y: &Array2<f64>,
    params: &[(Array2<f64>, Array2<f64>)],
    forward: &Forward,
) -> Vec<(Array2<f64>, Array2<f64>)> {
    use relu_vs_sigmoid::activation::Activation;
    let last = params.len() - 1;
    let a_prev = |l: usize| if l == 0 { x } else { &forward.a[l - 1] };
    let dz = &forward.a[last] - y;
    let (mut da, dw, db) = linear_backward(&dz, a_prev(last), &params[last].0);
    let mut grads = vec![(dw, db)];
    for l in (0..last).rev() {
        let (da_prev, dw, db) = linear_activation_backward(&da, &forward.z[l], a_prev(l), &params[l].0, Activation::Relu);
        grads.push((dw, db));
        da = da_prev;
    }
    grads.reverse();
    grads
}

//! The course's L-layer model, built from [`crate::blocks`] on chapter 06's
//! [`Network`]: hidden layers with one activation, a single sigmoid output
//! unit, the cross-entropy cost. Week 3's network is the case of one hidden
//! layer. Chapter 06 computes the same gradient in one loop; here it is put
//! together from the course's blocks, and a test holds the two equal.

use ndarray::Array2;
use relu_vs_sigmoid::network::{Gradient, Network, correct};

use crate::blocks::{
    activation_backward, linear_activation_forward, linear_gradient,
};
use crate::split_dot::dot;

pub use relu_vs_sigmoid::network::cross_entropy as cost;

/// What the forward pass keeps: Z^[l] and A^[l] of every layer (index
/// l − 1). A^[0] is X itself, which the caller still has.
#[derive(Debug, Clone)]
pub struct Forward {
    pub z: Vec<Array2<f64>>,
    pub a: Vec<Array2<f64>>,
}

impl Forward {
    /// The output layer's Z^[L], (1, m).
    pub fn z_out(&self) -> &Array2<f64> {
        &self.z[self.z.len() - 1]
    }

    /// The output A^[L] = σ(Z^[L]), the probability of label 1.
    pub fn a_out(&self) -> &Array2<f64> {
        &self.a[self.a.len() - 1]
    }
}

// ANCHOR: model_forward
/// Layer after layer, keeping every Z and A.
pub fn model_forward(net: &Network, x: &Array2<f64>) -> Forward {
    let mut forward = Forward {
        z: Vec::with_capacity(net.layers.len()),
        a: Vec::with_capacity(net.layers.len()),
    };
    for layer in &net.layers {
        let a_prev = forward.a.last().unwrap_or(x);
        let (a, z) = linear_activation_forward(
            a_prev,
            &layer.w,
            &layer.b,
            layer.activation,
        );
        forward.z.push(z);
        forward.a.push(a);
    }
    forward
}
// ANCHOR_END: model_forward

// ANCHOR: model_backward
/// Every layer's gradient, the last layer's computed first, returned in
/// layer order. With a sigmoid output and the cross-entropy cost,
/// dZ^[L] = A^[L] − Y: the course's dA^[L] = −Y/A + (1 − Y)/(1 − A),
/// multiplied by σ′(Z^[L]) = A(1 − A), is exactly that. The course's loop
/// also computes dA^[0] = W^[1]ᵀ dZ^[1], which nothing uses; this one
/// stops at dW^[1] and db^[1].
pub fn model_backward(
    net: &Network,
    x: &Array2<f64>,
    y: &Array2<f64>,
    forward: &Forward,
) -> Vec<Gradient> {
    let mut dz = forward.a_out() - y;
    let mut grads = Vec::with_capacity(net.layers.len());
    for l in (0..net.layers.len()).rev() {
        let a_prev = if l == 0 { x } else { &forward.a[l - 1] };
        grads.push(linear_gradient(&dz, a_prev));
        if l > 0 {
            let da_prev = dot(net.layers[l].w.t(), dz.view());
            dz = activation_backward(
                &da_prev,
                &forward.z[l - 1],
                net.layers[l - 1].activation,
            );
        }
    }
    grads.reverse();
    grads
}
// ANCHOR_END: model_backward

// ANCHOR: update
/// One step of gradient descent: W := W − α dW, b := b − α db.
pub fn update(net: &mut Network, grads: &[Gradient], learning_rate: f64) {
    for (layer, g) in net.layers.iter_mut().zip(grads) {
        layer.w.scaled_add(-learning_rate, &g.dw);
        layer.b.scaled_add(-learning_rate, &g.db);
    }
}
// ANCHOR_END: update

/// 1 where the probability of label 1 is above 1/2, else 0: (1, m).
pub fn predict(net: &Network, x: &Array2<f64>) -> Array2<f64> {
    net.probabilities(x).mapv(|p| f64::from(u8::from(p > 0.5)))
}

/// The percentage of examples predicted right, in the course's order of
/// operations (right / m × 100), so that it prints as the course's does.
pub fn accuracy(net: &Network, x: &Array2<f64>, y: &Array2<f64>) -> f64 {
    correct(&net.probabilities(x), y) as f64 / y.len().max(1) as f64 * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use relu_vs_sigmoid::activation::Activation;

    use crate::init::{Init, initialize};

    #[test]
    fn the_blocks_give_chapter_06s_gradient() {
        let mut rng = toolkit::numpy_legacy::NumpyLegacy::seed(4);
        let layers =
            initialize(&[3, 5, 4, 1], Activation::Relu, Init::He, &mut rng);
        let net = Network { layers };
        let x = rng.randn(3, 7);
        let y = rng.rand(1, 7).mapv(|v| f64::from(u8::from(v > 0.5)));
        let (_, expected) = net.gradients(&x, &y);
        let ours = model_backward(&net, &x, &y, &model_forward(&net, &x));
        assert_eq!(ours, expected);
    }

    #[test]
    fn accuracy_is_computed_as_the_course_computes_it() {
        let net = Network {
            layers: vec![relu_vs_sigmoid::network::Layer {
                w: Array2::zeros((1, 1)),
                b: Array2::from_elem((1, 1), 1.0),
                activation: Activation::Sigmoid,
            }],
        };
        // Everything predicted 1: 363 of 400 right.
        let x = Array2::zeros((1, 400));
        let y = Array2::from_shape_fn((1, 400), |(_, j)| {
            f64::from(u8::from(j >= 37))
        });
        assert_eq!(format!("{:?}", accuracy(&net, &x, &y)), "90.75");
    }
}

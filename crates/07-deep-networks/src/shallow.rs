//! Week 3's network written out as the course writes it: its parameters,
//! what its forward pass keeps and its gradients, each by name. The
//! exercises build this network by hand; the rest of the chapter uses the
//! general [`Network`], and these convert to it and back.

use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::network::{Layer, Network};

/// W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Shallow {
    pub w1: Array2<f64>,
    pub b1: Array2<f64>,
    pub w2: Array2<f64>,
    pub b2: Array2<f64>,
}

/// Z1 = W1·X + b1, A1 = tanh(Z1), Z2 = W2·A1 + b2, A2 = σ(Z2).
#[derive(Debug, Clone, PartialEq)]
pub struct ShallowCache {
    pub z1: Array2<f64>,
    pub a1: Array2<f64>,
    pub z2: Array2<f64>,
    pub a2: Array2<f64>,
}

/// Each gradient has the shape of what it is the gradient of.
#[derive(Debug, Clone, PartialEq)]
pub struct ShallowGrads {
    pub dw1: Array2<f64>,
    pub db1: Array2<f64>,
    pub dw2: Array2<f64>,
    pub db2: Array2<f64>,
}

impl Shallow {
    /// The same network as a [`Network`]: tanh hidden, sigmoid out.
    pub fn network(&self) -> Network {
        let layer = |w: &Array2<f64>, b: &Array2<f64>, activation| Layer {
            w: w.clone(),
            b: b.clone(),
            activation,
        };
        Network {
            layers: vec![
                layer(&self.w1, &self.b1, Activation::Tanh),
                layer(&self.w2, &self.b2, Activation::Sigmoid),
            ],
        }
    }

    /// The parameters of a network of one hidden layer.
    pub fn from_network(net: &Network) -> Option<Shallow> {
        let [first, second] = &net.layers[..] else {
            return None;
        };
        Some(Shallow {
            w1: first.w.clone(),
            b1: first.b.clone(),
            w2: second.w.clone(),
            b2: second.b.clone(),
        })
    }
}

/// (W^[l], b^[l]) for l = 1, …, L, as week 4's exercises pass them.
pub type Parameters = Vec<(Array2<f64>, Array2<f64>)>;

/// Week 4's parameters as a [`Network`]: ReLU hidden, sigmoid out.
pub fn deep_network(params: &[(Array2<f64>, Array2<f64>)]) -> Network {
    let last = params.len().saturating_sub(1);
    let layers = params
        .iter()
        .enumerate()
        .map(|(l, (w, b))| Layer {
            w: w.clone(),
            b: b.clone(),
            activation: if l == last {
                Activation::Sigmoid
            } else {
                Activation::Relu
            },
        })
        .collect();
    Network { layers }
}

//! **One step of gradient descent.** Return the parameters moved against
//! their gradients: W1 − α·dW1, b1 − α·db1, W2 − α·dW2, b2 − α·db2.

use crate::shallow::{Shallow, ShallowGrads};

pub fn update_parameters(params: &Shallow, grads: &ShallowGrads, learning_rate: f64) -> Shallow {
    let step = |p: &ndarray::Array2<f64>, g: &ndarray::Array2<f64>| p - &(learning_rate * g);
    Shallow {
        w1: step(&params.w1, &grads.dw1),
        b1: step(&params.b1, &grads.db1),
        w2: step(&params.w2, &grads.dw2),
        b2: step(&params.b2, &grads.db2),
    }
}

//! **One step of gradient descent.** Return the parameters moved against
//! their gradients: W1 − α·dW1, b1 − α·db1, W2 − α·dW2, b2 − α·db2.

use crate::shallow::{Shallow, ShallowGrads};

pub fn update_parameters(params: &Shallow, grads: &ShallowGrads, learning_rate: f64) -> Shallow {
    todo!()
}

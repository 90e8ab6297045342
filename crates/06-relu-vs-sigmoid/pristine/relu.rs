//! **ReLU and its slope.** `relu(z)` is z for z > 0 and 0 otherwise.
//! `relu_derivative(z)` is 1 for z > 0 and 0 for z < 0. At z = 0 there is
//! no derivative (the graph has a corner); return 0 there, the convention
//! every library uses.

pub fn relu(z: f64) -> f64 {
    todo!()
}

pub fn relu_derivative(z: f64) -> f64 {
    todo!()
}

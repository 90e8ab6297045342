//! **Predictions.** Run the forward pass and answer 1.0 for every example
//! whose A2 is above 0.5, 0.0 for the others: a (1, m) array.

use ndarray::Array2;

use crate::shallow::Shallow;

use super::forward_propagation;

pub fn shallow_predict(params: &Shallow, x: &Array2<f64>) -> Array2<f64> {
    forward_propagation(x, params).a2.mapv(|a| if a > 0.5 { 1.0 } else { 0.0 })
}

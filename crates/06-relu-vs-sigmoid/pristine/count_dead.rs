//! **Counting dead units.** `z` holds a hidden layer's inputs: one row per
//! unit, one column per training example. A ReLU unit is dead when its z
//! is ≤ 0 for *every* example: then its output is 0 everywhere, its slope
//! is 0 everywhere, and no gradient reaches its weights. Count those rows.
//!
//! [[1, -2], [-1, -3], [0, 0]] has two dead units (the last two rows).

use ndarray::Array2;

pub fn count_dead_units(z: &Array2<f64>) -> usize {
    todo!()
}

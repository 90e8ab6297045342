//! **One gradient-descent update**: move the parameters a step of size
//! `learning_rate` (α) against their gradient:
//!
//! w := w − α·dw      b := b − α·db
//!
//! Return the new (w, b).

use ndarray::Array2;

pub fn update(
    w: &Array2<f64>,
    b: f64,
    dw: &Array2<f64>,
    db: f64,
    learning_rate: f64,
) -> (Array2<f64>, f64) {
    todo!()
}

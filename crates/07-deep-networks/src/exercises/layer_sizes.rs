//! **Layer sizes (week 3).** The course's network has three sizes: n_x,
//! the number of input features (the rows of X, one column per example);
//! n_h, the hidden units, which the course fixes at 4; and n_y, the number
//! of outputs (the rows of Y). Return (n_x, n_h, n_y).

use ndarray::Array2;

pub fn layer_sizes(x: &Array2<f64>, y: &Array2<f64>) -> (usize, usize, usize) {
    todo!()
}

//! **Accuracy** in percent: how many of the predictions (0 or 1) equal the
//! labels, out of m. Both arrays are (1, m).

use ndarray::Array2;

pub fn accuracy(predictions: &Array2<f64>, labels: &Array2<f64>) -> f64 {
    todo!()
}

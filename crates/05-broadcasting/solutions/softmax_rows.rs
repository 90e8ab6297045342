use ndarray::{Array2, Axis};

pub fn softmax_rows(x: &Array2<f64>) -> Array2<f64> {
    let max = x
        .map_axis(Axis(1), |row| row.fold(f64::NEG_INFINITY, |m, &v| m.max(v)));
    let e = (x - &max.insert_axis(Axis(1))).exp();
    let sums = e.sum_axis(Axis(1)).insert_axis(Axis(1));
    e / &sums
}

use ndarray::{Array2, Axis};

pub fn normalize_rows(x: &Array2<f64>) -> Array2<f64> {
    let norms = x.map_axis(Axis(1), |row| row.dot(&row).sqrt());
    x / &norms.insert_axis(Axis(1))
}

use ndarray::Array2;

pub fn predict(w: &Array2<f64>, b: f64, x: &Array2<f64>) -> Array2<f64> {
    let (n_x, m) = x.dim();
    Array2::from_shape_fn((1, m), |(_, j)| {
        let mut z = b;
        for i in 0..n_x {
            z += w[[i, 0]] * x[[i, j]];
        }
        // σ(z) > 0.5 exactly when z > 0.
        f64::from(u8::from(logistic::loss::sigmoid(z) > 0.5))
    })
}

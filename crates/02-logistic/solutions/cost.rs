use ndarray::Array2;

pub fn cost(w: &Array2<f64>, b: f64, x: &Array2<f64>, y: &Array2<f64>) -> f64 {
    let (n_x, m) = x.dim();
    let mut total = 0.0;
    for j in 0..m {
        let mut z = b;
        for i in 0..n_x {
            z += w[[i, 0]] * x[[i, j]];
        }
        total += super::loss(z, y[[0, j]]);
    }
    total / m as f64
}

use logistic::loss::{loss, sigmoid};
use ndarray::Array2;

pub fn propagate_vectorized(
    w: &Array2<f64>,
    b: f64,
    x: &Array2<f64>,
    y: &Array2<f64>,
) -> (Array2<f64>, f64, f64) {
    let m = x.ncols() as f64;
    let z = w.t().dot(x) + b; // (1, m)
    let cost = z.iter().zip(y).map(|(&z, &y)| loss(z, y)).sum::<f64>() / m;
    let dz = z.mapv(sigmoid) - y;
    let dw = x.dot(&dz.t()) / m; // (n_x, 1)
    (dw, dz.sum() / m, cost)
}

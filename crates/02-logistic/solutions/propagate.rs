use ndarray::Array2;

use crate::model::Gradients;

pub fn propagate(
    w: &Array2<f64>,
    b: f64,
    x: &Array2<f64>,
    y: &Array2<f64>,
) -> (Gradients, f64) {
    let (n_x, m) = x.dim();
    let mut dw = Array2::zeros((n_x, 1));
    let (mut db, mut cost) = (0.0, 0.0);
    for j in 0..m {
        let mut z = b;
        for i in 0..n_x {
            z += w[[i, 0]] * x[[i, j]];
        }
        cost += super::loss(z, y[[0, j]]);
        let dz = super::sigmoid(z) - y[[0, j]];
        for i in 0..n_x {
            dw[[i, 0]] += x[[i, j]] * dz;
        }
        db += dz;
    }
    let m = m as f64;
    (
        Gradients {
            dw: dw / m,
            db: db / m,
        },
        cost / m,
    )
}

use ndarray::{Array2, Axis};

pub fn dense_backward(
    dz: &Array2<f64>,
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
) -> (Array2<f64>, Array2<f64>, Array2<f64>) {
    let m = dz.ncols() as f64;
    let dw = dz.dot(&a_prev.t()) / m;
    let db = dz.sum_axis(Axis(1)).insert_axis(Axis(1)) / m;
    let da_prev = w.t().dot(dz);
    (dw, db, da_prev)
}

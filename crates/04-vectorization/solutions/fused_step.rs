use logistic::loss::{loss, sigmoid};

pub fn fused_step(
    rows: &[f64],
    y: &[f64],
    w: &[f64],
    b: f64,
) -> (Vec<f64>, f64, f64) {
    let n_x = w.len();
    let mut dw = vec![0.0; n_x];
    let (mut db, mut cost) = (0.0, 0.0);
    for (x, &y) in rows.chunks_exact(n_x.max(1)).zip(y) {
        let z = b + w.iter().zip(x).map(|(w, x)| w * x).sum::<f64>();
        let dz = sigmoid(z) - y;
        cost += loss(z, y);
        db += dz;
        for (d, &xi) in dw.iter_mut().zip(x) {
            *d += xi * dz;
        }
    }
    let m = y.len() as f64;
    (dw.iter().map(|d| d / m).collect(), db / m, cost / m)
}

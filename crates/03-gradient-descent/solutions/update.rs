use ndarray::Array2;

pub fn update(
    w: &Array2<f64>,
    b: f64,
    dw: &Array2<f64>,
    db: f64,
    learning_rate: f64,
) -> (Array2<f64>, f64) {
    (w - &(dw * learning_rate), b - learning_rate * db)
}

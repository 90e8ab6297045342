use ndarray::Array2;

pub fn accuracy(predictions: &Array2<f64>, labels: &Array2<f64>) -> f64 {
    let right = predictions
        .iter()
        .zip(labels)
        .filter(|(p, y)| (*p - *y).abs() < 0.5)
        .count();
    100.0 * right as f64 / labels.len() as f64
}

pub fn sigmoid_derivative(z: f64) -> f64 {
    let s = super::sigmoid(z);
    s * (1.0 - s)
}

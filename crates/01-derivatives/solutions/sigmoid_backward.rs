pub fn sigmoid_backward(output: f64, upstream: f64) -> f64 {
    output * (1.0 - output) * upstream
}

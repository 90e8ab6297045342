pub fn mul_backward(a: f64, b: f64, upstream: f64) -> (f64, f64) {
    (b * upstream, a * upstream)
}

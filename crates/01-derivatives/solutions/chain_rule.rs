pub fn chain_rule(
    outer_derivative: impl Fn(f64) -> f64,
    inner: impl Fn(f64) -> f64,
    inner_derivative: impl Fn(f64) -> f64,
    x: f64,
) -> f64 {
    outer_derivative(inner(x)) * inner_derivative(x)
}

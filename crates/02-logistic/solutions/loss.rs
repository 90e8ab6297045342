/// ln(1 + eᵗ), without overflow for large t.
fn softplus(t: f64) -> f64 {
    t.max(0.0) + (-t.abs()).exp().ln_1p()
}

pub fn loss(z: f64, y: f64) -> f64 {
    // −ln σ(z) = ln(1 + e⁻ᶻ);  −ln(1 − σ(z)) = ln(1 + eᶻ)
    y * softplus(-z) + (1.0 - y) * softplus(z)
}

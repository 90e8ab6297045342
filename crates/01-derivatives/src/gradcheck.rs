//! The gradient checker every chapter's tests use: estimate each partial derivative with a
//! central difference and compare the whole vector with the analytic gradient.

// ANCHOR: gradcheck
/// ∂f/∂xᵢ for every i, each by a central difference with step `h`.
pub fn numerical_gradient(
    f: impl Fn(&[f64]) -> f64,
    x: &[f64],
    h: f64,
) -> Vec<f64> {
    let mut probe = x.to_vec();
    (0..x.len())
        .map(|i| {
            probe[i] = x[i] + h;
            let up = f(&probe);
            probe[i] = x[i] - h;
            let down = f(&probe);
            probe[i] = x[i];
            (up - down) / (2.0 * h)
        })
        .collect()
}

/// ‖a − b‖ / (‖a‖ + ‖b‖): 0 when equal, 1 when opposite, and scale-free,
/// so one threshold fits gradients of any size. Two zero vectors agree
/// perfectly (0).
pub fn relative_error(a: &[f64], b: &[f64]) -> f64 {
    let norm = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>().sqrt();
    let difference: Vec<f64> = a.iter().zip(b).map(|(x, y)| x - y).collect();
    let (diff, scale) = (norm(&difference), norm(a) + norm(b));
    if scale == 0.0 { 0.0 } else { diff / scale }
}
// ANCHOR_END: gradcheck

/// The result of comparing an analytic gradient with a numerical one.
#[derive(Debug, Clone, PartialEq)]
pub struct GradCheck {
    pub numerical: Vec<f64>,
    pub relative_error: f64,
}

/// The step used when a caller has no reason to choose another: near the cube root of the
/// f64 round-off, where the central difference is most accurate (see `numeric.rs`).
pub const DEFAULT_STEP: f64 = 1e-5;

/// Compares `analytic` (claimed ∇f at `x`) with central differences of `f`.
/// Panics if the lengths differ: that is a bug in the caller's test, not a numerical result.
pub fn check_gradient(
    f: impl Fn(&[f64]) -> f64,
    x: &[f64],
    analytic: &[f64],
) -> GradCheck {
    assert_eq!(
        x.len(),
        analytic.len(),
        "one partial derivative per parameter"
    );
    let numerical = numerical_gradient(f, x, DEFAULT_STEP);
    let relative_error = relative_error(analytic, &numerical);
    GradCheck {
        numerical,
        relative_error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;

    #[test]
    fn numerical_gradient_of_a_known_function() {
        // f(x, y) = x²y + sin y; ∇f = (2xy, x² + cos y)
        let f = |p: &[f64]| p[0] * p[0] * p[1] + p[1].sin();
        let g = numerical_gradient(f, &[1.5, -0.5], 1e-5);
        assert_abs_diff_eq!(g[0], 2.0 * 1.5 * -0.5, epsilon = 1e-8);
        assert_abs_diff_eq!(g[1], 1.5 * 1.5 + (-0.5f64).cos(), epsilon = 1e-8);
    }

    #[test]
    fn a_wrong_gradient_is_caught() {
        let f = |p: &[f64]| p[0].powi(3);
        let right = check_gradient(f, &[2.0], &[12.0]);
        assert!(right.relative_error < 1e-9, "{right:?}");
        let wrong = check_gradient(f, &[2.0], &[6.0]); // forgot the 3 of 3x²? off by 2x
        assert!(wrong.relative_error > 0.1, "{wrong:?}");
    }

    #[test]
    fn relative_error_is_scale_free_and_symmetric() {
        assert_abs_diff_eq!(relative_error(&[0.0, 0.0], &[0.0, 0.0]), 0.0);
        assert_abs_diff_eq!(relative_error(&[1.0], &[-1.0]), 1.0);
        let small = relative_error(&[1e-6, 2e-6], &[1.1e-6, 2e-6]);
        let large = relative_error(&[1e6, 2e6], &[1.1e6, 2e6]);
        assert_abs_diff_eq!(small, large, epsilon = 1e-12);
        assert_abs_diff_eq!(
            relative_error(&[3.0], &[1.0]),
            relative_error(&[1.0], &[3.0])
        );
    }
}

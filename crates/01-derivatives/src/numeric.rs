//! Derivatives as slopes, estimated from two nearby points.

// ANCHOR: differences
/// Slope of the secant from `x` to `x + h`: the first-order estimate.
/// Its truncation error shrinks like `h`.
pub fn forward_difference(f: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    (f(x + h) - f(x)) / h
}

/// Slope of the secant from `x - h` to `x + h`, centred on `x`. The `h²`
/// terms of the two Taylor expansions cancel, so its truncation error
/// shrinks like `h²`.
pub fn central_difference(f: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    (f(x + h) - f(x - h)) / (2.0 * h)
}
// ANCHOR_END: differences

/// The chapter's example function, f(x) = x³ − 3x: it rises, levels off, falls and rises
/// again, so its tangents show positive, zero and negative slopes.
pub fn cubic(x: f64) -> f64 {
    x * x * x - 3.0 * x
}

/// Its exact derivative, f′(x) = 3x² − 3.
pub fn cubic_slope(x: f64) -> f64 {
    3.0 * x * x - 3.0
}

/// Where the tangents figure and the binary's table look at the slope.
pub const TANGENT_POINTS: [f64; 4] = [-2.0, -1.0, 0.0, 1.5];

/// One row of an h-sweep: both estimates' absolute errors against the exact derivative.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SweepRow {
    pub h: f64,
    pub forward_error: f64,
    pub central_error: f64,
}

/// `h = 10^0, 10^-1/4, …, 10^-16`: 65 steps, four per decade.
pub fn sweep_steps() -> impl Iterator<Item = f64> {
    (0..=64).map(|k| 10f64.powf(-f64::from(k) / 4.0))
}

/// Errors of both estimates of `f'(x)` for every `h` in `steps`, given the exact `derivative`.
pub fn h_sweep(
    f: impl Fn(f64) -> f64,
    derivative: f64,
    x: f64,
    steps: impl IntoIterator<Item = f64>,
) -> Vec<SweepRow> {
    steps
        .into_iter()
        .map(|h| SweepRow {
            h,
            forward_error: (forward_difference(&f, x, h) - derivative).abs(),
            central_error: (central_difference(&f, x, h) - derivative).abs(),
        })
        .collect()
}

/// The row with the smallest error of each estimate: (forward's best, central's best).
pub fn best_steps(rows: &[SweepRow]) -> Option<(SweepRow, SweepRow)> {
    let by = |key: fn(&SweepRow) -> f64| {
        rows.iter()
            .copied()
            .min_by(|a, b| key(a).total_cmp(&key(b)))
    };
    Some((by(|r| r.forward_error)?, by(|r| r.central_error)?))
}

/// Where theory puts the best `h` for f64 (unit round-off `ε ≈ 1.1e-16`): about `√ε` for the
/// forward difference and `∛ε` for the central one, when `f` and its derivatives are of order 1.
pub fn theoretical_best_steps() -> (f64, f64) {
    let eps = f64::EPSILON / 2.0;
    (eps.sqrt(), eps.cbrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn central_error_falls_like_h_squared_and_forward_like_h() {
        let exact = 1f64.cos();
        let fwd = |h| (forward_difference(f64::sin, 1.0, h) - exact).abs();
        let ctr = |h| (central_difference(f64::sin, 1.0, h) - exact).abs();
        // Ten times smaller h: ten times smaller forward error, a hundred times smaller central.
        assert_relative_eq!(fwd(1e-3) / fwd(1e-4), 10.0, max_relative = 0.02);
        assert_relative_eq!(ctr(1e-2) / ctr(1e-3), 100.0, max_relative = 0.02);
    }

    #[test]
    fn the_sweep_is_u_shaped_with_minima_near_theory() {
        let rows = h_sweep(f64::sin, 1f64.cos(), 1.0, sweep_steps());
        let (fwd, ctr) = best_steps(&rows).unwrap();
        let (fwd_theory, ctr_theory) = theoretical_best_steps();
        // Within a factor of 30 of theory: constants of order 1 are not known exactly.
        assert!(
            (fwd.h / fwd_theory).log10().abs() < 1.5,
            "forward best h {}",
            fwd.h
        );
        assert!(
            (ctr.h / ctr_theory).log10().abs() < 1.5,
            "central best h {}",
            ctr.h
        );
        assert!(ctr.central_error < fwd.forward_error);
        // U shape: both ends are worse than the middle.
        let (first, last) = (rows[0], rows[rows.len() - 1]);
        assert!(first.forward_error > 100.0 * fwd.forward_error);
        assert!(last.forward_error > 100.0 * fwd.forward_error);
        assert!(last.central_error > 100.0 * ctr.central_error);
    }
}

//! Chapter 01's step-size widget: the forward and the central estimate of
//! d/dx sin x at x = 1 for one h, and the whole sweep the chapter's figure
//! draws, from the chapter's own [`h_sweep`].

use derivatives::numeric::{
    SweepRow, central_difference, forward_difference, h_sweep, sweep_steps,
};

/// Where the chapter's sweep looks at the slope of sin.
pub const X: f64 = 1.0;

/// For one `h`: [h, forward estimate, central estimate, exact, forward
/// error, central error].
pub fn estimates(h: f64) -> [f64; 6] {
    let exact = X.cos();
    let row = row(h);
    [
        h,
        forward_difference(f64::sin, X, h),
        central_difference(f64::sin, X, h),
        exact,
        row.forward_error,
        row.central_error,
    ]
}

fn row(h: f64) -> SweepRow {
    let rows = h_sweep(f64::sin, X.cos(), X, [h]);
    rows.first().copied().unwrap_or(SweepRow {
        h,
        forward_error: f64::NAN,
        central_error: f64::NAN,
    })
}

/// The figure's sweep, flat: h, forward error, central error, row after row.
pub fn sweep() -> Vec<f64> {
    h_sweep(f64::sin, X.cos(), X, sweep_steps())
        .iter()
        .flat_map(|r| [r.h, r.forward_error, r.central_error])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_errors_are_the_distances_to_cos_1() {
        let [h, forward, central, exact, fe, ce] = estimates(1e-3);
        assert_eq!(h.to_bits(), 1e-3f64.to_bits());
        assert_eq!(fe.to_bits(), (forward - exact).abs().to_bits());
        assert_eq!(ce.to_bits(), (central - exact).abs().to_bits());
        // Truncation: forward ≈ h/2 · sin 1, central ≈ h²/6 · cos 1.
        assert!((fe / (1e-3 * X.sin() / 2.0) - 1.0).abs() < 1e-2, "{fe}");
        assert!((ce / (1e-6 * X.cos() / 6.0) - 1.0).abs() < 1e-2, "{ce}");
    }

    #[test]
    fn the_sweep_is_the_figures_65_rows() {
        let flat = sweep();
        assert_eq!(flat.len(), 65 * 3);
        assert_eq!(flat[0].to_bits(), 1f64.to_bits());
    }
}

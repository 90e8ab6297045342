//! The sigmoid and the cross-entropy loss, computed so that no input can make them NaN.

pub use derivatives::autodiff::sigmoid;

/// σ'(z) = σ(z)·(1 − σ(z)); it is largest at z = 0, where it is exactly 1/4.
pub fn sigmoid_derivative(z: f64) -> f64 {
    let s = sigmoid(z);
    s * (1.0 - s)
}

// ANCHOR: loss
/// ln(1 + eᵗ) without overflow: for large t, eᵗ is infinite but the answer
/// is just t plus a tiny correction, ln(1 + e⁻ᵗ).
pub fn softplus(t: f64) -> f64 {
    t.max(0.0) + (-t.abs()).exp().ln_1p()
}

/// L(ŷ, y) = −(y ln ŷ + (1 − y) ln(1 − ŷ)) with ŷ = σ(z), computed from z:
/// −ln σ(z) = ln(1 + e⁻ᶻ) and −ln(1 − σ(z)) = ln(1 + eᶻ). Never ln 0.
pub fn loss(z: f64, y: f64) -> f64 {
    y * softplus(-z) + (1.0 - y) * softplus(z)
}
// ANCHOR_END: loss

/// The textbook formula, from the probability ŷ. Once ŷ rounds to exactly 0
/// or 1 (|z| above about 37) one of its logarithms is ln 0 = −∞.
pub fn loss_from_probability(y_hat: f64, y: f64) -> f64 {
    -(y * y_hat.ln() + (1.0 - y) * (1.0 - y_hat).ln())
}

/// Which per-example loss a cost averages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loss {
    /// −(y ln ŷ + (1 − y) ln(1 − ŷ)): the logistic regression loss.
    CrossEntropy,
    /// ½(ŷ − y)²: the squared error, shown to be a poor fit for a sigmoid.
    SquaredError,
}

impl Loss {
    /// The loss of one example whose linear part is `z`.
    pub fn of_z(self, z: f64, y: f64) -> f64 {
        match self {
            Loss::CrossEntropy => loss(z, y),
            Loss::SquaredError => 0.5 * (sigmoid(z) - y).powi(2),
        }
    }

    /// ∂L/∂z for one example, by the chain rule through ŷ = σ(z).
    pub fn dz(self, z: f64, y: f64) -> f64 {
        let a = sigmoid(z);
        match self {
            // (−y/a + (1 − y)/(1 − a)) · a(1 − a) simplifies to a − y.
            Loss::CrossEntropy => a - y,
            // (a − y) · a(1 − a): the σ' factor vanishes when σ saturates.
            Loss::SquaredError => (a - y) * a * (1.0 - a),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Loss::CrossEntropy => "cross-entropy",
            Loss::SquaredError => "squared error",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::{assert_abs_diff_eq, assert_relative_eq};

    #[test]
    fn stable_loss_matches_the_textbook_where_both_work() {
        // Beyond |z| ≈ 5 the textbook form loses digits computing 1 − ŷ, so it
        // is no reference there.
        for z in [-5.0, -3.0, -0.5, 0.0, 0.7, 4.0, 5.0] {
            for y in [0.0, 1.0] {
                let textbook = loss_from_probability(sigmoid(z), y);
                assert_relative_eq!(loss(z, y), textbook, max_relative = 1e-9);
            }
        }
    }

    #[test]
    fn far_out_the_loss_stays_finite_and_right() {
        // Confidently wrong by 1e4: the loss is 1e4 (plus e^-1e4, far below f64).
        assert_relative_eq!(loss(1e4, 0.0), 1e4, max_relative = 1e-12);
        assert_relative_eq!(loss(-1e4, 1.0), 1e4, max_relative = 1e-12);
        // Confidently right: e^-1e4 underflows to 0, so 0 is the nearest f64.
        assert_abs_diff_eq!(loss(1e4, 1.0), 0.0);
        assert_abs_diff_eq!(loss(-1e4, 0.0), 0.0);
        // The textbook form breaks where the stable one does not.
        assert!(loss_from_probability(sigmoid(1e4), 0.0).is_infinite());
        // Moderately far: e^-40 is representable and must come out right.
        assert_relative_eq!(
            loss(40.0, 1.0),
            (-40f64).exp(),
            max_relative = 1e-12
        );
    }

    #[test]
    fn sigmoid_slope_peaks_at_a_quarter() {
        assert_abs_diff_eq!(sigmoid_derivative(0.0), 0.25);
        for z in [-5.0, -1.0, 0.3, 2.0, 1000.0, -1000.0] {
            assert!(
                sigmoid_derivative(z) < 0.25 && sigmoid_derivative(z) >= 0.0
            );
        }
    }

    #[test]
    fn dz_is_the_derivative_of_the_loss() {
        for loss in [Loss::CrossEntropy, Loss::SquaredError] {
            for (z, y) in [(-2.0, 1.0), (0.3, 0.0), (1.7, 1.0)] {
                let f = |p: &[f64]| loss.of_z(p[0], y);
                let check = derivatives::gradcheck::check_gradient(
                    f,
                    &[z],
                    &[loss.dz(z, y)],
                );
                assert!(check.relative_error < 1e-8, "{loss:?} {z} {y}");
            }
        }
    }
}

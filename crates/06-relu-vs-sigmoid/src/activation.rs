//! The activation functions the chapter compares, with their derivatives.

use clap::ValueEnum;
use logistic::loss::sigmoid;

/// How a hidden unit turns its input z into its output a = g(z).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Activation {
    /// 1 / (1 + e⁻ᶻ), between 0 and 1
    Sigmoid,
    /// (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ), between −1 and 1
    Tanh,
    /// max(0, z)
    Relu,
    /// z for z > 0, 0.01·z otherwise
    LeakyRelu,
    /// z itself: a layer without an activation (chapter 07 shows what a
    /// network of such layers can and cannot do)
    Linear,
}

/// The slope of leaky ReLU for negative inputs.
pub const LEAK: f64 = 0.01;

// ANCHOR: activations
impl Activation {
    pub const ALL: [Activation; 4] = [
        Activation::Sigmoid,
        Activation::Tanh,
        Activation::Relu,
        Activation::LeakyRelu,
    ];

    pub fn apply(self, z: f64) -> f64 {
        match self {
            Activation::Sigmoid => sigmoid(z),
            Activation::Tanh => z.tanh(),
            Activation::Relu => z.max(0.0),
            Activation::LeakyRelu => {
                if z > 0.0 {
                    z
                } else {
                    LEAK * z
                }
            }
            Activation::Linear => z,
        }
    }

    /// g'(z). ReLU has no derivative at 0; like every library, we use 0
    /// there (a unit sitting exactly at 0 is treated as off).
    pub fn derivative(self, z: f64) -> f64 {
        match self {
            Activation::Sigmoid => {
                let s = sigmoid(z);
                s * (1.0 - s) // at most 1/4, at z = 0
            }
            Activation::Tanh => 1.0 - z.tanh().powi(2), // at most 1
            Activation::Relu => {
                if z > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => {
                if z > 0.0 {
                    1.0
                } else {
                    LEAK
                }
            }
            Activation::Linear => 1.0,
        }
    }
    // ANCHOR_END: activations

    pub fn name(self) -> &'static str {
        match self {
            Activation::Sigmoid => "sigmoid",
            Activation::Tanh => "tanh",
            Activation::Relu => "ReLU",
            Activation::LeakyRelu => "leaky ReLU",
            Activation::Linear => "linear",
        }
    }

    /// The standard deviation of a weight feeding this activation from
    /// `n_in` inputs to `n_out` units: He (2/n_in) for the ReLU family,
    /// Glorot (2/(n_in + n_out)) for the S-shaped ones. Both keep the
    /// variance of the signal roughly constant from layer to layer.
    pub fn init_scale(self, n_in: usize, n_out: usize) -> f64 {
        match self {
            Activation::Relu | Activation::LeakyRelu => {
                (2.0 / n_in as f64).sqrt()
            }
            Activation::Sigmoid | Activation::Tanh | Activation::Linear => {
                (2.0 / (n_in + n_out) as f64).sqrt()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use derivatives::gradcheck::numerical_gradient;

    #[test]
    fn derivatives_match_finite_differences_away_from_the_kink() {
        for g in Activation::ALL.into_iter().chain([Activation::Linear]) {
            for z in [-3.0, -0.7, -0.01, 0.02, 0.5, 2.5] {
                let numeric =
                    numerical_gradient(|x| g.apply(x[0]), &[z], 1e-6)[0];
                assert!(
                    (numeric - g.derivative(z)).abs() < 1e-6,
                    "{g:?} at {z}: {numeric} vs {}",
                    g.derivative(z)
                );
            }
        }
    }

    #[test]
    fn the_values_the_chapter_quotes() {
        use Activation::*;
        assert_eq!(Relu.apply(-2.0).to_bits(), 0.0_f64.to_bits());
        assert!((Relu.apply(3.0) - 3.0).abs() < 1e-15);
        assert!((Relu.derivative(0.0)).abs() < 1e-15, "0 at the kink");
        assert!((LeakyRelu.apply(-2.0) + 0.02).abs() < 1e-15);
        assert!((Sigmoid.derivative(0.0) - 0.25).abs() < 1e-15);
        assert!((Tanh.derivative(0.0) - 1.0).abs() < 1e-15);
        // σ' never exceeds 1/4.
        let most = (-400..=400)
            .map(|i| Sigmoid.derivative(f64::from(i) * 0.01))
            .fold(0.0, f64::max);
        assert!(most <= 0.25);
    }
}

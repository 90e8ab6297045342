//! Where the weights start. Biases always start at zero; what matters is
//! the weights: not all equal (see the chapter's symmetry experiment), and
//! of the right size.

use std::fmt;
use std::str::FromStr;

use ndarray::Array2;
use toolkit::numpy_legacy::NumpyLegacy;

use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::network::Layer;

/// How the weights W^[l] are drawn, each from numpy's legacy `randn`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Init {
    /// The course's own choice: × 0.01 for a network with one hidden layer
    /// (weeks 3 and 4), ÷ √n^[l−1] for a deeper one (week 4).
    Course,
    /// × √(2 / n^[l−1]), for ReLU layers.
    He,
    /// × √(2 / (n^[l−1] + n^[l])) (Glorot's), for tanh and sigmoid layers.
    Xavier,
    /// Every weight 0: every hidden unit the same forever.
    Zeros,
    /// × K, the same scale in every layer.
    Scaled(f64),
}

impl Init {
    /// The factor the standard normal draws of W^[l] are multiplied by, in
    /// a network of `layers` layers.
    pub fn scale(self, n_in: usize, n_out: usize, layers: usize) -> f64 {
        let n_in = n_in as f64;
        match self {
            Init::Course if layers <= 2 => 0.01,
            Init::Course => 1.0 / n_in.sqrt(),
            Init::He => (2.0 / n_in).sqrt(),
            Init::Xavier => (2.0 / (n_in + n_out as f64)).sqrt(),
            Init::Zeros => 0.0,
            Init::Scaled(k) => k,
        }
    }
}

// ANCHOR: initialize
/// Layers of the given sizes n^[0], …, n^[L]: W^[l] is randn(n^[l],
/// n^[l−1]) times the scale, drawn layer after layer in C order as the
/// course's `np.random.randn` draws it, b^[l] zeros. With `Zeros` nothing
/// is drawn. The hidden layers get `hidden`, the last layer the sigmoid.
pub fn initialize(
    sizes: &[usize],
    hidden: Activation,
    init: Init,
    rng: &mut NumpyLegacy,
) -> Vec<Layer> {
    let layers = sizes.len().saturating_sub(1);
    sizes
        .windows(2)
        .enumerate()
        .map(|(l, pair)| {
            let (n_in, n_out) = (pair[0], pair[1]);
            let w = if init == Init::Zeros {
                Array2::zeros((n_out, n_in))
            } else {
                rng.randn(n_out, n_in) * init.scale(n_in, n_out, layers)
            };
            Layer {
                w,
                b: Array2::zeros((n_out, 1)),
                activation: if l + 1 == layers {
                    Activation::Sigmoid
                } else {
                    hidden
                },
            }
        })
        .collect()
}
// ANCHOR_END: initialize

impl fmt::Display for Init {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Init::Course => f.write_str("course"),
            Init::He => f.write_str("he"),
            Init::Xavier => f.write_str("xavier"),
            Init::Zeros => f.write_str("zeros"),
            Init::Scaled(k) => write!(f, "scaled:{k}"),
        }
    }
}

impl FromStr for Init {
    type Err = String;

    /// `course`, `he`, `xavier`, `zeros` or `scaled:K` (K a finite number).
    fn from_str(text: &str) -> Result<Init, String> {
        match text.trim() {
            "course" => Ok(Init::Course),
            "he" => Ok(Init::He),
            "xavier" => Ok(Init::Xavier),
            "zeros" => Ok(Init::Zeros),
            other => match other.strip_prefix("scaled:") {
                Some(k) => toolkit::cli::finite_f64(k).map(Init::Scaled),
                None => Err(format!(
                    "{text:?} is not an initialisation: use course, he, xavier, zeros or scaled:K"
                )),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_course_initialisation_draws_what_numpy_draws() {
        // The course's week 3: seed 2, randn(4, 2) × 0.01, then randn(1, 4) × 0.01.
        let layers = initialize(
            &[2, 4, 1],
            Activation::Tanh,
            Init::Course,
            &mut NumpyLegacy::seed(2),
        );
        assert!((layers[0].w[[0, 0]] + 0.00416758).abs() < 5e-9);
        assert!((layers[1].w[[0, 3]] - 0.02292208).abs() < 5e-9);
        assert_eq!(layers[1].b.dim(), (1, 1));
        let deep = initialize(
            &[4, 3, 2, 1],
            Activation::Relu,
            Init::Course,
            &mut NumpyLegacy::seed(1),
        );
        let first = NumpyLegacy::seed(1).standard_normal();
        assert!((deep[0].w[[0, 0]] - first / 2.0).abs() < 1e-15, "÷ √4");
    }

    #[test]
    fn every_scheme_reads_back_as_it_is_written() {
        for init in [
            Init::Course,
            Init::He,
            Init::Xavier,
            Init::Zeros,
            Init::Scaled(0.5),
        ] {
            assert_eq!(init.to_string().parse::<Init>(), Ok(init));
        }
        assert!("scaled:x".parse::<Init>().is_err());
        assert!(
            "kaiming"
                .parse::<Init>()
                .unwrap_err()
                .contains("course, he, xavier")
        );
    }
}

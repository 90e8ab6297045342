//! Feature scaling, fitted on the training set and replayed unchanged on any later data.
//!
//! The fitted [`Scaling`] is plain data (serde), so a saved model carries the exact numbers its
//! inputs were scaled with; scaling test data with the test set's own statistics would leak it.

use std::fmt;
use std::str::FromStr;

use ndarray::{Array2, Axis};
use serde::{Deserialize, Serialize};

use crate::dataset::DataError;

/// How to scale, as a reader writes it on a command line: `standardize`, `divide:N`, `none`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ScaleSpec {
    None,
    Standardize,
    Divide(f64),
}

/// A fitted scaling: everything needed to scale new data the same way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Scaling {
    None,
    /// `(x - mean) / std` per feature, with the population std of the training set. A feature
    /// that was constant in training (std 0) is only centred: dividing by 0 would make NaN.
    Standardize {
        mean: Vec<f64>,
        std: Vec<f64>,
    },
    /// `x / by` for every feature (e.g. 16 for 0–16 pixels, 255 for bytes).
    Divide {
        by: f64,
    },
}

impl FromStr for ScaleSpec {
    type Err = DataError;

    fn from_str(spec: &str) -> Result<Self, DataError> {
        let fail = |reason| DataError::ScaleSpec {
            spec: spec.to_owned(),
            reason,
        };
        match spec.trim() {
            "none" => Ok(Self::None),
            "standardize" => Ok(Self::Standardize),
            other => {
                let number = other
                    .strip_prefix("divide:")
                    .ok_or_else(|| fail("unknown kind"))?;
                let by: f64 = number
                    .trim()
                    .parse()
                    .map_err(|_| fail("the divisor is not a number"))?;
                if by.is_finite() && by != 0.0 {
                    Ok(Self::Divide(by))
                } else {
                    Err(fail(
                        "the divisor must be a finite number other than 0",
                    ))
                }
            }
        }
    }
}

impl fmt::Display for ScaleSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::None => write!(f, "none"),
            Self::Standardize => write!(f, "standardize"),
            Self::Divide(by) => write!(f, "divide:{by}"),
        }
    }
}

impl ScaleSpec {
    /// Fits the scaling to training data `x` of shape `(n_x, m)`.
    pub fn fit(self, x: &Array2<f64>) -> Scaling {
        match self {
            Self::None => Scaling::None,
            Self::Divide(by) => Scaling::Divide { by },
            Self::Standardize => {
                let m = x.ncols().max(1) as f64;
                let mean: Vec<f64> =
                    x.rows().into_iter().map(|r| r.sum() / m).collect();
                let std = x
                    .rows()
                    .into_iter()
                    .zip(&mean)
                    .map(|(r, mu)| {
                        (r.iter().map(|v| (v - mu).powi(2)).sum::<f64>() / m)
                            .sqrt()
                    })
                    .collect();
                Scaling::Standardize { mean, std }
            }
        }
    }
}

impl Scaling {
    /// Scales `x` of shape `(n_x, m)`; `n_x` must match what the scaling was fitted on.
    pub fn apply(&self, x: &Array2<f64>) -> Result<Array2<f64>, DataError> {
        match self {
            Self::None => Ok(x.clone()),
            Self::Divide { by } => Ok(x / *by),
            Self::Standardize { mean, std } => {
                if mean.len() != x.nrows() || std.len() != x.nrows() {
                    return Err(DataError::ScalingShape {
                        expected: mean.len(),
                        found: x.nrows(),
                    });
                }
                let mut out = x.clone();
                for ((mut row, mu), sigma) in
                    out.axis_iter_mut(Axis(0)).zip(mean).zip(std)
                {
                    let divisor = if *sigma > 0.0 { *sigma } else { 1.0 };
                    row.mapv_inplace(|v| (v - mu) / divisor);
                }
                Ok(out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;
    use ndarray::array;

    #[test]
    fn standardize_gives_mean_0_std_1_and_leaves_constant_rows_at_0() {
        // Feature 0 varies, feature 1 is constant (like a blank corner pixel).
        let x = array![[1.0, 2.0, 3.0, 6.0], [5.0, 5.0, 5.0, 5.0]];
        let scaling = ScaleSpec::Standardize.fit(&x);
        let z = scaling.apply(&x).unwrap();
        assert_abs_diff_eq!(z.row(0).sum(), 0.0, epsilon = 1e-12);
        let var = z.row(0).mapv(|v| v * v).sum() / 4.0;
        assert_abs_diff_eq!(var, 1.0, epsilon = 1e-12); // population std, not m-1
        assert!(z.row(1).iter().all(|&v| v == 0.0));
        assert!(z.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn test_data_is_scaled_with_training_statistics() {
        let train = array![[0.0, 2.0], [4.0, 4.0]];
        let scaling = ScaleSpec::Standardize.fit(&train);
        let test = array![[4.0], [6.0]];
        let z = scaling.apply(&test).unwrap();
        // mean 1, std 1 from training: (4 - 1) / 1. Constant training row: only centred.
        assert_abs_diff_eq!(z, array![[3.0], [2.0]], epsilon = 1e-12);
        let wrong = scaling.apply(&array![[1.0]]).unwrap_err();
        assert!(
            wrong
                .to_string()
                .contains("fitted on 2 features but the data has 1")
        );
    }

    #[test]
    fn specs_parse_and_round_trip() {
        for text in ["none", "standardize", "divide:16", "divide:255"] {
            let spec: ScaleSpec = text.parse().unwrap();
            assert_eq!(spec.to_string(), text);
        }
        let x = array![[16.0, 8.0]];
        let z = "divide:16"
            .parse::<ScaleSpec>()
            .unwrap()
            .fit(&x)
            .apply(&x)
            .unwrap();
        assert_abs_diff_eq!(z, array![[1.0, 0.5]], epsilon = 1e-12);
        for bad in ["divide:0", "divide:x", "divide:inf", "minmax", ""] {
            let err = bad.parse::<ScaleSpec>().unwrap_err().to_string();
            assert!(err.contains("bad scaling"), "{bad}: {err}");
        }
    }

    #[test]
    fn fitted_scaling_round_trips_through_json() {
        let x = array![[1.0, 3.0], [2.0, 2.0]];
        let scaling = ScaleSpec::Standardize.fit(&x);
        let text = serde_json::to_string(&scaling).unwrap();
        assert_eq!(
            text,
            r#"{"kind":"standardize","mean":[2.0,2.0],"std":[1.0,0.0]}"#
        );
        let back: Scaling = serde_json::from_str(&text).unwrap();
        assert_eq!(back, scaling);
        let divide: Scaling =
            serde_json::from_str(r#"{"kind":"divide","by":16.0}"#).unwrap();
        assert_eq!(divide, Scaling::Divide { by: 16.0 });
    }
}

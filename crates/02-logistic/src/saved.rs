//! The parameter file: a trained model with everything needed to use it on
//! new data. Chapter 03's `train --save` writes it; `evaluate` reads it.
//!
//! ```json
//! {
//!   "format": "dlnotes-logistic-1",
//!   "target": "label",
//!   "features": ["mean_radius", "mean_texture"],
//!   "weights": [-2.1, -0.9],
//!   "bias": 0.4,
//!   "scaling": { "kind": "standardize", "mean": [14.1, 19.3], "std": [3.5, 4.3] }
//! }
//! ```
//!
//! `scaling` is what was applied to the features before training (see
//! `toolkit::scaling`): `{"kind": "none"}`, `{"kind": "divide", "by": 16}`, or
//! the per-feature mean and population standard deviation above.

use std::path::Path;

use ndarray::Array2;
use serde::{Deserialize, Serialize};
use toolkit::scaling::Scaling;

use crate::model::Params;

/// The value of `format`; a file with another is refused, not guessed at.
pub const FORMAT: &str = "dlnotes-logistic-1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedModel {
    pub format: String,
    /// The label column the model was trained to predict.
    pub target: String,
    /// Feature names, in the order of `weights`.
    pub features: Vec<String>,
    pub weights: Vec<f64>,
    pub bias: f64,
    pub scaling: Scaling,
}

#[derive(Debug, thiserror::Error)]
pub enum SavedModelError {
    #[error("{file}: cannot read the file: {source}")]
    Read {
        file: String,
        source: std::io::Error,
    },
    #[error("{file}: line {line}, column {column}: {message}")]
    Json {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: `format` is {found:?}; this program reads {FORMAT:?}")]
    Format { file: String, found: String },
    #[error(
        "{file}: {weights} weights but {features} feature names; they must match"
    )]
    Count {
        file: String,
        weights: usize,
        features: usize,
    },
    #[error(
        "{file}: the scaling has {found} entries but there are {features} features"
    )]
    ScalingCount {
        file: String,
        found: usize,
        features: usize,
    },
    #[error(
        "{file}: `{field}` holds a number that cannot be used (NaN, infinite, or a divisor of 0)"
    )]
    NotFinite { file: String, field: &'static str },
    #[error("cannot write {file}: {source}")]
    Write {
        file: String,
        source: std::io::Error,
    },
}

impl SavedModel {
    /// Packs trained parameters with what they need to be used again.
    pub fn new(
        params: &Params,
        target: &str,
        features: &[String],
        scaling: Scaling,
    ) -> Self {
        SavedModel {
            format: FORMAT.to_owned(),
            target: target.to_owned(),
            features: features.to_vec(),
            weights: params.w.iter().copied().collect(),
            bias: params.b,
            scaling,
        }
    }

    /// The weights as the course's column `w` and the bias `b`.
    pub fn params(&self) -> Params {
        Params {
            w: Array2::from_shape_fn((self.weights.len(), 1), |(i, _)| {
                self.weights[i]
            }),
            b: self.bias,
        }
    }

    /// Reads and checks a parameter file.
    pub fn load(path: &Path) -> Result<Self, SavedModelError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| {
            SavedModelError::Read {
                file: file.clone(),
                source,
            }
        })?;
        let model: SavedModel =
            serde_json::from_str(&text).map_err(|e| SavedModelError::Json {
                file: file.clone(),
                line: e.line(),
                column: e.column(),
                message: strip_position(&e.to_string()),
            })?;
        model.validate(&file)?;
        Ok(model)
    }

    fn validate(&self, file: &str) -> Result<(), SavedModelError> {
        let file = file.to_owned();
        if self.format != FORMAT {
            return Err(SavedModelError::Format {
                file,
                found: self.format.clone(),
            });
        }
        let n = self.features.len();
        if self.weights.len() != n {
            return Err(SavedModelError::Count {
                file,
                weights: self.weights.len(),
                features: n,
            });
        }
        if let Scaling::Standardize { mean, std } = &self.scaling
            && (mean.len() != n || std.len() != n)
        {
            return Err(SavedModelError::ScalingCount {
                file,
                found: mean.len().min(std.len()),
                features: n,
            });
        }
        // serde_json refuses NaN and infinity in the text itself, so only a
        // divisor of 0 or an out-of-range number could get this far.
        let finite = |v: &[f64]| v.iter().all(|x| x.is_finite());
        let field = if !finite(&self.weights) {
            Some("weights")
        } else if !self.bias.is_finite() {
            Some("bias")
        } else {
            match &self.scaling {
                Scaling::Divide { by } if !by.is_finite() || *by == 0.0 => {
                    Some("scaling.by")
                }
                Scaling::Standardize { mean, std }
                    if !finite(mean) || !finite(std) =>
                {
                    Some("scaling")
                }
                _ => None,
            }
        };
        match field {
            Some(field) => Err(SavedModelError::NotFinite { file, field }),
            None => Ok(()),
        }
    }

    /// Writes the file whole or not at all.
    pub fn save(&self, path: &Path) -> Result<(), SavedModelError> {
        let write_error = |source| SavedModelError::Write {
            file: path.display().to_string(),
            source,
        };
        let mut text = serde_json::to_string_pretty(self)
            .map_err(|e| write_error(std::io::Error::other(e)))?;
        text.push('\n');
        toolkit::files::write_atomic(path, text.as_bytes()).map_err(write_error)
    }
}

/// serde_json appends " at line L column C"; the error says it once, first.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

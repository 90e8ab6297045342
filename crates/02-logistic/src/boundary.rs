//! A two-feature logistic regression on the breast-cancer data, for the
//! decision-boundary figure: the line where wᵀx + b = 0, that is ŷ = 0.5.

use toolkit::bundled::BREAST_CANCER;
use toolkit::dataset::{DataError, Dataset};
use toolkit::scaling::{ScaleSpec, Scaling};

use crate::loss::Loss;
use crate::model::{Params, ShapeError};

/// The two features, chosen because a reader can picture them.
pub const FEATURES: [&str; 2] = ["mean_radius", "mean_texture"];
pub const LEARNING_RATE: f64 = 1.0;
pub const ITERATIONS: usize = 1000;

/// The trained model and what is needed to draw and judge it.
#[derive(Debug, Clone)]
pub struct Boundary {
    /// The two features in their original units.
    pub data: Dataset,
    pub scaling: Scaling,
    pub params: Params,
    pub cost: f64,
    pub accuracy: f64,
}

#[derive(Debug, thiserror::Error)]
pub enum BoundaryError {
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(transparent)]
    Shape(#[from] ShapeError),
}

/// Standardizes the two features, then runs plain gradient descent from zero.
pub fn train() -> Result<Boundary, BoundaryError> {
    let data = BREAST_CANCER.load()?.with_features(&FEATURES)?;
    let scaling = ScaleSpec::Standardize.fit(&data.x);
    let x = scaling.apply(&data.x)?;
    let mut params = Params::zeros(FEATURES.len());
    let cost = params.descend(
        &x,
        &data.y,
        Loss::CrossEntropy,
        LEARNING_RATE,
        ITERATIONS,
    )?;
    let accuracy = params.accuracy(&x, &data.y)?;
    Ok(Boundary {
        data,
        scaling,
        params,
        cost,
        accuracy,
    })
}

impl Boundary {
    /// The second feature on the boundary line at first-feature value `x1`,
    /// both in original units (the line is straight in those units too,
    /// because standardizing is a shift and a stretch per axis).
    pub fn line_at(&self, x1: f64) -> Option<f64> {
        let Scaling::Standardize { mean, std } = &self.scaling else {
            return None;
        };
        let (w1, w2) = (self.params.w[[0, 0]], self.params.w[[1, 0]]);
        if w2 == 0.0 || std[0] == 0.0 {
            return None;
        }
        let z1 = (x1 - mean[0]) / std[0];
        let z2 = -(self.params.b + w1 * z1) / w2;
        Some(mean[1] + std[1] * z2)
    }
}

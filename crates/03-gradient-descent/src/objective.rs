//! Chapter 02's looped logistic regression as an [`Objective`]: the
//! parameters θ are the weights followed by the bias, `[w₁, …, wₙ, b]`.

use std::error::Error;

use logistic::loss::Loss;
use logistic::model::{Params, ShapeError};
use ndarray::Array2;

use crate::descent::Objective;

/// The cross-entropy cost of a logistic regression on fixed data.
#[derive(Debug, Clone)]
pub struct LoopedLogistic {
    x: Array2<f64>,
    y: Array2<f64>,
}

impl LoopedLogistic {
    /// `x` is (n_x, m), `y` is (1, m); checked here, once.
    pub fn new(x: Array2<f64>, y: Array2<f64>) -> Result<Self, ShapeError> {
        Params::zeros(x.nrows()).check(&x, Some(&y))?;
        Ok(LoopedLogistic { x, y })
    }
}

impl Objective for LoopedLogistic {
    fn cost_and_gradient(
        &self,
        theta: &[f64],
    ) -> Result<(f64, Vec<f64>), Box<dyn Error + Send + Sync>> {
        let (grads, cost) =
            params_of(theta).propagate(&self.x, &self.y, Loss::CrossEntropy)?;
        let mut gradient: Vec<f64> = grads.dw.iter().copied().collect();
        gradient.push(grads.db);
        Ok((cost, gradient))
    }
}

/// θ = [w₁, …, wₙ, b] as the course's (w, b).
pub fn params_of(theta: &[f64]) -> Params {
    let n = theta.len().saturating_sub(1);
    Params {
        w: Array2::from_shape_fn((n, 1), |(i, _)| theta[i]),
        b: theta.get(n).copied().unwrap_or(0.0),
    }
}

/// (w, b) as θ = [w₁, …, wₙ, b].
pub fn theta_of(params: &Params) -> Vec<f64> {
    params.w.iter().copied().chain([params.b]).collect()
}

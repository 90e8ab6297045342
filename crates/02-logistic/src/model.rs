//! Logistic regression for m examples, one example at a time: explicit loops,
//! exactly as the course writes them before it vectorizes (chapter 04).

use ndarray::Array2;

use crate::loss::{Loss, sigmoid};

/// w is a column `(n_x, 1)`, b a number.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    pub w: Array2<f64>,
    pub b: f64,
}

/// The course's test case for `propagate`: w = [[1], [2]], b = 2,
/// X = [[1, 2], [3, 4]], Y = [[1, 0]]. Its published results are
/// dw = [[0.99993216], [1.99980262]], db = 0.499935230625,
/// cost = 6.000064773192205.
pub fn course_test_case() -> (Params, Array2<f64>, Array2<f64>) {
    let params = Params {
        w: ndarray::array![[1.0], [2.0]],
        b: 2.0,
    };
    let x = ndarray::array![[1.0, 2.0], [3.0, 4.0]];
    (params, x, ndarray::array![[1.0, 0.0]])
}

/// A seeded random problem for tests: w (n_x, 1) and b in [−1, 1), X
/// (n_x, m) in [−2, 2), Y (1, m) of fair 0/1 labels.
pub fn random_problem(
    seed: u64,
    n_x: usize,
    m: usize,
) -> (Array2<f64>, f64, Array2<f64>, Array2<f64>) {
    use rand::RngExt;
    let mut rng = toolkit::rng::seeded(seed);
    let w = Array2::from_shape_fn((n_x, 1), |_| rng.random_range(-1.0..1.0));
    let b = rng.random_range(-1.0..1.0);
    let x = Array2::from_shape_fn((n_x, m), |_| rng.random_range(-2.0..2.0));
    let y = Array2::from_shape_fn((1, m), |_| {
        f64::from(u8::from(rng.random_bool(0.5)))
    });
    (w, b, x, y)
}

/// ∂J/∂w (same shape as w) and ∂J/∂b.
#[derive(Debug, Clone, PartialEq)]
pub struct Gradients {
    pub dw: Array2<f64>,
    pub db: f64,
}

/// Shapes that do not fit together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShapeError {
    #[error("w has shape {0:?}; it must be a column (n_x, 1)")]
    WeightsNotColumn((usize, usize)),
    #[error("X has {x_rows} rows (features) but w has {w_rows}")]
    Features { x_rows: usize, w_rows: usize },
    #[error("Y has shape {y:?}; with m = {m} examples it must be (1, {m})")]
    Labels { y: (usize, usize), m: usize },
    #[error("X has no examples (m = 0)")]
    NoExamples,
}

impl Params {
    /// w = 0, b = 0 for `n_x` features.
    pub fn zeros(n_x: usize) -> Self {
        Params {
            w: Array2::zeros((n_x, 1)),
            b: 0.0,
        }
    }

    /// Checks w against X (and Y, when given) before any loop indexes them.
    pub fn check(
        &self,
        x: &Array2<f64>,
        y: Option<&Array2<f64>>,
    ) -> Result<(), ShapeError> {
        if self.w.ncols() != 1 {
            return Err(ShapeError::WeightsNotColumn(self.w.dim()));
        }
        if x.nrows() != self.w.nrows() {
            return Err(ShapeError::Features {
                x_rows: x.nrows(),
                w_rows: self.w.nrows(),
            });
        }
        if x.ncols() == 0 {
            return Err(ShapeError::NoExamples);
        }
        if let Some(y) = y
            && y.dim() != (1, x.ncols())
        {
            return Err(ShapeError::Labels {
                y: y.dim(),
                m: x.ncols(),
            });
        }
        Ok(())
    }

    // ANCHOR: linear
    /// z = wᵀx + b for example j (column j of X), one feature at a time.
    pub fn linear(&self, x: &Array2<f64>, j: usize) -> f64 {
        let mut z = self.b;
        for i in 0..x.nrows() {
            z += self.w[[i, 0]] * x[[i, j]];
        }
        z
    }
    // ANCHOR_END: linear

    /// J(w, b): the mean of `loss` over the m examples.
    pub fn cost(
        &self,
        x: &Array2<f64>,
        y: &Array2<f64>,
        loss: Loss,
    ) -> Result<f64, ShapeError> {
        self.check(x, Some(y))?;
        let m = x.ncols();
        let total: f64 = (0..m)
            .map(|j| loss.of_z(self.linear(x, j), y[[0, j]]))
            .sum();
        Ok(total / m as f64)
    }

    // ANCHOR: propagate
    /// The cost and its gradient, accumulated example by example.
    pub fn propagate(
        &self,
        x: &Array2<f64>,
        y: &Array2<f64>,
        loss: Loss,
    ) -> Result<(Gradients, f64), ShapeError> {
        self.check(x, Some(y))?;
        let (n_x, m) = x.dim();
        let mut dw = Array2::zeros((n_x, 1));
        let mut db = 0.0;
        let mut cost = 0.0;
        for j in 0..m {
            let z = self.linear(x, j);
            cost += loss.of_z(z, y[[0, j]]);
            let dz = loss.dz(z, y[[0, j]]); // a − y for cross-entropy
            for i in 0..n_x {
                dw[[i, 0]] += x[[i, j]] * dz; // dw = x·dz
            }
            db += dz; // db = dz
        }
        let m = m as f64;
        Ok((
            Gradients {
                dw: dw / m,
                db: db / m,
            },
            cost / m,
        ))
    }
    // ANCHOR_END: propagate

    /// ŷ = σ(wᵀx + b) for every example, shape (1, m).
    pub fn probabilities(
        &self,
        x: &Array2<f64>,
    ) -> Result<Array2<f64>, ShapeError> {
        self.check(x, None)?;
        Ok(Array2::from_shape_fn((1, x.ncols()), |(_, j)| {
            sigmoid(self.linear(x, j))
        }))
    }

    /// The fraction of examples where (ŷ > 0.5) equals the label.
    pub fn accuracy(
        &self,
        x: &Array2<f64>,
        y: &Array2<f64>,
    ) -> Result<f64, ShapeError> {
        self.check(x, Some(y))?;
        let m = x.ncols();
        let right = (0..m)
            .filter(|&j| {
                let predicted = sigmoid(self.linear(x, j)) > 0.5;
                predicted == (y[[0, j]] > 0.5)
            })
            .count();
        Ok(right as f64 / m as f64)
    }

    /// Plain gradient-descent steps, `w := w − α·dw`, `b := b − α·db`, enough
    /// to train the figures' small models; returns the final cost. Chapter 03
    /// is about this loop.
    pub fn descend(
        &mut self,
        x: &Array2<f64>,
        y: &Array2<f64>,
        loss: Loss,
        learning_rate: f64,
        iterations: usize,
    ) -> Result<f64, ShapeError> {
        for _ in 0..iterations {
            let (grads, _) = self.propagate(x, y, loss)?;
            self.w = &self.w - &(grads.dw * learning_rate);
            self.b -= learning_rate * grads.db;
        }
        self.cost(x, y, loss)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;
    use ndarray::array;

    fn course() -> (Params, Array2<f64>, Array2<f64>) {
        course_test_case()
    }

    #[test]
    fn the_course_test_case() {
        let (params, x, y) = course();
        let (g, cost) = params.propagate(&x, &y, Loss::CrossEntropy).unwrap();
        assert_abs_diff_eq!(
            g.dw,
            array![[0.99993216], [1.99980262]],
            epsilon = 1e-6
        );
        assert_abs_diff_eq!(g.db, 0.499935230625, epsilon = 1e-6);
        assert_abs_diff_eq!(cost, 6.000064773192205, epsilon = 1e-6);
        let c = params.cost(&x, &y, Loss::CrossEntropy).unwrap();
        assert_abs_diff_eq!(c, cost, epsilon = 1e-15);
    }

    #[test]
    fn shape_mistakes_are_errors_not_panics() {
        let (params, x, y) = course();
        let wide = Params {
            w: array![[1.0, 2.0]],
            b: 0.0,
        };
        assert!(matches!(
            wide.check(&x, None),
            Err(ShapeError::WeightsNotColumn((1, 2)))
        ));
        let three = array![[1.0], [2.0], [3.0]];
        let err = params.cost(&three, &y, Loss::CrossEntropy).unwrap_err();
        assert_eq!(err.to_string(), "X has 3 rows (features) but w has 2");
        let err = params.propagate(&x, &array![[1.0]], Loss::CrossEntropy);
        assert_eq!(
            err.unwrap_err().to_string(),
            "Y has shape (1, 1); with m = 2 examples it must be (1, 2)"
        );
        let empty = Array2::zeros((2, 0));
        assert_eq!(
            params.accuracy(&empty, &Array2::zeros((1, 0))),
            Err(ShapeError::NoExamples)
        );
    }

    #[test]
    fn descending_lowers_the_cost() {
        let (mut params, x, y) = course();
        let before = params.cost(&x, &y, Loss::CrossEntropy).unwrap();
        params.descend(&x, &y, Loss::CrossEntropy, 0.1, 50).unwrap();
        let after = params.cost(&x, &y, Loss::CrossEntropy).unwrap();
        assert!(after < before, "{after} !< {before}");
        assert_abs_diff_eq!(params.accuracy(&x, &y).unwrap(), 1.0);
    }
}

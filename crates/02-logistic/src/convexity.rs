//! Why logistic regression uses cross-entropy and not the squared error:
//! the same gradient descent, started from several places, on both costs.
//!
//! The model has one weight and no bias (b = 0), so each cost is a curve
//! J(w) that a figure can show whole. It is a slice, through b = 0, of the
//! two-parameter surface.

use ndarray::Array2;

use crate::loss::Loss;
use crate::model::Params;

/// Thirteen points on a line, labelled by their sign, with two labels flipped
/// so that no w classifies them all (and the cross-entropy minimum is finite).
pub fn toy_data() -> (Array2<f64>, Array2<f64>) {
    let x = Array2::from_shape_fn((1, 13), |(_, j)| -3.0 + 0.5 * j as f64);
    let y = x.mapv(|v| if v > 0.0 { 1.0 } else { 0.0 });
    let mut y = y;
    y[[0, 5]] = 1.0; // x = −0.5
    y[[0, 8]] = 0.0; // x = 1.0
    (x, y)
}

/// Where the runs start.
pub const STARTS: [f64; 6] = [-8.0, -6.0, -4.0, 0.0, 4.0, 8.0];

/// One gradient-descent run on the slice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Run {
    pub start: f64,
    pub end: f64,
    pub cost: f64,
    /// |dJ/dw| where the run stopped: tiny on a plateau as at a minimum.
    pub slope: f64,
}

/// The cost of weight `w` (with b = 0) on the toy data.
pub fn slice_cost(loss: Loss, w: f64) -> f64 {
    let (x, y) = toy_data();
    let params = Params {
        w: Array2::from_elem((1, 1), w),
        b: 0.0,
    };
    // The toy data's shapes are fixed and consistent.
    params.cost(&x, &y, loss).unwrap_or(f64::NAN)
}

/// Gradient descent on w alone (b stays 0), from `start`.
pub fn descend(
    loss: Loss,
    start: f64,
    learning_rate: f64,
    iterations: usize,
) -> Run {
    let (x, y) = toy_data();
    let mut w = start;
    let mut slope = f64::NAN;
    for _ in 0..=iterations {
        let params = Params {
            w: Array2::from_elem((1, 1), w),
            b: 0.0,
        };
        let Ok((grads, _)) = params.propagate(&x, &y, loss) else {
            break;
        };
        slope = grads.dw[[0, 0]];
        w -= learning_rate * slope;
    }
    Run {
        start,
        end: w,
        cost: slice_cost(loss, w),
        slope: slope.abs(),
    }
}

/// Every start on both costs.
pub fn experiment(
    learning_rate: f64,
    iterations: usize,
) -> Vec<(Loss, Vec<Run>)> {
    [Loss::CrossEntropy, Loss::SquaredError]
        .into_iter()
        .map(|loss| {
            let runs = STARTS
                .iter()
                .map(|&s| descend(loss, s, learning_rate, iterations))
                .collect();
            (loss, runs)
        })
        .collect()
}

/// The learning rate and iteration count the book's figure and table use.
pub const LEARNING_RATE: f64 = 1.0;
pub const ITERATIONS: usize = 2000;

#[cfg(test)]
mod tests {
    use super::*;

    fn spread(runs: &[Run]) -> f64 {
        let ends = runs.iter().map(|r| r.end);
        ends.clone().fold(f64::MIN, f64::max) - ends.fold(f64::MAX, f64::min)
    }

    #[test]
    fn cross_entropy_runs_meet_and_squared_error_runs_do_not() {
        let result = experiment(LEARNING_RATE, ITERATIONS);
        let (_, ce) = &result[0];
        let (_, se) = &result[1];
        assert!(spread(ce) < 1e-6, "cross-entropy ends {ce:?}");
        assert!(spread(se) > 3.0, "squared-error ends {se:?}");
        // The stalled squared-error run is on a plateau: its cost is higher
        // than the best run's, though its slope is small.
        let best = se.iter().map(|r| r.cost).fold(f64::MAX, f64::min);
        let stalled = se.iter().find(|r| r.start < -7.0).unwrap(); // from −8
        assert!(stalled.cost > best + 0.2, "{stalled:?}");
        assert!(stalled.slope < 0.01, "{stalled:?}");
    }

    #[test]
    fn cross_entropy_is_convex_on_the_slice_and_squared_error_is_not() {
        // Convex: second differences never negative along a fine grid.
        let second = |loss: Loss, w: f64| {
            let h = 0.01;
            slice_cost(loss, w + h) - 2.0 * slice_cost(loss, w)
                + slice_cost(loss, w - h)
        };
        let grid = (-100..=100).map(|k| f64::from(k) * 0.1);
        assert!(grid.clone().all(|w| second(Loss::CrossEntropy, w) > -1e-12));
        assert!(grid.clone().any(|w| second(Loss::SquaredError, w) < -1e-6));
    }
}

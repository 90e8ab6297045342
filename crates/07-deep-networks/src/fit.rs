//! Training as the course trains: forward, cost, backward, update, for a
//! fixed number of iterations, the cost noted at regular steps.

use gradient_descent::descent::{DescentError, Divergence};
use ndarray::Array2;

use relu_vs_sigmoid::network::Network;

use crate::network::{cost, model_backward, model_forward, update};

/// How long and how far each step goes, and which costs to report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Schedule {
    pub learning_rate: f64,
    pub iterations: usize,
    /// Report the cost before update i when i is a multiple of this.
    pub every: usize,
    /// Report the last iteration's cost too, as week 4 does.
    pub last: bool,
    /// Go on past a cost that blows up (only a cost that is not a number
    /// stops the run).
    pub keep_going: bool,
}

impl Schedule {
    pub fn new(
        learning_rate: f64,
        iterations: usize,
        every: usize,
    ) -> Schedule {
        Schedule {
            learning_rate,
            iterations,
            every: every.max(1),
            last: false,
            keep_going: false,
        }
    }
}

// ANCHOR: fit
/// Trains `net` on (X, Y); calls `report(i, J)` for every reported cost and
/// returns them all. Stops, as chapter 03's loop does, when the cost blows
/// up.
pub fn fit(
    net: &mut Network,
    x: &Array2<f64>,
    y: &Array2<f64>,
    schedule: Schedule,
    mut report: impl FnMut(usize, f64),
) -> Result<Vec<(usize, f64)>, DescentError> {
    let mut costs = Vec::new();
    let mut watch = Divergence::default();
    for i in 0..schedule.iterations {
        let forward = model_forward(net, x);
        let j = cost(forward.z_out(), y);
        if let Some(from) = watch.stops(j, schedule.keep_going) {
            return Err(DescentError::Diverged {
                iteration: i,
                learning_rate: schedule.learning_rate,
                from,
                to: j,
            });
        }
        if i % schedule.every == 0
            || (schedule.last && i + 1 == schedule.iterations)
        {
            report(i, j);
            costs.push((i, j));
        }
        let grads = model_backward(net, x, y, &forward);
        update(net, &grads, schedule.learning_rate);
    }
    Ok(costs)
}
// ANCHOR_END: fit

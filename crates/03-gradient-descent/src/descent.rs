//! Gradient descent over anything that can give a cost and its gradient.
//!
//! The loop does not know what it minimises: a 1-D quadratic, chapter 02's
//! looped logistic regression, or chapter 04's vectorized one all plug in
//! through [`Objective`].

use std::error::Error;

// ANCHOR: objective
/// A function of the parameters θ that gradient descent can minimise.
pub trait Objective {
    /// J(θ) and ∇J(θ) (one partial derivative per parameter).
    fn cost_and_gradient(
        &self,
        theta: &[f64],
    ) -> Result<(f64, Vec<f64>), Box<dyn Error + Send + Sync>>;
}
// ANCHOR_END: objective

/// How far and how long to walk.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Schedule {
    /// α: each step moves θ by −α·∇J(θ).
    pub learning_rate: f64,
    pub iterations: usize,
}

/// What the loop reports before each update.
#[derive(Debug)]
pub struct Step<'a> {
    /// 0-based: the cost of the parameters before update number `iteration`.
    pub iteration: usize,
    pub cost: f64,
    pub theta: &'a [f64],
    pub gradient: &'a [f64],
}

/// How many rises in a row count as divergence rather than a wobble.
pub const RISES_TO_DIVERGE: usize = 10;

/// A cost this many times its starting value is divergence too, even if it
/// wobbles on the way up (a convex cost never needs to climb that far).
pub const GROWTH_TO_DIVERGE: f64 = 1000.0;

#[derive(Debug, thiserror::Error)]
pub enum DescentError {
    #[error(
        "diverged at iteration {iteration} (learning rate {learning_rate}): cost {from:.6} -> \
         {to:.6}; try a smaller --lr"
    )]
    Diverged {
        iteration: usize,
        learning_rate: f64,
        from: f64,
        to: f64,
    },
    #[error("{0}")]
    Objective(Box<dyn Error + Send + Sync>),
}

// ANCHOR: descend
/// Runs `schedule.iterations` updates θ := θ − α·∇J(θ) in place, calling
/// `observe` with the cost before each one; returns the final cost. Stops
/// with [`DescentError::Diverged`] when the cost stops being a finite number,
/// rises [`RISES_TO_DIVERGE`] times in a row, or grows to
/// [`GROWTH_TO_DIVERGE`] times where it started.
pub fn descend(
    objective: &dyn Objective,
    theta: &mut [f64],
    schedule: Schedule,
    mut observe: impl FnMut(&Step<'_>),
) -> Result<f64, DescentError> {
    let alpha = schedule.learning_rate;
    let (mut previous, mut rise_start, mut rises) = (f64::NAN, f64::NAN, 0);
    let mut first = f64::NAN;
    for iteration in 0..schedule.iterations {
        let (cost, gradient) = objective
            .cost_and_gradient(theta)
            .map_err(DescentError::Objective)?;
        let diverged = |from| DescentError::Diverged {
            iteration,
            learning_rate: alpha,
            from,
            to: cost,
        };
        if !cost.is_finite() || gradient.iter().any(|g| !g.is_finite()) {
            let from = if iteration == 0 { cost } else { previous };
            return Err(diverged(from));
        }
        if iteration == 0 {
            first = cost;
        }
        if first > 0.0 && cost > GROWTH_TO_DIVERGE * first {
            return Err(diverged(first));
        }
        if cost > previous {
            if rises == 0 {
                rise_start = previous;
            }
            rises += 1;
            if rises >= RISES_TO_DIVERGE {
                return Err(diverged(rise_start));
            }
        } else {
            rises = 0;
        }
        observe(&Step {
            iteration,
            cost,
            theta,
            gradient: &gradient,
        });
        for (t, g) in theta.iter_mut().zip(&gradient) {
            *t -= alpha * g;
        }
        previous = cost;
    }
    let (cost, _) = objective
        .cost_and_gradient(theta)
        .map_err(DescentError::Objective)?;
    Ok(cost)
}
// ANCHOR_END: descend

/// J(w) = (w − 1)², the simplest bowl: slope 2(w − 1), minimum at w = 1.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quadratic;

impl Objective for Quadratic {
    fn cost_and_gradient(
        &self,
        theta: &[f64],
    ) -> Result<(f64, Vec<f64>), Box<dyn Error + Send + Sync>> {
        let w = theta
            .first()
            .copied()
            .ok_or("the quadratic has one parameter")?;
        Ok(((w - 1.0).powi(2), vec![2.0 * (w - 1.0)]))
    }
}

/// The four behaviours of the learning rate, on [`Quadratic`] from w = −2.
/// On this bowl each step multiplies the distance to the minimum by 1 − 2α.
pub const QUADRATIC_RATES: [(f64, &str); 4] = [
    (0.05, "too small: crawls"),
    (0.3, "good: converges"),
    (0.9, "large: oscillates"),
    (1.05, "too large: diverges"),
];

/// w after each of `steps` updates from `start` (the start included).
pub fn quadratic_path(
    start: f64,
    learning_rate: f64,
    steps: usize,
) -> Vec<f64> {
    let mut path = Vec::with_capacity(steps + 1);
    let mut theta = [start];
    let schedule = Schedule {
        learning_rate,
        iterations: steps,
    };
    // A diverging run still has its path so far, which is what we want.
    let _ =
        descend(&Quadratic, &mut theta, schedule, |s| path.push(s.theta[0]));
    if path.len() == steps {
        path.push(theta[0]);
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;

    #[test]
    fn the_four_learning_rates_behave_as_named() {
        let end = |alpha| *quadratic_path(-2.0, alpha, 20).last().unwrap();
        let distance = |alpha| (end(alpha) - 1.0).abs();
        assert!(distance(0.05) > 0.3, "crawls: still far after 20 steps");
        assert!(distance(0.3) < 1e-6, "converges");
        let path = quadratic_path(-2.0, 0.9, 20);
        assert!(
            path.windows(2).all(|p| (p[0] - 1.0) * (p[1] - 1.0) < 0.0),
            "oscillates"
        );
        assert!(distance(0.9) < 0.1, "…and still converges");
        assert!(distance(1.05) > 3.0, "diverges");
    }

    #[test]
    fn each_step_multiplies_the_distance_by_one_minus_two_alpha() {
        let path = quadratic_path(-2.0, 0.3, 5);
        for p in path.windows(2) {
            assert_abs_diff_eq!(
                p[1] - 1.0,
                (1.0 - 2.0 * 0.3) * (p[0] - 1.0),
                epsilon = 1e-12
            );
        }
    }

    fn diverge(start: f64, learning_rate: f64) -> String {
        let mut theta = [start];
        let schedule = Schedule {
            learning_rate,
            iterations: 100,
        };
        let err =
            descend(&Quadratic, &mut theta, schedule, |_| {}).unwrap_err();
        err.to_string()
    }

    #[test]
    fn divergence_is_reported_with_step_and_rate() {
        // 1 − 2α = −2: the cost quadruples every step and passes 1000 × 9.
        let message = diverge(-2.0, 1.5);
        assert_eq!(
            message,
            "diverged at iteration 5 (learning rate 1.5): cost 9.000000 -> \
             9216.000000; try a smaller --lr"
        );
        // 1 − 2α = −1.1: a slow climb, caught by ten rises in a row.
        let message = diverge(-2.0, 1.05);
        assert!(
            message.starts_with("diverged at iteration 10 (learning rate 1.05): cost 9.000000 -> 60.547500;"),
            "{message}"
        );
        // Overflow to infinity on the very first step.
        let message = diverge(1e200, 1e10);
        assert!(message.contains("cost inf -> inf"), "{message}");
    }
}

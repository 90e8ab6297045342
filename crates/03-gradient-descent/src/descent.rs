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
    /// Go on past a cost that [`Divergence`] calls a blow-up, to watch
    /// whether it comes back; only a cost or gradient that is not a number
    /// still stops the run.
    pub keep_going: bool,
}

impl Schedule {
    pub fn new(learning_rate: f64, iterations: usize) -> Schedule {
        Schedule {
            learning_rate,
            iterations,
            keep_going: false,
        }
    }
}

/// `--keep-going`, for every command that trains with this loop.
#[derive(clap::Args, Debug, Clone, Copy, Default)]
pub struct KeepGoing {
    /// Do not stop when the cost blows up: go on and watch whether it comes
    /// back (a cost that is not a number still stops the run)
    #[arg(long)]
    pub keep_going: bool,
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

/// How many times its best a cost must rise by to count as divergence.
pub const BLOW_UP: f64 = 10.0;

// ANCHOR: divergence
/// Tells a cost that is blowing up from one that wobbles or spikes.
/// Gradient descent with a large rate may raise the cost now and then, even
/// a few times over for a step or two, and still settle; a rate that is too
/// large makes it climb ever further above anything it reached before. So
/// the watch compares each cost with the best one so far: a cost that is
/// not a finite number, or that has risen above the best by more than
/// [`BLOW_UP`] times the best (or than a tenth of the first cost, when the
/// best is near zero), is divergence.
#[derive(Debug, Clone, Copy)]
pub struct Divergence {
    first: f64,
    best: f64,
}

impl Default for Divergence {
    fn default() -> Self {
        Divergence {
            first: f64::NAN,
            best: f64::INFINITY,
        }
    }
}

impl Divergence {
    /// Looks at the next cost; `Some(best)` when it shows divergence, with
    /// the best cost it has risen from.
    pub fn check(&mut self, cost: f64) -> Option<f64> {
        if self.first.is_nan() {
            self.first = cost;
        }
        if !cost.is_finite() {
            return Some(if self.best.is_finite() {
                self.best
            } else {
                cost
            });
        }
        if cost - self.best > BLOW_UP * self.best.max(self.first / 10.0) {
            return Some(self.best);
        }
        self.best = self.best.min(cost);
        None
    }

    /// [`Divergence::check`] for a run that may have been asked to keep
    /// going past a blow-up: then only a cost that is not a finite number
    /// stops it.
    pub fn stops(&mut self, cost: f64, keep_going: bool) -> Option<f64> {
        self.check(cost)
            .filter(|_| !keep_going || !cost.is_finite())
    }
}
// ANCHOR_END: divergence

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
/// with [`DescentError::Diverged`] when [`Divergence`] says the cost is
/// blowing up.
pub fn descend(
    objective: &dyn Objective,
    theta: &mut [f64],
    schedule: Schedule,
    mut observe: impl FnMut(&Step<'_>),
) -> Result<f64, DescentError> {
    let alpha = schedule.learning_rate;
    let mut watch = Divergence::default();
    for iteration in 0..schedule.iterations {
        let (cost, gradient) = objective
            .cost_and_gradient(theta)
            .map_err(DescentError::Objective)?;
        let finite = gradient.iter().all(|g| g.is_finite());
        let watched = if finite { cost } else { f64::NAN };
        if let Some(from) = watch.stops(watched, schedule.keep_going) {
            return Err(DescentError::Diverged {
                iteration,
                learning_rate: alpha,
                from,
                to: cost,
            });
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
    let schedule = Schedule::new(learning_rate, steps);
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
        let schedule = Schedule::new(learning_rate, 100);
        let err =
            descend(&Quadratic, &mut theta, schedule, |_| {}).unwrap_err();
        err.to_string()
    }

    #[test]
    fn a_wobble_is_not_divergence_and_a_blow_up_is() {
        let mut watch = Divergence::default();
        // The course's flower run: its cost rises from 0.219094 to 0.220661.
        for cost in [0.693162, 0.258625, 0.219094, 0.220661, 0.219409] {
            assert_eq!(watch.check(cost), None, "{cost}");
        }
        // A spike to four times the cost, as a large first step makes.
        assert_eq!(watch.check(0.9), None);
        assert_eq!(watch.check(2.5), Some(0.219094));
        let mut watch = Divergence::default();
        for cost in [0.7, 1e-6, 0.5] {
            assert_eq!(
                watch.check(cost),
                None,
                "near zero, a tenth of the first"
            );
        }
        assert_eq!(watch.check(0.8), Some(1e-6));
        let first = Divergence::default().check(f64::NAN);
        assert!(first.is_some_and(f64::is_nan), "not a number at once");
    }

    #[test]
    fn divergence_is_reported_with_step_and_rate() {
        // 1 − 2α = −2: the cost quadruples every step, eleven times its
        // start at the second.
        let message = diverge(-2.0, 1.5);
        assert_eq!(
            message,
            "diverged at iteration 2 (learning rate 1.5): cost 9.000000 -> \
             144.000000; try a smaller --lr"
        );
        // 1 − 2α = −1.1: the cost grows by 21 % a step and passes eleven
        // times its best at the thirteenth.
        let message = diverge(-2.0, 1.05);
        assert!(
            message.starts_with("diverged at iteration 13 (learning rate 1.05): cost 9.000000 -> 107.263589;"),
            "{message}"
        );
        // Overflow to infinity on the very first step.
        let message = diverge(1e200, 1e10);
        assert!(message.contains("cost inf -> inf"), "{message}");
    }
}

//! The runs behind the chapter's figures and tables. Each is computed once
//! per process (the figures are drawn twice, light and dark).

use std::sync::OnceLock;

use ndarray::Array2;
use toolkit::bundled::{BREAST_CANCER, DIGITS};
use toolkit::dataset::Dataset;
use toolkit::scaling::ScaleSpec;
use toolkit::split::train_test_split;

use crate::descent::{DescentError, Objective, Schedule, descend};
use crate::objective::{LoopedLogistic, params_of};
use crate::separating::{Separation, perceptron};

/// Anything that can go wrong in an experiment, as one line.
pub type ExperimentError = String;

/// A training and a test set, scaled with the training statistics.
fn split_scaled(
    data: &Dataset,
    spec: ScaleSpec,
) -> Result<(Dataset, Dataset), ExperimentError> {
    let (mut train, mut test) =
        train_test_split(data, 0.2, 1).map_err(|e| e.to_string())?;
    let scaling = spec.fit(&train.x);
    train.x = scaling.apply(&train.x).map_err(|e| e.to_string())?;
    test.x = scaling.apply(&test.x).map_err(|e| e.to_string())?;
    Ok((train, test))
}

fn objective(d: &Dataset) -> Result<LoopedLogistic, ExperimentError> {
    LoopedLogistic::new(d.x.clone(), d.y.clone()).map_err(|e| e.to_string())
}

fn run(
    objective: &dyn Objective,
    theta: &mut [f64],
    learning_rate: f64,
    iterations: usize,
    observe: impl FnMut(&crate::descent::Step<'_>),
) -> Result<f64, ExperimentError> {
    let schedule = Schedule::new(learning_rate, iterations);
    descend(objective, theta, schedule, observe)
        .map_err(|e: DescentError| e.to_string())
}

// --- the cost surface of a one-feature model, and paths across it -------

/// The feature of the contour figure, standardized.
pub const CONTOUR_FEATURE: &str = "worst_radius";
/// (w, b) where every path starts.
pub const CONTOUR_START: (f64, f64) = (3.0, -3.0);
pub const CONTOUR_RATES: [f64; 3] = [0.1, 1.0, 5.0];
pub const CONTOUR_STEPS: usize = 40;
pub const W_RANGE: (f64, f64) = (-9.0, 4.0);
pub const B_RANGE: (f64, f64) = (-4.0, 4.0);

/// J(w, b) at the centres of an `nw × nb` grid of cells over
/// [`W_RANGE`] × [`B_RANGE`], row `k` (b) after row `k − 1`.
#[derive(Debug, Clone)]
pub struct Grid {
    pub cells: (usize, usize),
    pub costs: Vec<f64>,
}

impl Grid {
    pub fn new(objective: &LoopedLogistic, cells: (usize, usize)) -> Grid {
        let (nw, nb) = cells;
        let (dw, db) = Grid::cell_size(cells);
        let mut costs = Vec::with_capacity(nw * nb);
        for k in 0..nb {
            for i in 0..nw {
                let w = W_RANGE.0 + (i as f64 + 0.5) * dw;
                let b = B_RANGE.0 + (k as f64 + 0.5) * db;
                let cost = objective
                    .cost_and_gradient(&[w, b])
                    .map_or(f64::NAN, |(c, _)| c);
                costs.push(cost);
            }
        }
        Grid { cells, costs }
    }

    pub fn cell_size((nw, nb): (usize, usize)) -> (f64, f64) {
        (
            (W_RANGE.1 - W_RANGE.0) / nw as f64,
            (B_RANGE.1 - B_RANGE.0) / nb as f64,
        )
    }
}

#[derive(Debug, Clone)]
pub struct Surface {
    /// (α, the (w, b) visited, start included).
    pub paths: Vec<(f64, Vec<(f64, f64)>)>,
    /// For the still figure.
    pub fine: Grid,
    /// For the animation, where big flat areas keep every frame small.
    pub coarse: Grid,
}

/// The one-feature logistic cost the contour figure draws: the
/// breast-cancer set's [`CONTOUR_FEATURE`], standardized.
pub fn contour_objective() -> Result<&'static LoopedLogistic, ExperimentError> {
    static CELL: OnceLock<Result<LoopedLogistic, ExperimentError>> =
        OnceLock::new();
    CELL.get_or_init(|| {
        contour_objective_of(&BREAST_CANCER.load().map_err(|e| e.to_string())?)
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// [`contour_objective`] from the breast-cancer set as loaded (the book's
/// WebAssembly module has it from the page, not from a file).
pub fn contour_objective_of(
    data: &Dataset,
) -> Result<LoopedLogistic, ExperimentError> {
    let data = data
        .with_features(&[CONTOUR_FEATURE])
        .map_err(|e| e.to_string())?;
    let x = ScaleSpec::Standardize
        .fit(&data.x)
        .apply(&data.x)
        .map_err(|e| e.to_string())?;
    LoopedLogistic::new(x, data.y).map_err(|e| e.to_string())
}

/// The (w, b) that `steps` updates at rate `alpha` visit from
/// [`CONTOUR_START`], the start included; a run that blows up ends where
/// it stopped.
pub fn contour_path(
    objective: &LoopedLogistic,
    alpha: f64,
    steps: usize,
) -> Vec<(f64, f64)> {
    let mut theta = [CONTOUR_START.0, CONTOUR_START.1];
    let mut path = Vec::new();
    let finished = run(objective, &mut theta, alpha, steps, |s| {
        path.push((s.theta[0], s.theta[1]));
    });
    if finished.is_ok() {
        path.push((theta[0], theta[1]));
    }
    path
}

pub fn surface() -> Result<&'static Surface, ExperimentError> {
    static CELL: OnceLock<Result<Surface, ExperimentError>> = OnceLock::new();
    CELL.get_or_init(|| {
        let objective = contour_objective()?;
        let paths = CONTOUR_RATES
            .iter()
            .map(|&alpha| {
                (alpha, contour_path(objective, alpha, CONTOUR_STEPS))
            })
            .collect();
        Ok(Surface {
            paths,
            fine: Grid::new(objective, (130, 80)),
            coarse: Grid::new(objective, (52, 32)),
        })
    })
    .as_ref()
    .map_err(Clone::clone)
}

// --- the course's learning-rate comparison on a real task ----------------

/// Digits: is it a 0? Pixels divided by 16, as the course divides by 255.
pub const RATE_DIGIT: f64 = 0.0;
pub const RATES: [f64; 3] = [0.01, 0.001, 0.0001];
pub const RATE_ITERATIONS: usize = 1500;
pub const RECORD_EVERY: usize = 10;

#[derive(Debug, Clone)]
pub struct RateRun {
    pub learning_rate: f64,
    /// (iteration, cost) every [`RECORD_EVERY`] iterations.
    pub costs: Vec<(usize, f64)>,
    pub train_accuracy: f64,
    pub test_accuracy: f64,
}

pub fn learning_rates() -> Result<&'static [RateRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<RateRun>, ExperimentError>> =
        OnceLock::new();
    CELL.get_or_init(|| {
        let digits = DIGITS
            .load()
            .map_err(|e| e.to_string())?
            .one_vs_rest(RATE_DIGIT);
        let (train, test) = split_scaled(&digits, ScaleSpec::Divide(16.0))?;
        let objective = objective(&train)?;
        RATES
            .iter()
            .map(|&alpha| {
                let mut theta = vec![0.0; train.n_features() + 1];
                let mut costs = Vec::new();
                run(&objective, &mut theta, alpha, RATE_ITERATIONS, |s| {
                    if s.iteration % RECORD_EVERY == 0 {
                        costs.push((s.iteration, s.cost));
                    }
                })?;
                let p = params_of(&theta);
                let acc = |d: &Dataset| {
                    p.accuracy(&d.x, &d.y).map_err(|e| e.to_string())
                };
                Ok(RateRun {
                    learning_rate: alpha,
                    costs,
                    train_accuracy: acc(&train)?,
                    test_accuracy: acc(&test)?,
                })
            })
            .collect()
    })
    .as_deref()
    .map_err(Clone::clone)
}

// --- train and test accuracy over a long run ------------------------------

pub const CURVE_RATE: f64 = 0.1;
pub const CURVE_ITERATIONS: usize = 3000;

/// Where a run stood at one iteration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Checkpoint {
    pub iteration: usize,
    pub train: f64,
    pub test: f64,
    /// The training cost.
    pub cost: f64,
}

#[derive(Debug, Clone)]
pub struct AccuracyCurve {
    pub points: Vec<Checkpoint>,
}

impl AccuracyCurve {
    /// The first checkpoint with the best test accuracy.
    pub fn best_test(&self) -> Option<Checkpoint> {
        self.points
            .iter()
            .copied()
            .fold(None, |best, p| match best {
                Some(b) if b.test >= p.test => Some(b),
                _ => Some(p),
            })
    }
}

pub fn accuracy_curve() -> Result<&'static AccuracyCurve, ExperimentError> {
    static CELL: OnceLock<Result<AccuracyCurve, ExperimentError>> =
        OnceLock::new();
    CELL.get_or_init(|| {
        let data = BREAST_CANCER.load().map_err(|e| e.to_string())?;
        let (train, test) = split_scaled(&data, ScaleSpec::Standardize)?;
        let objective = objective(&train)?;
        let mut theta = vec![0.0; train.n_features() + 1];
        let mut points = Vec::new();
        let mut failure = None;
        run(
            &objective,
            &mut theta,
            CURVE_RATE,
            CURVE_ITERATIONS + 1,
            |s| {
                if s.iteration % RECORD_EVERY == 0 {
                    let p = params_of(s.theta);
                    match (
                        p.accuracy(&train.x, &train.y),
                        p.accuracy(&test.x, &test.y),
                    ) {
                        (Ok(train), Ok(test)) => points.push(Checkpoint {
                            iteration: s.iteration,
                            train,
                            test,
                            cost: s.cost,
                        }),
                        (Err(e), _) | (_, Err(e)) => {
                            failure = Some(e.to_string())
                        }
                    }
                }
            },
        )?;
        match failure {
            Some(e) => Err(e),
            None => Ok(AccuracyCurve { points }),
        }
    })
    .as_ref()
    .map_err(Clone::clone)
}

// --- separable data: no minimiser -----------------------------------------

/// The whole breast-cancer set, and its features standardized.
fn standardized_cancer() -> Result<(Dataset, Array2<f64>), ExperimentError> {
    let data = BREAST_CANCER.load().map_err(|e| e.to_string())?;
    let x = ScaleSpec::Standardize
        .fit(&data.x)
        .apply(&data.x)
        .map_err(|e| e.to_string())?;
    Ok((data, x))
}

/// The perceptron's passes before it gives up. The classes are separable
/// but only just, so it needs a great many.
pub const PERCEPTRON_PASSES: usize = 1_000_000;

/// A plane that separates the standardized breast-cancer set, with its
/// margin and the number of examples; an error if the perceptron finds none.
pub fn separating_plane() -> Result<(Separation, f64, usize), ExperimentError> {
    let (data, x) = standardized_cancer()?;
    let plane = perceptron(&x, &data.y, PERCEPTRON_PASSES).ok_or_else(|| {
        format!(
            "the perceptron still misclassifies after {PERCEPTRON_PASSES} passes"
        )
    })?;
    let margin = plane.margin(&x, &data.y);
    Ok((plane, margin, data.len()))
}

pub const SEPARABLE_RATE: f64 = 1.0;
pub const SEPARABLE_CHECKPOINTS: [usize; 5] = [10, 100, 1000, 3000, 10_000];

/// (iterations, ‖w‖, cost, training accuracy) at each checkpoint, on the
/// whole standardized breast-cancer data set.
pub fn separable() -> Result<Vec<(usize, f64, f64, f64)>, ExperimentError> {
    let (data, x) = standardized_cancer()?;
    let objective = LoopedLogistic::new(x.clone(), data.y.clone())
        .map_err(|e| e.to_string())?;
    let mut theta = vec![0.0; data.n_features() + 1];
    let mut done = 0;
    let mut rows = Vec::new();
    for checkpoint in SEPARABLE_CHECKPOINTS {
        let cost = run(
            &objective,
            &mut theta,
            SEPARABLE_RATE,
            checkpoint - done,
            |_| {},
        )?;
        done = checkpoint;
        let p = params_of(&theta);
        let norm = p.w.iter().map(|w| w * w).sum::<f64>().sqrt();
        let accuracy = p.accuracy(&x, &data.y).map_err(|e| e.to_string())?;
        rows.push((checkpoint, norm, cost, accuracy));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    /// "The cost has no minimum" rests on this: a plane with every example
    /// strictly on its side, checked point by point.
    #[test]
    fn the_breast_cancer_set_is_linearly_separable() {
        let (plane, margin, m) = super::separating_plane().unwrap();
        assert_eq!(m, 569);
        assert!(
            margin > 0.0,
            "margin {margin}, after {} passes",
            plane.passes
        );
    }
}

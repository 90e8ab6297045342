//! Chapter 03 — gradient descent and the learning rate, on real data.
//!
//! - [`descent`]: the loop, over anything that implements [`descent::Objective`],
//!   with divergence detection; the 1-D quadratic of the four learning rates.
//! - [`objective`]: chapter 02's looped logistic regression as an objective.
//! - [`experiments`]: the runs behind the figures and tables.
//! - [`train`]: the `train` and `predict` commands (chapter 04 reuses them).
//! - `exercises`: the reader's stubs, compiled only with feature `grade`.

pub mod descent;
pub mod experiments;
pub mod figures;
pub mod objective;
pub mod tour;
pub mod train;

#[cfg(all(feature = "grade", not(feature = "solutions")))]
pub mod exercises;
#[cfg(all(feature = "grade", feature = "solutions"))]
#[path = "../solutions/mod.rs"]
pub mod exercises;

use toolkit::figure::{Chapter, Exercise};

pub const CHAPTER: Chapter = Chapter {
    slug: "03-gradient-descent",
    package: Some("gradient-descent"),
    figures: figures::FIGURES,
    outputs: tour::OUTPUTS,
    exercises: EXERCISES,
};

pub const EXERCISES: &[Exercise] = &[
    Exercise::new(
        "update",
        "crates/03-gradient-descent/src/exercises/update.rs",
        "crates/03-gradient-descent/solutions/update.rs",
        "Move against the gradient: w − α·dw and b − α·db. With ndarray, \
         `w - &(dw * learning_rate)` makes a new array.",
    ),
    Exercise::new(
        "optimize",
        "crates/03-gradient-descent/src/exercises/optimize.rs",
        "crates/03-gradient-descent/solutions/optimize.rs",
        "Each iteration: call `params.propagate(x, y, Loss::CrossEntropy)`, \
         record the cost when i % record_every == 0, then apply your `update`. \
         Return the gradients of the last iteration, computed before its update.",
    ),
    Exercise::new(
        "predict",
        "crates/03-gradient-descent/src/exercises/predict.rs",
        "crates/03-gradient-descent/solutions/predict.rs",
        "For each column j, z = b + Σᵢ w[[i, 0]]·x[[i, j]]; the prediction is 1 \
         when σ(z) > 0.5, which is the same as z > 0.",
    ),
    Exercise::new(
        "accuracy",
        "crates/03-gradient-descent/src/exercises/accuracy.rs",
        "crates/03-gradient-descent/solutions/accuracy.rs",
        "Count the positions where the prediction equals the label, divide by m, \
         and multiply by 100.",
    ),
];

//! Chapter 02 — logistic regression: sigmoid, loss and cost.
//!
//! - [`loss`]: σ, σ', and the cross-entropy loss computed stably from z.
//! - [`model`]: cost and gradient over m examples with explicit loops.
//! - [`convexity`]: why cross-entropy and not squared error, shown by
//!   running gradient descent on both.
//! - [`boundary`]: a two-feature model on real data, for the figure.
//! - [`saved`] and [`evaluate`]: the parameter file and the command that
//!   measures saved parameters on a CSV.
//! - [`exercises`]: the reader's stubs, compiled only with feature `grade`.
//! - [`guided_run`]: what `cargo run -p logistic` prints, and the book records.

pub mod boundary;
pub mod convexity;
pub mod evaluate;
pub mod exercises;
pub mod figures;
pub mod guided_run;
pub mod loss;
pub mod model;
pub mod saved;
pub mod values;

use toolkit::chapter::Chapter;

/// What this chapter gives the book and the grader.
pub const CHAPTER: Chapter = Chapter {
    slug: "02-logistic",
    guide: &guided_run::GUIDE,
    exercises: exercises::ALL,
    bench: None,
    search: "convexity",
};

//! Chapter 03 — gradient descent and the learning rate, on real data.
//!
//! - [`descent`]: the loop, over anything that implements [`descent::Objective`],
//!   with divergence detection; the 1-D quadratic of the four learning rates.
//! - [`objective`]: chapter 02's looped logistic regression as an objective.
//! - [`experiments`]: the runs behind the figures and tables.
//! - [`train`]: the `train` and `predict` commands (chapter 04 reuses them).
//! - [`exercises`]: the reader's stubs, compiled only with feature `grade`.
//! - [`guided_run`]: what `cargo run -p gradient-descent` prints, and the
//!   book records.

pub mod descent;
pub mod exercises;
pub mod experiments;
pub mod figures;
pub mod guided_run;
pub mod objective;
pub mod separating;
pub mod train;
pub mod values;

use toolkit::chapter::Chapter;

/// What this chapter gives the book and the grader.
pub const CHAPTER: Chapter = Chapter {
    slug: "03-gradient-descent",
    guide: &guided_run::GUIDE,
    exercises: exercises::ALL,
    bench: None,
    search: "oscillates",
};

//! Chapter 01 — derivatives, the chain rule and backpropagation.
//!
//! - [`numeric`]: a derivative as a slope, estimated with forward and central differences, and
//!   how their errors depend on the step `h`.
//! - [`graph`]: the course's computation graph `J = 3(a + bc)`, forward and backward by hand.
//! - [`autodiff`]: a tiny reverse-mode autodiff that does the same for any expression.
//! - [`gradcheck`]: the gradient checker every later chapter's tests use.
//! - [`exercises`]: the reader's stubs (or, with feature `solutions`, the reference
//!   solutions), compiled only with feature `grade`, which `cargo xtask check` turns on.
//! - [`guided_run`]: what `cargo run -p derivatives` prints, and the book records.

pub mod autodiff;
pub mod exercises;
pub mod figures;
pub mod gradcheck;
pub mod graph;
pub mod guided_run;
pub mod numeric;

use toolkit::chapter::Chapter;

/// What this chapter gives the book and the grader.
pub const CHAPTER: Chapter = Chapter {
    slug: "01-derivatives",
    guide: &guided_run::GUIDE,
    exercises: exercises::ALL,
    bench: None,
    search: "autodiff",
};

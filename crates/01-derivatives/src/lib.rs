//! Chapter 01 — derivatives, the chain rule and backpropagation.
//!
//! - [`numeric`]: a derivative as a slope, estimated with forward and central differences, and
//!   how their errors depend on the step `h`.
//! - [`graph`]: the course's computation graph `J = 3(a + bc)`, forward and backward by hand.
//! - [`autodiff`]: a tiny reverse-mode autodiff that does the same for any expression.
//! - [`gradcheck`]: the gradient checker every later chapter's tests use.
//! - `exercises`: the reader's stubs (or, with feature `solutions`, the reference solutions),
//!   compiled only with feature `grade`, which `cargo xtask check` turns on.

pub mod autodiff;
pub mod figures;
pub mod gradcheck;
pub mod graph;
pub mod numeric;
pub mod tour;

// Only the grader compiles the exercises, so a reader's half-written file never stops the
// chapter's binary, its figures or `cargo xtask` itself from building.
#[cfg(all(feature = "grade", not(feature = "solutions")))]
pub mod exercises;
#[cfg(all(feature = "grade", feature = "solutions"))]
#[path = "../solutions/mod.rs"]
pub mod exercises;

use toolkit::figure::{Chapter, Exercise};

/// What this chapter gives the book and the grader.
pub const CHAPTER: Chapter = Chapter {
    slug: "01-derivatives",
    package: Some("derivatives"),
    figures: figures::FIGURES,
    outputs: tour::OUTPUTS,
    exercises: EXERCISES,
};

/// In the order a reader meets the ideas.
pub const EXERCISES: &[Exercise] = &[
    Exercise::new(
        "central_difference",
        "crates/01-derivatives/src/exercises/central_difference.rs",
        "crates/01-derivatives/solutions/central_difference.rs",
        "Evaluate f on both sides of x, at x + h and x - h. The two points are 2h apart, and \
         the slope of the line through them is rise over run.",
    ),
    Exercise::new(
        "chain_rule",
        "crates/01-derivatives/src/exercises/chain_rule.rs",
        "crates/01-derivatives/solutions/chain_rule.rs",
        "The outer function's slope must be taken where the outer function is evaluated: at \
         inner(x), not at x. Then multiply by the inner slope at x.",
    ),
    Exercise::new(
        "course_backward",
        "crates/01-derivatives/src/exercises/course_backward.rs",
        "crates/01-derivatives/solutions/course_backward.rs",
        "Start at J and work right to left. J = 3v gives dJ/dv = 3. Each later line is the \
         local slope of one node times the gradient you already have for the node above it; \
         for u = b·c the local slope with respect to b is c.",
    ),
    Exercise::new(
        "mul_backward",
        "crates/01-derivatives/src/exercises/mul_backward.rs",
        "crates/01-derivatives/solutions/mul_backward.rs",
        "If a grows by a little, a·b grows by b times that little: the local gradient with \
         respect to a is b, and with respect to b it is a. Multiply each by the upstream \
         gradient.",
    ),
    Exercise::new(
        "sigmoid_backward",
        "crates/01-derivatives/src/exercises/sigmoid_backward.rs",
        "crates/01-derivatives/solutions/sigmoid_backward.rs",
        "σ'(z) = σ(z)·(1 − σ(z)), and you are given σ(z) itself as `output` — no exponential \
         is needed. Multiply by the upstream gradient.",
    ),
];

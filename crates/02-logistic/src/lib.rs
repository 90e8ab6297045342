//! Chapter 02 — logistic regression: sigmoid, loss and cost.
//!
//! - [`loss`]: σ, σ', and the cross-entropy loss computed stably from z.
//! - [`model`]: cost and gradient over m examples with explicit loops.
//! - [`convexity`]: why cross-entropy and not squared error, shown by
//!   running gradient descent on both.
//! - [`boundary`]: a two-feature model on real data, for the figure.
//! - [`saved`] and [`evaluate`]: the parameter file and the command that
//!   measures saved parameters on a CSV.
//! - `exercises`: the reader's stubs, compiled only with feature `grade`.

pub mod boundary;
pub mod convexity;
pub mod evaluate;
pub mod figures;
pub mod loss;
pub mod model;
pub mod saved;
pub mod tour;

// Only the grader compiles the exercises (see chapter 01 for why).
#[cfg(all(feature = "grade", not(feature = "solutions")))]
pub mod exercises;
#[cfg(all(feature = "grade", feature = "solutions"))]
#[path = "../solutions/mod.rs"]
pub mod exercises;

use toolkit::figure::{Chapter, Exercise};

pub const CHAPTER: Chapter = Chapter {
    slug: "02-logistic",
    package: Some("logistic"),
    figures: figures::FIGURES,
    outputs: tour::OUTPUTS,
    exercises: EXERCISES,
};

pub const EXERCISES: &[Exercise] = &[
    Exercise::new(
        "sigmoid",
        "crates/02-logistic/src/exercises/sigmoid.rs",
        "crates/02-logistic/solutions/sigmoid.rs",
        "1 / (1 + e^(−z)); in Rust e^t is `t.exp()`. For z = −1000, e^1000 is \
         infinite, and 1 / infinity is 0 — which is the right answer.",
    ),
    Exercise::new(
        "sigmoid_derivative",
        "crates/02-logistic/src/exercises/sigmoid_derivative.rs",
        "crates/02-logistic/solutions/sigmoid_derivative.rs",
        "Compute s = σ(z) once (your `sigmoid` or the library's), then s·(1 − s).",
    ),
    Exercise::new(
        "loss",
        "crates/02-logistic/src/exercises/loss.rs",
        "crates/02-logistic/solutions/loss.rs",
        "−ln σ(z) = ln(1 + e^(−z)) and −ln(1 − σ(z)) = ln(1 + e^z). Write a \
         helper for ln(1 + e^t) that never overflows: max(t, 0) + ln(1 + e^(−|t|)), \
         with `ln_1p` for the last logarithm.",
    ),
    Exercise::new(
        "cost",
        "crates/02-logistic/src/exercises/cost.rs",
        "crates/02-logistic/solutions/cost.rs",
        "Loop over the columns j of X. For each, z = b + Σᵢ w[[i, 0]]·x[[i, j]]; \
         add the loss of (z, y[[0, j]]). Divide the total by m at the end.",
    ),
    Exercise::new(
        "propagate",
        "crates/02-logistic/src/exercises/propagate.rs",
        "crates/02-logistic/solutions/propagate.rs",
        "Same loop as `cost`. For each example also compute a = σ(z) and \
         dz = a − y; add x[[i, j]]·dz into dw[[i, 0]] for every i, and dz into \
         db. Divide dw, db and the cost by m after the loop.",
    ),
];

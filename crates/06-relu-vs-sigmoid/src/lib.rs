//! Chapter 06 — ReLU versus sigmoid.
//!
//! - [`activation`]: sigmoid, tanh, ReLU, leaky ReLU and their slopes.
//! - [`network`]: an L-layer network, forward and backward.
//! - [`fit`]: training it with chapter 03's gradient descent.
//! - [`flower`]: the course's two-class flower data.
//! - [`experiments`]: sparsity, dead units, vanishing gradients, and the
//!   course's hidden-layer sizes on the flower.
//! - [`zeros`]: a layer that skips zero inputs, for the timing.

pub mod activation;
pub mod experiments;
pub mod figures;
pub mod fit;
pub mod flower;
pub mod measured;
pub mod network;
pub mod tour;
pub mod train;
pub mod zeros;

// Only the grader compiles the exercises (see chapter 01 for why).
#[cfg(all(feature = "grade", not(feature = "solutions")))]
pub mod exercises;
#[cfg(all(feature = "grade", feature = "solutions"))]
#[path = "../solutions/mod.rs"]
pub mod exercises;

use toolkit::figure::{Chapter, Exercise};

pub const CHAPTER: Chapter = Chapter {
    slug: "06-relu-vs-sigmoid",
    package: Some("relu-vs-sigmoid"),
    figures: figures::FIGURES,
    outputs: tour::OUTPUTS,
    exercises: EXERCISES,
};

pub const EXERCISES: &[Exercise] = &[
    Exercise::new(
        "relu",
        "crates/06-relu-vs-sigmoid/src/exercises/relu.rs",
        "crates/06-relu-vs-sigmoid/solutions/relu.rs",
        "`if z > 0.0 { … } else { … }` — note that 0 itself goes to the \
         else branch in both functions.",
    ),
    Exercise::new(
        "dense_backward",
        "crates/06-relu-vs-sigmoid/src/exercises/dense_backward.rs",
        "crates/06-relu-vs-sigmoid/solutions/dense_backward.rs",
        "`dz.dot(&a_prev.t())`, `dz.sum_axis(Axis(1)).insert_axis(Axis(1))` \
         and `w.t().dot(dz)`; divide the first two by m = `dz.ncols()`.",
    ),
    Exercise::new(
        "count_dead",
        "crates/06-relu-vs-sigmoid/src/exercises/count_dead.rs",
        "crates/06-relu-vs-sigmoid/solutions/count_dead.rs",
        "`z.rows()` iterates over the units; `row.iter().all(|&v| v <= 0.0)` \
         says whether one is dead.",
    ),
];

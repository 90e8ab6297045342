//! Chapter 04 — vectorization.
//!
//! - [`dot`]: the dot product as a loop, with iterators, with several
//!   accumulators, and with ndarray.
//! - [`kernels`]: one logistic-regression step four ways, all usable by
//!   chapter 03's gradient descent and `train`.
//! - [`parallel`]: a sum split across the cores along a fixed tree.

pub mod dot;
pub mod figures;
pub mod kernels;
pub mod measured;
pub mod parallel;
pub mod tour;

// Only the grader compiles the exercises (see chapter 01 for why).
#[cfg(all(feature = "grade", not(feature = "solutions")))]
pub mod exercises;
#[cfg(all(feature = "grade", feature = "solutions"))]
#[path = "../solutions/mod.rs"]
pub mod exercises;

use toolkit::figure::{Chapter, Exercise};

pub const CHAPTER: Chapter = Chapter {
    slug: "04-vectorization",
    package: Some("vectorization"),
    figures: figures::FIGURES,
    outputs: tour::OUTPUTS,
    exercises: EXERCISES,
};

pub const EXERCISES: &[Exercise] = &[
    Exercise::new(
        "dot4",
        "crates/04-vectorization/src/exercises/dot4.rs",
        "crates/04-vectorization/solutions/dot4.rs",
        "`a.chunks_exact(4)` gives the full groups of four and, through \
         `.remainder()`, the leftover elements.",
    ),
    Exercise::new(
        "propagate_vectorized",
        "crates/04-vectorization/src/exercises/propagate_vectorized.rs",
        "crates/04-vectorization/solutions/propagate_vectorized.rs",
        "`w.t().dot(x)` is (1, m) and `+ b` broadcasts the number; `z.mapv(sigmoid)` \
         applies σ to every entry; `x.dot(&dz.t())` is (n_x, 1).",
    ),
    Exercise::new(
        "fused_step",
        "crates/04-vectorization/src/exercises/fused_step.rs",
        "crates/04-vectorization/solutions/fused_step.rs",
        "`rows.chunks_exact(w.len())` yields one example's features at a time; \
         zip it with `y`.",
    ),
];

//! Chapter 04 — vectorization.
//!
//! - [`dot`]: the dot product as a loop, with iterators, with several
//!   accumulators, and with ndarray.
//! - [`dispatch`]: the widest vector instructions the processor has,
//!   chosen at run time.
//! - [`kernels`]: one logistic-regression step four ways, all usable by
//!   chapter 03's gradient descent and `train`.
//! - [`parallel`]: a sum split across the cores along a fixed tree.
//! - [`measured`]: the recorded benchmark run and the figures and tables
//!   drawn from it.
//! - [`exercises`]: the reader's stubs, compiled only with feature `grade`.
//! - [`guided_run`]: what `cargo run --release -p vectorization` prints, and
//!   the book records.

pub mod dispatch;
pub mod dot;
pub mod exercises;
pub mod figures;
pub mod guided_run;
pub mod kernels;
pub mod measured;
pub mod parallel;
pub mod values;

use toolkit::chapter::{Bench, Chapter};

/// What this chapter gives the book and the grader.
pub const CHAPTER: Chapter = Chapter {
    slug: "04-vectorization",
    guide: &guided_run::GUIDE,
    exercises: exercises::ALL,
    bench: Some(Bench {
        numpy: Some("numpy_bench.py"),
        // divan's filters are patterns: the targets' benchmarks only, and
        // the all-cores stream, which the bound target needs in each pair.
        pairs: &[
            (
                "dot",
                "dispatched::f64::1000000|threads::f64::1000000|all_cores",
            ),
            ("step", "fused_threads::"),
        ],
    }),
    search: "SIMD",
};

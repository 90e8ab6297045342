//! Chapter 04 — vectorization.
//!
//! - [`dot`]: the dot product as a loop, with iterators, with several
//!   accumulators, and with ndarray.
//! - [`kernels`]: one logistic-regression step four ways, all usable by
//!   chapter 03's gradient descent and `train`.

pub mod dot;
pub mod figures;
pub mod kernels;
pub mod tour;

use toolkit::figure::Chapter;

pub const CHAPTER: Chapter = Chapter {
    slug: "04-vectorization",
    package: Some("vectorization"),
    figures: figures::FIGURES,
    outputs: tour::OUTPUTS,
    exercises: &[],
};

//! Chapter 06 — ReLU versus sigmoid.
//!
//! - [`activation`]: sigmoid, tanh, ReLU, leaky ReLU and their slopes.
//! - [`network`]: an L-layer network, forward and backward.
//! - [`fit`]: training it with chapter 03's gradient descent.
//! - [`flower`]: the course's two-class flower data.
//! - [`experiments`]: sparsity, dead units and vanishing gradients.
//! - [`zeros`]: a layer that skips zero inputs, and its recorded timing
//!   ([`measured`]).
//! - [`exercises`]: the reader's stubs, compiled only with feature `grade`.
//! - [`guided_run`]: what `cargo run --release -p relu-vs-sigmoid` prints,
//!   and the book records.

pub mod activation;
pub mod exercises;
pub mod experiments;
pub mod figures;
pub mod fit;
pub mod flower;
pub mod guided_run;
pub mod measured;
pub mod network;
pub mod train;
pub mod values;
pub mod zeros;

use toolkit::chapter::{Bench, Chapter};

/// What this chapter gives the book and the grader.
pub const CHAPTER: Chapter = Chapter {
    slug: "06-relu-vs-sigmoid",
    guide: &guided_run::GUIDE,
    exercises: exercises::ALL,
    bench: Some(Bench {
        numpy: None,
        pairs: &[],
    }),
    search: "dead",
};

//! Chapter 07 — shallow and deep networks, as the course builds them: week
//! 3's network of one hidden layer on the flower and week 4's L-layer
//! network on images, drawn with numpy's own random numbers so that every
//! run can be held beside the learner's notebook.
//!
//! - [`blocks`]: the course's building blocks, one layer forward and back.
//! - [`network`]: the L-model forward and backward passes, on chapter 06's
//!   network.
//! - [`init`], [`fit`], [`course`]: where the weights start, the training
//!   loop, the course's settings and published numbers.
//! - [`experiments`], [`tables`], [`figures`]: what the book shows.
//! - [`measured`]: the recorded race against the course's numpy code.
//! - [`images`], [`planar`]: images as vectors (`.h5` or CSV), the course's
//!   other data sets.

pub mod blocks;
pub mod commands;
pub mod course;
pub mod exercises;
pub mod experiments;
pub mod figures;
pub mod fit;
pub mod guided_run;
pub mod images;
pub mod init;
pub mod measured;
pub mod network;
pub mod planar;
pub mod shallow;
pub mod split_dot;
pub mod tables;
pub mod values;

use toolkit::chapter::{Bench, Chapter};

/// What this chapter gives the book and the grader.
pub const CHAPTER: Chapter = Chapter {
    slug: "07-deep-networks",
    guide: &guided_run::GUIDE,
    exercises: exercises::ALL,
    bench: Some(Bench {
        numpy: Some("numpy_bench.py"),
        pairs: &[("l_layer", "course")],
    }),
    search: "symmetry",
};

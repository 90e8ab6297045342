//! What every dlnotes chapter shares, and nothing about deep learning itself.
//!
//! - [`dataset`], [`split`], [`scaling`], [`bundled`]: numeric CSV files in the course layout
//!   (`X` is `(n_x, m)`, one example per column; `Y` is `(1, m)`), a seeded train/test split,
//!   feature scaling that is fitted once and replayed on test data, and the two bundled datasets.
//! - [`plot`] and [`figure`]: one theme, one embedded font, and the registry through which a
//!   chapter lists its figures so that `cargo xtask figures` can render every one of them.
//! - [`rng`]: the one seeded, portable random generator.
//! - [`cli`]: how a chapter binary turns errors into one line and an exit code.

pub mod bundled;
pub mod cli;
pub mod dataset;
pub mod figure;
pub mod plot;
pub mod rng;
pub mod scaling;
pub mod split;
pub mod testing;

pub use dataset::{DataError, Dataset, Labels};

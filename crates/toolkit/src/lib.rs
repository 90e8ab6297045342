//! What every dlnotes chapter shares, and nothing about deep learning itself.
//!
//! - [`chapter`]: a chapter's registry — its exercises, guided run, figures and benchmarks —
//!   which the chapter's binary, the book's generators and the grader all read.
//! - [`guide`]: a chapter's binary from one description: the guided run, its knobs, its
//!   commands, and the sections the book records.
//! - [`figure`] and [`plot`]: one theme, one embedded font, and figures rendered in every theme.
//! - [`measured`]: the benchmark measurements file, written by `cargo xtask bench`.
//! - [`dataset`] (read by [`csv`]), [`split`], [`scaling`], [`bundled`]: numeric CSV files in the course layout
//!   (`X` is `(n_x, m)`, one example per column; `Y` is `(1, m)`), a seeded train/test split,
//!   feature scaling that is fitted once and replayed on test data, and the two bundled datasets.
//! - [`rng`]: the one seeded, portable random generator; [`numpy_legacy`]: numpy's, to make
//!   the numbers the course's notebooks make.
//! - [`cli`]: how a chapter binary turns errors into one line and an exit code.
//! - [`files`]: writing a file whole or not at all.
//! - [`decimal`]: a number in a data file, read fast and exactly.
//! - [`memory`]: refusing, in one line, a size that cannot fit in memory.
//! - [`values`]: the numbers a chapter's prose quotes, recorded for the book.

#[cfg(feature = "data")]
pub mod bundled;
pub mod chapter;
pub mod cli;
#[cfg(feature = "data")]
pub mod csv;
#[cfg(feature = "data")]
pub mod dataset;
pub mod decimal;
pub mod figure;
pub mod files;
pub mod guide;
pub mod language;
pub mod measured;
pub mod memory;
#[cfg(feature = "data")]
pub mod numpy_legacy;
pub mod plot;
pub mod rng;
#[cfg(feature = "data")]
pub mod scaling;
#[cfg(feature = "data")]
pub mod split;
pub mod testing;
pub mod values;

#[cfg(feature = "data")]
pub use dataset::{DataError, Dataset, Labels};

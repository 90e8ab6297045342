//! The book's explorable figures. Each widget on a page turns a knob and
//! shows what the chapter's own library answers: this crate only wires the
//! chapters' functions to the page, and computes nothing of its own beyond
//! picking numbers out for drawing.
//!
//! - [`step_size`]: chapter 01, the step h of a finite difference.
//! - [`descent`]: chapter 03, the learning rate on the bowl and on the
//!   logistic cost.
//! - [`shapes`]: chapter 05, the shape calculator (the `shape` command).
//! - [`gradients`]: chapter 06, per-layer gradient norms by kind and depth.
//! - [`trainer`]: chapter 07, the playground: a network trained step by
//!   step on a plane data set.
//! - [`data`]: the bundled data sets, handed over by the page and checked.
//! - [`exports`]: the module's interface to the page (see there for the
//!   conventions), the only file that names exported symbols.
//!
//! `cargo xtask widgets` builds it for `wasm32-unknown-unknown` and writes
//! the module into the book; the tests here run the same functions on the
//! host.

pub mod buffers;
pub mod data;
pub mod descent;
pub mod exports;
pub mod gradients;
pub mod shapes;
pub mod step_size;
pub mod trainer;

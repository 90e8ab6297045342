//! The chapter's recorded measurements and what the book draws from them:
//!
//! - [`data`]: the two files `cargo xtask bench` writes, compiled in;
//! - [`ids`]: what was measured, by name;
//! - [`targets`]: the chapter's promises against numpy, and how each is
//!   judged from the head-to-head pairs;
//! - [`charts`]: the two speed figures;
//! - [`tables`]: the tables of ratios, targets and bandwidth.

pub mod charts;
pub mod data;
pub mod ids;
pub mod tables;
pub mod targets;

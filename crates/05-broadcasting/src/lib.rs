//! Chapter 05 — broadcasting.
//!
//! - [`rule`]: which shapes combine, for any number of operands.
//! - [`nd`]: broadcasting by hand with stride-0 reads, any rank.
//! - [`views`]: ndarray's broadcast views and operators.
//! - [`uses`]: the bias, centring, the course's calories table.
//! - [`pitfalls`]: rank-1 arrays, and the habit that avoids them.
//! - [`exercises`]: the reader's stubs, compiled only with feature `grade`.
//! - [`guided_run`]: what `cargo run -p broadcasting` prints, and the book
//!   records.

pub mod exercises;
pub mod figures;
pub mod guided_run;
pub mod nd;
pub mod pitfalls;
pub mod rule;
pub mod uses;
pub mod views;

use toolkit::chapter::Chapter;

/// What this chapter gives the book and the grader.
pub const CHAPTER: Chapter = Chapter {
    slug: "05-broadcasting",
    guide: &guided_run::GUIDE,
    exercises: exercises::ALL,
    bench: None,
    search: "calories",
};

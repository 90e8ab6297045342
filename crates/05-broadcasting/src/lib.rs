//! Chapter 05 — broadcasting.
//!
//! - [`rule`]: which shapes combine, for any number of operands.
//! - [`nd`]: broadcasting by hand with stride-0 reads, any rank.
//! - [`views`]: ndarray's broadcast views and operators.
//! - [`uses`]: the bias, centring, the course's calories table.
//! - [`pitfalls`]: rank-1 arrays, and the habit that avoids them.

pub mod figures;
pub mod nd;
pub mod pitfalls;
pub mod rule;
pub mod tour;
pub mod uses;
pub mod views;

// Only the grader compiles the exercises (see chapter 01 for why).
#[cfg(all(feature = "grade", not(feature = "solutions")))]
pub mod exercises;
#[cfg(all(feature = "grade", feature = "solutions"))]
#[path = "../solutions/mod.rs"]
pub mod exercises;

use toolkit::figure::{Chapter, Exercise};

pub const CHAPTER: Chapter = Chapter {
    slug: "05-broadcasting",
    package: Some("broadcasting"),
    figures: figures::FIGURES,
    outputs: tour::OUTPUTS,
    exercises: EXERCISES,
};

pub const EXERCISES: &[Exercise] = &[
    Exercise::new(
        "broadcast_shape",
        "crates/05-broadcasting/src/exercises/broadcast_shape.rs",
        "crates/05-broadcasting/solutions/broadcast_shape.rs",
        "Walk the axes from the last one back; a shape that has run out of \
         axes has size 1 there. `a.len().checked_sub(k)` tells you whether the \
         k-th axis from the end exists.",
    ),
    Exercise::new(
        "normalize_rows",
        "crates/05-broadcasting/src/exercises/normalize_rows.rs",
        "crates/05-broadcasting/solutions/normalize_rows.rs",
        "`x.map_axis(Axis(1), |row| row.dot(&row).sqrt())` gives one norm per \
         row, shape (n,); `.insert_axis(Axis(1))` makes it (n, 1), which \
         divides every row by its own norm.",
    ),
    Exercise::new(
        "softmax_rows",
        "crates/05-broadcasting/src/exercises/softmax_rows.rs",
        "crates/05-broadcasting/solutions/softmax_rows.rs",
        "Subtract each row's maximum first (an (n, 1) column, broadcast): \
         softmax does not change, and the largest exponent becomes e⁰ = 1.",
    ),
];

//! The committed measurements, as `cargo xtask bench` wrote them. Drawing
//! from the committed files keeps the figures reproducible; only the files
//! change when someone measures again.

use toolkit::measured::{MeasuredError, Measurements};

static RECORDED: &str = include_str!("../../measured/bench.tsv");

static PAIRED: &str = include_str!("../../measured/pairs.tsv");

/// The medians of every benchmark over the recorded rounds.
pub fn recorded() -> Result<Measurements, MeasuredError> {
    Measurements::parse("crates/04-vectorization/measured/bench.tsv", RECORDED)
}

/// The head-to-head runs of the targets (see [`super::targets`]).
pub fn paired() -> Result<Measurements, MeasuredError> {
    Measurements::parse("crates/04-vectorization/measured/pairs.tsv", PAIRED)
}

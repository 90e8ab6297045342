//! The opening chapter, "Supervised learning with neural networks": what
//! structured and unstructured data look like, drawn from the two datasets
//! the book uses.
//!
//! - [`figures`]: a few rows of the breast-cancer table, and the first
//!   images of the digits.
//! - [`datasets`]: the table of the bundled datasets, counted from the files.
//! - [`data_scale`]: why deep learning took off, measured: accuracy against
//!   the amount of data for a small and a larger model.

pub mod data_scale;
pub mod datasets;
pub mod figures;

use toolkit::chapter::Chapter;
use toolkit::guide::{Guide, NoCommand, NoKnobs, Section, no_commands};

/// What this chapter gives the book.
pub const CHAPTER: Chapter = Chapter {
    slug: "00-supervised-learning",
    guide: &GUIDE,
    exercises: &[],
    bench: None,
    search: "unstructured",
};

/// `cargo run -p supervised-learning`: the datasets table, and the figures.
pub const GUIDE: Guide<NoKnobs, NoCommand> = Guide {
    package: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    about: "Supervised learning: the two datasets the book uses, structured and unstructured",
    run_as: "cargo run -p supervised-learning --",
    sections: &[
        Section::new("datasets.md", datasets::table),
        Section::new("data-scale.txt", data_scale::table),
    ],
    records: &[],
    commands: no_commands,
    figures: figures::FIGURES,
};

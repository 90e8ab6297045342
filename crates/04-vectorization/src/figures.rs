//! The chapter's figures.

use toolkit::figure::Figure;

pub const FIGURES: &[Figure] = &[];

//! Reference solutions for chapter 03, with the same signatures as the stubs
//! in `src/exercises/`. `--features solutions` compiles these in their place.

mod accuracy;
mod optimize;
mod predict;
mod update;

pub use accuracy::accuracy;
pub use optimize::{Optimized, optimize};
pub use predict::predict;
pub use update::update;

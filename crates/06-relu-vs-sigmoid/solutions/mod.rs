//! Reference solutions for chapter 06, with the same signatures as the stubs
//! in `src/exercises/`. `--features solutions` compiles these in their place.

mod count_dead;
mod dense_backward;
mod relu;

pub use count_dead::count_dead_units;
pub use dense_backward::dense_backward;
pub use relu::{relu, relu_derivative};

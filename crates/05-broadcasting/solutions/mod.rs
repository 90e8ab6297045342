//! Reference solutions for chapter 05, with the same signatures as the stubs
//! in `src/exercises/`. `--features solutions` compiles these in their place.

mod broadcast_shape;
mod normalize_rows;
mod softmax_rows;

pub use broadcast_shape::broadcast_shape;
pub use normalize_rows::normalize_rows;
pub use softmax_rows::softmax_rows;

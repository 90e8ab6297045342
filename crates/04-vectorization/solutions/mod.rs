//! Reference solutions for chapter 04, with the same signatures as the stubs
//! in `src/exercises/`. `--features solutions` compiles these in their place.

mod dot4;
mod fused_step;
mod propagate_vectorized;

pub use dot4::dot4;
pub use fused_step::fused_step;
pub use propagate_vectorized::propagate_vectorized;

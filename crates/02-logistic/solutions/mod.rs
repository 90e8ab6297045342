//! Reference solutions for chapter 02, with the same signatures as the stubs
//! in `src/exercises/`. `--features solutions` compiles these in their place.

mod cost;
mod loss;
mod propagate;
mod sigmoid;
mod sigmoid_derivative;

pub use cost::cost;
pub use loss::loss;
pub use propagate::propagate;
pub use sigmoid::sigmoid;
pub use sigmoid_derivative::sigmoid_derivative;

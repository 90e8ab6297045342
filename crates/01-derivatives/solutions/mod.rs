//! Reference solutions for chapter 01, with the same signatures as the stubs in
//! `src/exercises/`. `--features solutions` compiles these in their place.

mod central_difference;
mod chain_rule;
mod course_backward;
mod mul_backward;
mod sigmoid_backward;

pub use central_difference::central_difference;
pub use chain_rule::chain_rule;
pub use course_backward::course_backward;
pub use mul_backward::mul_backward;
pub use sigmoid_backward::sigmoid_backward;

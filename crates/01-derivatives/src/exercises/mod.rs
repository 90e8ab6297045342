//! Your exercises for chapter 01. Each file says what to do; replace its `todo!()` and run
//! `cargo xtask check`. The same tests grade the reference solutions in `solutions/`.

// The stubs do not use their arguments yet; your code will.
#![allow(unused_variables)]

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

//! The backward pass of the course's graph **by hand**:
//!
//! ```text
//! u = b·c      v = a + u      J = 3v
//! ```
//!
//! Return ∂J/∂v, ∂J/∂u, ∂J/∂a, ∂J/∂b and ∂J/∂c for any inputs `a`, `b`, `c`. Work from J back
//! towards the inputs: each gradient is a node's local slope times the gradient already found
//! for the node that uses it. With a = 5, b = 3, c = 2 the course gets 3, 3, 3, 6 and 9.

use crate::graph::Backward;

pub fn course_backward(a: f64, b: f64, c: f64) -> Backward {
    todo!()
}

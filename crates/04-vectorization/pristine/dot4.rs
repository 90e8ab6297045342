//! A **dot product with four accumulators**: keep four partial sums, add
//! element i into sum number i % 4, and add the four sums (and any leftover
//! elements) at the end. The four additions of each round do not depend on
//! each other, so the processor can do them at once.
//!
//! `a` and `b` have the same length (which need not be a multiple of 4).

pub fn dot4(a: &[f64], b: &[f64]) -> f64 {
    todo!()
}

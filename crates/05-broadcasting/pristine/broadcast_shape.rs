//! **The broadcasting rule** for two shapes. Line the shapes up at their
//! last axis; where one shape has fewer axes, treat the missing ones as
//! size 1. On every axis the two sizes must be equal, or one of them 1; the
//! result takes the other size. Return `None` if some axis breaks the rule.
//!
//! `broadcast_shape(&[3, 1, 4], &[2, 1])` is `Some(vec![3, 2, 4])`;
//! `broadcast_shape(&[4, 3], &[4])` is `None`.

pub fn broadcast_shape(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    todo!()
}

//! ndarray's own broadcasting: a view with stride 0, and the arithmetic
//! operators that use it.

use std::collections::BTreeSet;

use ndarray::{Array2, ArrayView2};

/// What a broadcast view is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewFacts {
    pub shape: Vec<usize>,
    /// In elements; 0 on a stretched axis.
    pub strides: Vec<isize>,
    /// Elements the view shows.
    pub elements: usize,
    /// Distinct memory addresses behind those elements.
    pub addresses: usize,
    /// Whether the view starts at the original's first element.
    pub same_start: bool,
}

// ANCHOR: view
/// `row` (shape (1, n)) seen as `m` rows, the way `&x + &row` sees it.
/// `None` if `row` is not a single row.
pub fn stretch_row(row: &Array2<f64>, m: usize) -> Option<ViewFacts> {
    let n = row.ncols();
    let view: ArrayView2<'_, f64> = row.broadcast((m, n))?;
    let addresses: BTreeSet<usize> =
        view.iter().map(|x| std::ptr::from_ref(x).addr()).collect();
    Some(ViewFacts {
        shape: view.shape().to_vec(),
        strides: view.strides().to_vec(),
        elements: view.len(),
        addresses: addresses.len(),
        same_start: view.as_ptr() == row.as_ptr(),
    })
}
// ANCHOR_END: view

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array1, array};

    #[test]
    fn a_stretched_row_is_one_row_of_memory() {
        let row = array![[1.0, 2.0, 3.0, 4.0]];
        let facts = stretch_row(&row, 3).unwrap();
        assert_eq!(facts.shape, [3, 4]);
        assert_eq!(facts.strides, [0, 1]);
        assert_eq!((facts.elements, facts.addresses), (12, 4));
        assert!(facts.same_start);
        assert!(stretch_row(&array![[1.0], [2.0]], 3).is_none());
    }

    #[test]
    fn the_operators_stretch_both_sides_like_numpy() {
        let col = array![[0.0], [10.0], [20.0]];
        let row = array![[1.0, 2.0, 3.0, 4.0]];
        assert_eq!((&col + &row).shape(), [3, 4]);
        assert_eq!((&row + &col).shape(), [3, 4]);
        assert_eq!((&col + 1.0).shape(), [3, 1], "a number goes anywhere");
    }

    #[test]
    fn where_ndarray_differs_from_numpy() {
        // numpy raises ValueError; ndarray's operators panic. Check shapes
        // first (`broadcast` returns None, or use rule::broadcast_shape).
        let a = Array2::<f64>::zeros((3, 4));
        let b = Array2::<f64>::zeros((2, 4));
        assert!(b.broadcast((3, 4)).is_none());
        let caught = std::panic::catch_unwind(|| &a + &b);
        assert!(caught.is_err(), "(3, 4) + (2, 4) must not produce an array");
        // The result type follows the larger static rank: Array1 + Array2
        // is an Array2, as numpy's (n,) + (n, 1) is 2-D.
        let v: Array1<f64> = Array1::zeros(3);
        let c = Array2::<f64>::zeros((3, 1));
        let sum: Array2<f64> = &v + &c;
        assert_eq!(sum.shape(), [3, 3]);
        // In place, only the right side may stretch (numpy agrees).
        let mut small = Array2::<f64>::zeros((1, 4));
        let big = Array2::<f64>::zeros((3, 4));
        let caught = std::panic::catch_unwind(move || {
            small += &big;
            small
        });
        assert!(caught.is_err(), "a (1, 4) cannot grow in place");
    }
}

//! The matrix products of a large layer, spread over the cores with chapter
//! 04's fixed tree.
//!
//! Each column of A·B depends on one column of B only, so B can be cut into
//! blocks of columns, each block's product computed on its own core and the
//! blocks put side by side. Every entry of the result is still the same sum
//! in the same order — a test holds the pieces equal to the whole, bit for
//! bit — so the answer does not depend on how many cores there are.

use ndarray::{Array2, ArrayView2, Axis, Slice, concatenate};
use vectorization::parallel::tree_sum;

/// Below this many multiply-adds a product is not worth splitting: the
/// flower's layers stay on one core.
pub const SPLIT_ABOVE: usize = 1 << 22;

// ANCHOR: dot
/// A·B, computed in blocks of B's columns across the cores when the
/// product is large.
pub fn dot(a: ArrayView2<f64>, b: ArrayView2<f64>) -> Array2<f64> {
    let work = a.nrows() * a.ncols() * b.ncols();
    let cores = cores();
    if work <= SPLIT_ABOVE || cores == 1 {
        return a.dot(&b);
    }
    dot_in_blocks(a, b, b.ncols().div_ceil(cores))
}
// ANCHOR_END: dot

/// The cores rayon spreads work over.
#[cfg(not(target_arch = "wasm32"))]
fn cores() -> usize {
    rayon::current_num_threads().max(1)
}

/// The book's WebAssembly module runs on the page's one thread; asking
/// rayon would only compile its thread pool into the module.
#[cfg(target_arch = "wasm32")]
fn cores() -> usize {
    1
}

/// A·B from blocks of at most `columns` columns of B.
pub fn dot_in_blocks(
    a: ArrayView2<f64>,
    b: ArrayView2<f64>,
    columns: usize,
) -> Array2<f64> {
    tree_sum(
        b.ncols(),
        columns,
        &|range| a.dot(&b.slice_axis(Axis(1), Slice::from(range))),
        &|left, right| {
            concatenate(Axis(1), &[left.view(), right.view()]).unwrap_or(left)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use toolkit::numpy_legacy::NumpyLegacy;

    #[test]
    fn blocks_of_any_width_give_the_whole_product_bit_for_bit() {
        let mut rng = NumpyLegacy::seed(7);
        for (m, k, n) in
            [(20, 300, 209), (7, 20, 33), (20, 209, 1000), (3, 5000, 17)]
        {
            let a = rng.randn(m, k);
            let b = rng.randn(k, n);
            let whole = a.dot(&b);
            for columns in [1, 2, 5, 16, n / 2 + 1, n] {
                assert_eq!(
                    dot_in_blocks(a.view(), b.view(), columns),
                    whole,
                    "{m}×{k}×{n} in {columns}"
                );
            }
            // A transposed view, as the backward pass uses.
            let bt = rng.randn(n, k);
            assert_eq!(dot_in_blocks(a.view(), bt.t(), 7), a.dot(&bt.t()));
        }
    }
}

//! Do ReLU's zeros save work in the next layer? Three ways to compute one
//! layer's z = W·a for a batch, the last of which skips zero inputs.

use ndarray::Array2;
use rand::RngExt;

/// A batch of `m` inputs of size `n` (one example per row) in which a
/// fraction `zeros` of the entries is exactly 0, like ReLU outputs; and a
/// weight matrix stored as Wᵀ (n, n_out), so that the weights leaving one
/// input are contiguous.
pub fn layer_data(
    n: usize,
    n_out: usize,
    m: usize,
    zeros: f64,
    seed: u64,
) -> (Array2<f64>, Array2<f64>) {
    let mut rng = toolkit::rng::seeded(seed);
    let a = Array2::from_shape_fn((m, n), |_| {
        if rng.random_bool(zeros) {
            0.0
        } else {
            rng.random_range(0.0..1.0)
        }
    });
    let w_t =
        Array2::from_shape_fn((n, n_out), |_| rng.random_range(-0.1..0.1));
    (a, w_t)
}

/// The dense product, a·Wᵀ for all examples at once (ndarray's matrix
/// multiply: blocked for the caches, vectorized): every weight times every
/// input, zeros included.
pub fn dense(a: &Array2<f64>, w_t: &Array2<f64>) -> Array2<f64> {
    a.dot(w_t)
}

// ANCHOR: skip
/// The same product as a loop: for each example, add row j of Wᵀ times
/// a_j. With `skip`, inputs that are exactly 0 are passed over — the
/// saving the notes promise, if the code looks for it.
pub fn looped(a: &Array2<f64>, w_t: &Array2<f64>, skip: bool) -> Array2<f64> {
    let mut z = Array2::zeros((a.nrows(), w_t.ncols()));
    for (example, mut out) in a.rows().into_iter().zip(z.rows_mut()) {
        for (&aj, weights) in example.iter().zip(w_t.rows()) {
            if skip && aj == 0.0 {
                continue;
            }
            out.scaled_add(aj, &weights);
        }
    }
    z
}
// ANCHOR_END: skip

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;

    #[test]
    fn all_three_compute_the_same_layer() {
        let (a, w_t) = layer_data(40, 30, 20, 0.6, 3);
        let zeros = a.iter().filter(|v| v.to_bits() == 0).count();
        assert!((400..560).contains(&zeros), "about 60% zeros: {zeros}");
        let reference = dense(&a, &w_t);
        assert_abs_diff_eq!(
            looped(&a, &w_t, false),
            reference,
            epsilon = 1e-12
        );
        assert_abs_diff_eq!(looped(&a, &w_t, true), reference, epsilon = 1e-12);
    }
}

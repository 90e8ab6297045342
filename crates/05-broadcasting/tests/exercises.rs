//! The exercise tests, shared by the stubs and the reference solutions; they
//! compile only with `--features grade`. Each test's name is its exercise's.
#![cfg(feature = "grade")]

use approx::assert_abs_diff_eq;
use broadcasting::exercises as ex;
use ndarray::array;
use rand::RngExt;

#[test]
fn broadcast_shape() {
    assert_eq!(
        ex::broadcast_shape(&[3, 1, 4], &[2, 1]),
        Some(vec![3, 2, 4])
    );
    assert_eq!(ex::broadcast_shape(&[4, 3], &[4]), None);
    assert_eq!(ex::broadcast_shape(&[5], &[5, 1]), Some(vec![5, 5]));
    assert_eq!(ex::broadcast_shape(&[], &[]), Some(vec![]));
    // Against the chapter's rule on random shapes up to rank 4, sizes 0–4.
    let mut rng = toolkit::rng::seeded(5);
    for _ in 0..500 {
        let mut shape = || -> Vec<usize> {
            let rank = rng.random_range(0..=4);
            (0..rank).map(|_| rng.random_range(0..=4)).collect()
        };
        let (a, b) = (shape(), shape());
        let want = broadcasting::rule::broadcast_shape(&[&a, &b]).ok();
        assert_eq!(ex::broadcast_shape(&a, &b), want, "{a:?} and {b:?}");
    }
}

#[test]
fn normalize_rows() {
    let got = ex::normalize_rows(&array![[0.0, 3.0, 4.0], [1.0, 6.0, 4.0]]);
    let want = array![[0.0, 0.6, 0.8], [0.13736056, 0.82416338, 0.54944226]];
    assert_eq!(got.shape(), [2, 3], "the shape must not change");
    assert_abs_diff_eq!(got, want, epsilon = 1e-8);
}

#[test]
fn softmax_rows() {
    let got = ex::softmax_rows(&array![
        [9.0, 2.0, 5.0, 0.0, 0.0],
        [7.0, 5.0, 0.0, 0.0, 0.0]
    ]);
    let want = array![
        [
            9.80897665e-01,
            8.94462891e-04,
            1.79657674e-02,
            1.21052389e-04,
            1.21052389e-04
        ],
        [
            8.78679856e-01,
            1.18916387e-01,
            8.01252314e-04,
            8.01252314e-04,
            8.01252314e-04
        ]
    ];
    assert_eq!(got.shape(), [2, 5], "the shape must not change");
    assert_abs_diff_eq!(got, want, epsilon = 1e-8);
    let extreme = ex::softmax_rows(&array![[1000.0, 0.0], [-1000.0, -1000.0]]);
    assert!(
        extreme.iter().all(|v| v.is_finite()),
        "softmax of [1000, 0] and [-1000, -1000] must stay finite: {extreme}"
    );
    assert_abs_diff_eq!(
        extreme,
        array![[1.0, 0.0], [0.5, 0.5]],
        epsilon = 1e-12
    );
}

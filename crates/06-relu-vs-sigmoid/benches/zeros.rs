//! One layer's z = W·a with ReLU-like zeros in a, three ways:
//! `cargo bench -p relu-vs-sigmoid --bench zeros` (or `cargo xtask bench`).

use divan::{Bencher, black_box};
use relu_vs_sigmoid::measured::ZEROS;
use relu_vs_sigmoid::zeros::{dense, layer_data, looped};

fn main() {
    divan::main();
}

const N: usize = 256;
const M: usize = 256;

fn data(percent: u32) -> (ndarray::Array2<f64>, ndarray::Array2<f64>) {
    layer_data(N, N, M, f64::from(percent) / 100.0, 1)
}

#[divan::bench(args = ZEROS)]
fn dense_matrix_multiply(bencher: Bencher<'_, '_>, percent: u32) {
    let (a, w_t) = data(percent);
    bencher.bench(|| dense(black_box(&a), black_box(&w_t)));
}

#[divan::bench(args = ZEROS)]
fn loop_every_input(bencher: Bencher<'_, '_>, percent: u32) {
    let (a, w_t) = data(percent);
    bencher.bench(|| looped(black_box(&a), black_box(&w_t), false));
}

#[divan::bench(args = ZEROS)]
fn loop_skipping_zeros(bencher: Bencher<'_, '_>, percent: u32) {
    let (a, w_t) = data(percent);
    bencher.bench(|| looped(black_box(&a), black_box(&w_t), true));
}

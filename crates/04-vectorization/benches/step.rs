//! One full-batch logistic-regression step, four kernels, three shapes:
//! `cargo bench -p vectorization --bench step` (or `cargo xtask bench`).

use divan::{Bencher, black_box};
use ndarray::Array2;
use rand::RngExt;
use vectorization::dispatch::Isa;
use vectorization::kernels::{Batch, Kernel};
use vectorization::measured::ids::SHAPES;

fn main() {
    vectorization::parallel::use_this_thread();
    divan::main();
}

fn batch(shape: usize) -> (Batch, Vec<f64>) {
    let (n_x, m, _) = SHAPES[shape];
    let mut rng = toolkit::rng::seeded(7);
    let x = Array2::from_shape_fn((n_x, m), |_| rng.random_range(0.0..1.0));
    let y = Array2::from_shape_fn((1, m), |_| {
        f64::from(u8::from(rng.random_bool(0.5)))
    });
    let w = (0..n_x).map(|_| rng.random_range(-0.01..0.01)).collect();
    match Batch::new(x, y) {
        Ok(b) => (b, w),
        Err(e) => panic!("benchmark data: {e}"),
    }
}

fn run(bencher: Bencher<'_, '_>, shape: usize, kernel: Kernel) {
    run_on(bencher, shape, Isa::widest(), kernel);
}

fn run_on(bencher: Bencher<'_, '_>, shape: usize, isa: Isa, kernel: Kernel) {
    let (batch, w) = batch(shape);
    let bytes = batch.n_x() * batch.m() * 8;
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| black_box(batch.step_on(isa, kernel, black_box(&w), 0.0)));
}

/// Shapes by index into `SHAPES`: 0 = (30, 569), 1 = (12288, 209), 2 = (784, 60000).
const ALL: [usize; 3] = [0, 1, 2];

#[divan::bench(args = ALL, sample_count = 50)]
fn looped(bencher: Bencher<'_, '_>, shape: usize) {
    run(bencher, shape, Kernel::Loop);
}

#[divan::bench(args = ALL, sample_count = 50)]
fn ndarray(bencher: Bencher<'_, '_>, shape: usize) {
    run(bencher, shape, Kernel::Ndarray);
}

#[divan::bench(args = ALL, sample_count = 50)]
fn fused(bencher: Bencher<'_, '_>, shape: usize) {
    run(bencher, shape, Kernel::Fused);
}

#[divan::bench(args = ALL, sample_count = 50)]
fn fused_threads(bencher: Bencher<'_, '_>, shape: usize) {
    run(bencher, shape, Kernel::Threads);
}

/// The fused kernels compiled for the x86-64 baseline: what the widest
/// vectors gain.
#[divan::bench(args = ALL, sample_count = 50)]
fn fused_baseline(bencher: Bencher<'_, '_>, shape: usize) {
    run_on(bencher, shape, Isa::Baseline, Kernel::Fused);
}

#[divan::bench(args = ALL, sample_count = 50)]
fn fused_threads_baseline(bencher: Bencher<'_, '_>, shape: usize) {
    run_on(bencher, shape, Isa::Baseline, Kernel::Threads);
}

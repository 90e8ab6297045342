//! The dot-product variants at three sizes, in f32 and f64:
//! `cargo bench -p vectorization --bench dot` (or `cargo xtask bench`).

use divan::{Bencher, black_box};
use vectorization::dot::{
    Real, dot_accumulators, dot_dispatched, dot_indexed, dot_iter, dot_ndarray,
    dot_threads,
};

fn main() {
    vectorization::parallel::use_this_thread();
    divan::main();
}

const SIZES: [usize; 3] = [1_000, 100_000, 1_000_000];

fn data<T: Real>(n: usize) -> (Vec<T>, Vec<T>) {
    let a = (0..n)
        .map(|i| T::from_f64((i as f64 * 0.37).sin()))
        .collect();
    let b = (0..n)
        .map(|i| T::from_f64((i as f64 * 0.11).cos()))
        .collect();
    (a, b)
}

fn run<T: Real>(bencher: Bencher<'_, '_>, n: usize, dot: fn(&[T], &[T]) -> T) {
    let (a, b) = data::<T>(n);
    bencher
        .counter(divan::counter::BytesCount::new(2 * n * size_of::<T>()))
        .bench(|| dot(black_box(&a), black_box(&b)));
}

#[divan::bench(types = [f64, f32], args = SIZES)]
fn indexed<T: Real>(bencher: Bencher<'_, '_>, n: usize) {
    run::<T>(bencher, n, dot_indexed);
}

#[divan::bench(types = [f64, f32], args = SIZES)]
fn iterator<T: Real>(bencher: Bencher<'_, '_>, n: usize) {
    run::<T>(bencher, n, dot_iter);
}

#[divan::bench(types = [f64, f32], args = SIZES)]
fn accumulators_8<T: Real>(bencher: Bencher<'_, '_>, n: usize) {
    run::<T>(bencher, n, dot_accumulators::<8, T>);
}

/// The same eight accumulators on the widest vectors the processor has.
#[divan::bench(types = [f64, f32], args = SIZES)]
fn dispatched<T: Real>(bencher: Bencher<'_, '_>, n: usize) {
    run::<T>(bencher, n, dot_dispatched);
}

#[divan::bench(types = [f64, f32], args = SIZES)]
fn threads<T: Real>(bencher: Bencher<'_, '_>, n: usize) {
    run::<T>(bencher, n, dot_threads);
}

#[divan::bench(types = [f64, f32], args = SIZES)]
fn ndarray_dot<T: Real>(bencher: Bencher<'_, '_>, n: usize) {
    run::<T>(bencher, n, dot_ndarray);
}

/// Memory bandwidth, the ceiling for large arrays: summing 400 MB that
/// cannot fit in any cache, one read per byte, with the widest loads.
#[divan::bench(sample_count = 10)]
fn stream_sum_400mb(bencher: Bencher<'_, '_>) {
    let n: usize = 50_000_000;
    let a: Vec<f64> = (0..n).map(|i| (i % 7) as f64).collect();
    bencher
        .counter(divan::counter::BytesCount::new(n * 8))
        .bench(|| dot_dispatched(black_box(&a), black_box(&a)));
}

/// The same 400 MB read by every core at once: the ceiling for the
/// threaded variants.
#[divan::bench(sample_count = 10)]
fn stream_sum_400mb_all_cores(bencher: Bencher<'_, '_>) {
    let n: usize = 50_000_000;
    let a: Vec<f64> = (0..n).map(|i| (i % 7) as f64).collect();
    bencher
        .counter(divan::counter::BytesCount::new(n * 8))
        .bench(|| dot_threads(black_box(&a), black_box(&a)));
}

/// What the thread pool saves: starting a thread that does nothing, and
/// waiting for it to end.
#[divan::bench]
fn spawn_and_join_a_thread() -> usize {
    std::thread::scope(|s| s.spawn(|| black_box(1)).join().unwrap_or(0))
}

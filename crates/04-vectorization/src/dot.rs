//! Four ways to write a dot product, and why they run at such different
//! speeds although they compute the same sum.

use std::ops::{Add, Mul};

use crate::dispatch::{Isa, Work};

/// The float types the benchmarks compare (f32 has twice the SIMD lanes).
pub trait Real:
    Copy
    + Default
    + Send
    + Sync
    + Add<Output = Self>
    + Mul<Output = Self>
    + ndarray::LinalgScalar
{
    fn from_f64(x: f64) -> Self;
}

impl Real for f32 {
    #[allow(clippy::cast_possible_truncation)] // rounding to f32 is the point
    fn from_f64(x: f64) -> Self {
        x as f32
    }
}

impl Real for f64 {
    fn from_f64(x: f64) -> Self {
        x
    }
}

// ANCHOR: loops
/// The textbook loop. Each addition needs the previous sum, so the loop
/// runs at one element per floating-point-add latency: the compiler may not
/// reorder the additions, because float addition is not associative.
pub fn dot_indexed<T: Real>(a: &[T], b: &[T]) -> T {
    let n = a.len().min(b.len());
    let mut sum = T::default();
    for i in 0..n {
        sum = sum + a[i] * b[i];
    }
    sum
}

/// The same chain of additions, written with iterators: tidier, no faster.
pub fn dot_iter<T: Real>(a: &[T], b: &[T]) -> T {
    a.iter()
        .zip(b)
        .fold(T::default(), |sum, (&x, &y)| sum + x * y)
}

/// `K` independent partial sums: `K` additions can be in flight at once,
/// and the compiler packs them into SIMD registers. The sum comes out in a
/// different order, so it can differ from the loop's in the last bits.
/// (Always inlined, so that [`dot_on`] compiles its loop once per
/// instruction set.)
#[inline(always)]
pub fn dot_accumulators<const K: usize, T: Real>(a: &[T], b: &[T]) -> T {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let mut acc = [T::default(); K];
    let mut chunks_a = a.chunks_exact(K);
    let mut chunks_b = b.chunks_exact(K);
    for (ca, cb) in (&mut chunks_a).zip(&mut chunks_b) {
        for k in 0..K {
            acc[k] = acc[k] + ca[k] * cb[k];
        }
    }
    let mut sum = T::default();
    for (&x, &y) in chunks_a.remainder().iter().zip(chunks_b.remainder()) {
        sum = sum + x * y;
    }
    acc.iter().fold(sum, |s, &p| s + p)
}
// ANCHOR_END: loops

// ANCHOR: dispatched
/// Eight accumulators compiled for `isa`: the same additions in the same
/// order as [`dot_accumulators`], so the same bits, in wider registers.
pub fn dot_on<T: Real>(isa: Isa, a: &[T], b: &[T]) -> T {
    isa.run(Accumulators8(a, b))
}

/// The work [`dot_on`] hands to [`Isa::run`].
struct Accumulators8<'a, T>(&'a [T], &'a [T]);

impl<T: Real> Work for Accumulators8<'_, T> {
    type Output = T;
    #[inline(always)]
    fn run(self) -> T {
        dot_accumulators::<8, T>(self.0, self.1)
    }
}

/// [`dot_on`] the widest instruction set this processor has.
pub fn dot_dispatched<T: Real>(a: &[T], b: &[T]) -> T {
    dot_on(Isa::widest(), a, b)
}
// ANCHOR_END: dispatched

/// The dispatched eight accumulators on every core: the vector is cut into
/// pieces of at most [`DOT_LEAF`] elements along a fixed tree (see
/// [`crate::parallel`]), so short vectors stay on one core and the sum has
/// the same bits whatever the core count.
pub fn dot_threads<T: Real>(a: &[T], b: &[T]) -> T {
    let n = a.len().min(b.len());
    let isa = Isa::widest();
    crate::parallel::tree_sum(
        n,
        DOT_LEAF,
        &|r: std::ops::Range<usize>| dot_on(isa, &a[r.clone()], &b[r]),
        &|x, y| x + y,
    )
}

/// Elements per piece of a threaded dot: 64 Ki pairs (1 MB of f64) take
/// tens of microseconds, well above the few microseconds of handing a
/// piece to another core.
pub const DOT_LEAF: usize = 1 << 16;

/// ndarray's `dot` on two 1-D views.
pub fn dot_ndarray<T: Real>(a: &[T], b: &[T]) -> T {
    let n = a.len().min(b.len());
    ndarray::ArrayView1::from(&a[..n]).dot(&ndarray::ArrayView1::from(&b[..n]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn every_instruction_set_gives_the_baselines_bits() {
        for n in [0, 1, 7, 8, 9, 63, 64, 65, 1000, 100_003] {
            let a: Vec<f64> = (0..n).map(|i| (i as f64 * 0.37).sin()).collect();
            let b: Vec<f64> = (0..n).map(|i| (i as f64 * 0.11).cos()).collect();
            let baseline = dot_accumulators::<8, f64>(&a, &b);
            let (a32, b32): (Vec<f32>, Vec<f32>) = a
                .iter()
                .zip(&b)
                .map(|(&x, &y)| (x as f32, y as f32))
                .unzip();
            let baseline32 = dot_accumulators::<8, f32>(&a32, &b32);
            for isa in Isa::available() {
                let got = dot_on(isa, &a, &b);
                assert_eq!(got.to_bits(), baseline.to_bits(), "{isa}, n = {n}");
                let got = dot_on(isa, &a32, &b32);
                assert_eq!(
                    got.to_bits(),
                    baseline32.to_bits(),
                    "{isa}, n = {n}"
                );
            }
            assert_eq!(dot_dispatched(&a, &b).to_bits(), baseline.to_bits());
        }
    }

    /// The book's example of why a compiler may not regroup a sum: the two
    /// orders differ by a whole unit, not in the last bit.
    #[test]
    #[expect(clippy::float_cmp, reason = "the exact results are the point")]
    fn regrouping_a_sum_can_change_it_by_more_than_the_last_bit() {
        let big = 1e16_f64;
        assert_eq!(big + 2.0 - big, 2.0, "doubles near 1e16 are 2 apart");
        assert_eq!(-big + 1.0, -big, "so -1e16 + 1 rounds back to -1e16");
        assert_eq!((big - big) + 1.0, 1.0);
        assert_eq!(big + (-big + 1.0), 0.0);
    }

    #[test]
    fn every_variant_computes_the_same_sum() {
        for n in [0, 1, 3, 7, 8, 9, 1000, 1001] {
            let a: Vec<f64> = (0..n).map(|i| (i as f64 * 0.37).sin()).collect();
            let b: Vec<f64> = (0..n).map(|i| (i as f64 * 0.11).cos()).collect();
            let reference = dot_indexed(&a, &b);
            assert_relative_eq!(
                dot_iter(&a, &b),
                reference,
                max_relative = 1e-12
            );
            for got in [
                dot_accumulators::<4, f64>(&a, &b),
                dot_accumulators::<8, f64>(&a, &b),
                dot_dispatched(&a, &b),
                dot_threads(&a, &b),
                dot_ndarray(&a, &b),
            ] {
                assert_relative_eq!(
                    got,
                    reference,
                    epsilon = 1e-12,
                    max_relative = 1e-12
                );
            }
        }
    }
}

//! The one random generator every figure, output and test uses.
//!
//! xoshiro256++ is a fixed, published algorithm: the same seed gives the same numbers on every
//! platform and in every release of `rand` that ships it, unlike `StdRng`/`SmallRng`, whose
//! algorithm may change. `seed_from_u64` expands the seed with a fixed PCG32 stream.

use rand::SeedableRng;
use rand::seq::SliceRandom;

/// The generator type, named so chapters never spell the algorithm themselves.
pub type Rng = rand::rngs::Xoshiro256PlusPlus;

/// A generator started from `seed`.
pub fn seeded(seed: u64) -> Rng {
    Rng::seed_from_u64(seed)
}

/// `0..n` in an order fixed by `seed`.
pub fn permutation(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(&mut seeded(seed));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::Rng as _;

    #[test]
    fn same_seed_same_stream_pinned() {
        // Pinned values: if an upgrade changed the algorithm or the seeding, every figure
        // would silently change with it. This test says so first.
        let mut rng = seeded(42);
        let first: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
        let again: Vec<u64> = {
            let mut r = seeded(42);
            (0..3).map(|_| r.next_u64()).collect()
        };
        assert_eq!(first, again);
        assert_eq!(first, PINNED_SEED_42);
    }

    // Recorded from this implementation (rand 0.10.4): a regression pin, not a reference.
    const PINNED_SEED_42: [u64; 3] = [
        15021278609987233951,
        5881210131331364753,
        18149643915985481100,
    ];

    #[test]
    fn permutation_is_a_permutation_and_depends_on_seed() {
        let p = permutation(100, 7);
        let mut sorted = p.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..100).collect::<Vec<_>>());
        assert_ne!(p, permutation(100, 8));
        assert_eq!(p, permutation(100, 7));
    }
}

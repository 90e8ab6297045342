//! Splitting a sum across the cores so that the answer does not depend on
//! how many cores there are.
//!
//! The work is cut in halves, and the halves in halves, until a piece is at
//! most `leaf` long; the pieces' results are added back up the same tree.
//! The tree depends only on the length, so a laptop with 8 cores and a CI
//! runner with 2 add the same numbers in the same order and print the same
//! bits. rayon's pool runs the halves: its threads are started once and
//! reused, which matters when one step takes a few hundred microseconds and
//! starting a thread costs tens of them.

use std::ops::Range;

// ANCHOR: tree
/// `work` on pieces of `0..len` of at most `leaf` items (a single piece when
/// `len <= leaf`), combined pairwise up a fixed binary tree.
pub fn tree_sum<R, W, C>(len: usize, leaf: usize, work: &W, combine: &C) -> R
where
    R: Send,
    W: Fn(Range<usize>) -> R + Sync,
    C: Fn(R, R) -> R + Sync,
{
    split(0..len, leaf.max(1), work, combine)
}

fn split<R, W, C>(range: Range<usize>, leaf: usize, work: &W, combine: &C) -> R
where
    R: Send,
    W: Fn(Range<usize>) -> R + Sync,
    C: Fn(R, R) -> R + Sync,
{
    if range.len() <= leaf {
        return work(range);
    }
    let mid = range.start + range.len() / 2;
    let (left, right) = rayon::join(
        || split(range.start..mid, leaf, work, combine),
        || split(mid..range.end, leaf, work, combine),
    );
    combine(left, right)
}
// ANCHOR_END: tree

// ANCHOR: this_thread
/// Makes the calling thread one of the pool's threads; call it first thing
/// in `main`. A thread outside the pool that calls [`tree_sum`] hands all
/// the work over and sleeps until woken, and waking it costs tens of
/// microseconds. A thread inside computes the first half itself and waits
/// for the other by looking for work, never asleep. Does nothing if the
/// pool was already started.
pub fn use_this_thread() {
    let pool = rayon::ThreadPoolBuilder::new().use_current_thread();
    // An error only means the pool exists already: the slower path works.
    let _ = pool.build_global();
}
// ANCHOR_END: this_thread

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(len: usize, leaf: usize) -> Vec<Range<usize>> {
        tree_sum(len, leaf, &|r| vec![r], &|mut a, b| {
            a.extend(b);
            a
        })
    }

    #[test]
    fn pieces_cover_the_range_in_order_and_respect_the_leaf_size() {
        for (len, leaf) in [(0, 4), (1, 4), (10, 3), (17, 1), (1000, 64)] {
            let p = pieces(len, leaf);
            let mut next = 0;
            for r in &p {
                assert_eq!(r.start, next, "gap before {r:?}");
                assert!(r.len() <= leaf.max(1), "{r:?} longer than {leaf}");
                next = r.end;
            }
            assert_eq!(next, len);
        }
        assert_eq!(pieces(8, 0).len(), 8, "leaf 0 is treated as 1");
    }

    #[test]
    fn the_sum_is_the_same_bits_on_one_core_and_on_four() {
        let xs: Vec<f64> =
            (0..10_000).map(|i| (f64::from(i) * 0.7).sin()).collect();
        let sum = || {
            tree_sum(xs.len(), 100, &|r| xs[r].iter().sum::<f64>(), &|a, b| {
                a + b
            })
        };
        let on = |n| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map(|pool| pool.install(sum))
        };
        let (one, four) = (on(1).unwrap(), on(4).unwrap());
        assert_eq!(one.to_bits(), four.to_bits());
    }
}

//! The chapter's promises against numpy, and how each is judged.
//!
//! The targets are timed head to head: pair after pair, a short run of the
//! Rust benchmarks and a short run of the numpy script, seconds apart, so
//! that both sides of a pair see the machine in the same state. The median
//! of the pairs' ratios is what a target is checked against; on a shared
//! machine that drifts by tens of percent over minutes it moves far less
//! than a ratio of two medians taken minutes apart.

use toolkit::measured::{Id, Measurements, median};

use super::ids::{Dot, Precision, SHAPES, Step};

/// One promise: Rust's benchmark against numpy's, and the speed-up asked
/// for.
#[derive(Debug, Clone)]
pub struct Target {
    pub task: String,
    pub rust: Id,
    pub numpy: Id,
    pub factor: f64,
}

/// The four targets: the threaded dot at 10⁶ and the fused, threaded step
/// on each shape, against numpy as it runs by default.
pub fn target_list() -> Vec<Target> {
    let n = 1_000_000;
    let mut list = vec![Target {
        task: "dot, n = 10⁶, f64, at least as fast".to_owned(),
        rust: Dot::Threads.id(Precision::F64, n),
        numpy: Dot::Numpy.id(Precision::F64, n),
        factor: 1.0,
    }];
    for (s, &(n_x, m, _)) in SHAPES.iter().enumerate() {
        // numpy reads X twice, a single pass once: on the largest shape,
        // where memory is the limit, the single pass should show it.
        let (want, factor) = if s == SHAPES.len() - 1 {
            ("at least 1.5× as fast", 1.5)
        } else {
            ("at least as fast", 1.0)
        };
        list.push(Target {
            task: format!("step, {n_x} × {m}, {want}"),
            rust: Step::FusedThreads.id(s),
            numpy: Step::Numpy.id(s),
            factor,
        });
    }
    list
}

/// What the pairs say of one target.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// (Rust's time, numpy's time) in every pair that measured both.
    pub times: Vec<(f64, f64)>,
    /// numpy's time ÷ Rust's, pair by pair: above 1, Rust was faster.
    pub ratios: Vec<f64>,
    /// The median ratio, if any pair measured both sides.
    pub median: Option<f64>,
    pub met: bool,
}

impl Target {
    /// The verdict of the paired runs: the median of the pairs' ratios
    /// against the factor asked for.
    pub fn judge(&self, pairs: &Measurements) -> Verdict {
        let times = pairs.matched(&self.rust, &self.numpy);
        let ratios: Vec<f64> = times.iter().map(|(r, n)| n / r).collect();
        let median = median(ratios.clone());
        Verdict {
            times,
            ratios,
            median,
            met: median.is_some_and(|r| r >= self.factor),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "# machine: test\n# pairs: 3\n\
        pair\tname\targ\tmedian_seconds\n\
        1\tdot/threads/f64\t1000000\t1e-4\n\
        1\tnumpy_dot_float64\t1000000\t1.2e-4\n\
        2\tnumpy_dot_float64\t1000000\t9e-5\n\
        2\tdot/threads/f64\t1000000\t1e-4\n\
        3\tdot/threads/f64\t1000000\t1e-4\n\
        3\tnumpy_dot_float64\t1000000\t1.05e-4\n\
        4\tdot/threads/f64\t1000000\t1e-4\n";

    #[test]
    fn a_target_is_judged_by_the_median_ratio_of_its_pairs() {
        let pairs = Measurements::parse("fixture", FIXTURE).unwrap();
        let mut dot = target_list().remove(0);
        let verdict = dot.judge(&pairs);
        let ratio = verdict.median.expect("three pairs");
        assert!((ratio - 1.05).abs() < 1e-12, "{ratio}");
        assert!(verdict.met);
        assert_eq!(verdict.ratios.len(), 3);
        dot.factor = 1.1;
        assert!(!dot.judge(&pairs).met);
        let step = &target_list()[1];
        assert_eq!(step.judge(&pairs).median, None);
        assert!(!step.judge(&pairs).met);
    }

    #[test]
    fn every_target_is_in_the_recorded_pairs() {
        // A run without numpy records no pairs; any pair recorded must
        // cover every target, or the names here and in the bench disagree.
        let pairs = super::super::data::paired().unwrap();
        if pairs.pairs().is_empty() {
            return;
        }
        for target in target_list() {
            assert!(
                target.judge(&pairs).median.is_some(),
                "no paired runs for {}",
                target.task
            );
        }
    }

    #[test]
    fn every_id_the_tables_read_is_in_the_recorded_run() {
        let m = super::super::data::recorded().unwrap();
        let numpy_measured = m.about("numpy").starts_with(char::is_numeric);
        for precision in [Precision::F64, Precision::F32] {
            for dot in Dot::ALL {
                let numpy = matches!(dot, Dot::Numpy | Dot::NumpyOneThread);
                for n in super::super::ids::DOT_SIZES {
                    let id = dot.id(precision, n);
                    assert!(
                        m.get(&id).is_some() || (numpy && !numpy_measured),
                        "{id:?} is not in bench.tsv"
                    );
                }
            }
        }
        for step in Step::ALL {
            let numpy = matches!(step, Step::Numpy | Step::NumpyOneThread);
            for s in 0..SHAPES.len() {
                let id = step.id(s);
                assert!(
                    m.get(&id).is_some() || (numpy && !numpy_measured),
                    "{id:?} is not in bench.tsv"
                );
            }
        }
    }
}

//! The chapter's promises — against numpy, and against the time it takes
//! the machine to read the data once — and how each is judged.
//!
//! The targets are timed head to head: pair after pair, a short run of the
//! Rust benchmarks and a short run of the numpy script, seconds apart, so
//! that both sides of a pair see the machine in the same state. The median
//! of the pairs' ratios is what a target is checked against; on a shared
//! machine that drifts by tens of percent over minutes it moves far less
//! than a ratio of two medians taken minutes apart.

use toolkit::measured::{Id, Measurements, median};

use super::ids::{Dot, Machine, Precision, SHAPES, Step};

/// Bytes the memory-bandwidth benchmark streams (see `benches/dot.rs`).
pub const STREAM_BYTES: f64 = 400e6;

/// One promise: a Rust benchmark against a reference timed in the same
/// pairs, and the ratio asked for.
#[derive(Debug, Clone)]
pub struct Target {
    pub task: String,
    pub rust: Id,
    pub goal: Goal,
}

/// What a target compares Rust's time with.
#[derive(Debug, Clone, PartialEq)]
pub enum Goal {
    /// numpy's time ÷ Rust's, at least this.
    Faster { numpy: Id, factor: f64 },
    /// Rust's time ÷ the time to read `bytes` once at the rate the stream
    /// benchmark `stream` measured, at most this.
    NearBound { stream: Id, bytes: f64, factor: f64 },
}

impl Goal {
    /// The reference's id in the pairs.
    fn reference(&self) -> &Id {
        match self {
            Goal::Faster { numpy, .. } => numpy,
            Goal::NearBound { stream, .. } => stream,
        }
    }

    /// The reference's time for the task, from its measured time.
    fn scale(&self, seconds: f64) -> f64 {
        match self {
            Goal::Faster { .. } => seconds,
            Goal::NearBound { bytes, .. } => seconds * bytes / STREAM_BYTES,
        }
    }

    /// The ratio a pair gives, from (Rust's time, the reference's).
    pub fn ratio(&self, rust: f64, reference: f64) -> f64 {
        match self {
            Goal::Faster { .. } => reference / rust,
            Goal::NearBound { .. } => rust / reference,
        }
    }

    pub fn meets(&self, ratio: f64) -> bool {
        match *self {
            Goal::Faster { factor, .. } => ratio >= factor,
            Goal::NearBound { factor, .. } => ratio <= factor,
        }
    }

    /// What the reference is, for a table's header.
    pub fn against(&self) -> &'static str {
        match self {
            Goal::Faster { .. } => "numpy",
            Goal::NearBound { .. } => "one read of X",
        }
    }
}

/// The chapter's targets: the dot at 10⁶ on every core and on one thread,
/// the fused, threaded step on each shape against numpy, and the largest
/// step against the time it takes to read its X once.
pub fn target_list() -> Vec<Target> {
    let n = 1_000_000;
    let faster = |numpy: Id, factor: f64| Goal::Faster { numpy, factor };
    let mut list = vec![
        Target {
            task: "dot, n = 10⁶, f64, at least as fast".to_owned(),
            rust: Dot::Threads.id(Precision::F64, n),
            goal: faster(Dot::Numpy.id(Precision::F64, n), 1.0),
        },
        Target {
            task: "dot, n = 10⁶, f64, one thread each, at least as fast"
                .to_owned(),
            rust: Dot::Dispatched.id(Precision::F64, n),
            goal: faster(Dot::NumpyOneThread.id(Precision::F64, n), 1.0),
        },
    ];
    let last = SHAPES.len() - 1;
    for (s, &(n_x, m, _)) in SHAPES.iter().enumerate() {
        // numpy reads X twice, a single pass once: on the largest shape,
        // where memory is the limit, the single pass should show it.
        let (want, factor) = if s == last {
            ("at least 1.5× as fast", 1.5)
        } else {
            ("at least as fast", 1.0)
        };
        list.push(Target {
            task: format!("step, {n_x} × {m}, {want}"),
            rust: Step::FusedThreads.id(s),
            goal: faster(Step::Numpy.id(s), factor),
        });
    }
    let (n_x, m, _) = SHAPES[last];
    list.push(Target {
        task: format!("step, {n_x} × {m}, within 1.2× of one read of X"),
        rust: Step::FusedThreads.id(last),
        goal: Goal::NearBound {
            stream: Machine::StreamAllCores.id(),
            bytes: (n_x * m * 8) as f64,
            factor: 1.2,
        },
    });
    list
}

/// What the pairs say of one target.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// (Rust's time, the reference's time for the task) in every pair
    /// that measured both.
    pub times: Vec<(f64, f64)>,
    /// The goal's ratio, pair by pair.
    pub ratios: Vec<f64>,
    /// The median ratio, if any pair measured both sides.
    pub median: Option<f64>,
    pub met: bool,
}

impl Target {
    /// The verdict of the paired runs: the median of the pairs' ratios
    /// against the goal.
    pub fn judge(&self, pairs: &Measurements) -> Verdict {
        let times: Vec<(f64, f64)> = pairs
            .matched(&self.rust, self.goal.reference())
            .into_iter()
            .map(|(r, other)| (r, self.goal.scale(other)))
            .collect();
        let ratios: Vec<f64> =
            times.iter().map(|&(r, o)| self.goal.ratio(r, o)).collect();
        let median = median(ratios.clone());
        Verdict {
            times,
            ratios,
            median,
            met: median.is_some_and(|r| self.goal.meets(r)),
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
        let Goal::Faster { numpy, .. } = dot.goal else {
            panic!("the first target is against numpy")
        };
        dot.goal = Goal::Faster { numpy, factor: 1.1 };
        assert!(!dot.judge(&pairs).met);
        let step = &target_list()[2];
        assert_eq!(step.judge(&pairs).median, None);
        assert!(!step.judge(&pairs).met);
    }

    #[test]
    fn a_bound_target_scales_the_stream_to_the_bytes_of_x() {
        // 400 MB streamed in 40 ms: 200 MB take 20 ms; a step of 22 ms is
        // 1.1× that, inside 1.2×; one of 26 ms is 1.3×, outside.
        let fixture = |step: f64| {
            format!(
                "# machine: test\n# pairs: 1\n\
                 pair\tname\targ\tmedian_seconds\n\
                 1\tstep/fused_threads\t2\t{step}\n\
                 1\tdot\tstream_sum_400mb_all_cores\t0.04\n"
            )
        };
        let mut target = target_list().pop().expect("the bound target");
        let Goal::NearBound { stream, factor, .. } = target.goal else {
            panic!("the last target is the bound")
        };
        target.goal = Goal::NearBound {
            stream,
            bytes: 200e6,
            factor,
        };
        let judge = |step| {
            let pairs = Measurements::parse("fixture", &fixture(step)).unwrap();
            target.judge(&pairs)
        };
        let near = judge(0.022);
        assert!((near.median.unwrap() - 1.1).abs() < 1e-9, "{near:?}");
        assert!((near.times[0].1 - 0.02).abs() < 1e-12);
        assert!(near.met);
        assert!(!judge(0.026).met);
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

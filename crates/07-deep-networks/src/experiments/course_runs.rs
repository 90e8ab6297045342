//! Week 3's two runs as the course makes them, and what numpy itself gave
//! for them on this machine (recorded once by `python/record_course.py`).

use std::sync::OnceLock;

use rayon::prelude::*;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::flower::flower;
use relu_vs_sigmoid::network::Network;

use super::{ExperimentError, LR, flower_network, once, train};
use crate::course::{FLOWER_ITERATIONS, SWEEP_ITERATIONS, SWEEP_SIZES};
use crate::network::accuracy;

/// The 4-unit run: the costs every 1000 iterations and the accuracy.
#[derive(Debug, Clone)]
pub struct CourseRun {
    pub costs: Vec<(usize, f64)>,
    pub network: Network,
    pub accuracy: f64,
}

pub fn four_units() -> Result<&'static CourseRun, ExperimentError> {
    static CELL: OnceLock<Result<CourseRun, ExperimentError>> = OnceLock::new();
    once(&CELL, || {
        let (x, y) = flower();
        let mut run = train(
            flower_network(4, Activation::Tanh),
            (&x, &y),
            LR,
            FLOWER_ITERATIONS,
            1000,
        )?;
        run.costs.pop(); // the course prints the costs at 0, 1000, …, 9000
        let accuracy = accuracy(&run.network, &x, &y);
        Ok(CourseRun {
            costs: run.costs,
            network: run.network,
            accuracy,
        })
    })
}

/// One size of the sweep; `hidden` 0 is logistic regression, which the
/// course shows before it.
#[derive(Debug, Clone)]
pub struct SizeRun {
    pub hidden: usize,
    pub network: Network,
    pub accuracy: f64,
}

pub fn sweep() -> Result<&'static [SizeRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<SizeRun>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (x, y) = flower();
        let sizes: Vec<usize> = std::iter::once(0).chain(SWEEP_SIZES).collect();
        sizes
            .into_par_iter()
            .map(|hidden| {
                let run = train(
                    flower_network(hidden, Activation::Tanh),
                    (&x, &y),
                    LR,
                    SWEEP_ITERATIONS,
                    SWEEP_ITERATIONS,
                )?;
                let accuracy = accuracy(&run.network, &x, &y);
                Ok(SizeRun {
                    hidden,
                    network: run.network,
                    accuracy,
                })
            })
            .collect()
    })
    .map(Vec::as_slice)
}

/// What numpy printed for the same runs.
#[derive(Debug, Clone, PartialEq)]
pub struct NumpyRuns {
    /// The first line of the file: which numpy.
    pub version: String,
    pub costs: Vec<(usize, f64)>,
    pub accuracy: f64,
    pub sweep: Vec<(usize, f64)>,
}

/// The recorded file, read strictly: a line that is not `cost`, `accuracy`
/// or `sweep` with two numbers is an error naming the line.
pub fn numpy_runs() -> Result<NumpyRuns, ExperimentError> {
    parse_numpy(include_str!("../../tests/numpy/course_runs.txt"))
}

fn parse_numpy(text: &str) -> Result<NumpyRuns, ExperimentError> {
    let file = "tests/numpy/course_runs.txt";
    let mut lines = text.lines().enumerate();
    let version = lines
        .next()
        .and_then(|(_, l)| l.strip_prefix("# "))
        .ok_or_else(|| {
            format!("{file}: line 1 should say which numpy made it")
        })?;
    let mut runs = NumpyRuns {
        version: version.split(':').next().unwrap_or(version).to_owned(),
        costs: Vec::new(),
        accuracy: f64::NAN,
        sweep: Vec::new(),
    };
    for (i, line) in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        let bad = || {
            format!(
                "{file}: line {} is not `kind<TAB>n<TAB>value`: {line:?}",
                i + 1
            )
        };
        let [kind, n, value] = fields[..] else {
            return Err(bad());
        };
        let (n, value): (usize, f64) = (
            n.parse().map_err(|_| bad())?,
            value.parse().map_err(|_| bad())?,
        );
        match kind {
            "cost" => runs.costs.push((n, value)),
            "accuracy" => runs.accuracy = value,
            "sweep" => runs.sweep.push((n, value)),
            _ => return Err(bad()),
        }
    }
    Ok(runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recording_reads_back_and_a_bad_line_is_named() {
        let runs = numpy_runs().unwrap();
        assert_eq!(runs.costs.len(), 10);
        assert_eq!(runs.sweep.len(), SWEEP_SIZES.len());
        assert!(runs.version.starts_with("numpy "));
        let err = parse_numpy("# numpy 2\ncost\t0\tx\n").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
    }
}

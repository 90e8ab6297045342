//! The chapter's commands, for comparing a run with the learner's own
//! notebook: `flower` (week 3) and `image` (week 4).

pub mod flower;
pub mod image;

use std::io::Write;

use relu_vs_sigmoid::network::Network;
use toolkit::cli::{Failure, UsageError};

use crate::fit::{Schedule, fit};

/// Refuses a network that would not fit in memory, naming the flag.
fn check_memory(
    what: String,
    sizes: &[usize],
    m: usize,
) -> Result<(), Failure> {
    let need = relu_vs_sigmoid::network::memory_need(sizes, m);
    toolkit::memory::check(what, need)
        .map_err(|e| Box::new(UsageError(e.to_string())) as Failure)
}

/// Trains `net`, printing each reported cost as `Cost after iteration i: …`
/// with `cost` formatting the value, as it comes (a long run shows its
/// progress). A run that diverges ends with chapter 03's message, after the
/// costs printed before it.
fn train_printing(
    net: &mut Network,
    (x, y): (&ndarray::Array2<f64>, &ndarray::Array2<f64>),
    schedule: Schedule,
    cost: fn(f64) -> String,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let mut written = Ok(());
    let result = fit(net, x, y, schedule, |i, j| {
        if written.is_ok() {
            written = writeln!(out, "Cost after iteration {i}: {}", cost(j));
        }
    });
    written?;
    result?;
    Ok(())
}

/// `--seed`: what `np.random.seed` accepts, a whole number below 2³².
fn numpy_seed(text: &str) -> Result<u32, String> {
    text.trim().parse().map_err(|_| {
        format!(
            "{text:?} is not a numpy seed (a whole number from 0 to {})",
            u32::MAX
        )
    })
}

fn sizes_text(sizes: &[usize]) -> String {
    sizes
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

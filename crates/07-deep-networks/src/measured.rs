//! The recorded timing of week 4's L-layer run against the course's numpy
//! code (`measured/bench.tsv` and `measured/pairs.tsv`, written by
//! `cargo xtask bench` from `benches/l_layer.rs` and `python/numpy_bench.py`).

use std::io::Write;

use toolkit::cli::Failure;
use toolkit::measured::{
    Id, MeasuredError, Measurements, format_seconds, median,
};

static BENCH: &str = include_str!("../measured/bench.tsv");
static PAIRS: &str = include_str!("../measured/pairs.tsv");

/// dlnotes' run and numpy's, on every core (`false`) or on one (`true`).
pub fn ids(one_thread: bool) -> (Id, Id) {
    let suffix = if one_thread { "_1thread" } else { "" };
    (
        Id::new("l_layer", format!("course{suffix}")),
        Id::new(format!("numpy_course{suffix}"), 2500),
    )
}

pub fn recorded() -> Result<(Measurements, Measurements), MeasuredError> {
    Ok((
        Measurements::parse(
            "crates/07-deep-networks/measured/bench.tsv",
            BENCH,
        )?,
        Measurements::parse(
            "crates/07-deep-networks/measured/pairs.tsv",
            PAIRS,
        )?,
    ))
}

/// numpy's time over dlnotes': above 1, dlnotes is faster.
fn ratio(numpy: Option<f64>, ours: Option<f64>) -> Option<f64> {
    numpy.zip(ours).map(|(n, r)| n / r)
}

/// "1.09 times as fast as numpy", or "0.84 times numpy's speed".
fn verdict(ratio: f64) -> String {
    if ratio >= 1.0 {
        format!("dlnotes is {ratio:.2} times as fast as numpy")
    } else {
        format!("dlnotes runs at {ratio:.2} times numpy's speed")
    }
}

/// The times of the rounds, and the head-to-head pairs' ratios.
pub fn speed_table(out: &mut dyn Write) -> Result<(), Failure> {
    let (bench, pairs) = recorded()?;
    writeln!(
        out,
        "Recorded {}; {} rounds, the median of each side.\n",
        bench.label(),
        bench.about("rounds")
    )?;
    writeln!(
        out,
        "| 2 500 iterations, 209 examples | every core | one core |"
    )?;
    writeln!(out, "|---|---:|---:|")?;
    let [(ours, numpy), (ours_1, numpy_1)] = [false, true].map(|one| {
        let (rust, py) = ids(one);
        (bench.get(&rust), bench.get(&py))
    });
    writeln!(
        out,
        "| dlnotes | {} | {} |",
        format_seconds(ours),
        format_seconds(ours_1)
    )?;
    writeln!(
        out,
        "| numpy {}, the course's code | {} | {} |",
        bench.about("numpy"),
        format_seconds(numpy),
        format_seconds(numpy_1)
    )?;
    let shown =
        |r: Option<f64>| r.map_or("–".to_owned(), |r| format!("{r:.2}"));
    let (all, one) = (ratio(numpy, ours), ratio(numpy_1, ours_1));
    writeln!(
        out,
        "| numpy's time ÷ dlnotes' | {} | {} |",
        shown(all),
        shown(one)
    )?;
    let (rust, py) = ids(false);
    let ratios: Vec<f64> = pairs
        .matched(&rust, &py)
        .into_iter()
        .map(|(r, n)| n / r)
        .collect();
    if let Some(middle) = median(ratios.clone()) {
        let (lo, hi) = ratios
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), &r| (lo.min(r), hi.max(r)));
        writeln!(
            out,
            "\nIn {} head-to-head pairs on every core, each side run right \
             after the other, {} (the median of the pairs; {lo:.2} to {hi:.2}).",
            ratios.len(),
            verdict(middle),
        )?;
    }
    if let Some(one) = one {
        writeln!(out, "\nOn one core {}.", verdict(one))?;
    }
    Ok(())
}

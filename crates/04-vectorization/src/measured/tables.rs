//! The tables drawn from the recorded run: nanoseconds per element, Rust
//! against numpy and the targets for the chapter; the machine's own limits
//! (a thread's start, the memory-bandwidth bound) for its appendix.

use std::io::Write;

use toolkit::cli::Failure;
use toolkit::measured::{Measurements, format_seconds as show, median};

use super::data::{paired, recorded};
use super::ids::{DOT_SIZES, Dot, Machine, Precision, SHAPES, Step};
use super::targets::{STREAM_BYTES, target_list};

/// numpy's time over Rust's: above 1, Rust is faster.
fn ratio(rust: Option<f64>, numpy: Option<f64>) -> String {
    match (rust, numpy) {
        (Some(r), Some(n)) => format!("{:.2}", n / r),
        _ => "–".to_owned(),
    }
}

/// The shortest of the times that were measured.
pub fn fastest(times: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    times
        .flatten()
        .fold(None, |b: Option<f64>, t| Some(b.map_or(t, |b| b.min(t))))
}

/// Which run, on which machine, against which numpy.
fn header(out: &mut dyn Write, m: &Measurements) -> Result<(), Failure> {
    writeln!(
        out,
        "Recorded run: {}; numpy {}.\n",
        m.label(),
        m.about("numpy")
    )?;
    Ok(())
}

/// The Python loop against np.dot, on one thread and on every core.
pub fn python_loop(out: &mut dyn Write) -> Result<(), Failure> {
    let m = recorded()?;
    header(out, &m)?;
    let n = 1_000_000;
    if let (Some(py), Some(one), Some(all)) = (
        m.get(&Machine::PythonLoop.id()),
        m.get(&Dot::NumpyOneThread.id(Precision::F64, n)),
        m.get(&Dot::Numpy.id(Precision::F64, n)),
    ) {
        writeln!(
            out,
            "Python loop over 10⁶ floats: {}; np.dot on the same length, on one \
             thread: {} ({:.0} times faster: compiled, not interpreted); np.dot \
             on every core: {} (another {:.1} times: the threads).",
            show(Some(py)),
            show(Some(one)),
            py / one,
            show(Some(all)),
            one / all
        )?;
    }
    Ok(())
}

/// The ratios the chapter promises, from the recorded run.
pub fn ratios(out: &mut dyn Write) -> Result<(), Failure> {
    let m = recorded()?;
    header(out, &m)?;
    let n = 1_000_000;
    writeln!(out, "Nanoseconds per element of each dot variant (f64):\n")?;
    writeln!(out, "| variant | n = 10³ | n = 10⁵ | n = 10⁶ |")?;
    writeln!(out, "|---|---:|---:|---:|")?;
    for dot in Dot::ALL {
        let cells: Vec<String> = DOT_SIZES
            .iter()
            .map(|&n| {
                let per = m
                    .get(&dot.id(Precision::F64, n))
                    .map(|t| t / n as f64 * 1e9);
                per.map_or("–".to_owned(), |p| format!("{p:.3}"))
            })
            .collect();
        writeln!(out, "| {} | {} |", dot.label(), cells.join(" | "))?;
    }
    writeln!(
        out,
        "\nRust against numpy, each on one thread and on every core (ratio: numpy's \
         time ÷ Rust's; above 1, Rust is faster):\n"
    )?;
    writeln!(
        out,
        "| task | Rust, 1 thread | numpy, 1 thread | ratio | Rust, all cores | numpy | ratio |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|")?;
    let mut row = |task: String, r1, n1, rn, nn| {
        writeln!(
            out,
            "| {task} | {} | {} | {} | {} | {} | {} |",
            show(r1),
            show(n1),
            ratio(r1, n1),
            show(rn),
            show(nn),
            ratio(rn, nn)
        )
    };
    for (precision, ty) in [(Precision::F64, "f64"), (Precision::F32, "f32")] {
        let get = |dot: Dot| m.get(&dot.id(precision, n));
        row(
            format!("dot, n = 10⁶, {ty}"),
            fastest(Dot::ONE_THREAD.into_iter().map(get)),
            get(Dot::NumpyOneThread),
            get(Dot::Threads),
            get(Dot::Numpy),
        )?;
    }
    for (s, &(n_x, mm, _)) in SHAPES.iter().enumerate() {
        let get = |step: Step| m.get(&step.id(s));
        row(
            format!("step, {n_x} × {mm}"),
            fastest(Step::ONE_THREAD.into_iter().map(get)),
            get(Step::NumpyOneThread),
            get(Step::FusedThreads),
            get(Step::Numpy),
        )?;
    }
    targets(out)
}

/// What the widest vectors gain: the same code compiled for the x86-64
/// baseline and for the widest instruction set the recorded machine has.
pub fn dispatch(out: &mut dyn Write) -> Result<(), Failure> {
    let m = recorded()?;
    header(out, &m)?;
    let widest = m.about("vector");
    writeln!(
        out,
        "| task | baseline build (SSE2) | widest vectors ({widest}) | speed-up |"
    )?;
    writeln!(out, "|---|---:|---:|---:|")?;
    let mut row = |task: String, base: Option<f64>, wide: Option<f64>| {
        let gain = match (base, wide) {
            (Some(b), Some(w)) => format!("{:.2}×", b / w),
            _ => "–".to_owned(),
        };
        writeln!(out, "| {task} | {} | {} | {gain} |", show(base), show(wide))
    };
    for (precision, ty) in [(Precision::F64, "f64"), (Precision::F32, "f32")] {
        for (n, size) in [(1_000, "10³"), (1_000_000, "10⁶")] {
            let get = |dot: Dot| m.get(&dot.id(precision, n));
            row(
                format!("dot, n = {size}, {ty}, one thread"),
                get(Dot::Accumulators8),
                get(Dot::Dispatched),
            )?;
        }
    }
    for (threads, base, wide) in [
        ("one thread", Step::FusedBaseline, Step::Fused),
        ("all cores", Step::FusedThreadsBaseline, Step::FusedThreads),
    ] {
        for (s, &(n_x, mm, _)) in SHAPES.iter().enumerate() {
            row(
                format!("fused step, {n_x} × {mm}, {threads}"),
                m.get(&base.id(s)),
                m.get(&wide.id(s)),
            )?;
        }
    }
    Ok(())
}

/// What the machine itself allows, for the appendix: starting a thread, and
/// the memory-bandwidth bound of each step.
pub fn bounds(out: &mut dyn Write) -> Result<(), Failure> {
    let m = recorded()?;
    writeln!(
        out,
        "Recorded run: {}; L1 data cache {}, last-level cache {}, widest \
         vectors {}.",
        m.label(),
        m.about("l1d"),
        m.about("llc"),
        m.about("vector")
    )?;
    if let Some(spawn) = m.get(&Machine::Spawn.id()) {
        writeln!(
            out,
            "\nStarting a thread that does nothing and waiting for it to end: {}.",
            show(Some(spawn))
        )?;
    }
    bandwidth(out, &m)
}

/// The memory-bandwidth bound of each step: the time to read X once at the
/// measured streaming rate, on one thread and on every core.
fn bandwidth(out: &mut dyn Write, m: &Measurements) -> Result<(), Failure> {
    let rate =
        |machine: Machine| m.get(&machine.id()).map(|t| STREAM_BYTES / t);
    let (Some(one), all) =
        (rate(Machine::Stream), rate(Machine::StreamAllCores))
    else {
        return Ok(());
    };
    let gbs = |r: Option<f64>| {
        r.map_or("–".to_owned(), |r| format!("{:.1}", r / 1e9))
    };
    writeln!(
        out,
        "\nMeasured memory bandwidth, streaming 400 MB: {} GB/s on one thread, \
         {} GB/s on every core. A step whose X is larger than the caches cannot \
         be faster than reading X once at that rate (an X that fits in cache \
         can be read faster, so for small shapes this is only a guide):\n",
        gbs(Some(one)),
        gbs(all)
    )?;
    writeln!(
        out,
        "| shape | X | read once, 1 thread | fused | numpy, 1 thread \
         | read once, all cores | fused + threads | numpy |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|")?;
    for (s, &(n_x, mm, _)) in SHAPES.iter().enumerate() {
        let bytes = (n_x * mm * 8) as f64;
        let get = |step: Step| show(m.get(&step.id(s)));
        writeln!(
            out,
            "| {n_x} × {mm} | {:.1} MB | {} | {} | {} | {} | {} | {} |",
            bytes / 1e6,
            show(Some(bytes / one)),
            get(Step::Fused),
            get(Step::NumpyOneThread),
            show(all.map(|r| bytes / r)),
            get(Step::FusedThreads),
            get(Step::Numpy),
        )?;
    }
    let n = 1_000_000;
    if let (Some(rust), Some(numpy)) = (
        m.get(&Dot::Threads.id(Precision::F64, n)),
        m.get(&Dot::Numpy.id(Precision::F64, n)),
    ) && let Some(all) = all
    {
        // Two vectors of 10⁶ f64: 16 MB per call.
        let rate = |t: f64| 16e6 / t;
        writeln!(
            out,
            "\nThe dot product at n = 10⁶ reads 16 MB per call: {} GB/s for Rust \
             on every core, {} GB/s for numpy, at least {:.1} times the rate from memory. \
             Its vectors come from the cache, and both read them as fast as it \
             delivers.",
            gbs(Some(rate(rust))),
            gbs(Some(rate(numpy))),
            rate(rust.max(numpy)) / all,
        )?;
    }
    Ok(())
}

/// The chapter's promises, each checked against the paired runs.
fn targets(out: &mut dyn Write) -> Result<(), Failure> {
    let pairs = paired()?;
    let count = pairs.pairs().len();
    if count == 0 {
        writeln!(
            out,
            "\nNo head-to-head pairs were recorded with this run (no numpy, or \
             `--pairs 0`), so the chapter's targets are not checked."
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "\nThe chapter's targets, checked against {count} head-to-head pairs \
         recorded with this run: in each pair the Rust benchmarks and numpy \
         ran one right after the other, Rust first in odd pairs and numpy \
         first in even ones. Against numpy the ratio is numpy's time ÷ \
         Rust's; against the bound it is Rust's time ÷ the time to read X \
         once at the rate the all-cores stream measured in the same pair. A \
         target is met when the median ratio reaches it.\n"
    )?;
    writeln!(
        out,
        "| target | Rust (median) | against (median) | median ratio | lowest | highest | pairs meeting it | verdict |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---|")?;
    for target in target_list() {
        let v = target.judge(&pairs);
        let (lo, hi) = v
            .ratios
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), &r| (lo.min(r), hi.max(r)));
        let fmt =
            |r: Option<f64>| r.map_or("–".to_owned(), |r| format!("{r:.2}"));
        let some = |r: f64| (!v.ratios.is_empty()).then_some(r);
        let meeting =
            v.ratios.iter().filter(|&&r| target.goal.meets(r)).count();
        let verdict = match (v.median, v.met) {
            (Some(_), true) => "met",
            (Some(_), false) => "**not met**",
            (None, _) => "not measured",
        };
        writeln!(
            out,
            "| {} | {} | {}: {} | {} | {} | {} | {meeting} of {} | {verdict} |",
            target.task,
            show(median(v.times.iter().map(|p| p.0).collect())),
            target.goal.against(),
            show(median(v.times.iter().map(|p| p.1).collect())),
            fmt(v.median),
            fmt(some(lo)),
            fmt(some(hi)),
            v.ratios.len(),
        )?;
    }
    Ok(())
}

//! The recorded benchmark run (`measured/bench.tsv`, written by
//! `cargo xtask bench`) and what the book draws from it. Drawing from the
//! committed file keeps the figures reproducible; only the file itself
//! changes when someone measures again.

use std::io::Write;

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use toolkit::cli::Failure;
use toolkit::figure::{Area, FigureError};
use toolkit::plot::{TICK_SIZE, Theme};

use crate::tour::SHAPES;

/// The committed measurements, as `cargo xtask bench` wrote them.
static RECORDED: &str = include_str!("../measured/bench.tsv");

/// The committed head-to-head runs of the targets (see [`Pairs`]).
static PAIRED: &str = include_str!("../measured/pairs.tsv");

/// A `# key: value` line of a measured file.
fn about_line(line: &str) -> Option<(String, String)> {
    let comment = line.strip_prefix("# ")?;
    let (key, value) = comment.split_once(": ").unwrap_or(("note", comment));
    Some((key.to_owned(), value.to_owned()))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Measurements {
    /// The `# key: value` lines: machine, date, numpy version.
    pub about: Vec<(String, String)>,
    /// (benchmark, argument, median seconds).
    pub rows: Vec<(String, String, f64)>,
}

impl Measurements {
    pub fn recorded() -> Measurements {
        Measurements::parse(RECORDED)
    }

    pub fn parse(text: &str) -> Measurements {
        let mut about = Vec::new();
        let mut rows = Vec::new();
        for line in text.lines() {
            if let Some(kv) = about_line(line) {
                about.push(kv);
            } else if let [name, arg, seconds] =
                line.split('\t').collect::<Vec<_>>()[..]
                && let Ok(seconds) = seconds.parse()
            {
                rows.push((name.to_owned(), arg.to_owned(), seconds));
            }
        }
        Measurements { about, rows }
    }

    pub fn get(&self, name: &str, arg: &str) -> Option<f64> {
        self.rows
            .iter()
            .find(|r| r.0 == name && r.1 == arg)
            .map(|r| r.2)
    }

    fn about(&self, key: &str) -> &str {
        self.about
            .iter()
            .find(|a| a.0 == key)
            .map_or("?", |a| a.1.as_str())
    }

    /// "AMD EPYC, 2 cores, 2026-11-27": what every measured figure is labelled with.
    pub fn label(&self) -> String {
        format!(
            "measured on {}, {}",
            self.about("machine"),
            self.about("date")
        )
    }
}

/// The targets timed head to head: pair after pair, a short run of the
/// Rust benchmarks and a short run of the numpy script, seconds apart, so
/// that both sides of a pair see the machine in the same state. The median
/// of the pairs' ratios is what a target is checked against; on a shared
/// machine that drifts by tens of percent over minutes it moves far less
/// than a ratio of two medians taken minutes apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Pairs {
    /// (pair, benchmark, argument, median seconds).
    pub rows: Vec<(usize, String, String, f64)>,
}

impl Pairs {
    pub fn recorded() -> Pairs {
        Pairs::parse(PAIRED)
    }

    pub fn parse(text: &str) -> Pairs {
        let rows = text
            .lines()
            .filter(|line| about_line(line).is_none())
            .filter_map(|line| {
                let [pair, name, arg, seconds] =
                    line.split('\t').collect::<Vec<_>>()[..]
                else {
                    return None;
                };
                let pair = pair.parse().ok()?;
                Some((
                    pair,
                    name.to_owned(),
                    arg.to_owned(),
                    seconds.parse().ok()?,
                ))
            })
            .collect();
        Pairs { rows }
    }

    fn get(&self, pair: usize, (name, arg): (&str, &str)) -> Option<f64> {
        self.rows
            .iter()
            .find(|r| r.0 == pair && r.1 == name && r.2 == arg)
            .map(|r| r.3)
    }

    /// The pairs' numbers, each once, in order.
    pub fn numbers(&self) -> Vec<usize> {
        let mut numbers: Vec<usize> = self.rows.iter().map(|r| r.0).collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// (Rust's time, numpy's time) in every pair that measured both.
    pub fn matched(
        &self,
        rust: (&str, &str),
        numpy: (&str, &str),
    ) -> Vec<(f64, f64)> {
        self.numbers()
            .into_iter()
            .filter_map(|p| Some((self.get(p, rust)?, self.get(p, numpy)?)))
            .collect()
    }
}

/// The median of `values` (the mean of the middle two for an even count).
fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    (n > 0).then(|| (values[(n - 1) / 2] + values[n / 2]) / 2.0)
}

/// The dot variants the figures and table compare, for `ty` = "f64" or
/// "f32": (benchmark name, label).
pub fn dot_variants(ty: &str) -> [(String, &'static str); 7] {
    let numpy = if ty == "f32" { "float32" } else { "float64" };
    [
        (format!("dot/indexed/{ty}"), "indexed loop"),
        (format!("dot/iterator/{ty}"), "iterator"),
        (format!("dot/accumulators_8/{ty}"), "8 accumulators"),
        (format!("dot/ndarray_dot/{ty}"), "ndarray dot"),
        (format!("dot/threads/{ty}"), "8 accumulators, all cores"),
        (
            format!("numpy_dot_{numpy}_1thread"),
            "numpy np.dot, 1 thread",
        ),
        (format!("numpy_dot_{numpy}"), "numpy np.dot"),
    ]
}

pub const DOT_SIZES: [&str; 3] = ["1000", "100000", "1000000"];

pub const STEP_VARIANTS: [(&str, &str); 6] = [
    ("step/looped", "loop"),
    ("step/ndarray", "ndarray"),
    ("step/fused", "fused"),
    ("step/fused_threads", "fused + threads"),
    ("numpy_logistic_step_1thread", "numpy, 1 thread"),
    ("numpy_logistic_step", "numpy"),
];

/// The argument a step benchmark was recorded under for shape `i`.
fn step_arg(name: &str, i: usize) -> String {
    if name.starts_with("numpy") {
        format!("{}x{}", SHAPES[i].0, SHAPES[i].1)
    } else {
        i.to_string()
    }
}

pub fn step_time(m: &Measurements, name: &str, shape: usize) -> Option<f64> {
    m.get(name, &step_arg(name, shape))
}

fn no_data(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let style = theme.font(TICK_SIZE + 2.0);
    area.draw(&Text::new(
        "No measurements recorded yet: run `cargo xtask bench`.",
        (20, 40),
        style,
    ))?;
    Ok(())
}

pub fn draw_dot_f64(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    draw_dot(area, theme, "f64")
}

pub fn draw_dot_f32(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    draw_dot(area, theme, "f32")
}

fn draw_dot(
    area: &Area<'_>,
    theme: &Theme,
    ty: &str,
) -> Result<(), FigureError> {
    let m = Measurements::recorded();
    let series: Vec<(&str, Vec<(f64, f64)>)> = dot_variants(ty)
        .iter()
        .map(|(key, label)| {
            let points = DOT_SIZES
                .iter()
                .filter_map(|n| {
                    Some((n.parse::<f64>().ok()?, m.get(key, n)? * 1e9))
                })
                .collect();
            (*label, points)
        })
        .filter(|(_, p): &(&str, Vec<_>)| !p.is_empty())
        .collect();
    if series.is_empty() {
        return no_data(area, theme);
    }
    let (lo, hi) = series
        .iter()
        .flat_map(|s| s.1.iter().map(|p| p.1))
        .fold((f64::MAX, f64::MIN), |(lo, hi), t| (lo.min(t), hi.max(t)));
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .caption(m.label(), theme.font(TICK_SIZE))
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(
            (500.0f64..2e6).log_scale(),
            (lo / 2.0..hi * 2.0).log_scale(),
        )?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc("n (elements)")
        .y_desc("median time, ns")
        .x_label_formatter(&|v| format!("{v:.0e}"))
        .y_label_formatter(&|v| format!("{v:.0e}"))
        .draw()?;
    for (i, (label, points)) in series.into_iter().enumerate() {
        // numpy is the reference: dashed, in the text colours, so that the
        // Rust variants keep the palette to themselves.
        let numpy = label.starts_with("numpy");
        let colour = match (numpy, label.contains("1 thread")) {
            (false, _) => theme.series(i),
            (true, true) => theme.muted,
            (true, false) => theme.text,
        };
        let style = colour.stroke_width(2);
        if numpy {
            let dashed = DashedLineSeries::new(points.clone(), 6, 4, style);
            chart
                .draw_series(dashed)?
                .label(label)
                .legend(move |(x, y)| {
                    DashedPathElement::new([(x, y), (x + 20, y)], 6, 4, style)
                });
        } else {
            chart
                .draw_series(LineSeries::new(points.clone(), style))?
                .label(label)
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 20, y)], style)
                });
        }
        chart.draw_series(
            points
                .into_iter()
                .map(|p| Circle::new(p, 4, colour.filled())),
        )?;
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    Ok(())
}

pub fn draw_steps(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let m = Measurements::recorded();
    // Speed-up over the loop, per shape and variant.
    let speedups: Vec<Vec<Option<f64>>> = (0..SHAPES.len())
        .map(|s| {
            let base = step_time(&m, "step/looped", s);
            STEP_VARIANTS
                .iter()
                .map(|(key, _)| Some(base? / step_time(&m, key, s)?))
                .collect()
        })
        .collect();
    if speedups.iter().flatten().all(Option::is_none) {
        return no_data(area, theme);
    }
    let top = speedups
        .iter()
        .flatten()
        .flatten()
        .fold(1.0, |a: f64, &b| a.max(b));
    let groups = SHAPES.len();
    let per = STEP_VARIANTS.len();
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .caption(m.label(), theme.font(TICK_SIZE))
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(0.0..groups as f64, 0.0..top * 1.15)?;
    theme
        .mesh(&mut chart.configure_mesh())
        .disable_x_mesh()
        .x_labels(groups * 2 + 1)
        .x_label_formatter(&|v| {
            let i = v.floor() as usize;
            if (v - v.floor() - 0.5).abs() < 0.01 && i < SHAPES.len() {
                format!("{} × {}", SHAPES[i].0, SHAPES[i].1)
            } else {
                String::new()
            }
        })
        .y_desc("speed-up over the loop (×)")
        .draw()?;
    let width = 0.8 / per as f64;
    for (v, (key, label)) in STEP_VARIANTS.iter().enumerate() {
        // numpy in the text colours, as in the dot-product figures.
        let colour = match (key.starts_with("numpy"), key.ends_with("1thread"))
        {
            (false, _) => theme.series(v),
            (true, true) => theme.muted,
            (true, false) => theme.text,
        };
        let bars = speedups.iter().enumerate().filter_map(|(g, row)| {
            let value = row[v]?;
            let x0 = g as f64 + 0.1 + v as f64 * width;
            Some(Rectangle::new(
                [(x0, 0.0), (x0 + width * 0.9, value)],
                colour.filled(),
            ))
        });
        chart
            .draw_series(bars)?
            .label(*label)
            .legend(move |(x, y)| {
                Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled())
            });
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    Ok(())
}

/// A median for a table: ms above a millisecond, µs below, – if missing.
pub fn show(t: Option<f64>) -> String {
    match t {
        None => "–".to_owned(),
        Some(t) if t >= 1e-3 => format!("{:.2} ms", t * 1e3),
        Some(t) => format!("{:.1} µs", t * 1e6),
    }
}

/// numpy's time over Rust's: above 1, Rust is faster.
fn ratio(rust: Option<f64>, numpy: Option<f64>) -> String {
    match (rust, numpy) {
        (Some(r), Some(n)) => format!("{:.2}", n / r),
        _ => "–".to_owned(),
    }
}

fn fastest(times: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    times
        .flatten()
        .fold(None, |b: Option<f64>, t| Some(b.map_or(t, |b| b.min(t))))
}

/// The ratios the chapter promises, from the recorded run.
pub fn ratios(out: &mut dyn Write) -> Result<(), Failure> {
    let m = Measurements::recorded();
    writeln!(
        out,
        "Recorded run: {}; numpy {}.\n",
        m.label(),
        m.about("numpy")
    )?;
    if let (Some(py), Some(np)) = (
        m.get("python_loop_float64", "1000000"),
        m.get("numpy_dot_float64", "1000000"),
    ) {
        writeln!(
            out,
            "Python loop over 10⁶ floats: {}; np.dot on the same length: {}; \
             the loop is {:.0} times slower.\n",
            show(Some(py)),
            show(Some(np)),
            py / np
        )?;
    }
    writeln!(out, "Nanoseconds per element of each dot variant (f64):\n")?;
    writeln!(out, "| variant | n = 10³ | n = 10⁵ | n = 10⁶ |")?;
    writeln!(out, "|---|---:|---:|---:|")?;
    for (key, label) in dot_variants("f64") {
        let cells: Vec<String> = DOT_SIZES
            .iter()
            .map(|n| {
                let per = m
                    .get(&key, n)
                    .zip(n.parse::<f64>().ok())
                    .map(|(t, n)| t / n * 1e9);
                per.map_or("–".to_owned(), |p| format!("{p:.3}"))
            })
            .collect();
        writeln!(out, "| {label} | {} |", cells.join(" | "))?;
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
    for (ty, numpy) in
        [("f64", "numpy_dot_float64"), ("f32", "numpy_dot_float32")]
    {
        let n = "1000000";
        let singles = ["indexed", "iterator", "accumulators_8", "ndarray_dot"];
        let r1 =
            fastest(singles.iter().map(|v| m.get(&format!("dot/{v}/{ty}"), n)));
        row(
            format!("dot, n = 10⁶, {ty}"),
            r1,
            m.get(&format!("{numpy}_1thread"), n),
            m.get(&format!("dot/threads/{ty}"), n),
            m.get(numpy, n),
        )?;
    }
    for (s, &(n_x, mm, _)) in SHAPES.iter().enumerate() {
        let singles = ["step/looped", "step/ndarray", "step/fused"];
        row(
            format!("step, {n_x} × {mm}"),
            fastest(singles.iter().map(|k| step_time(&m, k, s))),
            step_time(&m, "numpy_logistic_step_1thread", s),
            step_time(&m, "step/fused_threads", s),
            step_time(&m, "numpy_logistic_step", s),
        )?;
    }
    targets(out)?;
    if let Some(spawn) = m.get("dot", "spawn_and_join_a_thread") {
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
    let rate = |bench| m.get("dot", bench).map(|t| 400e6 / t);
    let (Some(one), all) =
        (rate("stream_sum_400mb"), rate("stream_sum_400mb_all_cores"))
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
        writeln!(
            out,
            "| {n_x} × {mm} | {:.1} MB | {} | {} | {} | {} | {} | {} |",
            bytes / 1e6,
            show(Some(bytes / one)),
            show(step_time(m, "step/fused", s)),
            show(step_time(m, "numpy_logistic_step_1thread", s)),
            show(all.map(|r| bytes / r)),
            show(step_time(m, "step/fused_threads", s)),
            show(step_time(m, "numpy_logistic_step", s)),
        )?;
    }
    let n = "1000000";
    if let (Some(rust), Some(numpy)) =
        (m.get("dot/threads/f64", n), m.get("numpy_dot_float64", n))
        && let Some(all) = all
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

/// One of the chapter's promises: Rust's benchmark and numpy's, as
/// (name, argument), and the speed-up asked for.
#[derive(Debug, Clone)]
pub struct Target {
    pub task: String,
    pub rust: (String, String),
    pub numpy: (String, String),
    pub factor: f64,
}

/// The four targets: the threaded dot at 10⁶ and the fused, threaded step
/// on each shape, against numpy as it runs by default.
pub fn target_list() -> Vec<Target> {
    let mut list = vec![Target {
        task: "dot, n = 10⁶, f64, at least as fast".to_owned(),
        rust: ("dot/threads/f64".to_owned(), "1000000".to_owned()),
        numpy: ("numpy_dot_float64".to_owned(), "1000000".to_owned()),
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
        let numpy = "numpy_logistic_step";
        list.push(Target {
            task: format!("step, {n_x} × {m}, {want}"),
            rust: ("step/fused_threads".to_owned(), step_arg("step", s)),
            numpy: (numpy.to_owned(), step_arg(numpy, s)),
            factor,
        });
    }
    list
}

/// The verdict on one target from the paired runs: the median of the
/// pairs' ratios against the factor asked for.
pub fn verdict(target: &Target, pairs: &Pairs) -> Option<(f64, bool)> {
    let ratios = target.matched(pairs).iter().map(|(r, n)| n / r).collect();
    judge(ratios, target.factor)
}

/// The median ratio, and whether it reaches `factor`.
fn judge(ratios: Vec<f64>, factor: f64) -> Option<(f64, bool)> {
    let ratio = median(ratios)?;
    Some((ratio, ratio >= factor))
}

impl Target {
    /// (Rust's time, numpy's time) in every pair that measured both.
    fn matched(&self, pairs: &Pairs) -> Vec<(f64, f64)> {
        let (rust, numpy) = (&self.rust, &self.numpy);
        pairs.matched((&rust.0, &rust.1), (&numpy.0, &numpy.1))
    }
}

/// The chapter's promises, each checked against the paired runs.
fn targets(out: &mut dyn Write) -> Result<(), Failure> {
    let pairs = Pairs::recorded();
    let count = pairs.numbers().len();
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
         (on its default threads) ran one right after the other, Rust first in \
         odd pairs and numpy first in even ones. The ratio is numpy's time ÷ \
         Rust's in each pair; a target is met when the median ratio reaches it.\n"
    )?;
    writeln!(
        out,
        "| target | Rust (median) | numpy (median) | median ratio | lowest | highest | Rust faster | verdict |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---|")?;
    for target in target_list() {
        let matched = target.matched(&pairs);
        let ratios: Vec<f64> = matched.iter().map(|(r, n)| n / r).collect();
        let (lo, hi) = ratios
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), &r| (lo.min(r), hi.max(r)));
        let fmt = |r: f64| {
            if ratios.is_empty() {
                "–".to_owned()
            } else {
                format!("{r:.2}")
            }
        };
        let wins = ratios.iter().filter(|&&r| r > 1.0).count();
        let judged = judge(ratios.clone(), target.factor);
        let verdict = match judged {
            Some((_, true)) => "met",
            Some((_, false)) => "**not met**",
            None => "not measured",
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {wins} of {} | {verdict} |",
            target.task,
            show(median(matched.iter().map(|p| p.0).collect())),
            show(median(matched.iter().map(|p| p.1).collect())),
            judged.map_or("–".to_owned(), |(r, _)| format!("{r:.2}")),
            fmt(lo),
            fmt(hi),
            ratios.len(),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "# machine: test\n# pairs: 3\n\
        pair\tname\targ\tmedian_seconds\n\
        1\tdot/threads/f64\t1000000\t1e-4\n\
        1\tnumpy_dot_float64\t1000000\t1.2e-4\n\
        2\tnumpy_dot_float64\t1000000\t0.9e-4\n\
        2\tdot/threads/f64\t1000000\t1e-4\n\
        3\tdot/threads/f64\t1000000\t1e-4\n\
        3\tnumpy_dot_float64\t1000000\t1.05e-4\n\
        4\tdot/threads/f64\t1000000\t1e-4\n";

    #[test]
    fn pairs_match_within_a_pair_and_skip_a_pair_missing_a_side() {
        let pairs = Pairs::parse(FIXTURE);
        let matched = pairs.matched(
            ("dot/threads/f64", "1000000"),
            ("numpy_dot_float64", "1000000"),
        );
        assert_eq!(matched, [(1e-4, 1.2e-4), (1e-4, 0.9e-4), (1e-4, 1.05e-4)]);
    }

    #[test]
    fn a_target_is_judged_by_the_median_ratio_of_its_pairs() {
        let pairs = Pairs::parse(FIXTURE);
        let mut dot = target_list().remove(0);
        let (ratio, met) = verdict(&dot, &pairs).expect("three pairs");
        assert!((ratio - 1.05).abs() < 1e-12, "{ratio}");
        assert!(met);
        dot.factor = 1.1;
        assert_eq!(verdict(&dot, &pairs).map(|v| v.1), Some(false));
        assert_eq!(verdict(&target_list()[1], &pairs), None);
    }

    #[test]
    fn every_target_is_in_the_recorded_pairs() {
        // A run without numpy records no pairs; any pair recorded must
        // cover every target, or the names here and in the bench disagree.
        let pairs = Pairs::recorded();
        if pairs.numbers().is_empty() {
            return;
        }
        for target in target_list() {
            assert!(
                verdict(&target, &pairs).is_some(),
                "no paired runs for {}",
                target.task
            );
        }
    }
}

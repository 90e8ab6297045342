//! The measurements files: what `cargo xtask bench` writes into a chapter's
//! `measured/` folder and the chapter draws its speed figures and tables
//! from. One type reads and writes both kinds:
//!
//! - `bench.tsv`: one median time per benchmark over several rounds;
//! - `pairs.tsv`: the head-to-head runs of a chapter's targets, each time
//!   tagged with the pair it was measured in.
//!
//! Both start with `# key: value` lines (machine, date, numpy version),
//! then a header, then one tab-separated row per measurement. Drawing from
//! the committed file keeps the figures reproducible: only the file changes
//! when someone measures again.

use std::fmt::Write as _;

/// A benchmark and its argument, as divan names it (`dot/threads/f64` at
/// `1000000`) or as a numpy script prints it. Chapters build these from
/// typed descriptions of what they measure, in one place each.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id {
    pub name: String,
    pub arg: String,
}

impl Id {
    pub fn new(name: impl Into<String>, arg: impl ToString) -> Id {
        Id {
            name: name.into(),
            arg: arg.to_string(),
        }
    }
}

/// One median time, and the pair it belongs to in a pairs file.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    pub pair: Option<usize>,
    pub id: Id,
    pub seconds: f64,
}

/// A measurements file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Measurements {
    /// The `# key: value` lines, in order: machine, date, numpy, rounds.
    pub about: Vec<(String, String)>,
    pub rows: Vec<Measurement>,
}

/// A line of a measurements file that is not what the format says.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}, line {line}: {what}")]
pub struct MeasuredError {
    pub file: String,
    pub line: usize,
    pub what: String,
}

const MEDIANS: &str = "name\targ\tmedian_seconds";
const PAIRED: &str = "pair\tname\targ\tmedian_seconds";

impl Measurements {
    /// Reads a measurements file; `file` names it in errors.
    pub fn parse(
        file: &str,
        text: &str,
    ) -> Result<Measurements, MeasuredError> {
        let mut about = Vec::new();
        let mut rows = Vec::new();
        let mut paired = None;
        for (i, line) in text.lines().enumerate() {
            let fail = |what: String| MeasuredError {
                file: file.to_owned(),
                line: i + 1,
                what,
            };
            if let Some(comment) = line.strip_prefix("# ") {
                let (key, value) =
                    comment.split_once(": ").unwrap_or(("note", comment));
                about.push((key.to_owned(), value.to_owned()));
                continue;
            }
            let Some(paired) = paired else {
                paired = match line {
                    MEDIANS => Some(false),
                    PAIRED => Some(true),
                    _ => {
                        return Err(fail(format!(
                            "expected the header {MEDIANS:?} or {PAIRED:?}, found {line:?}"
                        )));
                    }
                };
                continue;
            };
            let cells: Vec<&str> = line.split('\t').collect();
            let (pair, rest) = match (paired, &cells[..]) {
                (true, [pair, rest @ ..]) => {
                    let pair = pair.parse().map_err(|_| {
                        fail(format!("{pair:?} is not a pair number"))
                    })?;
                    (Some(pair), rest)
                }
                (_, rest) => (None, rest),
            };
            let [name, arg, seconds] = rest else {
                return Err(fail(format!(
                    "expected {} tab-separated cells, found {}",
                    if paired { 4 } else { 3 },
                    cells.len()
                )));
            };
            let seconds = seconds
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s > 0.0)
                .ok_or_else(|| {
                    fail(format!("{seconds:?} is not a time in seconds"))
                })?;
            rows.push(Measurement {
                pair,
                id: Id::new(*name, arg),
                seconds,
            });
        }
        Ok(Measurements { about, rows })
    }

    /// The file's text: what [`Measurements::parse`] reads back.
    pub fn to_tsv(&self) -> String {
        let mut text = String::new();
        for (key, value) in &self.about {
            let _ = writeln!(text, "# {key}: {value}");
        }
        let paired = self.rows.iter().any(|r| r.pair.is_some());
        text.push_str(if paired { PAIRED } else { MEDIANS });
        text.push('\n');
        for r in &self.rows {
            if let Some(pair) = r.pair {
                let _ = write!(text, "{pair}\t");
            }
            let _ =
                writeln!(text, "{}\t{}\t{:e}", r.id.name, r.id.arg, r.seconds);
        }
        text
    }

    /// The median time of `id` (the first row that has it).
    pub fn get(&self, id: &Id) -> Option<f64> {
        self.rows.iter().find(|r| r.id == *id).map(|r| r.seconds)
    }

    /// The value of a `# key: value` line, or `?`.
    pub fn about(&self, key: &str) -> &str {
        self.about
            .iter()
            .find(|a| a.0 == key)
            .map_or("?", |a| a.1.as_str())
    }

    /// "measured on AMD EPYC, 2 cores, 2026-11-27": what every measured
    /// figure and table is labelled with.
    pub fn label(&self) -> String {
        format!(
            "measured on {}, {}",
            self.about("machine"),
            self.about("date")
        )
    }

    /// The pairs' numbers, each once, in order.
    pub fn pairs(&self) -> Vec<usize> {
        let mut numbers: Vec<usize> =
            self.rows.iter().filter_map(|r| r.pair).collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// (Rust's time, numpy's time) in every pair that measured both.
    pub fn matched(&self, rust: &Id, numpy: &Id) -> Vec<(f64, f64)> {
        let in_pair = |pair: usize, id: &Id| {
            self.rows
                .iter()
                .find(|r| r.pair == Some(pair) && r.id == *id)
                .map(|r| r.seconds)
        };
        self.pairs()
            .into_iter()
            .filter_map(|p| Some((in_pair(p, rust)?, in_pair(p, numpy)?)))
            .collect()
    }
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    (n > 0).then(|| (values[(n - 1) / 2] + values[n / 2]) / 2.0)
}

/// One row per benchmark, in first-seen order, holding the median of its
/// times over the rounds.
pub fn medians(rounds: &[Measurement]) -> Vec<Measurement> {
    let mut ids: Vec<&Id> = Vec::new();
    for m in rounds {
        if !ids.contains(&&m.id) {
            ids.push(&m.id);
        }
    }
    ids.into_iter()
        .filter_map(|id| {
            let times =
                rounds.iter().filter(|m| m.id == *id).map(|m| m.seconds);
            Some(Measurement {
                pair: None,
                id: id.clone(),
                seconds: median(times.collect())?,
            })
        })
        .collect()
}

/// A time for a table: s from a second up, ms from a millisecond, µs below,
/// – if missing.
pub fn format_seconds(t: Option<f64>) -> String {
    match t {
        None => "–".to_owned(),
        Some(t) if t >= 1.0 => format!("{t:.1} s"),
        Some(t) if t >= 1e-3 => format!("{:.2} ms", t * 1e3),
        Some(t) if t >= 1e-6 => format!("{:.1} µs", t * 1e6),
        Some(t) => format!("{:.0} ns", t * 1e9),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAIRS: &str = "# machine: test\n# pairs: 3\n\
        pair\tname\targ\tmedian_seconds\n\
        1\tdot/threads/f64\t1000000\t1e-4\n\
        1\tnumpy_dot_float64\t1000000\t1.2e-4\n\
        2\tnumpy_dot_float64\t1000000\t9e-5\n\
        2\tdot/threads/f64\t1000000\t1e-4\n\
        3\tdot/threads/f64\t1000000\t1e-4\n\
        3\tnumpy_dot_float64\t1000000\t1.05e-4\n\
        4\tdot/threads/f64\t1000000\t1e-4\n";

    #[test]
    fn pairs_match_within_a_pair_and_skip_a_pair_missing_a_side() {
        let pairs = Measurements::parse("pairs.tsv", PAIRS).unwrap();
        assert_eq!(pairs.pairs(), [1, 2, 3, 4]);
        let matched = pairs.matched(
            &Id::new("dot/threads/f64", 1_000_000),
            &Id::new("numpy_dot_float64", "1000000"),
        );
        assert_eq!(matched, [(1e-4, 1.2e-4), (1e-4, 9e-5), (1e-4, 1.05e-4)]);
    }

    #[test]
    fn a_file_reads_back_as_it_was_written() {
        for text in [
            PAIRS.to_owned(),
            "# machine: m\n# date: d\nname\targ\tmedian_seconds\n\
             dot\tspawn\t5.442e-5\nzeros/dense\t0\t7.827e-4\n"
                .to_owned(),
        ] {
            let m = Measurements::parse("f", &text).unwrap();
            assert_eq!(m.to_tsv(), text);
        }
        let m = Measurements::parse(
            "f",
            "# machine: m\n# date: d\nname\targ\tmedian_seconds\n",
        )
        .unwrap();
        assert_eq!(m.label(), "measured on m, d");
        assert_eq!(m.about("numpy"), "?");
    }

    #[test]
    fn a_bad_line_is_named_with_its_number() {
        let header = "name\targ\tmedian_seconds\n";
        for (text, says) in [
            ("nonsense\n".to_owned(), "line 1: expected the header"),
            (
                format!("{header}a\tb\n"),
                "line 2: expected 3 tab-separated cells, found 2",
            ),
            (
                format!("{header}a\tb\tfast\n"),
                "line 2: \"fast\" is not a time",
            ),
            (
                format!("{header}a\tb\t-1\n"),
                "line 2: \"-1\" is not a time",
            ),
            (
                "pair\tname\targ\tmedian_seconds\nx\ta\tb\t1\n".to_owned(),
                "line 2: \"x\" is not a pair number",
            ),
        ] {
            let err = Measurements::parse("bench.tsv", &text).unwrap_err();
            let shown = err.to_string();
            assert!(shown.starts_with("bench.tsv, "), "{shown}");
            assert!(shown.contains(says), "{shown} does not say {says}");
        }
    }

    #[test]
    fn rounds_reduce_to_one_median_each_in_first_seen_order() {
        let m = |name: &str, arg: &str, seconds| Measurement {
            pair: None,
            id: Id::new(name, arg),
            seconds,
        };
        let rounds = [
            m("b", "1", 3.0),
            m("a", "1", 10.0),
            m("b", "1", 1.0),
            m("a", "1", 30.0),
            m("b", "1", 2.0),
            m("a", "2", 5.0),
        ];
        assert_eq!(
            medians(&rounds),
            [m("b", "1", 2.0), m("a", "1", 20.0), m("a", "2", 5.0)]
        );
        assert_eq!(median(vec![]), None);
    }

    #[test]
    fn times_are_shown_in_s_ms_us_or_ns() {
        assert_eq!(format_seconds(Some(21.06)), "21.1 s");
        assert_eq!(format_seconds(Some(2.5e-3)), "2.50 ms");
        assert_eq!(format_seconds(Some(1.23e-5)), "12.3 µs");
        assert_eq!(format_seconds(Some(2.048e-7)), "205 ns");
        assert_eq!(format_seconds(None), "–");
    }
}

//! `cargo xtask bench`: run the chapters' divan benchmarks (and, where a
//! python3 with numpy exists, chapter 04's numpy script), and write the
//! medians with the machine's description to the chapter's measured file.
//! Figures and tables drawn from that file are then regenerated.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use crate::cargo;

/// One measurement: a benchmark's path, its argument, its median time.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    pub name: String,
    pub arg: String,
    pub seconds: f64,
}

/// Reads divan's tree table: the path of names down to each leaf, and the
/// leaf's median column.
pub fn parse_divan(output: &str) -> Vec<Measurement> {
    let mut found = Vec::new();
    let mut columns: Vec<usize> = Vec::new(); // char offsets of the header's '│'
    let mut path: Vec<String> = Vec::new();
    for line in output.lines() {
        let chars: Vec<char> = line.chars().collect();
        if line.contains("fastest") && line.contains("median") {
            columns = chars
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == '│')
                .map(|(i, _)| i)
                .collect();
            let root = line.split_whitespace().next().unwrap_or("").to_owned();
            path = vec![root];
            continue;
        }
        if columns.len() < 2 || chars.len() <= columns[1] {
            continue;
        }
        // Tree depth: where the name starts, in steps of three characters.
        let first: String = chars[..columns[0]].iter().collect();
        let start = first.find(|c: char| !"│├╰─ ".contains(c));
        let Some(start) = start else { continue };
        let depth = first[..start].chars().count() / 3;
        let mut words = first[start..].split_whitespace();
        let Some(name) = words.next() else { continue };
        if words.clone().any(|w| w.ends_with("/s")) || name.ends_with("/s") {
            continue; // a throughput line under the time line
        }
        path.truncate(depth);
        path.push(name.to_owned());
        let median: String = chars[columns[1] + 1..columns[2].min(chars.len())]
            .iter()
            .collect();
        if let Some(seconds) = parse_time(median.trim()) {
            let arg = path.pop().unwrap_or_default();
            found.push(Measurement {
                name: path.join("/"),
                arg: arg.clone(),
                seconds,
            });
            path.push(arg);
        }
    }
    found
}

/// "101.4 ns", "16.79 µs", "77.16 ms", "1.2 s" in seconds.
fn parse_time(text: &str) -> Option<f64> {
    let (number, unit) = text.split_once(' ')?;
    let value: f64 = number.parse().ok()?;
    let scale = match unit {
        "ns" => 1e-9,
        "µs" | "us" => 1e-6,
        "ms" => 1e-3,
        "s" => 1.0,
        _ => return None,
    };
    Some(value * scale)
}

/// A chapter whose benchmarks are recorded: its package, the file the
/// medians go to, the numpy script timed alongside, if any, and the
/// head-to-head runs of the chapter's targets.
struct Benched {
    package: &'static str,
    measured: &'static str,
    numpy_script: Option<&'static str>,
    paired: Option<Paired>,
}

/// The targets timed in pairs: each pair is a short run of these divan
/// benchmarks ((bench target, name filter)) and the numpy script's
/// `--targets` run, one right after the other, written to `file` with the
/// pair's number. Two runs seconds apart see the same machine; the ratio
/// within each pair is what the chapter's targets are checked against.
struct Paired {
    file: &'static str,
    divan: &'static [(&'static str, &'static str)],
}

const BENCHED: [Benched; 2] = [
    Benched {
        package: "vectorization",
        measured: "crates/04-vectorization/measured/bench.tsv",
        numpy_script: Some("crates/04-vectorization/python/numpy_bench.py"),
        paired: Some(Paired {
            file: "crates/04-vectorization/measured/pairs.tsv",
            divan: &[("dot", "threads"), ("step", "fused_threads")],
        }),
    },
    Benched {
        package: "relu-vs-sigmoid",
        measured: "crates/06-relu-vs-sigmoid/measured/bench.tsv",
        numpy_script: None,
        paired: None,
    },
];

/// Every benchmarked chapter in turn (or only `package`).
pub fn run_all(
    root: &Path,
    machine: &str,
    counts: Counts,
    package: Option<&str>,
) -> Result<()> {
    let chosen: Vec<&Benched> = BENCHED
        .iter()
        .filter(|b| package.is_none_or(|p| p == b.package))
        .collect();
    if chosen.is_empty() {
        let names: Vec<&str> = BENCHED.iter().map(|b| b.package).collect();
        bail!(
            "no benchmarks recorded for {}; packages with benchmarks: {}",
            package.unwrap_or("?"),
            names.join(", ")
        );
    }
    for benched in chosen {
        run(root, machine, counts, benched)?;
    }
    Ok(())
}

/// How many rounds of every benchmark, and how many head-to-head pairs.
#[derive(Debug, Clone, Copy)]
pub struct Counts {
    pub rounds: usize,
    pub pairs: usize,
}

/// Runs `rounds` rounds — the divan benchmarks, then numpy on its default
/// threads and on one — and records each measurement's median over the
/// rounds. A shared machine drifts over minutes; interleaving the two sides
/// makes a slow stretch hit both alike instead of one. Then the pairs, if
/// the chapter has targets against numpy.
fn run(
    root: &Path,
    machine: &str,
    counts: Counts,
    benched: &Benched,
) -> Result<()> {
    let rounds = counts.rounds;
    let python =
        std::env::var("DLNOTES_PYTHON").unwrap_or_else(|_| "python3".into());
    let numpy = benched.numpy_script.filter(|_| {
        let found = Command::new(&python)
            .args(["-c", "import numpy"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            println!(
                "(no {python} with numpy: the numpy comparison is skipped)"
            );
        }
        found
    });
    let mut all = Vec::new();
    for round in 1..=rounds {
        println!("round {round} of {rounds}");
        all.extend(divan_round(root, benched.package)?);
        if let Some(script) = numpy {
            for threads in [None, Some("1")] {
                all.extend(numpy_round(root, &python, script, threads, false)?);
            }
        }
    }
    let rows = median_per_benchmark(&all);
    let numpy_note = if numpy.is_some() {
        let version = Command::new(&python)
            .args(["-c", "import numpy; print(numpy.__version__)"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default();
        format!("numpy: {version}")
    } else if benched.numpy_script.is_some() {
        "numpy: not measured (no python3 with numpy)".to_owned()
    } else {
        "numpy: not compared".to_owned()
    };
    let date = Command::new("date")
        .args(["-u", "+%Y-%m-%d"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|_| "unknown date".into());
    let about =
        format!("# machine: {machine}\n# date: {date}\n# {numpy_note}\n");
    let mut tsv =
        format!("{about}# rounds: {rounds}\nname\targ\tmedian_seconds\n");
    for r in &rows {
        tsv.push_str(&format!("{}\t{}\t{:e}\n", r.name, r.arg, r.seconds));
    }
    write(root, benched.measured, &tsv, rows.len())?;
    let Some(paired) = &benched.paired else {
        return Ok(());
    };
    // Without numpy there is nothing to pair with: the file is emptied
    // rather than left holding another run's pairs.
    let pairs = numpy.map_or(0, |_| counts.pairs);
    let mut tsv =
        format!("{about}# pairs: {pairs}\npair\tname\targ\tmedian_seconds\n");
    let mut count = 0;
    if let Some(script) = numpy {
        for pair in 1..=pairs {
            println!("pair {pair} of {pairs}");
            // Taking turns at going first keeps a fixed order from
            // favouring either side.
            let mut sides = [Side::Rust, Side::Numpy];
            if pair % 2 == 0 {
                sides.reverse();
            }
            for side in sides {
                let found = match side {
                    Side::Rust => {
                        let mut found = Vec::new();
                        for (bench, filter) in paired.divan {
                            found.extend(divan_run(
                                root,
                                benched.package,
                                &["--bench", bench, "--", filter],
                            )?);
                        }
                        found
                    }
                    Side::Numpy => {
                        numpy_round(root, &python, script, None, true)?
                    }
                };
                for r in found {
                    count += 1;
                    tsv.push_str(&format!(
                        "{pair}\t{}\t{}\t{:e}\n",
                        r.name, r.arg, r.seconds
                    ));
                }
            }
        }
    }
    write(root, paired.file, &tsv, count)
}

#[derive(Debug, Clone, Copy)]
enum Side {
    Rust,
    Numpy,
}

fn write(root: &Path, file: &str, text: &str, count: usize) -> Result<()> {
    let path = root.join(file);
    toolkit::figure::write_atomic(&path, text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!("wrote {file} ({count} measurements)");
    Ok(())
}

fn divan_round(root: &Path, package: &str) -> Result<Vec<Measurement>> {
    divan_run(root, package, &[])
}

/// `cargo bench --package <package> <extra>`, its divan tables read.
fn divan_run(
    root: &Path,
    package: &str,
    extra: &[&str],
) -> Result<Vec<Measurement>> {
    let mut cmd = cargo(root);
    cmd.args(["bench", "--package", package])
        .args(extra)
        .stderr(Stdio::inherit());
    println!("$ cargo bench --package {package} {}", extra.join(" "));
    let output = cmd.output().context("cannot run cargo bench")?;
    let text = String::from_utf8_lossy(&output.stdout);
    print!("{text}");
    if !output.status.success() {
        bail!("cargo bench failed");
    }
    let rows = parse_divan(&text);
    if rows.is_empty() {
        bail!("found no measurements in divan's output");
    }
    Ok(rows)
}

/// The numpy script on its default threads (`None`) or on `threads`; the
/// names of a limited run end in `_1thread`. With `targets`, only the
/// chapter's targets.
fn numpy_round(
    root: &Path,
    python: &str,
    script: &str,
    threads: Option<&str>,
    targets: bool,
) -> Result<Vec<Measurement>> {
    let suffix = threads.map_or(String::new(), |n| format!("_{n}thread"));
    let mut cmd = Command::new(python);
    cmd.arg(root.join(script)).arg(format!("--suffix={suffix}"));
    if targets {
        cmd.arg("--targets");
    }
    cmd
        // Older OpenBLAS builds need these on some CPUs; a current numpy
        // runs slower with them, so this run goes without.
        .env_remove("OPENBLAS_CORETYPE")
        .env_remove("OPENBLAS_L2_SIZE");
    if let Some(n) = threads {
        cmd.env("OPENBLAS_NUM_THREADS", n).env("OMP_NUM_THREADS", n);
    }
    println!("$ {python} {script} --suffix={suffix}");
    let out = cmd.output().context("cannot run the numpy script")?;
    if !out.status.success() {
        bail!(
            "the numpy script failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = String::from_utf8_lossy(&out.stdout);
    print!("{text}");
    Ok(text
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let [name, arg, seconds] = cells[..] else {
                return None;
            };
            Some(Measurement {
                name: name.to_owned(),
                arg: arg.to_owned(),
                seconds: seconds.parse().ok()?,
            })
        })
        .collect())
}

/// One row per (name, arg), in first-seen order, holding the median of its
/// times (the mean of the middle two for an even count).
pub fn median_per_benchmark(all: &[Measurement]) -> Vec<Measurement> {
    let mut keys: Vec<(&str, &str)> = Vec::new();
    for m in all {
        if !keys.contains(&(m.name.as_str(), m.arg.as_str())) {
            keys.push((&m.name, &m.arg));
        }
    }
    keys.into_iter()
        .map(|(name, arg)| {
            let mut times: Vec<f64> = all
                .iter()
                .filter(|m| m.name == name && m.arg == arg)
                .map(|m| m.seconds)
                .collect();
            times.sort_by(f64::total_cmp);
            let n = times.len();
            let seconds = (times[(n - 1) / 2] + times[n / 2]) / 2.0;
            Measurement {
                name: name.to_owned(),
                arg: arg.to_owned(),
                seconds,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Timer precision: 20 ns
dot                fastest       │ slowest       │ median        │ mean          │ samples │ iters
├─ accumulators_8                │               │               │               │         │
│  ├─ f32                        │               │               │               │         │
│  │  ├─ 1000      101.1 ns      │ 101.7 ns      │ 101.4 ns      │ 101.5 ns      │ 100     │ 3200
│  │  │            79.12 GB/s    │ 78.61 GB/s    │ 78.86 GB/s    │ 78.8 GB/s     │         │
│  │  ╰─ 1000000   102.2 µs      │ 342.9 µs      │ 103 µs        │ 108.8 µs      │ 100     │ 100
│  │               78.26 GB/s    │ 23.32 GB/s    │ 77.63 GB/s    │ 73.52 GB/s    │         │
│  ╰─ f64                        │               │               │               │         │
│     ╰─ 1000      144.2 ns      │ 146.2 ns      │ 145.5 ns      │ 145.3 ns      │ 100     │ 1600
╰─ stream_sum_400mb  70 ms       │ 80 ms         │ 72.5 ms       │ 73 ms         │ 10      │ 10
                   5.7 GB/s      │               │               │               │         │

Timer precision: 20 ns
step              fastest       │ slowest       │ median        │ mean          │ samples │ iters
├─ fused                        │               │               │               │         │
│  ╰─ 2           27.52 ms      │ 30.28 ms      │ 28.09 ms      │ 28.31 ms      │ 20      │ 20
";

    #[test]
    fn rounds_are_reduced_to_one_median_each_in_first_seen_order() {
        let m = |name: &str, arg: &str, seconds| Measurement {
            name: name.into(),
            arg: arg.into(),
            seconds,
        };
        let all = [
            m("b", "1", 3.0),
            m("a", "1", 10.0),
            m("b", "1", 1.0),
            m("a", "1", 30.0),
            m("b", "1", 2.0),
            m("a", "2", 5.0),
        ];
        let got = median_per_benchmark(&all);
        assert_eq!(
            got,
            [m("b", "1", 2.0), m("a", "1", 20.0), m("a", "2", 5.0)]
        );
    }

    #[test]
    fn divan_tables_become_measurements() {
        let rows = parse_divan(SAMPLE);
        let got: Vec<(&str, &str, f64)> = rows
            .iter()
            .map(|r| (r.name.as_str(), r.arg.as_str(), r.seconds))
            .collect();
        let want = [
            ("dot/accumulators_8/f32", "1000", 101.4e-9),
            ("dot/accumulators_8/f32", "1000000", 103e-6),
            ("dot/accumulators_8/f64", "1000", 145.5e-9),
            ("dot", "stream_sum_400mb", 72.5e-3),
            ("step/fused", "2", 28.09e-3),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0, g.1), (w.0, w.1));
            assert!((g.2 - w.2).abs() < 1e-15, "{g:?} vs {w:?}");
        }
    }
}

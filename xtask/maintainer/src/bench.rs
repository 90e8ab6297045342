//! `cargo xtask bench`: run the divan benchmarks of every chapter whose
//! registry declares them (and, where a python3 with numpy exists, the
//! chapter's numpy script), and write the medians with the machine's
//! description to the chapter's measurements file. Figures and tables drawn
//! from that file are then regenerated.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use toolkit::chapter::{Bench, Chapter};
use toolkit::measured::{Id, Measurement, Measurements, medians};
use xtask::command::cargo;

use crate::chapters::CHAPTERS;

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
                pair: None,
                id: Id::new(path.join("/"), &arg),
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

/// Every chapter with benchmarks in turn (or only `package`'s).
pub fn run_all(
    root: &Path,
    machine: &str,
    counts: Counts,
    package: Option<&str>,
) -> Result<()> {
    let benched: Vec<(&Chapter, &Bench)> = CHAPTERS
        .iter()
        .filter_map(|c| Some((c, c.bench.as_ref()?)))
        .collect();
    let chosen: Vec<_> = benched
        .iter()
        .filter(|(c, _)| package.is_none_or(|p| p == c.package()))
        .collect();
    if chosen.is_empty() {
        let names: Vec<&str> =
            benched.iter().map(|(c, _)| c.package()).collect();
        bail!(
            "no benchmarks recorded for {}; packages with benchmarks: {}",
            package.unwrap_or("?"),
            names.join(", ")
        );
    }
    for (chapter, bench) in chosen {
        run(root, machine, counts, chapter, bench)?;
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
    chapter: &Chapter,
    bench: &Bench,
) -> Result<()> {
    let rounds = counts.rounds;
    let package = chapter.package();
    let python =
        std::env::var("DLNOTES_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = bench
        .numpy
        .map(|file| format!("crates/{}/python/{file}", chapter.slug));
    let numpy = script.as_deref().filter(|_| {
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
        all.extend(divan_run(root, package, &[])?);
        if let Some(script) = numpy {
            for threads in [None, Some("1")] {
                all.extend(numpy_round(root, &python, script, threads, false)?);
            }
        }
    }
    let rows = medians(&all);
    let numpy_note = if numpy.is_some() {
        Command::new(&python)
            .args(["-c", "import numpy; print(numpy.__version__)"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default()
    } else if bench.numpy.is_some() {
        "not measured (no python3 with numpy)".to_owned()
    } else {
        "not compared".to_owned()
    };
    let date = Command::new("date")
        .args(["-u", "+%Y-%m-%d"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|_| "unknown date".into());
    let mut about = vec![
        ("machine".to_owned(), machine.to_owned()),
        ("date".to_owned(), date),
        ("numpy".to_owned(), numpy_note),
    ];
    about.extend(crate::machine::facts());
    let mut medians = Measurements {
        about: about.clone(),
        rows,
    };
    medians
        .about
        .push(("rounds".to_owned(), rounds.to_string()));
    write(root, &chapter.measured_file(), &medians)?;
    if bench.pairs.is_empty() {
        return Ok(());
    }
    // Without numpy there is nothing to pair with: the file is emptied
    // rather than left holding another run's pairs.
    let pairs = numpy.map_or(0, |_| counts.pairs);
    let mut paired = Measurements {
        about,
        rows: Vec::new(),
    };
    paired.about.push(("pairs".to_owned(), pairs.to_string()));
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
                        for (target, filter) in bench.pairs {
                            found.extend(divan_run(
                                root,
                                package,
                                &["--bench", target, "--", filter],
                            )?);
                        }
                        found
                    }
                    Side::Numpy => {
                        // Every target on numpy's default threads, and
                        // those compared one thread with one thread.
                        let mut found =
                            numpy_round(root, &python, script, None, true)?;
                        found.extend(numpy_round(
                            root,
                            &python,
                            script,
                            Some("1"),
                            true,
                        )?);
                        found
                    }
                };
                paired.rows.extend(found.into_iter().map(|m| Measurement {
                    pair: Some(pair),
                    ..m
                }));
            }
        }
    }
    write(root, &chapter.pairs_file(), &paired)
}

#[derive(Debug, Clone, Copy)]
enum Side {
    Rust,
    Numpy,
}

fn write(root: &Path, file: &str, measured: &Measurements) -> Result<()> {
    let path = root.join(file);
    toolkit::files::write_atomic(&path, measured.to_tsv().as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!("wrote {file} ({} measurements)", measured.rows.len());
    Ok(())
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
                pair: None,
                id: Id::new(name, arg),
                seconds: seconds.parse().ok()?,
            })
        })
        .collect())
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
    fn divan_tables_become_measurements() {
        let rows = parse_divan(SAMPLE);
        let got: Vec<(&str, &str, f64)> = rows
            .iter()
            .map(|r| (r.id.name.as_str(), r.id.arg.as_str(), r.seconds))
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

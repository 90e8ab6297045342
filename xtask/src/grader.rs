//! Grading a chapter: its exercise tests built once (`cargo test --no-run`
//! with the chapter's `grade` feature, and `solutions` too for the
//! reference), then every exercise's test run on its own, with a time limit,
//! so that one broken or looping exercise never hides the state of the
//! others.
//!
//! An exercise is a stub in a chapter's `src/exercises/` and a test of the
//! same name in the chapter's `tests/exercises.rs`. Those tests only compile
//! with the `grade` feature, so a plain `cargo test` passes while the stubs
//! still say `todo!()`.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::command::cargo;
use crate::registry::Registry;

/// Long enough for any honest solution (they run in milliseconds), short enough to notice a loop.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

/// What happened to one exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Pass,
    /// The stub's `todo!()` (or `unimplemented!()`) was reached.
    NotDone,
    /// The test failed; the assertion or panic message.
    Fails(String),
    /// The chapter's code does not compile (the error is kept once per chapter).
    DoesNotCompile,
    TimedOut,
    /// The test binary has no test of that name: a mistake in the chapter, not the reader's.
    NoSuchTest,
}

impl Outcome {
    /// A few words for a list.
    pub fn summary(&self) -> String {
        match self {
            Outcome::Pass => "done".into(),
            Outcome::NotDone => "not done yet".into(),
            Outcome::Fails(message) => {
                format!(
                    "fails: {}",
                    message.lines().next().unwrap_or("(no message)")
                )
            }
            Outcome::DoesNotCompile => "does not compile".into(),
            Outcome::TimedOut => {
                format!(
                    "did not finish in {} s: an infinite loop?",
                    TIME_LIMIT.as_secs()
                )
            }
            Outcome::NoSuchTest => "has no test (a bug in the chapter)".into(),
        }
    }
}

/// Set (by `cargo xtask watch`, when the reader presses Ctrl-C or q) to
/// stop a grading under way: the build or test it waits for is ended and
/// the grading fails with [`STOPPED`].
pub static STOP: AtomicBool = AtomicBool::new(false);

/// The error of a grading that [`STOP`] ended.
pub const STOPPED: &str = "stopped by the reader";

/// Waits for `child`, ending it if `limit` passes first (`None`) or the
/// reader stops the grading (an error).
fn wait(
    child: &mut Child,
    limit: Option<Duration>,
) -> Result<Option<ExitStatus>> {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        let stopped = STOP.load(Ordering::Relaxed);
        if stopped || limit.is_some_and(|l| started.elapsed() > l) {
            child.kill().ok();
            child.wait().ok();
            if stopped {
                bail!(STOPPED);
            }
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Whose code fills the exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// The reader's stubs in `src/exercises/`.
    Stubs,
    /// The reference solutions in `solutions/`.
    Solutions,
}

impl Code {
    fn features(self) -> &'static str {
        match self {
            Code::Stubs => "grade",
            Code::Solutions => "grade solutions",
        }
    }
}

/// One chapter, graded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Graded {
    /// Each exercise's outcome, in the registry's order.
    pub outcomes: Vec<(String, Outcome)>,
    /// The compiler's first error, rendered as cargo shows it, when the
    /// chapter does not compile.
    pub first_error: Option<String>,
}

impl Graded {
    pub fn outcome(&self, name: &str) -> Option<&Outcome> {
        self.outcomes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, o)| o)
    }

    pub fn passed(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|(_, o)| *o == Outcome::Pass)
            .count()
    }
}

/// The grading of a chapter whose every exercise is still the stub it
/// ships ([`Registry::all_as_shipped`]): each reaches its `todo!()` —
/// `cargo xtask dev-check` grades the shipped stubs and fails if one does
/// not — so nothing needs building to know it.
pub fn as_shipped(chapter: &Registry) -> Graded {
    Graded {
        outcomes: chapter
            .exercises
            .iter()
            .map(|e| (e.name.to_owned(), Outcome::NotDone))
            .collect(),
        first_error: None,
    }
}

/// Builds the chapter's exercise tests and runs every one. With
/// `list_tests`, also returns the names of the tests the binary holds.
pub fn grade(
    root: &Path,
    chapter: &Registry,
    code: Code,
    list_tests: bool,
) -> Result<(Graded, Option<Vec<String>>)> {
    let built = build(root, chapter.package(), code.features())?;
    let Some((binary, dir)) = &built.binary else {
        let outcomes = chapter
            .exercises
            .iter()
            .map(|e| (e.name.to_owned(), Outcome::DoesNotCompile))
            .collect();
        let graded = Graded {
            outcomes,
            first_error: built.first_error,
        };
        return Ok((graded, None));
    };
    let outcomes = chapter
        .exercises
        .iter()
        .map(|e| Ok((e.name.to_owned(), run_one(binary, dir, e.test())?)))
        .collect::<Result<_>>()?;
    let tests = if list_tests {
        Some(tests_in(binary, dir)?)
    } else {
        None
    };
    let graded = Graded {
        outcomes,
        first_error: built.first_error,
    };
    Ok((graded, tests))
}

/// A chapter's exercise tests, built with some set of features.
struct Build {
    /// The test binary and the folder to run it in, if it compiled.
    binary: Option<(PathBuf, PathBuf)>,
    /// The compiler's first error, rendered as cargo shows it.
    first_error: Option<String>,
}

fn build(root: &Path, package: &str, features: &str) -> Result<Build> {
    let mut child = cargo(root)
        .args([
            "test",
            "--no-run",
            "--package",
            package,
            "--features",
            features,
        ])
        .args(["--test", "exercises", "--message-format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run cargo")?;
    // Both pipes are read while cargo runs, so that neither fills up.
    let read = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                pipe.read_to_end(&mut bytes).ok();
            }
            bytes
        })
    };
    let stdout = read(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = read(child.stderr.take().map(|p| Box::new(p) as _));
    let status = wait(&mut child, None)?;
    let success = status.is_some_and(|s| s.success());
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let mut binary = None;
    let mut first_error = None;
    for line in String::from_utf8_lossy(&stdout).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        match msg["reason"].as_str() {
            Some("compiler-message")
                if msg["message"]["level"] == "error"
                    && first_error.is_none() =>
            {
                first_error =
                    msg["message"]["rendered"].as_str().map(str::to_owned);
            }
            Some("compiler-artifact")
                if msg["target"]["name"] == "exercises" =>
            {
                if let (Some(exe), Some(manifest)) =
                    (msg["executable"].as_str(), msg["manifest_path"].as_str())
                {
                    let dir = Path::new(manifest)
                        .parent()
                        .unwrap_or(root)
                        .to_path_buf();
                    binary = Some((PathBuf::from(exe), dir));
                }
            }
            _ => {}
        }
    }
    if !success && first_error.is_none() {
        first_error = Some(String::from_utf8_lossy(&stderr).trim().to_owned());
    }
    if !success {
        binary = None;
    }
    Ok(Build {
        binary,
        first_error,
    })
}

/// Runs one exercise's test from a built binary, with the time limit.
fn run_one(binary: &Path, dir: &Path, test: &str) -> Result<Outcome> {
    let log = tempfile::NamedTempFile::new()?;
    let mut child = Command::new(binary)
        .args([test, "--exact", "--test-threads=1"])
        .current_dir(dir)
        .env("RUST_BACKTRACE", "0")
        .stdout(File::create(log.path())?)
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot run {}", binary.display()))?;
    let Some(status) = wait(&mut child, Some(TIME_LIMIT))? else {
        return Ok(Outcome::TimedOut);
    };
    let text = std::fs::read_to_string(log.path())?;
    Ok(judge(status.success(), &text))
}

/// Reads libtest's report of a run of exactly one test.
fn judge(success: bool, report: &str) -> Outcome {
    if success {
        return if report.contains("1 passed") {
            Outcome::Pass
        } else {
            Outcome::NoSuchTest
        };
    }
    let message = panic_message(report);
    if message.contains("not yet implemented")
        || message.contains("not implemented")
    {
        Outcome::NotDone
    } else {
        Outcome::Fails(message)
    }
}

/// The lines after "panicked at …:" up to the end of the test's captured output.
fn panic_message(report: &str) -> String {
    let mut lines = report.lines().skip_while(|l| !l.contains("panicked at"));
    let Some(_) = lines.next() else {
        return report.trim().to_owned();
    };
    lines
        .take_while(|l| {
            !l.starts_with("note:")
                && !l.starts_with("failures:")
                && !l.is_empty()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names of the tests in a built test binary.
fn tests_in(binary: &Path, dir: &Path) -> Result<Vec<String>> {
    let out = Command::new(binary)
        .args(["--list", "--format", "terse"])
        .current_dir(dir)
        .output()
        .with_context(|| format!("cannot run {}", binary.display()))?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.strip_suffix(": test"))
        .map(str::to_owned)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libtest_reports_are_read_right() {
        let todo = "running 1 test\ntest x ... FAILED\n\nfailures:\n\n---- x stdout ----\n\n\
                    thread 'x' panicked at src/exercises/x.rs:9:5:\nnot yet implemented\n\
                    note: run with `RUST_BACKTRACE=1`\n\nfailures:\n    x\n";
        assert_eq!(judge(false, todo), Outcome::NotDone);
        let assertion = todo.replace(
            "not yet implemented",
            "central_difference(sin) returned 0\nsecond line",
        );
        assert_eq!(
            judge(false, &assertion),
            Outcome::Fails(
                "central_difference(sin) returned 0\nsecond line".into()
            )
        );
        assert_eq!(
            judge(true, "test result: ok. 1 passed; 0 failed"),
            Outcome::Pass
        );
        assert_eq!(
            judge(true, "test result: ok. 0 passed; 0 failed"),
            Outcome::NoSuchTest
        );
    }
}

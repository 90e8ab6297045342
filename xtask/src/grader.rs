//! The reader's grader (`check`) and the maintainer's (`dev-check`).
//!
//! An exercise is a stub in a chapter's `src/exercises/` and a test of the same name in the
//! chapter's `tests/exercises.rs`. Those tests only compile with the chapter's `grade` feature,
//! so a plain `cargo test` passes while the stubs still say `todo!()`; the `solutions` feature
//! swaps the reference solutions in behind the same signatures.
//!
//! Each chapter's exercise tests are built once (`cargo test --no-run`), then every exercise's
//! test runs on its own, with a time limit, so one broken or looping exercise never hides the
//! state of the others.

use std::collections::BTreeSet;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use toolkit::chapter::Exercise;
use toolkit::files::write_atomic;

use crate::audit::audit;
use crate::command::{cargo, target_dir};
use crate::registry::{REGISTRIES, Registry};

/// Long enough for any honest solution (they run in milliseconds), short enough to notice a loop.
const TIME_LIMIT: Duration = Duration::from_secs(10);

/// What happened to one exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    /// The stub's `todo!()` (or `unimplemented!()`) was reached.
    NotDone,
    /// The test failed; the assertion or panic message.
    Fails(String),
    /// The chapter's code does not compile (the error is reported once per chapter).
    DoesNotCompile,
    TimedOut,
    /// The test binary has no test of that name: a mistake in the chapter, not the reader's.
    NoSuchTest,
}

impl Outcome {
    fn summary(&self) -> String {
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

/// A chapter's exercise tests, built with some set of features.
struct Build {
    /// The test binary and the folder to run it in, if it compiled.
    binary: Option<(PathBuf, PathBuf)>,
    /// The compiler's first error, rendered as cargo shows it.
    first_error: Option<String>,
}

fn build(root: &Path, package: &str, features: &str) -> Result<Build> {
    let output = cargo(root)
        .args([
            "test",
            "--no-run",
            "--package",
            package,
            "--features",
            features,
        ])
        .args(["--test", "exercises", "--message-format", "json"])
        .stderr(Stdio::piped())
        .output()
        .context("cannot run cargo")?;
    let mut binary = None;
    let mut first_error = None;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
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
    if !output.status.success() && first_error.is_none() {
        first_error =
            Some(String::from_utf8_lossy(&output.stderr).trim().to_owned());
    }
    if !output.status.success() {
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
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > TIME_LIMIT {
            child.kill().ok();
            child.wait().ok();
            return Ok(Outcome::TimedOut);
        }
        std::thread::sleep(Duration::from_millis(10));
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

/// The exercise's task: the `//!` lines at the top of its file.
fn task_text(root: &Path, chapter: &Registry, exercise: &Exercise) -> String {
    let text =
        std::fs::read_to_string(root.join(exercise.stub(chapter.folder)))
            .unwrap_or_default();
    text.lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.trim_start_matches("//!").strip_prefix(' ').unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Grades one chapter: its build, and every exercise's outcome in order.
fn grade_chapter(
    root: &Path,
    chapter: &Registry,
    features: &str,
) -> Result<(Build, Vec<Outcome>)> {
    let built = build(root, chapter.package(), features)?;
    let outcomes = match &built.binary {
        None => vec![Outcome::DoesNotCompile; chapter.exercises.len()],
        Some((binary, dir)) => chapter
            .exercises
            .iter()
            .map(|e| run_one(binary, dir, e.test()))
            .collect::<Result<_>>()?,
    };
    Ok((built, outcomes))
}

fn state_path() -> PathBuf {
    target_dir().join("xtask/solved.txt")
}

/// The exercises that passed at the last check, one name a line.
fn load_solved() -> BTreeSet<String> {
    std::fs::read_to_string(state_path())
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn save_solved(solved: &BTreeSet<String>) -> Result<()> {
    let text: String = solved.iter().map(|s| format!("{s}\n")).collect();
    write_atomic(&state_path(), text.as_bytes()).context("cannot save progress")
}

fn indent(text: &str, by: &str) -> String {
    let line = |l: &str| {
        if l.trim().is_empty() {
            "\n".into()
        } else {
            format!("{by}{l}\n")
        }
    };
    text.trim_end().lines().map(line).collect()
}

/// `cargo xtask check [NAME] [--hint]`.
pub fn check(root: &Path, only: Option<&str>, hint: bool) -> Result<()> {
    let all: Vec<(&Registry, &Exercise)> = REGISTRIES
        .iter()
        .flat_map(|c| c.exercises.iter().map(move |e| (c, e)))
        .collect();
    if all.is_empty() {
        println!("No exercises yet.");
        return Ok(());
    }
    if let Some(name) = only {
        let Some((chapter, exercise)) = crate::registry::find(name) else {
            let names: Vec<_> = all.iter().map(|(_, e)| e.name).collect();
            bail!(
                "no exercise named `{name}`; the exercises are: {}",
                names.join(", ")
            );
        };
        return check_one(root, chapter, exercise, hint);
    }

    let before = load_solved();
    let mut solved = BTreeSet::new();
    let mut next: Option<(&Registry, &Exercise, Outcome)> = None;
    for chapter in REGISTRIES {
        let (built, outcomes) = grade_chapter(root, chapter, "grade")?;
        let done = outcomes.iter().filter(|o| **o == Outcome::Pass).count();
        println!("\n{}  {done}/{}", chapter.folder, outcomes.len());
        if let Some(error) = &built.first_error {
            println!(
                "  does not compile; the compiler's first error:\n{}",
                indent(error, "    ")
            );
        }
        for (exercise, outcome) in chapter.exercises.iter().zip(outcomes) {
            let mark = if outcome == Outcome::Pass {
                "✓"
            } else {
                "✗"
            };
            print!("  {mark} {:<22} {}", exercise.name, outcome.summary());
            // A chapter that does not compile keeps the progress it had.
            let kept = outcome == Outcome::DoesNotCompile
                && before.contains(exercise.name);
            if outcome == Outcome::Pass || kept {
                solved.insert(exercise.name.to_owned());
            }
            if outcome == Outcome::Pass {
                if !before.contains(exercise.name) {
                    print!(
                        " — newly solved! compare with {}",
                        exercise.solution(chapter.folder)
                    );
                }
            } else if next.is_none() {
                next = Some((chapter, exercise, outcome));
            }
            println!();
        }
    }
    save_solved(&solved)?;
    let done = all.iter().filter(|(_, e)| solved.contains(e.name)).count();
    println!("\n{done}/{} exercises done.", all.len());
    let Some((chapter, exercise, outcome)) = next else {
        println!("All done: every exercise passes.");
        return Ok(());
    };
    if outcome == Outcome::DoesNotCompile {
        println!(
            "\nNext: make the chapter compile again; the compiler's first error is above."
        );
        bail!("the exercises do not compile");
    }
    println!(
        "\nNext: {} — edit {}\n",
        exercise.name,
        exercise.stub(chapter.folder)
    );
    print!("{}", indent(&task_text(root, chapter, exercise), "  "));
    if let Outcome::Fails(message) = &outcome {
        println!(
            "\n  Your code runs, but the test says:\n{}",
            indent(message, "    ")
        );
    }
    if hint {
        println!("\n  Hint: {}", exercise.hint);
    } else {
        println!("\n  Stuck? `cargo xtask check --hint` shows a hint.");
    }
    bail!("{} of {} exercises to go", all.len() - done, all.len())
}

fn check_one(
    root: &Path,
    chapter: &Registry,
    exercise: &Exercise,
    hint: bool,
) -> Result<()> {
    let built = build(root, chapter.package(), "grade")?;
    let outcome = match &built.binary {
        None => Outcome::DoesNotCompile,
        Some((binary, dir)) => run_one(binary, dir, exercise.test())?,
    };
    println!("{}: {}", exercise.name, outcome.summary());
    match &outcome {
        Outcome::Pass => {
            let mut solved = load_solved();
            solved.insert(exercise.name.to_owned());
            save_solved(&solved)?;
            println!(
                "Compare with the reference solution: {}",
                exercise.solution(chapter.folder)
            );
            return Ok(());
        }
        Outcome::DoesNotCompile => {
            let error = built.first_error.as_deref().unwrap_or("(no message)");
            println!("\n{}", indent(error, "  "));
        }
        Outcome::Fails(message) => println!("\n{}", indent(message, "  ")),
        _ => {}
    }
    println!(
        "\n{} — edit {}\n",
        exercise.name,
        exercise.stub(chapter.folder)
    );
    print!("{}", indent(&task_text(root, chapter, exercise), "  "));
    if hint {
        println!("\n  Hint: {}", exercise.hint);
    }
    bail!("{} is not done yet", exercise.name)
}

/// Every exercise has a unique name, a hint, a task text, a stub, a
/// solution and a test, and nothing in a chapter's exercise folders is
/// left unregistered; every stub fails its test by reaching `todo!()`, and
/// every solution passes.
pub fn dev_check(root: &Path) -> Result<()> {
    let mut problems = Vec::new();
    let mut names = BTreeSet::new();
    let mut count = 0;
    problems.extend(crate::audit::unregistered_chapters(root, REGISTRIES)?);
    for chapter in REGISTRIES {
        for e in chapter.exercises {
            count += 1;
            if !names.insert(e.name) {
                problems.push(format!("{}: the name is used twice", e.name));
            }
            if e.hint.trim().is_empty() {
                problems.push(format!("{}: no hint", e.name));
            }
            if root.join(e.stub(chapter.folder)).is_file()
                && task_text(root, chapter, e).trim().is_empty()
            {
                problems.push(format!(
                    "{}: {} has no `//!` task text",
                    e.name,
                    e.stub(chapter.folder)
                ));
            }
        }
        for (features, expected) in [
            ("grade solutions", Outcome::Pass),
            ("grade", Outcome::NotDone),
        ] {
            let (built, outcomes) = grade_chapter(root, chapter, features)?;
            if let Some(error) = &built.first_error {
                problems.push(format!(
                    "{} with `{features}` does not compile:\n{error}",
                    chapter.package()
                ));
            }
            if expected == Outcome::Pass
                && let Some((binary, dir)) = &built.binary
            {
                let tests = list_tests(binary, dir)?;
                problems.extend(audit(root, chapter, &tests)?);
            }
            for (e, outcome) in chapter.exercises.iter().zip(outcomes) {
                if outcome != expected
                    && outcome != Outcome::DoesNotCompile
                    && outcome != Outcome::NoSuchTest
                {
                    let who = if expected == Outcome::Pass {
                        "solution"
                    } else {
                        "stub"
                    };
                    problems.push(format!(
                        "{}: the {who} {}",
                        e.name,
                        outcome.summary()
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        bail!("dev-check found problems:\n  {}", problems.join("\n  "));
    }
    println!(
        "dev-check: {count} exercises, each with its stub, solution and test and \
         nothing unregistered; every stub reaches todo!(), every solution passes"
    );
    Ok(())
}

/// The names of the tests in a built test binary.
fn list_tests(binary: &Path, dir: &Path) -> Result<Vec<String>> {
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

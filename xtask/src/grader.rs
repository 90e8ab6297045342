//! The reader's grader (`check`) and the maintainer's (`dev-check`).
//!
//! An exercise is a stub in a chapter's `src/exercises/` plus a test in its `tests/exercises.rs`.
//! The tests only compile with the chapter's `grade` feature, so a plain `cargo test` passes
//! while the stubs still say `todo!()`; the `solutions` feature swaps the reference solutions
//! in behind the same signatures.

use std::path::Path;

use anyhow::{Result, bail};
use toolkit::figure::Exercise;

use crate::registry::CHAPTERS;
use crate::{cargo, show};

/// An exercise with the package it belongs to.
struct Entry {
    package: &'static str,
    exercise: &'static Exercise,
}

fn entries() -> Vec<Entry> {
    CHAPTERS
        .iter()
        .filter_map(|c| c.package.map(|p| (p, c.exercises)))
        .flat_map(|(package, list)| {
            list.iter().map(move |exercise| Entry { package, exercise })
        })
        .collect()
}

/// `cargo test` for one exercise, quietly; `Ok(true)` if it passes.
fn passes(root: &Path, entry: &Entry, features: &str, verbose: bool) -> Result<bool> {
    let mut cmd = cargo(root);
    cmd.args([
        "test",
        "--quiet",
        "--package",
        entry.package,
        "--features",
        features,
    ])
    .args(["--test", "exercises", "--", "--exact", entry.exercise.test]);
    if verbose {
        show(&cmd);
        return Ok(cmd.status()?.success());
    }
    let output = cmd.output()?;
    Ok(output.status.success())
}

/// Grades the reader's exercises in order (or only `only`), shows progress and the next one.
pub fn check(root: &Path, only: Option<&str>) -> Result<()> {
    let all = entries();
    if all.is_empty() {
        println!(
            "No exercises yet: they arrive with the chapters (chapter 01 brings the first)."
        );
        return Ok(());
    }
    if let Some(name) = only {
        let Some(entry) = all.iter().find(|e| e.exercise.name == name) else {
            let names: Vec<_> = all.iter().map(|e| e.exercise.name).collect();
            bail!(
                "no exercise named `{name}`; the exercises are: {}",
                names.join(", ")
            );
        };
        if passes(root, entry, "grade", true)? {
            println!("✓ {name} passes.");
            return Ok(());
        }
        print_hint(entry.exercise);
        bail!("{name} does not pass yet");
    }
    let mut done = 0;
    let mut next = None;
    for entry in &all {
        let ok = passes(root, entry, "grade", false)?;
        println!("{} {}", if ok { "✓" } else { "✗" }, entry.exercise.name);
        if ok {
            done += 1;
        } else if next.is_none() {
            next = Some(entry);
        }
    }
    println!("\n{done}/{} exercises pass.", all.len());
    match next {
        None => {
            println!("All done. Well played.");
            Ok(())
        }
        Some(entry) => {
            print_hint(entry.exercise);
            bail!(
                "`cargo xtask check {}` shows why it fails",
                entry.exercise.name
            )
        }
    }
}

fn print_hint(exercise: &Exercise) {
    println!("\nNext: {} — edit {}", exercise.name, exercise.file);
    println!("Hint: {}", exercise.hint);
}

/// Every stub fails its test, every solution passes it, every exercise has a file and a hint.
pub fn dev_check(root: &Path) -> Result<()> {
    let all = entries();
    let mut problems = Vec::new();
    for entry in &all {
        let ex = entry.exercise;
        if ex.hint.trim().is_empty() {
            problems.push(format!("{}: no hint", ex.name));
        }
        if !root.join(ex.file).is_file() {
            problems.push(format!("{}: file {} does not exist", ex.name, ex.file));
        }
        if passes(root, entry, "grade", false)? {
            problems.push(format!("{}: the stub already passes its test", ex.name));
        }
        if !passes(root, entry, "grade solutions", false)? {
            problems.push(format!("{}: the solution fails its test", ex.name));
        }
    }
    if !problems.is_empty() {
        bail!("dev-check found problems:\n  {}", problems.join("\n  "));
    }
    println!(
        "dev-check: {} exercises; every stub fails, every solution passes, every hint is there",
        all.len()
    );
    Ok(())
}

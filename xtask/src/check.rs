//! `cargo xtask check [NAME] [--hint] [--solution]`: the reader's grader.
//!
//! Every chapter is graded in reading order and reported as soon as it is,
//! unless nothing its grading reads has changed since it was last graded:
//! then its last outcomes are shown again, and said to be.

use std::path::Path;

use anyhow::{Result, bail};
use toolkit::chapter::Exercise;

use crate::fingerprint::fingerprint;
use crate::grader::{self, Code, Graded, Outcome, grade};
use crate::progress::{self, Progress};
use crate::registry::{REGISTRIES, Registry};
use crate::show;

/// Whether a chapter was graded now or its last grading still holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    GradedNow,
    Unchanged,
    /// Every exercise is still the stub the chapter ships, so its outcome
    /// is known without building anything.
    AsShipped,
}

/// The chapter's grading: the last one, if nothing it reads has changed
/// since, or a new one (which is recorded in `progress`).
pub fn grade_if_changed(
    root: &Path,
    chapter: &Registry,
    progress: &mut Progress,
) -> Result<(Graded, Source)> {
    let print = fingerprint(root, chapter)?;
    if let Some(graded) = progress.unchanged(chapter, &print) {
        return Ok((graded.clone(), Source::Unchanged));
    }
    let (graded, source) = grade_now(root, chapter)?;
    progress.record(chapter, print, &graded);
    Ok((graded, source))
}

/// The reader's stubs graded now: built and run, unless every exercise is
/// still as shipped, whose outcome is known without building
/// ([`grader::as_shipped`]; dev-check calls [`grade`] itself, to prove it).
pub fn grade_now(root: &Path, chapter: &Registry) -> Result<(Graded, Source)> {
    if chapter.all_as_shipped(root) {
        return Ok((grader::as_shipped(chapter), Source::AsShipped));
    }
    let (graded, _) = grade(root, chapter, Code::Stubs, false)?;
    Ok((graded, Source::GradedNow))
}

/// `cargo xtask check`, for every exercise or only `only`.
pub fn check(
    root: &Path,
    only: Option<&str>,
    hint: bool,
    solution: bool,
) -> Result<()> {
    let path = progress::default_path();
    let mut progress = Progress::load(&path);
    let result = match only {
        Some(name) => {
            let (chapter, exercise) = find(name)?;
            check_one(root, chapter, exercise, hint, solution, &mut progress)
        }
        None if solution => {
            bail!(
                "--solution needs an exercise: `cargo xtask check NAME --solution`"
            )
        }
        None => check_all(root, hint, &mut progress),
    };
    progress.save(&path)?;
    result
}

/// The exercise called `name`, or an error listing the names there are.
pub fn find(name: &str) -> Result<(&'static Registry, &'static Exercise)> {
    crate::registry::find(name).ok_or_else(|| {
        let names: Vec<&str> = REGISTRIES
            .iter()
            .flat_map(|c| c.exercises.iter().map(|e| e.name))
            .collect();
        anyhow::anyhow!(
            "no exercise named `{name}`; the exercises are: {}",
            names.join(", ")
        )
    })
}

/// The number of exercises in all.
pub fn total() -> usize {
    REGISTRIES.iter().map(|c| c.exercises.len()).sum()
}

/// How many of them passed when last graded.
pub fn done(progress: &Progress) -> usize {
    REGISTRIES
        .iter()
        .flat_map(|c| c.exercises)
        .filter(|e| progress.solved.contains(e.name))
        .count()
}

fn check_all(root: &Path, hint: bool, progress: &mut Progress) -> Result<()> {
    if total() == 0 {
        println!("No exercises yet.");
        return Ok(());
    }
    let before = progress.solved.clone();
    let mut next: Option<(&Registry, &Exercise, Outcome, Option<String>)> =
        None;
    for chapter in REGISTRIES {
        let (graded, source) = grade_if_changed(root, chapter, progress)?;
        let note = match source {
            Source::GradedNow => "",
            Source::Unchanged => {
                "  (as at the last check: nothing it reads has changed since)"
            }
            Source::AsShipped => {
                "  (every exercise still as shipped: nothing to build yet)"
            }
        };
        println!(
            "\n{}  {}/{}{note}",
            chapter.folder,
            graded.passed(),
            chapter.exercises.len()
        );
        if let Some(error) = &graded.first_error {
            println!(
                "  does not compile; the compiler's first error:\n{}",
                show::indent(error, "    ")
            );
        }
        for exercise in chapter.exercises {
            let outcome = graded
                .outcome(exercise.name)
                .cloned()
                .unwrap_or(Outcome::NoSuchTest);
            let mark = if outcome == Outcome::Pass {
                "✓"
            } else {
                "✗"
            };
            print!("  {mark} {:<22} {}", exercise.name, outcome.summary());
            if outcome == Outcome::Pass {
                if !before.contains(exercise.name) {
                    print!(
                        " — newly solved! compare with {}",
                        exercise.solution(chapter.folder)
                    );
                }
            } else if next.is_none() {
                next = Some((
                    chapter,
                    exercise,
                    outcome,
                    graded.first_error.clone(),
                ));
            }
            println!();
        }
    }
    let done = done(progress);
    println!("\n{done}/{} exercises done.", total());
    let Some((chapter, exercise, outcome, _)) = next else {
        println!("All done: every exercise passes.");
        return Ok(());
    };
    if outcome == Outcome::DoesNotCompile {
        println!(
            "\nNext: make the chapter compile again; the compiler's first error is above."
        );
        bail!("the exercises do not compile");
    }
    println!("\nNext: {}", show::task(root, chapter, exercise));
    if let Outcome::Fails(message) = &outcome {
        println!(
            "\n  Your code runs, but the test says:\n{}",
            show::indent(message, "    ")
        );
    }
    if hint {
        println!("\n  Hint: {}", exercise.hint);
    } else {
        println!("\n  Stuck? `cargo xtask check --hint` shows a hint.");
    }
    bail!("{} of {} exercises to go", total() - done, total())
}

fn check_one(
    root: &Path,
    chapter: &Registry,
    exercise: &Exercise,
    hint: bool,
    solution: bool,
    progress: &mut Progress,
) -> Result<()> {
    let (graded, _) = grade_if_changed(root, chapter, progress)?;
    let outcome = graded
        .outcome(exercise.name)
        .cloned()
        .unwrap_or(Outcome::NoSuchTest);
    print!(
        "{}",
        show::outcome(exercise.name, &outcome, graded.first_error.as_deref())
    );
    if outcome == Outcome::Pass {
        let path = exercise.solution(chapter.folder);
        if solution {
            let text = std::fs::read_to_string(root.join(&path))?;
            println!("\nThe reference solution, {path}:\n\n{text}");
        } else {
            println!(
                "Compare with the reference solution: {path} \
                 (or `cargo xtask check {} --solution`)",
                exercise.name
            );
        }
        return Ok(());
    }
    println!("\n{}", show::task(root, chapter, exercise));
    if hint {
        println!("\n  Hint: {}", exercise.hint);
    }
    if solution {
        bail!(
            "the solution is shown once {} passes; it does not yet",
            exercise.name
        );
    }
    bail!("{} is not done yet", exercise.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::EXAMPLE;

    /// A workspace without a manifest: what cargo builds there does not
    /// compile, so an outcome that does came without cargo.
    #[test]
    fn a_chapter_as_shipped_is_known_without_cargo_and_unsolves_a_reset() {
        let root = tempfile::tempdir().unwrap();
        for folder in ["src/exercises", "pristine"] {
            let dir = root.path().join("crates/01-first").join(folder);
            std::fs::create_dir_all(&dir).unwrap();
            for name in ["alpha.rs", "beta.rs"] {
                std::fs::write(dir.join(name), "todo!()\n").unwrap();
            }
        }
        let mut progress = Progress::default();
        progress.solved.insert("alpha".to_owned());
        let (graded, source) =
            grade_if_changed(root.path(), &EXAMPLE, &mut progress).unwrap();
        assert_eq!(source, Source::AsShipped);
        assert_eq!(graded.outcome("alpha"), Some(&Outcome::NotDone));
        assert!(graded.first_error.is_none());
        assert!(!progress.solved.contains("alpha"));
        let stub = root.path().join("crates/01-first/src/exercises/alpha.rs");
        std::fs::write(stub, "fn mine() {}\n").unwrap();
        let (graded, source) =
            grade_if_changed(root.path(), &EXAMPLE, &mut progress).unwrap();
        assert_eq!(source, Source::GradedNow, "an edited exercise is built");
        assert_eq!(graded.outcome("alpha"), Some(&Outcome::DoesNotCompile));
    }
}

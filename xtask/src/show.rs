//! How the grader shows an exercise: its task, what happened to it, and
//! how far the reader has come.

use std::path::Path;

use toolkit::chapter::Exercise;

use crate::grader::Outcome;
use crate::registry::Registry;

/// The exercise's task: the `//!` lines at the top of its file.
pub fn task_text(
    root: &Path,
    chapter: &Registry,
    exercise: &Exercise,
) -> String {
    let text =
        std::fs::read_to_string(root.join(exercise.stub(chapter.folder)))
            .unwrap_or_default();
    text.lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.trim_start_matches("//!").strip_prefix(' ').unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` with every non-empty line indented by `by`.
pub fn indent(text: &str, by: &str) -> String {
    let line = |l: &str| {
        if l.trim().is_empty() {
            "\n".into()
        } else {
            format!("{by}{l}\n")
        }
    };
    text.trim_end().lines().map(line).collect()
}

/// What happened to the exercise, in a sentence, with the compiler's error
/// or the test's message below it where there is one.
pub fn outcome(
    name: &str,
    outcome: &Outcome,
    first_error: Option<&str>,
) -> String {
    match outcome {
        Outcome::Pass => format!("✓ {name} passes.\n"),
        Outcome::NotDone => {
            format!("✗ {name} is not done yet: its body still says todo!().\n")
        }
        Outcome::Fails(message) => format!(
            "✗ {name} runs, but its test says:\n{}",
            indent(message, "    ")
        ),
        Outcome::DoesNotCompile => format!(
            "✗ {name}'s chapter does not compile; the compiler's first error:\n{}",
            indent(first_error.unwrap_or("(no message)"), "    ")
        ),
        Outcome::TimedOut | Outcome::NoSuchTest => {
            format!("✗ {name} {}.\n", outcome.summary())
        }
    }
}

/// The task of `exercise` and the file to edit.
pub fn task(root: &Path, chapter: &Registry, exercise: &Exercise) -> String {
    format!(
        "{} — edit {}\n\n{}",
        exercise.name,
        exercise.stub(chapter.folder),
        indent(&task_text(root, chapter, exercise), "  ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_read_as_sentences_with_their_details_indented() {
        assert_eq!(outcome("f", &Outcome::Pass, None), "✓ f passes.\n");
        assert_eq!(
            outcome("f", &Outcome::Fails("left 1\nright 2".into()), None),
            "✗ f runs, but its test says:\n    left 1\n    right 2\n"
        );
        let compile = outcome(
            "f",
            &Outcome::DoesNotCompile,
            Some("error[E0308]: x\n\n --> a.rs"),
        );
        assert_eq!(
            compile,
            "✗ f's chapter does not compile; the compiler's first error:\n    \
             error[E0308]: x\n\n     --> a.rs\n"
        );
        assert!(
            outcome("f", &Outcome::TimedOut, None)
                .contains("did not finish in 10 s")
        );
    }
}

//! `cargo xtask list`: every exercise, its chapter, its state and the file
//! to edit.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use toolkit::chapter::Exercise;

use crate::progress::Progress;
use crate::registry::Registry;

/// Where an exercise stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// It passed when it was last graded.
    Done,
    /// The file differs from the stub the chapter ships, and has not passed.
    Edited,
    /// The file is the stub as the chapter ships it.
    NotStarted,
    /// The file is gone (`cargo xtask reset` brings it back).
    Missing,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Done => "done",
            State::Edited => "edited",
            State::NotStarted => "not started",
            State::Missing => "missing",
        }
    }
}

pub fn state(
    root: &Path,
    chapter: &Registry,
    exercise: &Exercise,
    progress: &Progress,
) -> State {
    if !root.join(exercise.stub(chapter.folder)).is_file() {
        State::Missing
    } else if progress.solved.contains(exercise.name) {
        State::Done
    } else if chapter.is_as_shipped(root, exercise) {
        State::NotStarted
    } else {
        State::Edited
    }
}

/// The table of every exercise, the next one to do marked.
pub fn list(
    root: &Path,
    registries: &[Registry],
    progress: &Progress,
    out: &mut dyn Write,
) -> Result<()> {
    // Columns as wide as their longest entry, so that a long name does not
    // push its row out of line.
    let widest =
        |names: &mut dyn Iterator<Item = usize>| names.max().unwrap_or(0);
    let cw = widest(&mut registries.iter().map(|r| r.folder.len())).max(7);
    let ew = widest(
        &mut registries
            .iter()
            .flat_map(|r| r.exercises.iter().map(|e| e.name.len())),
    )
    .max(8);
    writeln!(
        out,
        "{:<cw$} {:<ew$} {:<12} file to edit",
        "chapter", "exercise", "state"
    )?;
    let mut next_marked = false;
    let (mut done, mut total) = (0, 0);
    for chapter in registries {
        for (i, exercise) in chapter.exercises.iter().enumerate() {
            let state = state(root, chapter, exercise, progress);
            total += 1;
            done += usize::from(state == State::Done);
            let shown_chapter = if i == 0 { chapter.folder } else { "" };
            let mark = if state != State::Done && !next_marked {
                next_marked = true;
                "  ← next"
            } else {
                ""
            };
            writeln!(
                out,
                "{shown_chapter:<cw$} {:<ew$} {:<12} {}{mark}",
                exercise.name,
                state.name(),
                exercise.stub(chapter.folder)
            )?;
        }
    }
    writeln!(
        out,
        "\n{done}/{total} done. \"done\" is as at the last `cargo xtask check` or \
         `watch`; \"edited\" means changed since the chapter shipped it."
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::REGISTRIES;

    fn listed(progress: &Progress) -> String {
        let mut out = Vec::new();
        let root = crate::command::workspace_root();
        list(&root, REGISTRIES, progress, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_list_shows_a_passing_exercise_as_done_and_marks_the_next() {
        let (first, second) =
            (&REGISTRIES[0].exercises[0], &REGISTRIES[0].exercises[1]);
        let line = |shown: &str, name: &str| {
            shown
                .lines()
                .find(|l| l.split_whitespace().any(|w| w == name))
                .unwrap_or_default()
                .to_owned()
        };
        let before = listed(&Progress::default());
        assert!(line(&before, first.name).contains("← next"), "{before}");
        let mut progress = Progress::default();
        progress.solved.insert(first.name.to_owned());
        let after = listed(&progress);
        let done = line(&after, first.name);
        assert!(done.contains(" done "), "{done}");
        assert!(done.contains(&first.stub(REGISTRIES[0].folder)), "{done}");
        assert!(line(&after, second.name).contains("← next"), "{after}");
        let total: usize = REGISTRIES.iter().map(|r| r.exercises.len()).sum();
        assert!(after.contains(&format!("1/{total} done.")), "{after}");
    }
}

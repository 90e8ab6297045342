//! `cargo xtask reset NAME [--yes]`: an exercise's file back as the chapter
//! ships it, from the chapter's own pristine copy (`pristine/NAME.rs`), after
//! showing what will be lost and asking. No other file is touched.

use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};
use toolkit::files::write_atomic;

use crate::progress::Progress;
use crate::registry::Registry;

/// How a reset asks before it overwrites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// `--yes`: do not ask.
    No,
    /// Ask on the terminal.
    Terminal,
    /// There is no terminal to ask on.
    Impossible,
}

/// Resets the exercise called `name`; the answer to the question is read
/// from `input`. The exercise is also forgotten in `progress`.
pub fn reset(
    root: &Path,
    registries: &[Registry],
    name: &str,
    ask: Ask,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    progress: &mut Progress,
) -> Result<()> {
    let (chapter, exercise) = registries
        .iter()
        .find_map(|c| {
            c.exercises.iter().find(|e| e.name == name).map(|e| (c, e))
        })
        .ok_or_else(|| {
            let names: Vec<&str> = registries
                .iter()
                .flat_map(|c| c.exercises.iter().map(|e| e.name))
                .collect();
            anyhow::anyhow!(
                "no exercise named `{name}`; the exercises are: {}",
                names.join(", ")
            )
        })?;
    let stub = exercise.stub(chapter.folder);
    let pristine_path = exercise.pristine(chapter.folder);
    let pristine = std::fs::read_to_string(root.join(&pristine_path)).with_context(|| {
        format!("cannot read the pristine copy {pristine_path} (the chapter is incomplete)")
    })?;
    let yours = std::fs::read_to_string(root.join(&stub)).ok();
    match &yours {
        Some(text) if *text == pristine => {
            writeln!(
                out,
                "{stub} is already as the chapter ships it; nothing to reset."
            )?;
            return Ok(());
        }
        Some(text) => {
            writeln!(
                out,
                "Resetting {name} puts {stub} back as the chapter ships it. \
                 What changes (- yours, lost; + the stub):\n"
            )?;
            write!(out, "{}", changed_lines(text, &pristine))?;
        }
        None => writeln!(
            out,
            "{stub} is missing; resetting {name} brings the stub back."
        )?,
    }
    if yours.is_some() {
        match ask {
            Ask::No => {}
            Ask::Impossible => bail!(
                "reset asks before it overwrites your work, and there is no terminal to ask \
                 on; add --yes to reset {name} without asking"
            ),
            Ask::Terminal => {
                write!(out, "\nReset {name} and lose your changes? [y/N] ")?;
                out.flush()?;
                let mut answer = String::new();
                input.read_line(&mut answer)?;
                if !matches!(answer.trim(), "y" | "Y" | "yes" | "Yes") {
                    writeln!(out, "Left as it is.")?;
                    return Ok(());
                }
            }
        }
    }
    write_atomic(&root.join(&stub), pristine.as_bytes())
        .with_context(|| format!("cannot write {stub}"))?;
    progress.forget(chapter, name);
    writeln!(out, "{name} is reset: {stub} is the stub again.")?;
    Ok(())
}

/// The lines that differ between `old` and `new`, as `- ` (only in `old`)
/// and `+ ` (only in `new`), each run of unchanged lines shown as `  …`.
fn changed_lines(old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) =
        (old.lines().collect(), new.lines().collect());
    // The longest common subsequence of lines, by dynamic programming from
    // the ends; exercise files are a few dozen lines.
    let mut common = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            common[i][j] = if a[i] == b[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let mut text = String::new();
    let (mut i, mut j) = (0, 0);
    let mut skipped = false;
    let push = |line: String, text: &mut String| {
        text.push_str(&line);
        text.push('\n');
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            if !skipped {
                push("  …".to_owned(), &mut text);
                skipped = true;
            }
            i += 1;
            j += 1;
        } else if i < a.len()
            && (j == b.len() || common[i + 1][j] >= common[i][j + 1])
        {
            push(format!("- {}", a[i]), &mut text);
            skipped = false;
            i += 1;
        } else {
            push(format!("+ {}", b[j]), &mut text);
            skipped = false;
            j += 1;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    const CHAPTERS: &[Registry] = &[crate::registry::EXAMPLE];

    const PRISTINE: &str =
        "//! Write alpha.\npub fn alpha(x: i32) -> i32 {\n    todo!()\n}\n";
    const EDITED: &str =
        "//! Write alpha.\npub fn alpha(x: i32) -> i32 {\n    x + 1\n}\n";

    /// Every file under `dir` and its bytes.
    fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut pending = vec![dir.to_path_buf()];
        while let Some(folder) = pending.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    files.insert(path.clone(), std::fs::read(&path).unwrap());
                }
            }
        }
        files
    }

    fn workspace() -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        let put = |path: &str, text: &str| {
            let path = root.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        put("crates/01-first/src/exercises/alpha.rs", EDITED);
        put("crates/01-first/pristine/alpha.rs", PRISTINE);
        put("crates/01-first/src/exercises/beta.rs", "//! mine\n");
        put("crates/01-first/pristine/beta.rs", "//! Write beta.\n");
        put("crates/01-first/solutions/alpha.rs", "solution");
        put("crates/01-first/src/lib.rs", "lib");
        root
    }

    fn run(
        root: &Path,
        name: &str,
        ask: Ask,
        answer: &str,
    ) -> (Result<()>, String) {
        let mut out = Vec::new();
        let mut progress = Progress::default();
        progress.solved.insert("alpha".to_owned());
        let result = reset(
            root,
            CHAPTERS,
            name,
            ask,
            &mut answer.as_bytes(),
            &mut out,
            &mut progress,
        );
        if result.is_ok() && ask != Ask::Impossible && answer.starts_with('y') {
            assert!(!progress.solved.contains(name));
        }
        (result, String::from_utf8(out).unwrap())
    }

    #[test]
    fn reset_restores_the_stub_byte_for_byte_and_touches_nothing_else() {
        let root = workspace();
        let before = snapshot(root.path());
        let (result, shown) = run(root.path(), "alpha", Ask::No, "");
        result.unwrap();
        let after = snapshot(root.path());
        let stub = root.path().join("crates/01-first/src/exercises/alpha.rs");
        assert_eq!(after[&stub], PRISTINE.as_bytes());
        for (path, bytes) in &before {
            if *path != stub {
                assert_eq!(after.get(path), Some(bytes), "{path:?} changed");
            }
        }
        assert_eq!(after.len(), before.len(), "no file added or removed");
        assert!(shown.contains("-     x + 1\n+     todo!()\n"), "{shown}");
        assert!(shown.contains("alpha is reset"), "{shown}");
    }

    #[test]
    fn reset_asks_and_a_no_leaves_the_file() {
        let root = workspace();
        let before = snapshot(root.path());
        let (result, shown) = run(root.path(), "alpha", Ask::Terminal, "n\n");
        result.unwrap();
        assert!(
            shown.contains("Reset alpha and lose your changes? [y/N]"),
            "{shown}"
        );
        assert!(shown.contains("Left as it is."), "{shown}");
        assert_eq!(snapshot(root.path()), before);
        let (result, _) = run(root.path(), "alpha", Ask::Terminal, "y\n");
        result.unwrap();
        assert_ne!(snapshot(root.path()), before);
    }

    #[test]
    fn without_a_terminal_reset_needs_yes() {
        let root = workspace();
        let before = snapshot(root.path());
        let (result, _) = run(root.path(), "alpha", Ask::Impossible, "");
        let err = result.unwrap_err().to_string();
        assert!(err.contains("add --yes to reset alpha"), "{err}");
        assert!(!err.contains('\n'));
        assert_eq!(snapshot(root.path()), before);
    }

    #[test]
    fn a_missing_file_comes_back_and_a_pristine_one_is_left() {
        let root = workspace();
        let stub = root.path().join("crates/01-first/src/exercises/alpha.rs");
        std::fs::remove_file(&stub).unwrap();
        let (result, shown) = run(root.path(), "alpha", Ask::Impossible, "");
        result.unwrap();
        assert!(
            shown.contains("is missing; resetting alpha brings the stub back"),
            "{shown}"
        );
        assert_eq!(std::fs::read_to_string(&stub).unwrap(), PRISTINE);
        let (result, shown) = run(root.path(), "alpha", Ask::Impossible, "");
        result.unwrap();
        assert!(shown.contains("already as the chapter ships it"), "{shown}");
    }

    #[test]
    fn an_unknown_exercise_is_one_line() {
        let root = workspace();
        let (result, _) = run(root.path(), "gamma", Ask::No, "");
        assert_eq!(
            result.unwrap_err().to_string(),
            "no exercise named `gamma`; the exercises are: alpha, beta"
        );
    }

    #[test]
    fn changed_lines_show_what_goes_and_what_comes() {
        assert_eq!(
            changed_lines("a\nb\nc\nd\n", "a\nx\nc\nd\ne\n"),
            "  …\n- b\n+ x\n  …\n+ e\n"
        );
        assert_eq!(changed_lines("same\n", "same\n"), "  …\n");
    }
}

//! What the grader remembers between runs, in `target/xtask/progress.json`:
//! which exercises passed, and each chapter's last grading together with
//! the fingerprint of the files it was graded from, so that a chapter in
//! which nothing has changed is not built and run again.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use toolkit::files::write_atomic;

use crate::command::target_dir;
use crate::grader::{Graded, Outcome};
use crate::registry::Registry;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The exercises that passed when they were last graded.
    pub solved: BTreeSet<String>,
    /// Each chapter's last grading, by folder.
    pub chapters: BTreeMap<String, Recorded>,
}

/// A chapter's grading, and what it was graded from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorded {
    pub fingerprint: String,
    pub graded: Graded,
}

/// Where the progress is kept.
pub fn default_path() -> PathBuf {
    target_dir().join("xtask/progress.json")
}

impl Progress {
    /// The progress saved at `path`; none yet (or an unreadable file,
    /// which the next save replaces) is no progress.
    pub fn load(path: &Path) -> Progress {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self)?;
        write_atomic(path, text.as_bytes()).with_context(|| {
            format!("cannot save progress to {}", path.display())
        })
    }

    /// The chapter's last grading, if it was graded from the same files.
    pub fn unchanged(
        &self,
        chapter: &Registry,
        fingerprint: &str,
    ) -> Option<&Graded> {
        self.chapters
            .get(chapter.folder)
            .filter(|r| r.fingerprint == fingerprint)
            .map(|r| &r.graded)
    }

    /// Keeps a new grading. An exercise that passed is solved and one that
    /// ran and failed is not; a chapter that does not compile keeps the
    /// progress it had.
    pub fn record(
        &mut self,
        chapter: &Registry,
        fingerprint: String,
        graded: &Graded,
    ) {
        for (name, outcome) in &graded.outcomes {
            match outcome {
                Outcome::Pass => {
                    self.solved.insert(name.clone());
                }
                Outcome::DoesNotCompile => {}
                _ => {
                    self.solved.remove(name);
                }
            }
        }
        self.chapters.insert(
            chapter.folder.to_owned(),
            Recorded {
                fingerprint,
                graded: graded.clone(),
            },
        );
    }

    /// Forgets that `name` was solved and that its chapter was graded (after
    /// a reset).
    pub fn forget(&mut self, chapter: &Registry, name: &str) {
        self.solved.remove(name);
        self.chapters.remove(chapter.folder);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toolkit::chapter::Exercise;

    const DEMO: Registry = Registry {
        folder: "99-demo",
        exercises: &[Exercise {
            name: "a",
            hint: "h",
        }],
    };

    fn graded(outcome: Outcome) -> Graded {
        Graded {
            outcomes: vec![("a".to_owned(), outcome)],
            first_error: None,
        }
    }

    #[test]
    fn a_pass_is_kept_until_the_exercise_fails_but_not_when_it_cannot_compile()
    {
        let mut p = Progress::default();
        p.record(&DEMO, "f1".into(), &graded(Outcome::Pass));
        assert!(p.solved.contains("a"));
        p.record(&DEMO, "f2".into(), &graded(Outcome::DoesNotCompile));
        assert!(p.solved.contains("a"));
        p.record(&DEMO, "f3".into(), &graded(Outcome::Fails("x".into())));
        assert!(!p.solved.contains("a"));
        assert!(p.unchanged(&DEMO, "f3").is_some());
        assert!(p.unchanged(&DEMO, "f2").is_none());
    }

    #[test]
    fn progress_is_saved_and_loaded_back_and_a_bad_file_is_none() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.json");
        assert_eq!(Progress::load(&path), Progress::default());
        let mut p = Progress::default();
        p.record(&DEMO, "f".into(), &graded(Outcome::NotDone));
        p.save(&path).unwrap();
        assert_eq!(Progress::load(&path), p);
        std::fs::write(&path, "{ not json").unwrap();
        assert_eq!(Progress::load(&path), Progress::default());
    }
}

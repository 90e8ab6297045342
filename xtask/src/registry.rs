//! Every chapter's exercises, as the chapters register them in their
//! `src/exercises.rs`. Those files are compiled in here (see `build.rs`),
//! not the chapters themselves.

use std::path::Path;

use toolkit::chapter::{Exercise, package_of};

/// One chapter's exercises.
#[derive(Debug, Clone, Copy)]
pub struct Registry {
    /// The chapter's folder under `crates/`: `01-derivatives`.
    pub folder: &'static str,
    /// In the order a reader should do them.
    pub exercises: &'static [Exercise],
}

impl Registry {
    pub fn package(&self) -> &'static str {
        package_of(self.folder)
    }

    /// Whether `exercise`'s file is, byte for byte, the stub the chapter
    /// ships (its pristine copy). A missing or unreadable file is not.
    pub fn is_as_shipped(&self, root: &Path, exercise: &Exercise) -> bool {
        let read = |path: String| std::fs::read(root.join(path)).ok();
        match read(exercise.stub(self.folder)) {
            Some(yours) => read(exercise.pristine(self.folder)) == Some(yours),
            None => false,
        }
    }

    /// Whether every exercise of the chapter is as shipped.
    pub fn all_as_shipped(&self, root: &Path) -> bool {
        self.exercises.iter().all(|e| self.is_as_shipped(root, e))
    }
}

include!(concat!(env!("OUT_DIR"), "/registries.rs"));

/// A made-up chapter for the tests, in a temporary workspace of its own.
#[cfg(test)]
pub const EXAMPLE: Registry = Registry {
    folder: "01-first",
    exercises: &[
        Exercise {
            name: "alpha",
            hint: "h",
        },
        Exercise {
            name: "beta",
            hint: "h",
        },
    ],
};

/// The exercise called `name`, and its chapter.
pub fn find(name: &str) -> Option<(&'static Registry, &'static Exercise)> {
    REGISTRIES.iter().find_map(|r| {
        r.exercises.iter().find(|e| e.name == name).map(|e| (r, e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_registry_is_a_chapter_folder_listed_in_order() {
        let root = crate::command::workspace_root();
        let folders: Vec<&str> = REGISTRIES.iter().map(|r| r.folder).collect();
        let mut sorted = folders.clone();
        sorted.sort_unstable();
        assert_eq!(folders, sorted);
        assert!(!folders.is_empty());
        for chapter in REGISTRIES {
            let registry = root.join("crates").join(chapter.folder);
            assert!(
                registry.join("src/exercises.rs").is_file(),
                "{registry:?}"
            );
            assert_ne!(chapter.package(), chapter.folder);
            for exercise in chapter.exercises {
                let (found, e) = find(exercise.name).unwrap();
                assert_eq!((found.folder, e), (chapter.folder, exercise));
            }
        }
        assert!(find("no_such_exercise").is_none());
    }

    #[test]
    fn an_exercise_is_as_shipped_only_while_its_file_is_the_pristine_copy() {
        let root = tempfile::tempdir().unwrap();
        let chapter = root.path().join("crates/01-first");
        for folder in ["src/exercises", "pristine"] {
            std::fs::create_dir_all(chapter.join(folder)).unwrap();
            for name in ["alpha", "beta"] {
                let file = chapter.join(format!("{folder}/{name}.rs"));
                std::fs::write(file, "todo!()\n").unwrap();
            }
        }
        let [alpha, beta] = EXAMPLE.exercises else {
            unreachable!()
        };
        assert!(EXAMPLE.is_as_shipped(root.path(), alpha));
        assert!(EXAMPLE.all_as_shipped(root.path()));
        let stub = chapter.join("src/exercises/beta.rs");
        std::fs::write(&stub, "todo!() \n").unwrap();
        assert!(!EXAMPLE.is_as_shipped(root.path(), beta));
        assert!(EXAMPLE.is_as_shipped(root.path(), alpha));
        assert!(!EXAMPLE.all_as_shipped(root.path()));
        std::fs::remove_file(&stub).unwrap();
        assert!(!EXAMPLE.is_as_shipped(root.path(), beta), "missing");
        std::fs::write(&stub, "todo!()\n").unwrap();
        assert!(EXAMPLE.all_as_shipped(root.path()), "saved back as shipped");
    }
}

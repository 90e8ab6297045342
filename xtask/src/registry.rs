//! Every chapter's exercises, as the chapters register them in their
//! `src/exercises.rs`. Those files are compiled in here (see `build.rs`),
//! not the chapters themselves.

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
}

include!(concat!(env!("OUT_DIR"), "/registries.rs"));

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
}

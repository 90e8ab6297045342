//! A chapter's exercise files and tests against its registry: every entry
//! has its stub, the stub's pristine copy (the same bytes), its solution and
//! its test, and every stub, copy, solution and exercise test has an entry.
//! Each problem is one line naming the file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::registry::Registry;

/// The folders that hold a chapter's stubs, their pristine copies and the
/// solutions.
const FOLDERS: [(&str, &str); 3] = [
    ("src/exercises", "stub"),
    ("pristine", "pristine copy"),
    ("solutions", "solution"),
];

/// What is missing or unregistered in `chapter`, given the names of the
/// tests its exercise-test binary holds.
pub fn audit(
    root: &Path,
    chapter: &Registry,
    tests: &[String],
) -> Result<Vec<String>> {
    let folder = chapter.folder;
    let registry = format!("crates/{folder}/src/exercises.rs");
    let test_file = format!("crates/{folder}/tests/exercises.rs");
    let mut problems = Vec::new();
    for e in chapter.exercises {
        for (what, path) in [
            ("stub", e.stub(folder)),
            ("pristine copy", e.pristine(folder)),
            ("solution", e.solution(folder)),
        ] {
            if !root.join(&path).is_file() {
                problems.push(format!(
                    "{path}: missing ({registry} lists `{}`, whose {what} it is)",
                    e.name
                ));
            }
        }
        let (stub, pristine) = (e.stub(folder), e.pristine(folder));
        if let (Ok(a), Ok(b)) = (
            std::fs::read(root.join(&stub)),
            std::fs::read(root.join(&pristine)),
        ) && a != b
        {
            problems.push(format!(
                "{stub}: differs from its pristine copy {pristine} (copy a changed stub \
                 there, or reset an exercise solved in this tree)"
            ));
        }
        if !tests.iter().any(|t| t == e.test()) {
            problems.push(format!(
                "{test_file}: no test `{}` ({registry} lists it)",
                e.test()
            ));
        }
    }
    let names: BTreeSet<&str> =
        chapter.exercises.iter().map(|e| e.name).collect();
    for (dir, what) in FOLDERS {
        let dir = format!("crates/{folder}/{dir}");
        for file in files_under(&root.join(&dir))? {
            let registered = file.extension().is_some_and(|x| x == "rs")
                && file.parent() == Some(Path::new(""))
                && file
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| names.contains(s));
            if !registered {
                problems.push(format!(
                    "{dir}/{}: a {what} that {registry} does not list",
                    file.display()
                ));
            }
        }
    }
    for test in tests {
        if !names.contains(test.as_str()) {
            problems.push(format!(
                "{test_file}: test `{test}` grades no exercise that {registry} lists"
            ));
        }
    }
    Ok(problems)
}

/// Chapters with exercise files but no registry: the grader would never
/// see them.
pub fn unregistered_chapters(
    root: &Path,
    registries: &[Registry],
) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(root.join("crates")) else {
        return Ok(problems);
    };
    let mut folders: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    folders.sort();
    for path in folders {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if registries.iter().any(|r| r.folder == name) {
            continue;
        }
        for piece in [
            "src/exercises",
            "pristine",
            "solutions",
            "tests/exercises.rs",
        ] {
            if path.join(piece).exists() {
                problems.push(format!(
                    "crates/{name}/{piece}: exercise files, but no registry \
                     crates/{name}/src/exercises.rs"
                ));
            }
        }
    }
    Ok(problems)
}

/// Every file below `dir`, relative to it, sorted (none if `dir` is absent).
fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                files.push(relative.to_path_buf());
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use toolkit::chapter::Exercise;

    const DEMO: Registry = Registry {
        folder: "99-demo",
        exercises: &[
            Exercise {
                name: "first",
                hint: "h",
            },
            Exercise {
                name: "second",
                hint: "h",
            },
        ],
    };

    /// A chapter folder with `files` (paths under `crates/99-demo/`).
    fn chapter(files: &[&str]) -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        for file in files {
            let path = root.path().join("crates/99-demo").join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "//! task\n").unwrap();
        }
        root
    }

    const COMPLETE: [&str; 7] = [
        "src/exercises.rs",
        "src/exercises/first.rs",
        "src/exercises/second.rs",
        "pristine/first.rs",
        "pristine/second.rs",
        "solutions/first.rs",
        "solutions/second.rs",
    ];

    fn tests(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn a_complete_chapter_has_no_problems() {
        let root = chapter(&COMPLETE);
        let found =
            audit(root.path(), &DEMO, &tests(&["first", "second"])).unwrap();
        assert_eq!(found, Vec::<String>::new());
    }

    #[test]
    fn an_unregistered_stub_is_named() {
        let mut files = COMPLETE.to_vec();
        files.push("src/exercises/third.rs");
        let root = chapter(&files);
        let found =
            audit(root.path(), &DEMO, &tests(&["first", "second"])).unwrap();
        assert_eq!(
            found,
            ["crates/99-demo/src/exercises/third.rs: a stub that \
              crates/99-demo/src/exercises.rs does not list"]
        );
    }

    #[test]
    fn an_unregistered_solution_and_a_stray_file_are_named() {
        let mut files = COMPLETE.to_vec();
        files.extend(["solutions/third.rs", "solutions/notes/first.rs"]);
        let root = chapter(&files);
        let found =
            audit(root.path(), &DEMO, &tests(&["first", "second"])).unwrap();
        assert_eq!(
            found,
            [
                "crates/99-demo/solutions/notes/first.rs: a solution that \
                 crates/99-demo/src/exercises.rs does not list",
                "crates/99-demo/solutions/third.rs: a solution that \
                 crates/99-demo/src/exercises.rs does not list",
            ]
        );
    }

    #[test]
    fn a_test_with_no_entry_is_named() {
        let root = chapter(&COMPLETE);
        let found =
            audit(root.path(), &DEMO, &tests(&["first", "second", "third"]))
                .unwrap();
        assert_eq!(
            found,
            ["crates/99-demo/tests/exercises.rs: test `third` grades no \
              exercise that crates/99-demo/src/exercises.rs lists"]
        );
    }

    #[test]
    fn an_entry_missing_its_stub_solution_or_test_is_named() {
        let root = chapter(&[
            "src/exercises.rs",
            "src/exercises/first.rs",
            "pristine/first.rs",
            "pristine/second.rs",
            "solutions/first.rs",
        ]);
        let found = audit(root.path(), &DEMO, &tests(&["second"])).unwrap();
        assert_eq!(
            found,
            [
                "crates/99-demo/tests/exercises.rs: no test `first` \
                 (crates/99-demo/src/exercises.rs lists it)",
                "crates/99-demo/src/exercises/second.rs: missing \
                 (crates/99-demo/src/exercises.rs lists `second`, whose stub it is)",
                "crates/99-demo/solutions/second.rs: missing \
                 (crates/99-demo/src/exercises.rs lists `second`, whose solution it is)",
            ]
        );
    }

    #[test]
    fn a_stub_that_differs_from_its_pristine_copy_is_named() {
        let root = chapter(&COMPLETE);
        std::fs::write(
            root.path().join("crates/99-demo/src/exercises/first.rs"),
            "//! task\npub fn first() {}\n",
        )
        .unwrap();
        let found =
            audit(root.path(), &DEMO, &tests(&["first", "second"])).unwrap();
        assert_eq!(
            found,
            [
                "crates/99-demo/src/exercises/first.rs: differs from its pristine copy \
              crates/99-demo/pristine/first.rs (copy a changed stub there, or reset an \
              exercise solved in this tree)"
            ]
        );
    }

    #[test]
    fn exercise_files_without_a_registry_are_named() {
        let root = chapter(&["src/exercises/first.rs", "src/lib.rs"]);
        let found = unregistered_chapters(root.path(), &[]).unwrap();
        assert_eq!(
            found,
            [
                "crates/99-demo/src/exercises: exercise files, but no registry \
              crates/99-demo/src/exercises.rs"
            ]
        );
        assert_eq!(
            unregistered_chapters(root.path(), &[DEMO]).unwrap(),
            Vec::<String>::new()
        );
    }
}

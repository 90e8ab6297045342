//! What a chapter's grading depends on, as one number: the path, size and
//! modification time of every file that can change its outcome. That is the
//! chapter's own crate, every other crate's library and manifest (a chapter
//! builds on earlier ones), the workspace's manifests and the datasets —
//! but not another chapter's exercises, solutions or tests, which are never
//! compiled into this chapter's grading.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::time::UNIX_EPOCH;

use anyhow::Result;

use crate::registry::Registry;

/// The folders of another crate that this chapter's grading never reads.
const ELSEWHERE: [&str; 6] = [
    "src/exercises",
    "solutions",
    "pristine",
    "tests",
    "benches",
    "python",
];

/// The fingerprint of what `chapter`'s grading reads, in the workspace at
/// `root`. Equal fingerprints mean the same files, unchanged.
pub fn fingerprint(root: &Path, chapter: &Registry) -> Result<String> {
    let mut hasher = DefaultHasher::new();
    for file in ["Cargo.toml", "Cargo.lock", ".cargo/config.toml"] {
        hash_file(&mut hasher, root, &root.join(file));
    }
    hash_tree(&mut hasher, root, &root.join("datasets"), &[])?;
    let mut crates: Vec<_> = std::fs::read_dir(root.join("crates"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    crates.sort();
    for dir in crates {
        let own = dir.file_name().is_some_and(|n| n == chapter.folder);
        let skip: &[&str] = if own { &[] } else { &ELSEWHERE };
        hash_tree(&mut hasher, root, &dir, skip)?;
    }
    Ok(format!("{:016x}", hasher.finish()))
}

/// Every file under `dir` in a fixed order, leaving out the folders `skip`
/// (relative to `dir`).
fn hash_tree(
    hasher: &mut DefaultHasher,
    root: &Path,
    dir: &Path,
    skip: &[&str],
) -> Result<()> {
    let mut pending = vec![dir.to_path_buf()];
    let mut files = Vec::new();
    while let Some(folder) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            let relative = path.strip_prefix(dir).unwrap_or(&path);
            if skip.iter().any(|s| relative == Path::new(s)) {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    for file in files {
        hash_file(hasher, root, &file);
    }
    Ok(())
}

fn hash_file(hasher: &mut DefaultHasher, root: &Path, file: &Path) {
    file.strip_prefix(root).unwrap_or(file).hash(hasher);
    match std::fs::metadata(file) {
        Ok(meta) => {
            meta.len().hash(hasher);
            let modified = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok());
            modified.map(|d| d.as_nanos()).hash(hasher);
        }
        Err(_) => "absent".hash(hasher),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toolkit::chapter::Exercise;

    const FIRST: Registry = Registry {
        folder: "01-first",
        exercises: &[Exercise {
            name: "a",
            hint: "h",
        }],
    };
    const SECOND: Registry = Registry {
        folder: "02-second",
        exercises: &[],
    };

    fn touch(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn an_exercise_changes_its_own_chapter_only_and_a_library_changes_both() {
        let root = tempfile::tempdir().unwrap();
        let r = root.path();
        touch(&r.join("Cargo.toml"), "[workspace]");
        touch(&r.join("crates/01-first/src/lib.rs"), "");
        touch(&r.join("crates/01-first/src/exercises/a.rs"), "todo!()");
        touch(&r.join("crates/02-second/src/lib.rs"), "");
        let before = (
            fingerprint(r, &FIRST).unwrap(),
            fingerprint(r, &SECOND).unwrap(),
        );
        assert_eq!(before.0, fingerprint(r, &FIRST).unwrap(), "stable");

        touch(
            &r.join("crates/01-first/src/exercises/a.rs"),
            "done, at last",
        );
        let edited = (
            fingerprint(r, &FIRST).unwrap(),
            fingerprint(r, &SECOND).unwrap(),
        );
        assert_ne!(edited.0, before.0);
        assert_eq!(
            edited.1, before.1,
            "another chapter's exercise is not read"
        );

        touch(&r.join("crates/01-first/src/lib.rs"), "pub fn f() {}");
        let library = (
            fingerprint(r, &FIRST).unwrap(),
            fingerprint(r, &SECOND).unwrap(),
        );
        assert_ne!(library.0, edited.0);
        assert_ne!(library.1, edited.1, "a library is read by later chapters");

        touch(&r.join("Cargo.lock"), "x");
        assert_ne!(fingerprint(r, &SECOND).unwrap(), library.1);
    }
}

//! Modules that use one another in a circle: the workspace has none, and a
//! test keeps it so. Within each crate, a module's file uses another module
//! when it names it by path (`crate::a::b`, `super::a`, `self::a`, or a
//! child's name followed by `::`); declaring a child (`pub mod a;`) is not a
//! use. Test modules at the end of a file are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::Result;

/// Every circle in the crate whose sources are under `src`, each as the
/// modules it passes through (`measured::charts → measured → …`).
pub fn circles(src: &Path) -> Result<Vec<String>> {
    let modules = modules(src)?;
    let known: BTreeSet<&str> = modules.keys().map(String::as_str).collect();
    let mut uses: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &modules {
        let found = used_modules(module, text, &known);
        uses.insert(
            module,
            found.into_iter().filter(|m| m != module).collect(),
        );
    }
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for start in uses.keys() {
        let mut path = vec![start.to_string()];
        walk(&uses, &mut path, &mut found, &mut seen);
    }
    Ok(found)
}

/// Depth-first from the last module of `path`, recording each circle back
/// to its first module once.
fn walk(
    uses: &BTreeMap<&str, BTreeSet<String>>,
    path: &mut Vec<String>,
    found: &mut Vec<String>,
    seen: &mut BTreeSet<BTreeSet<String>>,
) {
    let Some(last) = path.last().cloned() else {
        return;
    };
    for next in uses.get(last.as_str()).into_iter().flatten() {
        if *next == path[0] {
            let members: BTreeSet<String> = path.iter().cloned().collect();
            if seen.insert(members) {
                let shown: Vec<&str> = path
                    .iter()
                    .chain([next])
                    .map(|m| if m.is_empty() { "crate" } else { m.as_str() })
                    .collect();
                found.push(shown.join(" → "));
            }
        } else if !path.contains(next) {
            path.push(next.clone());
            walk(uses, path, found, seen);
            path.pop();
        }
    }
}

/// Every module of the crate and its source, tests cut off: `""` for the
/// crate root, `a::b` for `src/a/b.rs` or `src/a/b/mod.rs`.
fn modules(src: &Path) -> Result<BTreeMap<String, String>> {
    let mut modules = BTreeMap::new();
    let mut pending = vec![src.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src)?.with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod")) {
                parts.pop();
            }
            if parts.len() == 1 && matches!(parts[0].as_str(), "lib" | "main") {
                parts.clear();
            }
            let text = std::fs::read_to_string(&path)?;
            let text = match text.find("#[cfg(test)]\nmod tests") {
                Some(at) => text[..at].to_owned(),
                None => text,
            };
            modules.insert(parts.join("::"), text);
        }
    }
    Ok(modules)
}

/// The known modules that `module`'s source names by path.
fn used_modules(
    module: &str,
    text: &str,
    known: &BTreeSet<&str>,
) -> BTreeSet<String> {
    let join = |base: &str, rest: &str| {
        if base.is_empty() {
            rest.to_owned()
        } else {
            format!("{base}::{rest}")
        }
    };
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let mut found = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut rest = code.as_str();
    while let Some(at) = rest.find("::") {
        let before = &rest[..at];
        let start = before.rfind(|c: char| !is_ident(c)).map_or(0, |i| i + 1);
        let head = &before[start..];
        // The path after the head: identifiers joined by `::`.
        let mut tail = Vec::new();
        let mut after = &rest[at + 2..];
        loop {
            let end = after.find(|c: char| !is_ident(c)).unwrap_or(after.len());
            if end == 0 {
                break;
            }
            tail.push(&after[..end]);
            match after[end..].strip_prefix("::") {
                Some(next) => after = next,
                None => break,
            }
        }
        let preceded_by_path = before[..start].ends_with("::");
        let base = match head {
            _ if preceded_by_path => None,
            "crate" => Some(String::new()),
            "super" => Some(parent.to_owned()),
            "self" => Some(module.to_owned()),
            child if known.contains(join(module, child).as_str()) => {
                tail.insert(0, child);
                Some(module.to_owned())
            }
            _ => None,
        };
        if let Some(base) = base {
            // The longest prefix of the path that is a module.
            let mut target = base.clone();
            let mut best = base;
            for part in &tail {
                target = join(&target, part);
                if known.contains(target.as_str()) {
                    best = target.clone();
                }
            }
            // `crate::{a, b}`: the modules in the braces, if any are.
            let group = (tail.is_empty() || best == target)
                .then(|| after.strip_prefix('{'))
                .flatten()
                .and_then(|g| g.split_once('}'))
                .map(|(inside, _)| inside);
            let members: Vec<String> = group
                .into_iter()
                .flat_map(|g| g.split(','))
                .map(|name| join(&best, name.trim()))
                .filter(|m| known.contains(m.as_str()))
                .collect();
            if members.is_empty() {
                found.insert(best);
            } else {
                found.extend(members);
            }
        }
        rest = &rest[at + 2..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crate_with(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn a_circle_of_three_modules_is_found_once() {
        let dir = crate_with(&[
            ("lib.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
            ("a.rs", "use crate::{b, c::inner};\n"),
            ("b.rs", "pub fn thing() { super::c::other() }\n"),
            ("c/mod.rs", "pub mod inner;\nuse crate::a;\n"),
            ("c/inner.rs", "// crate::a::x in a comment is no use\n"),
        ]);
        assert_eq!(circles(dir.path()).unwrap(), ["a → b → c → a"]);
        let dir = crate_with(&[
            ("lib.rs", "pub mod a;\npub mod b;\n"),
            ("a.rs", "use crate::{b, Thing};\n"),
            ("b.rs", "pub fn f() { crate::a::g() }\n"),
        ]);
        assert_eq!(circles(dir.path()).unwrap(), ["a → b → a"]);
    }

    #[test]
    fn a_parent_using_its_child_that_uses_it_back_is_a_circle() {
        let dir = crate_with(&[
            ("lib.rs", "pub mod m;\n"),
            ("m/mod.rs", "pub mod data;\npub fn f() { data::g() }\n"),
            ("m/data.rs", "pub fn g() { super::f() }\n"),
        ]);
        assert_eq!(circles(dir.path()).unwrap(), ["m → m::data → m"]);
    }

    #[test]
    fn uses_in_one_direction_and_tests_are_no_circle() {
        let dir = crate_with(&[
            (
                "lib.rs",
                "pub mod a;\npub mod b;\npub const X: u8 = a::Y;\n",
            ),
            ("a.rs", "pub const Y: u8 = crate::b::Z;\n"),
            (
                "b.rs",
                "pub const Z: u8 = 1;\n#[cfg(test)]\nmod tests {\n    use crate::a;\n}\n",
            ),
        ]);
        assert_eq!(circles(dir.path()).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn no_module_of_the_workspace_uses_another_in_a_circle() {
        let root = xtask::command::workspace_root();
        let mut sources =
            vec![root.join("xtask/src"), root.join("xtask/maintainer/src")];
        for entry in std::fs::read_dir(root.join("crates")).unwrap() {
            sources.push(entry.unwrap().path().join("src"));
        }
        let mut all = Vec::new();
        for src in sources {
            for circle in circles(&src).unwrap() {
                all.push(format!("{}: {circle}", src.display()));
            }
        }
        assert!(all.is_empty(), "modules in a circle:\n{}", all.join("\n"));
    }
}

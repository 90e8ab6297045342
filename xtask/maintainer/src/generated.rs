//! The generated folders `book/src/figures/` and `book/src/outputs/`: written whole, or, with
//! `--check`, rendered into a temporary folder and compared file by file with what is committed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use toolkit::chapter::Chapter;
use toolkit::figure::{write_figures, write_figures_in};
use toolkit::files::write_atomic;

use crate::chapters::CHAPTERS;

/// Which generated folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Figures,
    Outputs,
}

impl Kind {
    pub fn dir(self, root: &Path) -> PathBuf {
        root.join("book/src").join(match self {
            Kind::Figures => "figures",
            Kind::Outputs => "outputs",
        })
    }

    /// Renders every chapter's files of this kind under `dir`.
    fn render_into(
        self,
        root: &Path,
        dir: &Path,
        chapters: &[Chapter],
    ) -> Result<()> {
        match self {
            Kind::Figures => render_figures(root, dir, chapters),
            Kind::Outputs => record_outputs(dir, chapters),
        }
    }
}

/// Every chapter's figures in English, then in Korean under `ko/` with the
/// words of `book/po/ko.po`, and the phrases the figures showed in
/// [`PHRASES`](crate::translation::PHRASES).
fn render_figures(root: &Path, dir: &Path, chapters: &[Chapter]) -> Result<()> {
    let korean = toolkit::language::Language::korean(
        crate::translation::korean(root, crate::translation::FIGURE)?,
    );
    let mut phrases = String::new();
    for chapter in chapters {
        write_figures(chapter.figures(), &dir.join(chapter.slug))?;
        let mut note = |name: &str, asked: Vec<String>| {
            for phrase in asked {
                phrases
                    .push_str(&format!("{}/{name}\t{phrase}\n", chapter.slug));
            }
        };
        write_figures_in(
            chapter.figures(),
            &dir.join(korean.code).join(chapter.slug),
            Some(korean),
            &mut note,
        )?;
    }
    if let Some(bad) = phrases.lines().find(|l| l.matches('\t').count() != 1) {
        bail!("a figure's phrase holds a tab or a line break: {bad:?}");
    }
    let path = dir.join(crate::translation::PHRASES);
    write_atomic(&path, phrases.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))
}

/// Every chapter's recorded outputs, each run once.
fn record_outputs(dir: &Path, chapters: &[Chapter]) -> Result<()> {
    for chapter in chapters {
        for file in chapter.guide.outputs() {
            let mut bytes = Vec::new();
            chapter.guide.record(file, &mut bytes).map_err(|e| {
                anyhow::anyhow!("output {}/{file}: {e}", chapter.slug)
            })?;
            let path = dir.join(chapter.slug).join(file);
            write_atomic(&path, &bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    Ok(())
}

/// Regenerates the folder: stale files (of a figure or output that no longer exists) go.
pub fn write(root: &Path, kind: Kind) -> Result<()> {
    let dir = kind.dir(root);
    let fresh = tempfile::tempdir()?;
    kind.render_into(root, fresh.path(), CHAPTERS)?;
    let (new, old) = (files_under(fresh.path())?, files_under(&dir)?);
    for stale in old.difference(&new) {
        std::fs::remove_file(dir.join(stale))?;
    }
    for file in &new {
        let bytes = std::fs::read(fresh.path().join(file))?;
        let target = dir.join(file);
        if std::fs::read(&target).ok().as_deref() != Some(bytes.as_slice()) {
            write_atomic(&target, &bytes).with_context(|| {
                format!("cannot write {}", target.display())
            })?;
        }
    }
    println!("{}: {} files up to date", rel(root, &dir), new.len());
    Ok(())
}

/// Renders into a temporary folder and fails naming every file that differs, is missing or is
/// extra in the committed folder.
pub fn check(root: &Path, kind: Kind) -> Result<()> {
    let dir = kind.dir(root);
    let fresh = tempfile::tempdir()?;
    kind.render_into(root, fresh.path(), CHAPTERS)?;
    let problems = compare(fresh.path(), &dir)?;
    if problems.is_empty() {
        println!("{}: all files match a fresh render", rel(root, &dir));
        return Ok(());
    }
    for problem in &problems {
        eprintln!("  {problem}");
    }
    bail!(
        "{} is stale ({} files); run `cargo xtask {}` and commit the result",
        rel(root, &dir),
        problems.len(),
        match kind {
            Kind::Figures => "figures",
            Kind::Outputs => "outputs",
        }
    )
}

/// One line per difference between a fresh render and the committed folder.
pub fn compare(fresh: &Path, committed: &Path) -> Result<Vec<String>> {
    let (new, old) = (files_under(fresh)?, files_under(committed)?);
    let mut problems = Vec::new();
    for file in new.union(&old) {
        let shown = file.display();
        match (new.contains(file), old.contains(file)) {
            (true, false) => {
                problems.push(format!("missing: {shown} (not committed)"))
            }
            (false, true) => {
                problems.push(format!("extra: {shown} (nothing generates it)"))
            }
            _ => {
                if std::fs::read(fresh.join(file))?
                    != std::fs::read(committed.join(file))?
                {
                    problems.push(format!("differs: {shown}"));
                }
            }
        }
    }
    Ok(problems)
}

/// Every file below `dir`, as paths relative to it (empty if `dir` does not exist).
pub fn files_under(dir: &Path) -> Result<BTreeSet<PathBuf>> {
    let mut files = BTreeSet::new();
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
                files.insert(relative.to_path_buf());
            }
        }
    }
    Ok(files)
}

pub fn rel(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_names_every_missing_extra_and_differing_file() {
        let fresh = tempfile::tempdir().unwrap();
        let committed = tempfile::tempdir().unwrap();
        let put = |dir: &Path, name: &str, text: &str| {
            write_atomic(&dir.join(name), text.as_bytes()).unwrap();
        };
        put(fresh.path(), "a/same.svg", "x");
        put(committed.path(), "a/same.svg", "x");
        put(fresh.path(), "a/changed.svg", "new");
        put(committed.path(), "a/changed.svg", "old");
        put(fresh.path(), "b/new.svg", "n");
        put(committed.path(), "b/old.svg", "o");
        let problems = compare(fresh.path(), committed.path()).unwrap();
        assert_eq!(
            problems,
            [
                "differs: a/changed.svg",
                "missing: b/new.svg (not committed)",
                "extra: b/old.svg (nothing generates it)",
            ]
        );
    }

    /// All Markdown under book/src, concatenated (generated outputs included).
    fn book_sources() -> String {
        let src = xtask::command::workspace_root().join("book/src");
        files_under(&src)
            .unwrap()
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .map(|p| std::fs::read_to_string(src.join(p)).unwrap())
            .collect()
    }

    #[test]
    fn the_book_shows_every_registered_figure_and_output() {
        // A registered figure that no page shows is rendered and checked for nothing.
        let book = book_sources();
        for chapter in CHAPTERS {
            for figure in chapter.figures() {
                let directive =
                    format!("{{{{#figure {}/{}}}}}", chapter.slug, figure.name);
                assert!(book.contains(&directive), "no page has {directive}");
            }
            // values.tsv is quoted name by name (see values.rs's tests).
            for file in chapter
                .guide
                .outputs()
                .into_iter()
                .filter(|f| *f != "values.tsv")
            {
                let path = format!("outputs/{}/{file}", chapter.slug);
                assert!(book.contains(&path), "no page includes {path}");
            }
        }
    }

    #[test]
    fn every_figure_renders_identically_twice() {
        let root = xtask::command::workspace_root();
        let korean = toolkit::language::Language::korean(
            crate::translation::korean(&root, crate::translation::FIGURE)
                .unwrap(),
        );
        let themes = toolkit::plot::THEMES.map(|t| t.in_language(Some(korean)));
        for chapter in CHAPTERS {
            for figure in chapter.figures() {
                for theme in toolkit::plot::THEMES.iter().chain(&themes) {
                    let first = figure.render(theme).unwrap();
                    assert_eq!(
                        first,
                        figure.render(theme).unwrap(),
                        "{}",
                        figure.name
                    );
                    let magic: &[u8] = match figure.draw {
                        toolkit::figure::Render::Svg(_) => b"<svg",
                        toolkit::figure::Render::Gif { .. } => b"GIF89a",
                    };
                    assert!(first.starts_with(magic), "{}", figure.name);
                }
            }
        }
    }
}

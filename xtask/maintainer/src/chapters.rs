//! Every chapter the book shows, in reading order: the one list of chapter
//! crates the maintainer's tools iterate. A new chapter adds one line here
//! (and its dependency in Cargo.toml); figures, outputs, the book, the
//! browser check and the benchmarks pick it up from its registry.

use anyhow::{Result, bail};
use toolkit::chapter::{Chapter, package_of};
use toolkit::figure::Figure;
use xtask::registry::REGISTRIES;

pub const CHAPTERS: &[Chapter] = &[
    supervised_learning::CHAPTER,
    derivatives::CHAPTER,
    logistic::CHAPTER,
    gradient_descent::CHAPTER,
    vectorization::CHAPTER,
    broadcasting::CHAPTER,
    relu_vs_sigmoid::CHAPTER,
    deep_networks::CHAPTER,
];

/// The figure called `slug/name`, if any chapter registers it.
pub fn find_figure(
    reference: &str,
) -> Option<(&'static Chapter, &'static Figure)> {
    let (slug, name) = reference.split_once('/')?;
    let chapter = CHAPTERS.iter().find(|c| c.slug == slug)?;
    let figure = chapter.figures().iter().find(|f| f.name == name)?;
    Some((chapter, figure))
}

/// The chapters listed here are the workspace's chapter folders, each
/// named as its folder says, and the grader (which reads the registries
/// without compiling the chapters) sees the same exercises.
pub fn check_registries() -> Result<()> {
    let mut problems = Vec::new();
    let root = xtask::command::workspace_root();
    let mut folders: Vec<String> = std::fs::read_dir(root.join("crates"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    folders.sort();
    let slugs: Vec<&str> = CHAPTERS.iter().map(|c| c.slug).collect();
    if slugs != folders {
        problems.push(format!(
            "xtask/maintainer/src/chapters.rs lists {slugs:?}, the chapter folders are {folders:?}"
        ));
    }
    for chapter in CHAPTERS {
        if chapter.package() != package_of(chapter.slug) {
            problems.push(format!(
                "crates/{}: package `{}`, but its folder says `{}`",
                chapter.slug,
                chapter.package(),
                package_of(chapter.slug)
            ));
        }
        let graded = REGISTRIES
            .iter()
            .find(|r| r.folder == chapter.slug)
            .map_or(&[][..], |r| r.exercises);
        if graded != chapter.exercises {
            problems.push(format!(
                "crates/{}: the grader sees other exercises than the chapter registers",
                chapter.slug
            ));
        }
    }
    if !problems.is_empty() {
        bail!(
            "the chapter registries disagree:\n  {}",
            problems.join("\n  ")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registries_agree() {
        check_registries().unwrap();
    }

    #[test]
    fn every_chapter_has_its_page_in_the_book() {
        let src = xtask::command::workspace_root().join("book/src");
        let summary = std::fs::read_to_string(src.join("SUMMARY.md")).unwrap();
        for chapter in CHAPTERS {
            let page = format!("{}.md", chapter.slug);
            assert!(src.join(&page).is_file(), "no book/src/{page}");
            assert!(
                summary.contains(&format!("]({page})")),
                "SUMMARY.md lacks {page}"
            );
        }
    }

    #[test]
    fn each_chapter_has_its_own_search_word() {
        let terms: Vec<&str> = CHAPTERS.iter().map(|c| c.search).collect();
        for (i, term) in terms.iter().enumerate() {
            assert!(!term.trim().is_empty(), "{}", CHAPTERS[i].slug);
            assert_eq!(
                terms.iter().filter(|t| *t == term).count(),
                1,
                "{term:?} is the search word of two chapters"
            );
        }
    }
}

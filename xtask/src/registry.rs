//! Every chapter the book shows, in reading order. A new chapter crate adds one line here
//! (and a dependency in xtask/Cargo.toml); figures, outputs and the grader pick it up.

use toolkit::figure::Chapter;

pub const CHAPTERS: &[Chapter] = &[
    crate::intro::CHAPTER,
    derivatives::CHAPTER,
    logistic::CHAPTER,
    gradient_descent::CHAPTER,
    vectorization::CHAPTER,
    broadcasting::CHAPTER,
    relu_vs_sigmoid::CHAPTER,
];

/// The figure called `slug/name`, if any chapter registers it.
pub fn find_figure(
    reference: &str,
) -> Option<(&'static Chapter, &'static toolkit::figure::Figure)> {
    let (slug, name) = reference.split_once('/')?;
    let chapter = CHAPTERS.iter().find(|c| c.slug == slug)?;
    let figure = chapter.figures.iter().find(|f| f.name == name)?;
    Some((chapter, figure))
}

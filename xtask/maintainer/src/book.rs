//! Builds the book in-process with mdbook-driver, with three preprocessors of our own:
//! `{{#value chapter/name}}`, a recorded number (see `values.rs`); LaTeX to MathML (see
//! `math.rs`); and `{{#figure chapter/name}}`, which places both theme renders of a registered
//! figure with the caption from the registry. Then checks the HTML is offline.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use mdbook_driver::MDBook;
use mdbook_driver::book::{Book, BookItem};
use mdbook_driver::config::{Config, HtmlConfig};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

use crate::chapters::find_figure;
use crate::generated::files_under;
use crate::math::render_math_with;
use crate::values::{Recorded, expand_values};

/// Loads `book/book.toml` strictly: a key mdbook would silently ignore is an error here.
pub fn load_config(book_dir: &Path) -> Result<Config> {
    let path = book_dir.join("book.toml");
    let shown = path.display();
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {shown}"))?;
    let config: Config = text.parse().map_err(|e: anyhow::Error| {
        anyhow::anyhow!("{shown}: {}", one_line(&e))
    })?;
    let table: toml::Table = toml::from_str(&text)?;
    let keys = |name| {
        table
            .get(name)
            .and_then(toml::Value::as_table)
            .map(toml::Table::keys)
    };
    if let Some(other) =
        keys("output").into_iter().flatten().find(|k| *k != "html")
    {
        bail!(
            "{shown}: [output.{other}] is not supported; this book renders HTML only"
        );
    }
    if let Some(name) = keys("preprocessor").into_iter().flatten().next() {
        bail!(
            "{shown}: [preprocessor.{name}] is not supported; the book's preprocessors are \
             built into xtask"
        );
    }
    // mdbook itself reads [output.html] leniently (a bad key only logs); read it strictly.
    config.get::<HtmlConfig>("output.html").map_err(|e| {
        anyhow::anyhow!("{shown}: [output.html]: {}", one_line(&e))
    })?;
    Ok(config)
}

/// The editions: the English book in `book/build/`, and the Korean one,
/// translated by `book/po/ko.po`, in `book/build/ko/`.
pub const KOREAN_DIR: &str = "ko";

/// Builds both editions of `book/` and returns the path of the English
/// `index.html`.
pub fn build(root: &Path) -> Result<PathBuf> {
    let index = build_edition(root, None)?;
    let korean = Korean {
        pages: crate::translation::korean(root, "")?,
        widgets: crate::translation::korean(root, crate::translation::WIDGET)?,
    };
    build_edition(root, Some(&korean))?;
    Ok(index)
}

/// The Korean edition's translations (English → Korean): the pages'
/// messages (with the title and the captions), and the widgets' words.
/// The figures' words are in the Korean renders already.
struct Korean {
    pages: BTreeMap<String, String>,
    widgets: BTreeMap<String, String>,
}

/// Builds one edition: English, or with `korean` the Korean one.
fn build_edition(root: &Path, korean: Option<&Korean>) -> Result<PathBuf> {
    let book_dir = root.join("book");
    let mut config = load_config(&book_dir)?;
    if let Some(korean) = korean {
        config.book.title = config
            .book
            .title
            .map(|t| korean.pages.get(&t).cloned().unwrap_or(t));
        config.book.language = Some("ko".to_owned());
        config.build.build_dir = config.build.build_dir.join(KOREAN_DIR);
    }
    let build_dir = book_dir.join(&config.build.build_dir);
    let src = book_dir.join(&config.book.src);
    let values = Values {
        recorded: Recorded::read(&src.join("outputs"))?,
        src,
    };
    let mut book = MDBook::load_with_config(&book_dir, config)?;
    // The English edition has nothing to translate or restore.
    let mut restore = BTreeMap::new();
    if let Some(korean) = korean {
        // Read off the English pages, before they are translated.
        restore = original_formulas(&book.book)?;
        // Translated as written, before includes and directives expand:
        // code and program output are never translated.
        let catalog = catalog_of(&korean.pages);
        mdbook_i18n_helpers::gettext::translate_book(&catalog, &mut book.book)
            .map_err(|e| anyhow::anyhow!("translating: {}", one_line(&e)))?;
    }
    let captions = korean.map(|k| k.pages.clone()).unwrap_or_default();
    book.with_preprocessor(values)
        .with_preprocessor(Math { restore })
        .with_preprocessor(Figures {
            captions,
            language: if korean.is_some() { "ko/" } else { "" },
        })
        .with_preprocessor(Widgets);
    book.build()
        .map_err(|e| anyhow::anyhow!("{}", one_line(&e)))?;
    let words = korean.map(|k| k.widgets.clone()).unwrap_or_default();
    crate::widgets::write_data_scripts(&build_dir, &words)?;
    if korean.is_some() {
        crate::search_ko::reindex(&build_dir)?;
    }
    let report = audit_offline(&build_dir)?;
    println!(
        "book{}: {} pages, {} formulas as MathML, no remote scripts, styles, fonts or images",
        if korean.is_some() { " (한국어)" } else { "" },
        report.pages,
        report.formulas
    );
    Ok(build_dir.join("index.html"))
}

/// A gettext catalog of `translations`, what mdbook-i18n-helpers reads.
fn catalog_of(
    translations: &BTreeMap<String, String>,
) -> polib::catalog::Catalog {
    let mut catalog =
        polib::catalog::Catalog::new(polib::metadata::CatalogMetadata::new());
    for (id, text) in translations {
        catalog.append_or_update(
            polib::message::Message::build_singular()
                .with_msgid(id.clone())
                .with_msgstr(text.clone())
                .done(),
        );
    }
    catalog
}

fn one_line(err: &anyhow::Error) -> String {
    format!("{err:#}")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Applies `edit` to every chapter's Markdown, naming the chapter's file in errors.
fn each_chapter(
    mut book: Book,
    edit: impl Fn(&str, &Path, &str) -> Result<String>,
) -> Result<Book> {
    let mut failure = None;
    book.for_each_mut(|item| {
        if failure.is_some() {
            return;
        }
        if let BookItem::Chapter(chapter) = item {
            let Some(path) = chapter.path.clone() else {
                return;
            };
            let file = format!("book/src/{}", path.display());
            match edit(&file, &path, &chapter.content) {
                Ok(content) => chapter.content = content,
                Err(e) => failure = Some(e),
            }
        }
    });
    match failure {
        Some(e) => Err(e),
        None => Ok(book),
    }
}

/// Runs first, so that a value can sit inside a formula.
struct Values {
    recorded: Recorded,
    src: PathBuf,
}

impl Preprocessor for Values {
    fn name(&self) -> &str {
        "dlnotes-values"
    }

    fn run(&self, _: &PreprocessorContext, book: Book) -> Result<Book> {
        each_chapter(book, |file, path, text| {
            // The page as written, to name the line; includes are expanded
            // in `text` already.
            let source = std::fs::read_to_string(self.src.join(path))
                .unwrap_or_default();
            expand_values(file, &source, text, &self.recorded)
        })
    }
}

/// `restore`: in the Korean edition, each formula as the translation's
/// Markdown round trip left it → the formula as written (see
/// [`original_formulas`]).
struct Math {
    restore: BTreeMap<String, String>,
}

impl Preprocessor for Math {
    fn name(&self) -> &str {
        "dlnotes-math"
    }

    fn run(&self, _: &PreprocessorContext, book: Book) -> Result<Book> {
        each_chapter(book, |file, _, text| {
            Ok(render_math_with(file, text, &|f: &str| {
                self.restore
                    .get(f)
                    .map_or_else(|| f.to_owned(), Clone::clone)
            })?)
        })
    }
}

/// The translation reads each page as Markdown and writes it back, which
/// changes formulas: Markdown's escapes apply inside `$…$` (`\,` becomes
/// `,`), and backslashes come back doubled. For every formula of the
/// English pages, this is what it becomes on that trip, mapped to the
/// formula as written, so that the Korean edition renders the same formulas.
fn original_formulas(book: &Book) -> Result<BTreeMap<String, String>> {
    let mut map = BTreeMap::new();
    for item in book.iter() {
        let BookItem::Chapter(chapter) = item else {
            continue;
        };
        for formula in crate::math::formulas(&chapter.content) {
            // The formula as the page writes it: a `$$` block over several
            // lines, a `$$ … $$` line, or inline.
            let alone = if formula.contains('\n') {
                format!("$$\n{formula}$$\n")
            } else if chapter.content.contains(&format!("$${formula}$$")) {
                format!("$${formula}$$\n")
            } else {
                format!("${formula}$\n")
            };
            let trip: Vec<String> =
                mdbook_i18n_helpers::extract_messages(&alone)
                    .map_err(|e| anyhow::anyhow!("{e:?}"))?
                    .into_iter()
                    .map(|(_, m)| m.message)
                    .collect();
            for changed in crate::math::formulas(&trip.join("\n\n")) {
                map.entry(changed).or_insert_with(|| formula.clone());
            }
        }
    }
    Ok(map)
}

/// `captions`: the Korean edition's translations of the registered
/// captions (the English edition has none); `language`: the folder of the
/// edition's renders below `figures/` (`ko/`, or empty for English).
struct Figures {
    captions: BTreeMap<String, String>,
    language: &'static str,
}

impl Preprocessor for Figures {
    fn name(&self) -> &str {
        "dlnotes-figures"
    }

    fn run(&self, _: &PreprocessorContext, book: Book) -> Result<Book> {
        each_chapter(book, |file, path, text| {
            expand_figures_with(
                file,
                path,
                text,
                self.language,
                &|caption: &str| {
                    self.captions
                        .get(caption)
                        .map_or(caption, String::as_str)
                        .to_owned()
                },
            )
        })
    }
}

struct Widgets;

impl Preprocessor for Widgets {
    fn name(&self) -> &str {
        "dlnotes-widgets"
    }

    fn run(&self, _: &PreprocessorContext, book: Book) -> Result<Book> {
        each_chapter(book, crate::widgets::expand_widgets)
    }
}

/// Replaces each `{{#figure chapter/name}}` with a `<figure>` holding the light and the dark
/// render (the stylesheet shows the one that fits the theme) and the registered caption.
#[cfg(test)]
pub fn expand_figures(
    file: &str,
    chapter_path: &Path,
    text: &str,
) -> Result<String> {
    expand_figures_with(file, chapter_path, text, "", &str::to_owned)
}

/// [`expand_figures`] with the renders in `figures/{language}` (`ko/` for
/// the Korean figures, empty for English) and each caption passed through
/// `caption` (the translation of the edition being built).
fn expand_figures_with(
    file: &str,
    chapter_path: &Path,
    text: &str,
    language: &str,
    caption: &dyn Fn(&str) -> String,
) -> Result<String> {
    // Figures live under src/figures; a chapter in a subfolder needs `../` to reach them.
    let prefix = crate::directive::to_root(chapter_path);
    let unclosed = || anyhow::anyhow!("{file}: `{{{{#figure` is never closed");
    crate::directive::expand(text, "{{#figure ", unclosed, |inner| {
        let reference = inner.trim();
        let (chapter, figure) = find_figure(reference).with_context(|| {
            format!(
                "{file}: no registered figure `{reference}` (see xtask/maintainer/src/chapters.rs)"
            )
        })?;
        let caption = escape_html(&caption(figure.caption));
        let (w, h) = figure.size;
        let mut out = format!(
            "<figure class=\"dl-figure\" id=\"figure-{}\">\n",
            figure.name
        );
        for theme in &toolkit::plot::THEMES {
            out.push_str(&format!(
                "<img class=\"dl-{}\" src=\"{prefix}figures/{language}{}/{}\" \
                 width=\"{w}\" height=\"{h}\" alt=\"{caption}\">\n",
                theme.mode.as_str(),
                chapter.slug,
                figure.file_name(theme)
            ));
        }
        out.push_str(&format!("<figcaption>{caption}</figcaption>\n</figure>"));
        Ok(out)
    })
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[derive(Debug, Default)]
pub struct OfflineReport {
    pub pages: usize,
    pub formulas: usize,
}

/// Fails if any page loads a script, stylesheet, font or image from another host.
pub fn audit_offline(build_dir: &Path) -> Result<OfflineReport> {
    let mut report = OfflineReport::default();
    let mut problems = Vec::new();
    for entry in files_under(build_dir)?.iter().map(|f| build_dir.join(f)) {
        let is_html = entry.extension().is_some_and(|e| e == "html");
        let is_css = entry.extension().is_some_and(|e| e == "css");
        if !is_html && !is_css {
            continue;
        }
        let text = std::fs::read_to_string(&entry)?;
        let shown = entry
            .strip_prefix(build_dir)
            .unwrap_or(&entry)
            .display()
            .to_string();
        if is_html {
            report.pages += 1;
            report.formulas += text.matches("<math").count();
            for tag in remote_tags(&text) {
                problems.push(format!("{shown}: {tag}"));
            }
        } else if let Some(at) =
            ["url(http", "url(\"http", "url('http", "url(//", "@import"]
                .iter()
                .find_map(|p| text.find(p))
        {
            let snippet: String = text[at..].chars().take(60).collect();
            problems.push(format!("{shown}: {snippet}"));
        }
    }
    if !problems.is_empty() {
        bail!(
            "the built book loads from other hosts:\n  {}",
            problems.join("\n  ")
        );
    }
    Ok(report)
}

/// `<script src>`, `<link href>`, `<img src>` (and the like) that point at http(s) or `//`.
pub fn remote_tags(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (tag, attr) in [
        ("<script", "src="),
        ("<link", "href="),
        ("<img", "src="),
        ("<source", "src="),
        ("<iframe", "src="),
    ] {
        let mut rest = html;
        while let Some(start) = rest.find(tag) {
            let end = rest[start..]
                .find('>')
                .map_or(rest.len(), |e| start + e + 1);
            let element = &rest[start..end];
            if let Some(a) = element.find(attr) {
                let value =
                    element[a + attr.len()..].trim_start_matches(['"', '\'']);
                if value.starts_with("http://")
                    || value.starts_with("https://")
                    || value.starts_with("//")
                {
                    found.push(element.to_owned());
                }
            }
            rest = &rest[end..];
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_error(toml_text: &str) -> String {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("book.toml"), toml_text).unwrap();
        load_config(dir.path()).unwrap_err().to_string()
    }

    #[test]
    fn the_real_book_toml_is_valid() {
        let root = xtask::command::workspace_root().join("book");
        load_config(&root).unwrap();
    }

    #[test]
    fn unknown_keys_in_book_toml_fail_instead_of_being_ignored() {
        let msg = config_error("[book]\ntitle = \"t\"\ntitel = \"typo\"\n");
        assert!(msg.contains("titel"), "{msg}");
        let msg = config_error(
            "[output.html]\ndefault-theme = \"light\"\nmathjax = true\n",
        );
        assert!(msg.contains("mathjax"), "{msg}");
        let msg = config_error("[output.html.search]\nenabled = true\n");
        assert!(msg.contains("enabled"), "{msg}");
        let msg = config_error("[bookk]\n");
        assert!(msg.contains("bookk"), "{msg}");
        let msg = config_error("[output.pdf]\n");
        assert!(msg.contains("[output.pdf] is not supported"), "{msg}");
        let msg = config_error("[preprocessor.katex]\n");
        assert!(
            msg.contains("[preprocessor.katex] is not supported"),
            "{msg}"
        );
    }

    #[test]
    fn figure_directive_uses_the_registry_and_both_themes() {
        let page = "Intro\n\n{{#figure 00-supervised-learning/unstructured}}\n\nMore\n";
        let html = expand_figures("a.md", Path::new("a.md"), page).unwrap();
        assert!(html.contains(
            "src=\"figures/00-supervised-learning/unstructured.light.svg\""
        ));
        assert!(html.contains(
            "src=\"figures/00-supervised-learning/unstructured.dark.svg\""
        ));
        assert!(html.contains("<figcaption>Unstructured data:"), "{html}");
        let nested =
            expand_figures("a/b.md", Path::new("a/b.md"), page).unwrap();
        assert!(nested.contains("src=\"../figures/"), "{nested}");
        let korean = expand_figures_with(
            "a/b.md",
            Path::new("a/b.md"),
            page,
            "ko/",
            &|_| "비정형 데이터".to_owned(),
        )
        .unwrap();
        assert!(korean.contains(
            "src=\"../figures/ko/00-supervised-learning/unstructured.dark.svg\""
        ));
        assert!(korean.contains("<figcaption>비정형 데이터</figcaption>"));
        let err =
            expand_figures("a.md", Path::new("a.md"), "{{#figure 00-x/nope}}")
                .unwrap_err();
        assert!(
            err.to_string()
                .contains("a.md: no registered figure `00-x/nope`"),
            "{err}"
        );
    }

    #[test]
    fn remote_tags_are_found_and_local_ones_are_not() {
        let html = r#"<script src="book.js"></script><script src="https://cdn.x/m.js"></script>
            <link rel="stylesheet" href="//fonts.example/css"><img src="figures/a.svg">
            <a href="https://example.com">a link is fine</a>"#;
        let tags = remote_tags(html);
        assert_eq!(tags.len(), 2, "{tags:?}");
        assert!(tags[0].contains("cdn.x") && tags[1].contains("fonts.example"));
    }
}

#[cfg(test)]
mod formula_trip {
    #[test]
    fn every_formula_of_the_english_pages_survives_the_translations_round_trip()
    {
        let root = xtask::command::workspace_root().join("book");
        let book = mdbook_driver::MDBook::load(root).unwrap();
        let map = super::original_formulas(&book.book).unwrap();
        let intro = map
            .iter()
            .find(|(k, _)| k.contains("\\\\qquad Y"))
            .map(|(_, v)| v.clone());
        assert!(intro.is_some_and(|v| v.contains("\n\\qquad\n")), "{map:#?}");
    }
}

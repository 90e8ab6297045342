//! `cargo xtask translation [--check]`: the Korean edition's messages.
//!
//! Every translatable piece of the English book — each paragraph, heading,
//! list item and table of the pages as written (before includes and the
//! book's own directives are expanded, so that code and program output are
//! never translated), each chapter's title, each figure's caption and the
//! words drawn in the figures (as `cargo xtask figures` records them) — is
//! a message in `book/po/messages.pot`. `book/po/ko.po` holds their Korean
//! translations. Writing updates both; `--check` fails while the template
//! is stale or any message is untranslated, fuzzy or no longer in the
//! English text, so a changed English sentence fails CI until its
//! translation follows.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use mdbook_driver::MDBook;
use mdbook_driver::book::BookItem;
use polib::catalog::Catalog;
use polib::message::Message;
use polib::metadata::CatalogMetadata;

use crate::chapters::CHAPTERS;

/// The template and the Korean catalog, from the workspace root.
pub const POT: &str = "book/po/messages.pot";
pub const KO: &str = "book/po/ko.po";

/// The `msgctxt` of the words the figures draw and the widgets show: a
/// word there may want another translation than the same word in a page
/// (the glossary's term column keeps `accuracy` English; a figure's axis
/// says 정확도). The pages' messages have no context.
pub const FIGURE: &str = "figure";
pub const WIDGET: &str = "widget";

/// One message of the template: its context (empty for the pages), where
/// it occurs, and a comment for translators (mdbook-i18n-helpers'
/// `i18n:comment`).
#[derive(Debug, Clone, Default)]
struct Entry {
    context: &'static str,
    sources: Vec<String>,
    comment: String,
}

impl Entry {
    /// The context as polib looks a message up by it.
    fn context(&self) -> Option<&str> {
        Some(self.context).filter(|c| !c.is_empty())
    }
}

/// The messages of the English book, in the order a reader meets them.
fn messages(root: &Path) -> Result<Vec<(String, Entry)>> {
    let book = MDBook::load(root.join("book")).map_err(|e| anyhow!("{e:#}"))?;
    let mut order: Vec<(&str, String)> = Vec::new();
    let mut entries: BTreeMap<(&str, String), Entry> = BTreeMap::new();
    let mut add =
        |context: &'static str, msgid: &str, source: String, comment: &str| {
            let key = (context, msgid.to_owned());
            let entry = entries.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                Entry {
                    context,
                    ..Entry::default()
                }
            });
            entry.sources.push(source);
            if entry.comment.is_empty() {
                entry.comment = comment.to_owned();
            }
        };
    if let Some(title) = &book.config.book.title {
        add(
            "",
            title,
            "book.toml".to_owned(),
            "The book's title, in every page's header.",
        );
    }
    for item in book.book.iter() {
        let BookItem::Chapter(chapter) = item else {
            continue;
        };
        let Some(path) = &chapter.path else { continue };
        add("", &chapter.name, "src/SUMMARY.md".to_owned(), "");
        let extracted = mdbook_i18n_helpers::extract_messages(&chapter.content)
            .map_err(|e| anyhow!("book/src/{}: {e:?}", path.display()))?;
        for (line, message) in extracted {
            add(
                "",
                &message.message,
                format!("src/{}:{line}", path.display()),
                &message.comment,
            );
        }
    }
    for (script, phrase) in widget_phrases(root)? {
        add(WIDGET, &phrase, format!("widget {script}"), "");
    }
    for chapter in CHAPTERS {
        for figure in chapter.figures() {
            add(
                "",
                figure.caption,
                format!("figure {}/{}", chapter.slug, figure.name),
                "",
            );
        }
    }
    for (figure, phrase) in figure_phrases(root)? {
        add(FIGURE, &phrase, format!("figure {figure}"), "");
    }
    Ok(order
        .into_iter()
        .map(|key| {
            let entry = entries.remove(&key).unwrap_or_default();
            (key.1, entry)
        })
        .collect())
}

/// The phrases the widgets' scripts show, each written `DL.t("…")` (see
/// book/src/widgets/dlnotes.js), with the script they are in.
fn widget_phrases(root: &Path) -> Result<Vec<(String, String)>> {
    const OPEN: &str = "DL.t(\"";
    let mut phrases = Vec::new();
    let mut scripts: Vec<&str> =
        crate::widgets::WIDGETS.iter().map(|w| w.script).collect();
    scripts.dedup();
    for script in scripts {
        let path = root.join("book/src/widgets").join(script);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut rest = text.as_str();
        while let Some(at) = rest.find(OPEN) {
            rest = &rest[at + OPEN.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            phrases.push((script.to_owned(), rest[..end].to_owned()));
            rest = &rest[end..];
        }
    }
    // The chapter 06 widget's choices are the chapter's own labels.
    for kind in relu_vs_sigmoid::experiments::KINDS {
        phrases.push(("gradient-norms.js".to_owned(), kind.label.to_owned()));
    }
    Ok(phrases)
}

/// In the figures' folder, `book/src/figures/`: each phrase a figure
/// shows, one line `chapter/figure<TAB>phrase` each, in the order they are
/// drawn, as `cargo xtask figures` writes it; what the template takes the
/// figures' words from.
pub const PHRASES: &str = "phrases.tsv";

/// The phrases the figures show, with the figure (`chapter/name`) that
/// shows each, as `cargo xtask figures` last recorded them.
fn figure_phrases(root: &Path) -> Result<Vec<(String, String)>> {
    let path = root.join("book/src/figures").join(PHRASES);
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!("cannot read {} (run `cargo xtask figures`)", path.display())
    })?;
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let (figure, phrase) =
                line.split_once('\t').with_context(|| {
                    format!("{}, line {}: no tab", path.display(), i + 1)
                })?;
            Ok((figure.to_owned(), phrase.to_owned()))
        })
        .collect()
}

fn metadata(language: &str) -> CatalogMetadata {
    let mut m = CatalogMetadata::new();
    m.project_id_version = "dlnotes".to_owned();
    m.language = language.to_owned();
    m.mime_version = "1.0".to_owned();
    m.content_type = "text/plain; charset=UTF-8".to_owned();
    m.content_transfer_encoding = "8bit".to_owned();
    m
}

/// The catalog for `messages`, each with the translation `translate`
/// gives (empty in the template).
fn catalog(
    messages: &[(String, Entry)],
    language: &str,
    translate: impl Fn(&str, Option<&str>) -> Option<(String, bool)>,
) -> Catalog {
    let mut catalog = Catalog::new(metadata(language));
    for (id, entry) in messages {
        let mut builder = Message::build_singular();
        builder
            .with_msgctxt(entry.context.to_owned())
            .with_msgid(id.clone())
            .with_source(entry.sources.join(" "))
            .with_comments(entry.comment.clone());
        if let Some((msgstr, fuzzy)) = translate(id, entry.context()) {
            builder.with_msgstr(msgstr);
            if fuzzy {
                let mut flags = polib::message::MessageFlags::new();
                flags.add_flag("fuzzy");
                builder.with_flags(flags);
            }
        }
        catalog.append_or_update(builder.done());
    }
    catalog
}

fn write_text(catalog: &Catalog) -> Result<String> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("out.po");
    polib::po_file::write(catalog, &path)?;
    Ok(std::fs::read_to_string(path)?)
}

fn read(path: &Path) -> Result<Option<Catalog>> {
    if !path.is_file() {
        return Ok(None);
    }
    polib::po_file::parse(path)
        .map(Some)
        .map_err(|e| anyhow!("{}: {e}", path.display()))
}

/// The Korean translation of each message in `context` (`""`: the pages'),
/// from `book/po/ko.po`.
pub fn korean(root: &Path, context: &str) -> Result<BTreeMap<String, String>> {
    let ko = read(&root.join(KO))?.with_context(|| format!("no {KO}"))?;
    Ok(ko
        .messages()
        .filter(|m| m.msgctxt() == context)
        .filter(|m| m.is_translated() && !m.is_fuzzy())
        .filter_map(|m| {
            Some((m.msgid().to_owned(), m.msgstr().ok()?.to_owned()))
        })
        .collect())
}

/// What is wrong with the Korean catalog against the English messages:
/// untranslated, fuzzy and obsolete messages, each named.
fn problems(messages: &[(String, Entry)], ko: Option<&Catalog>) -> Vec<String> {
    let Some(ko) = ko else {
        return vec![format!("{KO} is missing")];
    };
    let mut problems = Vec::new();
    for (id, entry) in messages {
        let first = entry.sources.first().map_or("", String::as_str);
        match ko.find_message(entry.context(), id, None) {
            None => {
                problems.push(format!("{first}: not in {KO}: {}", short(id)))
            }
            Some(m) if m.is_fuzzy() => {
                problems.push(format!("{first}: fuzzy: {}", short(id)))
            }
            Some(m) if !m.is_translated() => {
                problems.push(format!("{first}: untranslated: {}", short(id)));
            }
            Some(_) => {}
        }
    }
    let known: std::collections::BTreeSet<(&str, &str)> = messages
        .iter()
        .map(|(id, e)| (e.context, id.as_str()))
        .collect();
    for m in ko.messages() {
        if !m.msgid().is_empty() && !known.contains(&(m.msgctxt(), m.msgid())) {
            problems.push(format!(
                "{KO}: no longer in the English text: {}",
                short(m.msgid())
            ));
        }
    }
    problems
}

/// The glossary is the hinge of the translation: wherever a chapter uses a
/// term the glossary lists for it, the Korean page must use the glossary's
/// Korean form. Rows with several terms (`weights, bias`) pair them in
/// order; a part in parentheses is an alternative and not required.
fn glossary_problems(
    root: &Path,
    messages: &[(String, Entry)],
    ko: &Catalog,
) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(root.join("book/src/glossary.md"))?;
    let page_of = |chapter: &str| -> Option<String> {
        match chapter {
            "Introduction" => Some("introduction.md".to_owned()),
            "Supervised learning" => Some(format!("{}.md", CHAPTERS[0].slug)),
            n => n
                .parse::<usize>()
                .ok()
                .and_then(|i| CHAPTERS.get(i))
                .map(|c| format!("{}.md", c.slug)),
        }
    };
    let parts = |cell: &str| -> Vec<String> {
        let mut plain = String::new();
        let mut depth = 0;
        for c in cell.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        plain
            .split(',')
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect()
    };
    // Each page's English and Korean text, message by message.
    let mut english: BTreeMap<String, String> = BTreeMap::new();
    let mut korean: BTreeMap<String, String> = BTreeMap::new();
    for (id, entry) in messages {
        let translated = ko
            .find_message(None, id, None)
            .and_then(|m| m.msgstr().ok().map(str::to_owned))
            .unwrap_or_default();
        for source in &entry.sources {
            let Some(page) = source
                .strip_prefix("src/")
                .and_then(|s| s.split(':').next())
            else {
                continue;
            };
            english
                .entry(page.to_owned())
                .or_default()
                .push_str(&format!("{}\n", id.to_lowercase()));
            korean
                .entry(page.to_owned())
                .or_default()
                .push_str(&format!("{translated}\n"));
        }
    }
    let mut problems = Vec::new();
    for row in text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| term"))
    {
        let cells: Vec<&str> =
            row.trim_matches('|').split('|').map(str::trim).collect();
        let [term, _, hangul, chapter] = cells[..] else {
            continue;
        };
        let (terms, forms) = (parts(term), parts(hangul));
        let Some(page) = page_of(chapter) else {
            continue;
        };
        if terms.len() != forms.len() {
            continue;
        }
        for (term, form) in terms.iter().zip(&forms) {
            let used = english
                .get(&page)
                .is_some_and(|t| t.contains(&term.to_lowercase()));
            let translated =
                korean.get(&page).is_some_and(|t| t.contains(form.as_str()));
            if used && !translated {
                problems.push(format!(
                    "src/{page}: uses the glossary's {term:?}, but its Korean page never says {form:?}"
                ));
            }
        }
    }
    Ok(problems)
}

fn short(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > 70 {
        format!("{:?}…", line.chars().take(70).collect::<String>())
    } else {
        format!("{line:?}")
    }
}

pub fn run(root: &Path, check: bool) -> Result<()> {
    let messages = messages(root)?;
    let pot = write_text(&catalog(&messages, "", |_, _| None))?;
    let ko_path = root.join(KO);
    let old = read(&ko_path)?;
    if check {
        let committed =
            std::fs::read_to_string(root.join(POT)).unwrap_or_default();
        let mut found = Vec::new();
        if committed != pot {
            found.push(format!("{POT} is not up to date with the English text: run `cargo xtask translation`"));
        }
        found.extend(problems(&messages, old.as_ref()));
        if let Some(ko) = &old {
            found.extend(glossary_problems(root, &messages, ko)?);
        }
        if !found.is_empty() {
            let shown: Vec<&String> = found.iter().take(20).collect();
            bail!(
                "the Korean edition is behind the English one ({} problem(s)):\n  {}{}",
                found.len(),
                shown
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n  "),
                if found.len() > 20 { "\n  …" } else { "" }
            );
        }
        println!(
            "translation: {POT} up to date; {KO} translates all {} messages, none fuzzy; every \
             glossary term a chapter uses has its Korean form on the Korean page",
            messages.len()
        );
        return Ok(());
    }
    std::fs::create_dir_all(root.join("book/po"))?;
    std::fs::write(root.join(POT), pot)?;
    // Keep every translation whose English is unchanged; a message whose
    // English is new starts untranslated.
    let kept = |id: &str, context: Option<&str>| {
        let m = old.as_ref()?.find_message(context, id, None)?;
        Some((m.msgstr().ok()?.to_owned(), m.is_fuzzy()))
    };
    let ko = catalog(&messages, "ko", kept);
    std::fs::write(&ko_path, write_text(&ko)?)?;
    let left = problems(&messages, Some(&ko)).len();
    println!(
        "translation: wrote {POT} ({} messages) and {KO} ({left} still to translate)",
        messages.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(source: &str) -> Entry {
        Entry {
            context: "",
            sources: vec![source.to_owned()],
            comment: String::new(),
        }
    }

    #[test]
    fn a_glossary_term_without_its_korean_form_is_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("book/src")).unwrap();
        std::fs::write(
            dir.path().join("book/src/glossary.md"),
            "| term | symbol | 한국어 | chapter |\n|---|---|---|---|\n\
             | learning rate | $\\alpha$ | 학습률 | 3 |\n\
             | weights, bias | | 가중치, 편향 | Introduction |\n",
        )
        .unwrap();
        let page = format!("src/{}.md:1", CHAPTERS[3].slug);
        let messages = vec![
            ("The learning rate matters.".to_owned(), entry(&page)),
            (
                "Weights and a bias.".to_owned(),
                entry("src/introduction.md:1"),
            ),
        ];
        let translated = |a: &str, b: &str| {
            let mut ko = Catalog::new(metadata("ko"));
            for (id, text) in [(&messages[0].0, a), (&messages[1].0, b)] {
                ko.append_or_update(
                    Message::build_singular()
                        .with_msgid(id.clone())
                        .with_msgstr(text.to_owned())
                        .done(),
                );
            }
            glossary_problems(dir.path(), &messages, &ko).unwrap()
        };
        assert!(
            translated("학습률이 중요합니다.", "가중치와 편향.").is_empty()
        );
        let found = translated("학습 속도가 중요합니다.", "가중치와 바이어스.");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(
            found[0].contains("\"learning rate\"")
                && found[0].contains("\"학습률\"")
        );
        assert!(
            found[1].contains("src/introduction.md")
                && found[1].contains("\"편향\"")
        );
    }

    #[test]
    fn untranslated_fuzzy_and_obsolete_messages_are_each_named() {
        let messages = vec![
            ("Done.".to_owned(), entry("src/a.md:1")),
            ("Not yet.".to_owned(), entry("src/a.md:3")),
            ("Unsure.".to_owned(), entry("src/a.md:5")),
            ("Missing.".to_owned(), entry("src/a.md:7")),
        ];
        let ko = catalog(&messages[..3], "ko", |id, _| match id {
            "Done." => Some(("끝.".to_owned(), false)),
            "Unsure." => Some(("글쎄.".to_owned(), true)),
            _ => None,
        });
        let mut ko = ko;
        ko.append_or_update(
            Message::build_singular()
                .with_msgid("Gone.".to_owned())
                .with_msgstr("사라짐.".to_owned())
                .done(),
        );
        let found = problems(&messages, Some(&ko));
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(
            found[0].starts_with("src/a.md:3: untranslated"),
            "{found:#?}"
        );
        assert!(found[1].starts_with("src/a.md:5: fuzzy"), "{found:#?}");
        assert!(
            found[2].starts_with("src/a.md:7: not in book/po/ko.po"),
            "{found:#?}"
        );
        assert!(
            found[3].contains("no longer in the English text: \"Gone.\""),
            "{found:#?}"
        );
        // A catalog written and read back keeps its translations.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ko.po");
        std::fs::write(&path, write_text(&ko).unwrap()).unwrap();
        let back = read(&path).unwrap().unwrap();
        assert_eq!(problems(&messages, Some(&back)), found);
    }

    #[test]
    fn a_figures_word_is_translated_apart_from_the_same_word_in_a_page() {
        // The glossary's term column keeps "accuracy" English; the axis
        // that says it needs its own translation.
        let page = ("accuracy".to_owned(), entry("src/glossary.md:61"));
        let axis = (
            "accuracy".to_owned(),
            Entry {
                context: FIGURE,
                ..entry("figure 03-gradient-descent/train-test")
            },
        );
        let messages = vec![page.clone(), axis.clone()];
        let only_page =
            catalog(&[page], "ko", |_, _| Some(("accuracy".to_owned(), false)));
        assert_eq!(
            problems(&messages, Some(&only_page)),
            [
                "figure 03-gradient-descent/train-test: not in book/po/ko.po: \"accuracy\""
            ]
        );
        let both = catalog(&messages, "ko", |_, context| {
            Some((
                if context.is_some() {
                    "정확도"
                } else {
                    "accuracy"
                }
                .to_owned(),
                false,
            ))
        });
        assert!(problems(&messages, Some(&both)).is_empty());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ko.po");
        std::fs::write(&path, write_text(&both).unwrap()).unwrap();
        let back = read(&path).unwrap().unwrap();
        let axis_word = back.find_message(Some(FIGURE), "accuracy", None);
        assert_eq!(axis_word.and_then(|m| m.msgstr().ok()), Some("정확도"));
        assert!(problems(&messages, Some(&back)).is_empty());
    }
}

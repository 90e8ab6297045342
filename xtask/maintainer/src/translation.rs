//! `cargo xtask translation [--check]`: the Korean edition's messages.
//!
//! Every translatable piece of the English book — each paragraph, heading,
//! list item and table of the pages as written (before includes and the
//! book's own directives are expanded, so that code and program output are
//! never translated), each chapter's title, and each figure's caption — is
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

/// One message of the template: its text, where it occurs, and a comment
/// for translators (mdbook-i18n-helpers' `i18n:comment`).
#[derive(Debug, Clone, Default)]
struct Entry {
    sources: Vec<String>,
    comment: String,
}

/// The messages of the English book, in the order a reader meets them.
fn messages(root: &Path) -> Result<Vec<(String, Entry)>> {
    let book = MDBook::load(root.join("book")).map_err(|e| anyhow!("{e:#}"))?;
    let mut order: Vec<String> = Vec::new();
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    let mut add = |msgid: &str, source: String, comment: &str| {
        let entry = entries.entry(msgid.to_owned()).or_insert_with(|| {
            order.push(msgid.to_owned());
            Entry::default()
        });
        entry.sources.push(source);
        if entry.comment.is_empty() {
            entry.comment = comment.to_owned();
        }
    };
    for item in book.book.iter() {
        let BookItem::Chapter(chapter) = item else {
            continue;
        };
        let Some(path) = &chapter.path else { continue };
        add(&chapter.name, "src/SUMMARY.md".to_owned(), "");
        let extracted = mdbook_i18n_helpers::extract_messages(&chapter.content)
            .map_err(|e| anyhow!("book/src/{}: {e:?}", path.display()))?;
        for (line, message) in extracted {
            add(
                &message.message,
                format!("src/{}:{line}", path.display()),
                &message.comment,
            );
        }
    }
    for (script, phrase) in widget_phrases(root)? {
        add(&phrase, format!("widget {script}"), "");
    }
    for chapter in CHAPTERS {
        for figure in chapter.figures() {
            add(
                figure.caption,
                format!("figure {}/{}", chapter.slug, figure.name),
                "",
            );
        }
    }
    Ok(order
        .into_iter()
        .map(|id| {
            let entry = entries.remove(&id).unwrap_or_default();
            (id, entry)
        })
        .collect())
}

/// The phrases the widgets' scripts show, each written `DL.t("…")` (see
/// book/src/widgets/dlnotes.js), with the script they are in.
pub fn widget_phrases(root: &Path) -> Result<Vec<(String, String)>> {
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
    translate: impl Fn(&str) -> Option<(String, bool)>,
) -> Catalog {
    let mut catalog = Catalog::new(metadata(language));
    for (id, entry) in messages {
        let mut builder = Message::build_singular();
        builder
            .with_msgid(id.clone())
            .with_source(entry.sources.join(" "))
            .with_comments(entry.comment.clone());
        if let Some((msgstr, fuzzy)) = translate(id) {
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

/// The Korean translation of each message, from `book/po/ko.po`.
pub fn korean(root: &Path) -> Result<BTreeMap<String, String>> {
    let ko = read(&root.join(KO))?.with_context(|| format!("no {KO}"))?;
    Ok(ko
        .messages()
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
        match ko.find_message(None, id, None) {
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
    let known: std::collections::BTreeSet<&str> =
        messages.iter().map(|(id, _)| id.as_str()).collect();
    for m in ko.messages() {
        if !m.msgid().is_empty() && !known.contains(m.msgid()) {
            problems.push(format!(
                "{KO}: no longer in the English text: {}",
                short(m.msgid())
            ));
        }
    }
    problems
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
    let pot = write_text(&catalog(&messages, "", |_| None))?;
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
            "translation: {POT} up to date; {KO} translates all {} messages, none fuzzy",
            messages.len()
        );
        return Ok(());
    }
    std::fs::create_dir_all(root.join("book/po"))?;
    std::fs::write(root.join(POT), pot)?;
    // Keep every translation whose English is unchanged; a message whose
    // English is new starts untranslated.
    let kept = |id: &str| {
        let m = old.as_ref()?.find_message(None, id, None)?;
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

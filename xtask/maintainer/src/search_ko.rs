//! The Korean edition's search. mdbook indexes every page with elasticlunr's
//! English pipeline, whose trimmer keeps only Latin letters and digits: a
//! Hangul word never reaches the index, and a Korean query finds nothing.
//! This rebuilds the Korean edition's index from the documents mdbook stored
//! in it, with elasticlunr's Korean pipeline (words split at spaces, trimmed
//! to Latin and Hangul letters); `theme/language.js` gives the page's search
//! the same pipeline for the query.

use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use serde_json::Value;

/// The fields mdbook indexes, in its order.
const FIELDS: [&str; 3] = ["title", "body", "breadcrumbs"];

pub fn reindex(build_dir: &Path) -> Result<()> {
    let file = std::fs::read_dir(build_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with("searchindex") && n.ends_with(".js")
            })
        })
        .with_context(|| {
            format!("no search index in {}", build_dir.display())
        })?;
    let script = std::fs::read_to_string(&file)?;
    let (open, close) = ("JSON.parse('", "'));");
    let inner = script
        .find(open)
        .and_then(|a| script.rfind(close).map(|b| &script[a + open.len()..b]))
        .with_context(|| {
            format!("{}: not the search index mdbook writes", file.display())
        })?;
    let mut json: Value =
        serde_json::from_str(&unescape(inner)).with_context(|| {
            format!("{}: its JSON does not parse", file.display())
        })?;
    let docs = json
        .pointer("/index/documentStore/docs")
        .and_then(Value::as_object)
        .ok_or_else(|| anyhow!("{}: no stored documents", file.display()))?;
    let mut refs: Vec<(usize, &str)> = docs
        .keys()
        .map(|k| k.parse().map(|n| (n, k.as_str())))
        .collect::<Result<_, _>>()?;
    refs.sort_unstable();
    let mut index = elasticlunr::IndexBuilder::with_language(Box::new(
        elasticlunr::lang::Korean::new(),
    ))
    .add_fields(&FIELDS)
    .save_docs(true)
    .build();
    for (_, key) in &refs {
        let doc = &docs[*key];
        let fields =
            FIELDS.map(|f| doc.get(f).and_then(Value::as_str).unwrap_or(""));
        index.add_doc(key, fields);
    }
    if refs.is_empty() {
        bail!("{}: no documents to index", file.display());
    }
    json["index"] = serde_json::to_value(&index)?;
    let text = serde_json::to_string(&json)?;
    std::fs::write(
        &file,
        format!(
            "window.search = Object.assign(window.search, JSON.parse('{}'));",
            text.replace('\\', "\\\\").replace('\'', "\\'")
        ),
    )?;
    Ok(())
}

/// The inverse of mdbook's escaping of the index into a `'…'` string.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

//! `{{#value chapter/name}}`: a number the prose quotes, placed from the
//! chapter's recorded `book/src/outputs/<chapter>/values.tsv` (see
//! `toolkit::values`). A name no chapter recorded fails the build with the
//! page and line where it is written.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result, bail};

const OPEN: &str = "{{#value ";

/// Every chapter's recorded values, read from `outputs_dir/*/values.tsv`:
/// `chapter/name` → text.
#[derive(Debug, Default)]
pub struct Recorded(BTreeMap<String, String>);

impl Recorded {
    pub fn read(outputs_dir: &Path) -> Result<Self> {
        let mut all = BTreeMap::new();
        let entries = std::fs::read_dir(outputs_dir).with_context(|| {
            format!("cannot read {}", outputs_dir.display())
        })?;
        for entry in entries {
            let chapter = entry?.path();
            let file = chapter.join("values.tsv");
            if !file.is_file() {
                continue;
            }
            let slug = chapter
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let shown = file.display().to_string();
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {shown}"))?;
            let values = toolkit::values::parse(&shown, &text)
                .map_err(anyhow::Error::msg)?;
            for (name, value) in values {
                all.insert(format!("{slug}/{name}"), value);
            }
        }
        Ok(Recorded(all))
    }

    #[cfg(test)]
    pub fn of(pairs: &[(&str, &str)]) -> Self {
        Recorded(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }
}

/// Replaces every `{{#value chapter/name}}` in a page with the recorded
/// text. `source` is the page as written (before mdbook's includes), used
/// only to name the line of a bad reference.
pub fn expand_values(
    file: &str,
    source: &str,
    text: &str,
    recorded: &Recorded,
) -> Result<String> {
    let unclosed = || {
        anyhow::anyhow!(
            "{}: `{{{{#value` is never closed",
            at(file, source, OPEN)
        )
    };
    crate::directive::expand(text, OPEN, unclosed, |inner| {
        let reference = inner.trim();
        let Some(value) = recorded.0.get(reference) else {
            let directive = format!("{OPEN}{inner}");
            bail!(
                "{}: no recorded value `{reference}`; a chapter records its \
                 values in book/src/outputs/<chapter>/values.tsv (`cargo xtask \
                 outputs`)",
                at(file, source, &directive)
            );
        };
        Ok(value.clone())
    })
}

/// `file:line` of the first `needle` in the page as written, or `file`.
fn at(file: &str, source: &str, needle: &str) -> String {
    source.find(needle).map_or_else(
        || file.to_owned(),
        |i| format!("{file}:{}", source[..i].matches('\n').count() + 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_placed_and_unknown_names_fail_with_the_line() {
        let recorded = Recorded::of(&[("06-x/slope", "0.045")]);
        let page = "σ′(3) is about {{#value 06-x/slope}}.\n";
        let html = expand_values("a.md", page, page, &recorded).unwrap();
        assert_eq!(html, "σ′(3) is about 0.045.\n");
        let page = "One\n\nTwo {{#value 06-x/slop}} three\n";
        let err = expand_values("a.md", page, page, &recorded).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "a.md:3: no recorded value `06-x/slop`; a chapter records"
            ),
            "{err}"
        );
        let err =
            expand_values("a.md", "x {{#value 06", "x {{#value 06", &recorded)
                .unwrap_err();
        assert_eq!(err.to_string(), "a.md:1: `{{#value` is never closed");
    }

    #[test]
    fn every_value_the_book_quotes_is_recorded_and_every_recorded_one_quoted() {
        let root = xtask::command::workspace_root();
        let recorded = Recorded::read(&root.join("book/src/outputs")).unwrap();
        let mut quoted = String::new();
        for page in
            crate::generated::files_under(&root.join("book/src")).unwrap()
        {
            if page.extension().is_none_or(|e| e != "md") {
                continue;
            }
            let path = root.join("book/src").join(&page);
            let text = std::fs::read_to_string(&path).unwrap();
            let shown = format!("book/src/{}", page.display());
            if let Err(e) = expand_values(&shown, &text, &text, &recorded) {
                panic!("{e}");
            }
            quoted.push_str(&text);
        }
        for name in recorded.0.keys() {
            assert!(
                quoted.contains(&format!("{OPEN}{name}}}}}")),
                "the value `{name}` is recorded but no page quotes it"
            );
        }
    }
}

//! The book's own directives, `{{#value …}}`, `{{#figure …}}` and
//! `{{#widget …}}`: found in a page and replaced, one way for all three.

use std::path::Path;

use anyhow::Result;

/// `text` with every directive that starts with `open` (`{{#figure `, say)
/// replaced by what `replace` makes of the text between `open` and `}}`;
/// `unclosed` is the error for one that never closes.
pub fn expand(
    text: &str,
    open: &str,
    unclosed: impl FnOnce() -> anyhow::Error,
    mut replace: impl FnMut(&str) -> Result<String>,
) -> Result<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        let after = &rest[start + open.len()..];
        let Some(end) = after.find("}}") else {
            return Err(unclosed());
        };
        out.push_str(&replace(&after[..end])?);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// From the page of `chapter_path` back to the book's root: `""` for a page
/// at the top, `../` for one in a folder.
pub fn to_root(chapter_path: &Path) -> String {
    "../".repeat(chapter_path.components().count().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_directive_is_replaced_and_an_unclosed_one_fails() {
        let upper = |s: &str| Ok(s.trim().to_uppercase());
        let unclosed = || anyhow::anyhow!("never closed");
        let out = expand("a {{#x b }} c {{#x d}}", "{{#x ", unclosed, upper);
        assert_eq!(out.unwrap(), "a B c D");
        let err = expand("a {{#x b", "{{#x ", unclosed, upper).unwrap_err();
        assert_eq!(err.to_string(), "never closed");
        assert_eq!(to_root(Path::new("a.md")), "");
        assert_eq!(to_root(Path::new("a/b.md")), "../");
    }
}

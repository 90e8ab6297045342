//! Numbers the book's prose quotes. A chapter records them in its
//! `values.tsv` (one `name<TAB>text` line each, the text exactly as the
//! sentence shows it), and the book writes `{{#value chapter/name}}` where
//! the number goes; the build fails on a name no chapter recorded. So a
//! sentence cannot go on quoting a number its program no longer prints.

use std::fmt::Display;
use std::io::{self, Write};

/// Writes a chapter's values, one per line.
pub struct Values<'a> {
    out: &'a mut dyn Write,
}

impl std::fmt::Debug for Values<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Values")
    }
}

impl<'a> Values<'a> {
    pub fn new(out: &'a mut dyn Write) -> Self {
        Values { out }
    }

    /// Records `value` under `name` (lower case, digits and `-`), as the
    /// prose shows it: format it first, with the digits the sentence wants.
    pub fn put(&mut self, name: &str, value: impl Display) -> io::Result<()> {
        let text = value.to_string();
        if !is_name(name) || text.is_empty() || text.contains(['\t', '\n']) {
            return Err(io::Error::other(format!(
                "value `{name}` = {text:?}: a name is lower-case letters, \
                 digits and `-`, and a value one line without tabs"
            )));
        }
        writeln!(self.out, "{name}\t{text}")
    }
}

fn is_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The values of a `values.tsv` file, in order; an error names the line.
pub fn parse(file: &str, text: &str) -> Result<Vec<(String, String)>, String> {
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            line.split_once('\t')
                .filter(|(name, value)| is_name(name) && !value.is_empty())
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
                .ok_or_else(|| {
                    format!(
                        "{file}:{}: expected `name<TAB>value`, found {line:?}",
                        i + 1
                    )
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_values_read_back() {
        let mut out = Vec::new();
        let mut values = Values::new(&mut out);
        values
            .put("slope-at-3", format!("{:.3}", 0.045_176_6))
            .unwrap();
        values.put("stop", 4069).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "slope-at-3\t0.045\nstop\t4069\n");
        let read = parse("v.tsv", &text).unwrap();
        assert_eq!(read[1], ("stop".to_owned(), "4069".to_owned()));
    }

    #[test]
    fn bad_names_and_lines_are_refused() {
        let mut out = Vec::new();
        let mut values = Values::new(&mut out);
        assert!(values.put("Slope", 1).is_err());
        assert!(values.put("a b", 1).is_err());
        assert!(values.put("tab", "1\t2").is_err());
        let err = parse("v.tsv", "a\t1\nno tab here\n").unwrap_err();
        assert_eq!(
            err,
            "v.tsv:2: expected `name<TAB>value`, found \"no tab here\""
        );
    }
}

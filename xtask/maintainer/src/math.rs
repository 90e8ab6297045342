//! `$…$` and `$$…$$` in the book's Markdown become MathML when the book is built, so a reader's
//! browser shows formulas without loading a script, font or stylesheet from anywhere.
//!
//! Rules: code spans and fenced code blocks are left alone; `\$` is a literal dollar sign;
//! inline math opens with `$` followed by a non-space and closes with `$` preceded by a
//! non-space, on the same line; display math is a `$$` line, the formula, and a closing `$$`
//! (one line `$$ … $$` works too). A formula that does not parse fails the build.

use std::fmt::Write as _;

use pulldown_latex::config::DisplayMode;
use pulldown_latex::{Parser, RenderConfig, Storage, push_mathml};

/// A formula that cannot be rendered, or a `$` that never closes.
#[derive(Debug, thiserror::Error)]
#[error("{file}: line {line}: {message}: `{formula}`")]
pub struct MathError {
    pub file: String,
    pub line: usize,
    pub formula: String,
    pub message: String,
}

/// Rewrites every formula in `markdown` (the text of `file`) as MathML.
#[cfg(test)]
pub fn render_math(file: &str, markdown: &str) -> Result<String, MathError> {
    render_math_with(file, markdown, &str::to_owned)
}

/// Every formula in `markdown`, in order, as [`render_math_with`] finds them.
pub fn formulas(markdown: &str) -> Vec<String> {
    let found = std::cell::RefCell::new(Vec::new());
    // The formulas are only collected: each is rendered as a plain `x`,
    // so that one the renderer would refuse does not hide the rest.
    let _ = render_math_with("", markdown, &|f| {
        found.borrow_mut().push(f.to_owned());
        "x".to_owned()
    });
    found.into_inner()
}

/// Rewrites every formula in `markdown` (the text of `file`) as MathML,
/// each passed through `fix` first (the Korean edition puts back what the
/// translation's Markdown round trip changed; the English one keeps it).
pub fn render_math_with(
    file: &str,
    markdown: &str,
    fix: &dyn Fn(&str) -> String,
) -> Result<String, MathError> {
    let mut out = String::with_capacity(markdown.len() * 2);
    let mut fence: Option<String> = None;
    let mut display: Option<(usize, String)> = None; // opening line, formula so far
    for (i, line) in markdown.split_inclusive('\n').enumerate() {
        let number = i + 1;
        let trimmed = line.trim();
        if let Some((start, formula)) = display.as_mut() {
            if let Some(rest) = trimmed.strip_suffix("$$") {
                formula.push_str(rest);
                let html =
                    to_mathml(file, *start, &fix(formula), DisplayMode::Block)?;
                writeln!(out, "<div class=\"math-block\">{html}</div>").ok();
                display = None;
            } else {
                formula.push_str(line);
            }
            continue;
        }
        if let Some(marker) = &fence {
            if trimmed.starts_with(marker.as_str()) {
                fence = None;
            }
            out.push_str(line);
            continue;
        }
        if let Some(marker) = fence_marker(trimmed) {
            fence = Some(marker);
            out.push_str(line);
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("$$") {
            if let Some(formula) =
                rest.strip_suffix("$$").filter(|_| rest.len() >= 2)
            {
                let html =
                    to_mathml(file, number, &fix(formula), DisplayMode::Block)?;
                writeln!(out, "<div class=\"math-block\">{html}</div>").ok();
            } else {
                display = Some((number, rest.to_owned()));
            }
            continue;
        }
        out.push_str(&inline_math(file, number, line, fix)?);
    }
    if let Some((line, formula)) = display {
        return Err(error(file, line, &formula, "`$$` is never closed"));
    }
    Ok(out)
}

/// The fence (three or more backticks or tildes) a line opens, if it opens one.
fn fence_marker(trimmed: &str) -> Option<String> {
    for ch in ['`', '~'] {
        let run = trimmed.chars().take_while(|&c| c == ch).count();
        if run >= 3 {
            return Some(ch.to_string().repeat(run));
        }
    }
    None
}

/// Replaces `$…$` on one line, skipping code spans and `\$`.
fn inline_math(
    file: &str,
    number: usize,
    line: &str,
    fix: &dyn Fn(&str) -> String,
) -> Result<String, MathError> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if chars.get(i + 1) == Some(&'$') => {
                out.push_str("\\$");
                i += 2;
            }
            '`' => {
                // A code span: a run of n backticks up to the next run of exactly n.
                let run = chars[i..].iter().take_while(|&&c| c == '`').count();
                let end = find_backtick_run(&chars, i + run, run)
                    .unwrap_or(chars.len());
                out.extend(&chars[i..end]);
                i = end;
            }
            '$' if chars.get(i + 1).is_some_and(|c| !c.is_whitespace()) => {
                let close = (i + 1..chars.len()).find(|&k| {
                    chars[k] == '$'
                        && chars[k - 1] != '\\'
                        && !chars[k - 1].is_whitespace()
                        && !chars.get(k + 1).is_some_and(char::is_ascii_digit)
                });
                let Some(close) = close else {
                    let rest: String = chars[i..].iter().collect();
                    return Err(error(
                        file,
                        number,
                        rest.trim_end(),
                        "`$` is never closed on this line (write `\\$` for a dollar sign)",
                    ));
                };
                let formula: String = chars[i + 1..close].iter().collect();
                let html = to_mathml(
                    file,
                    number,
                    &fix(&formula),
                    DisplayMode::Inline,
                )?;
                out.push_str(&protect_from_markdown(&html));
                i = close + 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

fn find_backtick_run(chars: &[char], from: usize, len: usize) -> Option<usize> {
    let mut k = from;
    while k < chars.len() {
        if chars[k] == '`' {
            let run = chars[k..].iter().take_while(|&&c| c == '`').count();
            if run == len {
                return Some(k + run);
            }
            k += run;
        } else {
            k += 1;
        }
    }
    None
}

fn to_mathml(
    file: &str,
    line: usize,
    formula: &str,
    mode: DisplayMode,
) -> Result<String, MathError> {
    let storage = Storage::new();
    let events: Vec<_> = Parser::new(formula, &storage).collect();
    if let Some(Err(err)) = events.iter().find(|e| e.is_err()) {
        // The parser's message is followed by a drawn context box; the formula is quoted anyway.
        let text = err.to_string();
        let message = text.lines().next().unwrap_or("cannot parse");
        return Err(error(file, line, formula.trim(), message));
    }
    let config = RenderConfig {
        display_mode: mode,
        ..RenderConfig::default()
    };
    let mut html = String::new();
    push_mathml(&mut html, events.into_iter(), config)
        .map_err(|e| error(file, line, formula.trim(), &e.to_string()))?;
    Ok(html)
}

/// Inline MathML sits inside a Markdown paragraph, where `*`, `_` and friends in its text
/// would still be read as emphasis; numeric entities keep them literal.
fn protect_from_markdown(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        if !in_tag && "*_`[]~|\\'\"!{}$^".contains(c) {
            write!(out, "&#{};", c as u32).ok();
        } else {
            out.push(c);
        }
    }
    out
}

fn error(file: &str, line: usize, formula: &str, message: &str) -> MathError {
    MathError {
        file: file.to_owned(),
        line,
        formula: formula.to_owned(),
        message: message.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(md: &str) -> String {
        render_math("t.md", md).unwrap()
    }

    #[test]
    fn inline_and_display_math_become_mathml() {
        let html = render("The slope $f'(x)$ of $x^2$ is $2x$.\n");
        assert_eq!(html.matches("<math").count(), 3, "{html}");
        assert!(!html.contains('$'), "{html}");
        let block = render(
            "Before\n\n$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$\n\nAfter\n",
        );
        assert!(
            block
                .contains("<div class=\"math-block\"><math display=\"block\">"),
            "{block}"
        );
        assert!(block.contains("<mfrac>"), "{block}");
        let one_line = render("$$J = 3v$$\n");
        assert!(one_line.contains("display=\"block\""), "{one_line}");
    }

    #[test]
    fn code_and_escaped_dollars_are_left_alone() {
        let md =
            "Cost `$5` and \\$6, not math.\n```sh\necho $HOME $PATH\n```\n";
        assert_eq!(render(md), md);
        assert_eq!(render("``a $b$ c``\n"), "``a $b$ c``\n");
    }

    #[test]
    fn markdown_specials_inside_inline_math_are_entities() {
        let html = render("$a * b * c$\n");
        assert!(!html.contains('*'), "{html}");
    }

    #[test]
    fn a_malformed_formula_names_file_line_and_formula() {
        let err =
            render_math("ch.md", "ok\n\nbad $\\frac{1}{$ here\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("ch.md: line 3: "), "{msg}");
        assert!(msg.contains("`\\frac{1}{`"), "{msg}");
        assert!(!msg.contains('\n'), "{msg}");
        let unknown = render_math("ch.md", "$\\notacommand x$\n").unwrap_err();
        assert!(unknown.to_string().contains("\\notacommand"), "{unknown}");
        let open = render_math("ch.md", "costs $5 today\n").unwrap_err();
        assert!(open.to_string().contains("never closed"), "{open}");
        let block = render_math("ch.md", "$$\nx\n").unwrap_err();
        assert!(
            block.to_string().contains("`$$` is never closed"),
            "{block}"
        );
    }
}

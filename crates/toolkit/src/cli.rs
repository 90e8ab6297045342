//! How a chapter binary reports problems: one line on stderr, then a non-zero exit.
//!
//! Exit 2 is a usage error (a flag the reader can fix by reading `--help`), exit 1 a failure
//! while running (a bad file, training that diverged). Nothing a person can type or point the
//! program at should end in a panic.

use std::error::Error;
use std::fmt::Write as _;
use std::io;
use std::process::ExitCode;

/// A run's failure, boxed so that any library error type fits.
pub type Failure = Box<dyn Error + Send + Sync + 'static>;

/// A binary's end: a usage error from parsing (printed as one line, exit 2; `--help` and
/// `--version` print in full and exit 0), or `run` on the parsed arguments, whose error is
/// printed as one line with exit code 2 for usage, 1 for a failure while running.
pub fn exit_code<C>(
    parsed: Result<C, clap::Error>,
    run: impl FnOnce(C) -> Result<(), Failure>,
) -> ExitCode {
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => return usage_exit(&err),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // Arguments that parse but contradict the data they are used with.
        Err(err) if err.is::<UsageError>() => {
            eprintln!("error: {err} (see --help)");
            ExitCode::from(2)
        }
        // `prog | head` closes the pipe early: that is the reader's choice, not a failure.
        Err(err) if is_broken_pipe(err.as_ref()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", one_line(err.as_ref()));
            ExitCode::from(1)
        }
    }
}

fn usage_exit(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            print!("{err}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{}", usage_line(err));
            ExitCode::from(2)
        }
    }
}

/// clap's message without its usage block, on one line, plus where to look
/// next. Continuation lines (the names of missing arguments, a "did you
/// mean" tip) are kept.
pub fn usage_line(err: &clap::Error) -> String {
    let rendered = err.render().to_string();
    let mut in_usage = false;
    let mut message: Vec<&str> = Vec::new();
    for line in rendered.lines().map(str::trim) {
        in_usage = (in_usage || line.starts_with("Usage:")) && !line.is_empty();
        if !in_usage
            && !line.is_empty()
            && !line.starts_with("For more information")
        {
            message.push(line);
        }
    }
    if message.is_empty() {
        return "error: invalid arguments (see --help)".to_owned();
    }
    format!("{} (see --help)", message.join(" "))
}

/// A usage error found only while running: arguments that are each valid
/// but do not fit the data (a layer list whose input size is not the
/// file's feature count). Exits 2, like clap's own usage errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for UsageError {}

/// An error and its causes on one line: `outer: inner: innermost`, each line break flattened.
pub fn one_line(err: &(dyn Error + 'static)) -> String {
    let mut line = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        // thiserror messages often already quote their source; do not say it twice.
        if !line.contains(&text) {
            let _ = write!(line, ": {text}");
        }
        source = cause.source();
    }
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_broken_pipe(err: &(dyn Error + 'static)) -> bool {
    let mut current = Some(err);
    while let Some(e) = current {
        if let Some(io) = e.downcast_ref::<io::Error>()
            && io.kind() == io::ErrorKind::BrokenPipe
        {
            return true;
        }
        current = e.source();
    }
    false
}

/// A clap value parser for a finite float (`--x 1.5`; not `nan`, not `inf`).
pub fn finite_f64(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number"))?;
    if value.is_finite() {
        Ok(value)
    } else {
        Err(format!("{text:?} is not a finite number"))
    }
}

/// A clap value parser for a finite float greater than zero (`--lr`, `--h`).
pub fn positive_f64(text: &str) -> Result<f64, String> {
    let value = finite_f64(text)?;
    if value > 0.0 {
        Ok(value)
    } else {
        Err(format!("{text:?} must be greater than 0"))
    }
}

/// The most iterations a command accepts: beyond it a run takes minutes.
pub const MAX_ITERATIONS: usize = 10_000_000;

/// A clap value parser for an iteration count: a whole number from 1 to
/// [`MAX_ITERATIONS`].
pub fn iterations(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_ITERATIONS).contains(&n) => Ok(n),
        _ => Err(format!(
            "{text:?} is not a whole number from 1 to {MAX_ITERATIONS}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser, Debug)]
    struct Demo {
        #[arg(long, value_parser = positive_f64)]
        h: f64,
    }

    #[test]
    fn usage_errors_exit_2_and_failures_exit_1() {
        let parse = |args: &[&str]| Demo::try_parse_from(args);
        let ok = exit_code(parse(&["demo", "--h", "0.5"]), |d: Demo| {
            assert!((d.h - 0.5).abs() < 1e-12);
            Ok(())
        });
        assert_eq!(ok, ExitCode::SUCCESS);
        for bad in ["0", "-1", "nan", "inf", "abc"] {
            let code = exit_code(parse(&["demo", "--h", bad]), |_| Ok(()));
            assert_eq!(code, ExitCode::from(2), "--h {bad}");
        }
        let failed =
            exit_code(parse(&["demo", "--h", "1"]), |_| Err("boom".into()));
        assert_eq!(failed, ExitCode::from(1));
    }

    #[test]
    fn value_parsers_name_the_problem() {
        assert_eq!(finite_f64(" 2.5 "), Ok(2.5));
        assert!(finite_f64("NaN").unwrap_err().contains("not a finite"));
        assert!(finite_f64("x").unwrap_err().contains("not a number"));
        assert!(positive_f64("0").unwrap_err().contains("greater than 0"));
        assert_eq!(iterations("1000"), Ok(1000));
        for bad in ["0", "-3", "1.5", "ten", "99999999999"] {
            assert!(
                iterations(bad).unwrap_err().contains("whole number"),
                "{bad}"
            );
        }
    }

    #[derive(Parser, Debug)]
    struct Needs {
        #[arg(long)]
        params: String,
    }

    #[test]
    fn a_missing_argument_is_named() {
        let err = Needs::try_parse_from(["needs"]).unwrap_err();
        let line = usage_line(&err);
        assert!(!line.contains('\n'));
        assert!(line.contains("--params"), "{line}");
    }

    #[test]
    fn usage_line_is_one_line() {
        let err = Demo::try_parse_from(["demo", "--h", "zero"]).unwrap_err();
        let line = usage_line(&err);
        assert!(!line.contains('\n'));
        assert!(line.contains("--h"), "{line}");
    }

    #[test]
    fn one_line_joins_causes_and_flattens_newlines() {
        let inner = io::Error::other("disk\non fire");
        let outer = io::Error::new(io::ErrorKind::NotFound, inner);
        assert_eq!(one_line(&outer), "disk on fire");
        assert!(is_broken_pipe(&io::Error::from(io::ErrorKind::BrokenPipe)));
    }
}

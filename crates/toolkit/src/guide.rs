//! A chapter's binary, described once: its guided run (sections printed in
//! order, each recorded for the book with the knobs at their defaults), the
//! knobs a curious reader turns, the chapter's commands, and the `--out DIR`
//! every chapter takes. The binary (`cargo run -p <chapter>`) and
//! `cargo xtask outputs` both go through the same [`Guide`], so what the
//! book shows is what the reader's terminal shows.

use std::fmt::Debug;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgMatches, Args, FromArgMatches, Subcommand};

use crate::cli::{Failure, one_line};
use crate::figure::{Figure, write_figures_if_asked};

/// What a section or a command writes to, and what it may fail with.
pub type Written = Result<(), Failure>;

/// One section of a guided run, recorded into
/// `book/src/outputs/<chapter>/<file>`.
#[derive(Debug)]
pub struct Section<K: 'static> {
    pub file: &'static str,
    writes: Writes<K>,
}

#[derive(Debug)]
enum Writes<K: 'static> {
    Plain(fn(&mut dyn Write) -> Written),
    WithKnobs(fn(&K, &mut dyn Write) -> Written),
}

impl<K> Section<K> {
    /// A section that prints the same whatever the knobs say.
    pub const fn new(
        file: &'static str,
        write: fn(&mut dyn Write) -> Written,
    ) -> Self {
        Section {
            file,
            writes: Writes::Plain(write),
        }
    }

    /// A section that reads the knobs (`--lr`, `--x`, …).
    pub const fn with_knobs(
        file: &'static str,
        write: fn(&K, &mut dyn Write) -> Written,
    ) -> Self {
        Section {
            file,
            writes: Writes::WithKnobs(write),
        }
    }

    fn write(&self, knobs: &K, out: &mut dyn Write) -> Written {
        match self.writes {
            Writes::Plain(write) => write(out),
            Writes::WithKnobs(write) => write(knobs, out),
        }
    }
}

/// An output the book includes that the guided run does not print.
#[derive(Debug, Clone, Copy)]
pub enum Record {
    /// Whatever `write` prints: a table drawn from measurements, a saved
    /// parameter file.
    Text {
        file: &'static str,
        write: fn(&mut dyn Write) -> Written,
    },
    /// Commands as a reader types them after [`Guide::run_as`], each
    /// followed by what it prints; one that fails ends with its `error:`
    /// line, as the terminal shows it. A command is given as the lines it is
    /// shown on: the first after `$ cargo run … --`, the others indented
    /// below it after a ` \`. Arguments under `datasets/` are the
    /// repository's bundled files.
    Commands {
        file: &'static str,
        commands: &'static [&'static [&'static str]],
    },
}

impl Record {
    fn file(&self) -> &'static str {
        match self {
            Record::Text { file, .. } | Record::Commands { file, .. } => file,
        }
    }
}

/// A chapter's binary. `K` is the chapter's knobs (a clap `Args` struct,
/// [`NoKnobs`] for none), `C` its commands (a clap `Subcommand` enum,
/// [`NoCommand`] for none).
#[derive(Debug)]
pub struct Guide<K: 'static, C: 'static> {
    /// The package and binary: `env!("CARGO_PKG_NAME")`.
    pub package: &'static str,
    /// `env!("CARGO_PKG_VERSION")`, for `--version`.
    pub version: &'static str,
    /// The first line of `--help`.
    pub about: &'static str,
    /// How a reader starts the binary, up to its arguments:
    /// `cargo run -p logistic --`.
    pub run_as: &'static str,
    /// The guided run, in the order it prints; each is also recorded.
    pub sections: &'static [Section<K>],
    /// Recorded for the book, not printed by the guided run.
    pub records: &'static [Record],
    /// Runs one of the chapter's commands.
    pub commands: fn(&C, &mut dyn Write) -> Written,
    /// Written by `--out DIR` and by `cargo xtask figures`.
    pub figures: &'static [Figure],
}

/// A parsed command line: a command, or the guided run with its knobs.
#[derive(Debug)]
pub struct Cli<K, C> {
    pub command: Option<C>,
    pub knobs: K,
    pub figures: FigureArgs,
}

/// The option every chapter binary takes.
#[derive(Args, Debug, Clone, Default)]
pub struct FigureArgs {
    /// Write the chapter's figures (light and dark) into this folder
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// The knobs of a chapter that has none besides `--out`.
#[derive(Args, Debug, Clone, Copy, Default)]
pub struct NoKnobs {}

/// The commands of a chapter that has none besides its guided run.
#[derive(Debug, Clone, Copy)]
pub enum NoCommand {}

impl FromArgMatches for NoCommand {
    fn from_arg_matches(_: &ArgMatches) -> Result<Self, clap::Error> {
        Err(clap::Error::raw(
            clap::error::ErrorKind::InvalidSubcommand,
            "this program has no commands",
        ))
    }

    fn update_from_arg_matches(
        &mut self,
        _: &ArgMatches,
    ) -> Result<(), clap::Error> {
        match *self {}
    }
}

impl Subcommand for NoCommand {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        cmd
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        cmd
    }

    fn has_subcommand(_: &str) -> bool {
        false
    }
}

/// The `commands` of a [`Guide`] without any.
pub fn no_commands(command: &NoCommand, _: &mut dyn Write) -> Written {
    match *command {}
}

impl<K: Args, C: Subcommand> Guide<K, C> {
    /// The binary's `main`: parse, run, and turn any error into one line
    /// and an exit code (see [`crate::cli`]).
    pub fn main(&self) -> ExitCode {
        crate::cli::exit_code(self.parse(std::env::args_os()), |cli| {
            self.run(&cli, &mut std::io::stdout().lock())
        })
    }

    /// The command line clap reads: the knobs, `--out`, the commands.
    pub fn command(&self) -> clap::Command {
        let cmd = clap::Command::new(self.package);
        let cmd = FigureArgs::augment_args(K::augment_args(cmd));
        // Last, so that no doc comment of a flattened struct becomes the
        // program's description.
        C::augment_subcommands(cmd)
            .version(self.version)
            .about(self.about)
            .long_about(None)
    }

    /// Parses `args` (the first is the program's name).
    pub fn parse<I, T>(&self, args: I) -> Result<Cli<K, C>, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let matches = self.command().try_get_matches_from(args)?;
        let command = match matches.subcommand_name() {
            Some(_) => Some(C::from_arg_matches(&matches)?),
            None => None,
        };
        Ok(Cli {
            command,
            knobs: K::from_arg_matches(&matches)?,
            figures: FigureArgs::from_arg_matches(&matches)?,
        })
    }

    /// A command, or the guided run: every section in turn with a blank
    /// line between, then the figures if `--out DIR` asked for them.
    pub fn run(&self, cli: &Cli<K, C>, out: &mut dyn Write) -> Written {
        if let Some(command) = &cli.command {
            return (self.commands)(command, out);
        }
        for (i, section) in self.sections.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            section.write(&cli.knobs, out)?;
        }
        write_figures_if_asked(self.figures, cli.figures.out.as_deref(), out)
    }

    /// Runs each command as the reader would type it and records what the
    /// terminal shows (see [`Record::Commands`]).
    fn record_commands(
        &self,
        commands: &[&[&str]],
        out: &mut dyn Write,
    ) -> Written {
        let datasets = crate::files::datasets_dir();
        let shown_datasets = datasets.display().to_string();
        for (i, lines) in commands.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            writeln!(out, "$ {} {}", self.run_as, lines.join(" \\\n    "))?;
            if lines.len() > 1 {
                writeln!(out)?;
            }
            let words = lines.iter().flat_map(|l| l.split_whitespace());
            let args = std::iter::once(self.package.to_owned()).chain(
                words.map(|a| match a.strip_prefix("datasets/") {
                    Some(file) => datasets.join(file).display().to_string(),
                    None => a.to_owned(),
                }),
            );
            let cli = self.parse(args)?;
            let mut text = Vec::new();
            if let Err(e) = self.run(&cli, &mut text) {
                writeln!(text, "error: {}", one_line(e.as_ref()))?;
            }
            // The absolute path differs between machines; show it as typed.
            let text = String::from_utf8_lossy(&text)
                .replace(&shown_datasets, "datasets");
            write!(out, "{text}")?;
        }
        Ok(())
    }
}

/// What the book's generators need of a chapter's binary, whatever its
/// knobs and commands.
pub trait Guided: Sync + Debug {
    /// The Cargo package, e.g. `logistic`.
    fn package(&self) -> &'static str;
    fn figures(&self) -> &'static [Figure];
    /// The files the book includes: every section, then every record.
    fn outputs(&self) -> Vec<&'static str>;
    /// Writes the output called `file`, exactly as the reader would see it.
    fn record(&self, file: &str, out: &mut dyn Write) -> Written;
}

impl<K, C> Guided for Guide<K, C>
where
    K: Args + Sync + Debug,
    C: Subcommand + Sync + Debug,
{
    fn package(&self) -> &'static str {
        self.package
    }

    fn figures(&self) -> &'static [Figure] {
        self.figures
    }

    fn outputs(&self) -> Vec<&'static str> {
        let sections = self.sections.iter().map(|s| s.file);
        sections
            .chain(self.records.iter().map(Record::file))
            .collect()
    }

    fn record(&self, file: &str, out: &mut dyn Write) -> Written {
        if let Some(section) = self.sections.iter().find(|s| s.file == file) {
            let defaults = self.parse([self.package])?;
            return section.write(&defaults.knobs, out);
        }
        match self.records.iter().find(|r| r.file() == file) {
            Some(Record::Text { write, .. }) => write(out),
            Some(Record::Commands { commands, .. }) => {
                self.record_commands(commands, out)
            }
            None => Err(format!(
                "{} records no output called {file:?}",
                self.package
            )
            .into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Args, Debug)]
    struct Knobs {
        /// How many
        #[arg(long, default_value_t = 2)]
        count: u32,
    }

    #[derive(Subcommand, Debug)]
    enum Command {
        /// Says a word
        Say { word: String },
        /// Fails
        Fail {
            #[arg(long)]
            loud: bool,
        },
    }

    fn say(command: &Command, out: &mut dyn Write) -> Written {
        match command {
            Command::Say { word } => writeln!(out, "said {word}")?,
            Command::Fail { .. } => {
                return Err("it went wrong\non two lines".into());
            }
        }
        Ok(())
    }

    const GUIDE: Guide<Knobs, Command> = Guide {
        package: "demo",
        version: "1.0",
        about: "A demonstration",
        run_as: "cargo run -p demo --",
        sections: &[
            Section::new("first.txt", |out| Ok(writeln!(out, "first")?)),
            Section::with_knobs("count.txt", |k, out| {
                Ok(writeln!(out, "count {}", k.count)?)
            }),
        ],
        records: &[Record::Commands {
            file: "commands.txt",
            commands: &[&["say hello"], &["fail", "--loud"]],
        }],
        commands: say,
        figures: &[],
    };

    fn text(write: impl FnOnce(&mut Vec<u8>) -> Written) -> String {
        let mut out = Vec::new();
        write(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_guided_run_prints_every_section_with_the_knobs() {
        let cli = GUIDE.parse(["demo", "--count", "5"]).unwrap();
        let shown = text(|out| GUIDE.run(&cli, out));
        assert_eq!(
            shown,
            "first\n\ncount 5\n\nAdd --out DIR to write this chapter's figures.\n"
        );
    }

    #[test]
    fn sections_are_recorded_with_the_default_knobs() {
        assert_eq!(GUIDE.outputs(), ["first.txt", "count.txt", "commands.txt"]);
        assert_eq!(text(|out| GUIDE.record("count.txt", out)), "count 2\n");
        let err = GUIDE.record("nope.txt", &mut Vec::new()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "demo records no output called \"nope.txt\""
        );
    }

    #[test]
    fn commands_are_recorded_as_typed_with_their_error_line() {
        assert_eq!(
            text(|out| GUIDE.record("commands.txt", out)),
            "$ cargo run -p demo -- say hello\nsaid hello\n\n\
             $ cargo run -p demo -- fail \\\n    --loud\n\n\
             error: it went wrong on two lines\n"
        );
    }

    #[test]
    fn the_command_line_has_the_knobs_out_and_the_commands() {
        let help = GUIDE.command().render_help().to_string();
        for part in ["A demonstration", "--count", "--out <DIR>", "say", "fail"]
        {
            assert!(help.contains(part), "{part}: {help}");
        }
        let cli = GUIDE.parse(["demo", "say", "hi"]).unwrap();
        assert!(matches!(cli.command, Some(Command::Say { .. })));
        assert!(GUIDE.parse(["demo", "--count", "x"]).is_err());
    }

    #[test]
    fn a_chapter_without_knobs_or_commands_takes_only_out() {
        let guide: Guide<NoKnobs, NoCommand> = Guide {
            package: "bare",
            version: "1",
            about: "Bare",
            run_as: "cargo run -p bare --",
            sections: &[],
            records: &[],
            commands: no_commands,
            figures: &[],
        };
        let cli = guide.parse(["bare", "--out", "dir"]).unwrap();
        assert_eq!(cli.figures.out, Some(PathBuf::from("dir")));
        assert!(guide.parse(["bare", "train"]).is_err());
    }
}

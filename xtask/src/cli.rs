//! `cargo xtask`'s command line. The learner's commands run in this
//! package; the maintainer's run in `xtask-maintainer`, which parses the
//! same definitions, so `cargo xtask --help` lists them all.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::progress::{self, Progress};
use crate::registry::REGISTRIES;
use crate::reset::{self, Ask};
use crate::{check, list, watch};

#[derive(Parser, Debug)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "The grader, and the figures, outputs, book and CI of dlnotes"
)]
pub struct Cli {
    #[command(subcommand)]
    pub task: Task,
}

#[derive(Subcommand, Debug)]
pub enum Task {
    #[command(flatten)]
    Learner(Learner),
    #[command(flatten)]
    Maintainer(Maintainer),
}

/// The learner's commands: they build only this package and the chapters
/// they grade.
#[derive(Subcommand, Debug)]
pub enum Learner {
    /// Grade the current exercise every time you save one; h hint, l list, q quit
    Watch {
        /// Start at this exercise instead of the first one not done
        exercise: Option<String>,
    },
    /// Grade your exercises (or only EXERCISE): progress, then the next one to do
    Check {
        exercise: Option<String>,
        /// Also show the next exercise's hint
        #[arg(long)]
        hint: bool,
        /// Show EXERCISE's reference solution (only once it passes)
        #[arg(long, requires = "exercise")]
        solution: bool,
    },
    /// Every exercise, its chapter, its state and the file to edit
    List,
    /// Put EXERCISE's file back as the chapter ships it (shows what you lose, and asks)
    Reset {
        exercise: String,
        /// Do not ask
        #[arg(long)]
        yes: bool,
    },
}

impl Learner {
    pub fn run(self, root: &Path) -> Result<()> {
        match self {
            Learner::Watch { exercise } => {
                watch::watch(root, exercise.as_deref())
            }
            Learner::Check {
                exercise,
                hint,
                solution,
            } => check::check(root, exercise.as_deref(), hint, solution),
            Learner::List => {
                let progress = Progress::load(&progress::default_path());
                list::list(root, REGISTRIES, &progress, &mut std::io::stdout())
            }
            Learner::Reset { exercise, yes } => {
                let ask = match (yes, std::io::stdin().is_terminal()) {
                    (true, _) => Ask::No,
                    (false, true) => Ask::Terminal,
                    (false, false) => Ask::Impossible,
                };
                let path = progress::default_path();
                let mut progress = Progress::load(&path);
                reset::reset(
                    root,
                    REGISTRIES,
                    &exercise,
                    ask,
                    &mut std::io::stdin().lock(),
                    &mut std::io::stdout(),
                    &mut progress,
                )?;
                progress.save(&path)
            }
        }
    }
}

/// The commands that build the book and check the project; they compile
/// the book and browser tooling, which the learner's commands never do.
#[derive(Subcommand, Debug)]
pub enum Maintainer {
    /// Render every registered figure into book/src/figures (light and dark)
    Figures {
        /// Render into a temporary folder and fail on any difference instead
        #[arg(long)]
        check: bool,
    },
    /// Record every program output the book includes into book/src/outputs
    Outputs {
        /// Record into a temporary folder and fail on any difference instead
        #[arg(long)]
        check: bool,
    },
    /// Build the book's WebAssembly module (crates/playground) into
    /// book/src/widgets/module.js
    Widgets {
        /// Build it again and fail unless it has the committed bytes
        #[arg(long)]
        check: bool,
    },
    /// Extract the English book's messages into book/po/messages.pot and
    /// bring book/po/ko.po up to date with them
    Translation {
        /// Fail if the template is stale or any message lacks its Korean translation
        #[arg(long)]
        check: bool,
    },
    /// Figures, outputs, the widgets' module, then build the book into book/build
    Book {
        /// Open the built book in a browser
        #[arg(long)]
        open: bool,
        /// Then check every page in headless Chromium, offline, in the light
        /// and navy themes (screenshots in target/browser)
        #[arg(long)]
        browser_check: bool,
    },
    /// Maintainers: stubs fail, solutions pass, every exercise file is registered,
    /// generated files are fresh
    DevCheck,
    /// Everything CI runs, in CI's order
    Ci,
    /// Run the chapters' benchmarks (divan, and numpy if python3 has it),
    /// tagged with this machine, and redraw what is drawn from them
    Bench {
        /// Rounds of every benchmark; each time recorded is the median
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..))]
        rounds: u16,
        /// Head-to-head pairs for the targets against numpy (0: none)
        #[arg(long, default_value_t = 15)]
        pairs: u16,
        /// Only this package (one of the chapters with benchmarks)
        #[arg(long)]
        package: Option<String>,
    },
}

/// Parses `cargo xtask`'s arguments; a usage error or `--help` is returned
/// as the exit code to end with, having been printed.
pub fn parse() -> Result<Task, std::process::ExitCode> {
    match Cli::try_parse() {
        Ok(cli) => Ok(cli.task),
        Err(e) if !e.use_stderr() => {
            print!("{e}");
            Err(std::process::ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{}", toolkit::cli::usage_line(&e));
            Err(std::process::ExitCode::from(2))
        }
    }
}

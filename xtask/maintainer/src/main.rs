//! `cargo xtask` for maintainers: figures, outputs, the book and its browser
//! check, dev-check, benchmarks and CI. The light `xtask` runs this binary
//! for those commands; every command echoes what it runs.

mod bench;
mod book;
mod browser;
mod chapters;
mod ci;
#[cfg(test)]
mod cycles;
mod directive;
mod generated;
mod machine;
mod math;
mod search_ko;
mod translation;
mod values;
mod widget_check;
mod widgets;

use std::path::Path;
use std::process::{Command, ExitCode};

use anyhow::Result;
use xtask::cli::{self, Maintainer, Task};
use xtask::command::{cargo, run_shown, workspace_root};

use crate::generated::Kind;

fn main() -> ExitCode {
    let task = match cli::parse() {
        Ok(task) => task,
        Err(code) => return code,
    };
    match run(task) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(task: Task) -> Result<()> {
    let root = workspace_root();
    let task = match task {
        Task::Learner(learner) => return learner.run(&root),
        Task::Maintainer(task) => task,
    };
    match task {
        Maintainer::Figures { check } => generate(&root, Kind::Figures, check),
        Maintainer::Outputs { check } => generate(&root, Kind::Outputs, check),
        Maintainer::Widgets { check } => widgets::run(&root, check),
        Maintainer::Translation { check } => translation::run(&root, check),
        Maintainer::Book {
            open,
            browser_check: check,
        } => {
            generate(&root, Kind::Figures, false)?;
            generate(&root, Kind::Outputs, false)?;
            widgets::run(&root, false)?;
            let index = book::build(&root)?;
            println!("book: open {}", index.display());
            if check {
                ci::browser_check(&root)?;
            }
            if open {
                open_in_browser(&index);
            }
            Ok(())
        }
        Maintainer::DevCheck => dev_check(&root),
        Maintainer::Ci => ci::ci(&root),
        Maintainer::Bench {
            rounds,
            pairs,
            package,
        } => {
            let counts = bench::Counts {
                rounds: usize::from(rounds),
                pairs: usize::from(pairs),
            };
            bench(&root, counts, package.as_deref())
        }
    }
}

/// The exercises (registered, complete, stubs failing, solutions passing),
/// the registries agreeing with the chapters, and the generated files fresh.
fn dev_check(root: &Path) -> Result<()> {
    chapters::check_registries()?;
    xtask::dev_check::dev_check(root)?;
    generated::check(root, Kind::Figures)?;
    generated::check(root, Kind::Outputs)
}

fn generate(root: &Path, kind: Kind, check: bool) -> Result<()> {
    if check {
        generated::check(root, kind)
    } else {
        generated::write(root, kind)
    }
}

fn bench(
    root: &Path,
    counts: bench::Counts,
    package: Option<&str>,
) -> Result<()> {
    let machine = machine::tag();
    println!("machine: {machine}");
    bench::run_all(root, &machine, counts, package)?;
    // Figures and tables drawn from the measurements follow them. The
    // measurements are compiled into the chapter, so this process's copy is
    // stale: a fresh xtask (rebuilt by cargo) redraws them.
    for kind in ["figures", "outputs"] {
        let mut cmd = cargo(root);
        cmd.args(["run", "--quiet", "--package", "xtask-maintainer", "--"])
            .arg(kind);
        run_shown(&mut cmd)?;
    }
    Ok(())
}

fn open_in_browser(index: &Path) {
    match Command::new("xdg-open").arg(index).status() {
        Ok(s) if s.success() => {}
        _ => {
            println!("(could not start a browser; open the path above by hand)")
        }
    }
}

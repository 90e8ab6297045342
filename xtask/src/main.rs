//! `cargo xtask`: the learner's commands run here, light (no chapter, book
//! or browser tooling is compiled for them); the maintainer's are handed to
//! `xtask-maintainer`, built on first use.

use std::process::ExitCode;

use xtask::cli::{self, Task};
use xtask::command::{cargo, show, workspace_root};

fn main() -> ExitCode {
    let task = match cli::parse() {
        Ok(task) => task,
        Err(code) => return code,
    };
    let root = workspace_root();
    let learner = match task {
        Task::Learner(learner) => learner,
        Task::Maintainer(_) => return maintainer(&root),
    };
    match learner.run(&root) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Runs the same arguments through `xtask-maintainer`, and ends as it ends.
fn maintainer(root: &std::path::Path) -> ExitCode {
    let mut cmd = cargo(root);
    cmd.args(["run", "--package", "xtask-maintainer", "--"])
        .args(std::env::args_os().skip(1));
    show(&cmd);
    match cmd.status() {
        Ok(status) => match status.code() {
            Some(0) => ExitCode::SUCCESS,
            Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
            None => ExitCode::from(1),
        },
        Err(e) => {
            eprintln!("error: cannot start cargo: {e}");
            ExitCode::from(1)
        }
    }
}

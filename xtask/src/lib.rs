//! dlnotes automation, the learner's side: the grader (`cargo xtask watch`,
//! `check`, `list`, `reset`) and the command line every `cargo xtask`
//! command goes through.
//!
//! - [`cli`]: every command's arguments, the maintainer's included.
//! - [`registry`]: every chapter's exercises, read from the chapters'
//!   registries without compiling the chapters.
//! - [`grader`]: building a chapter's exercise tests and running each.
//! - [`fingerprint`] and [`progress`]: what a grading read, and what the
//!   grader remembers, so that an unchanged chapter is not graded again.
//! - [`check`], [`watch`] (with [`terminal`]), [`list`], [`reset`]: the
//!   learner's commands; [`show`]: how they show an exercise.
//! - [`audit`] and [`dev_check`]: the maintainer's check of every exercise.
//! - [`command`]: the workspace, and running cargo in it.

pub mod audit;
pub mod check;
pub mod cli;
pub mod command;
pub mod dev_check;
pub mod fingerprint;
pub mod grader;
pub mod list;
pub mod progress;
pub mod registry;
pub mod reset;
pub mod show;
pub mod terminal;
pub mod watch;

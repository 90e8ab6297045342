//! dlnotes automation, the learner's side: `cargo xtask check` and the
//! command line every `cargo xtask` command goes through.
//!
//! - [`cli`]: every command's arguments, the maintainer's included.
//! - [`registry`]: every chapter's exercises, read from the chapters'
//!   registries without compiling the chapters.
//! - [`grader`]: grading a learner's exercises, and the maintainer's check
//!   that every stub fails and every solution passes.
//! - [`audit`]: every exercise file and test against its registry.
//! - [`command`]: the workspace, and running cargo in it.

pub mod audit;
pub mod cli;
pub mod command;
pub mod grader;
pub mod registry;

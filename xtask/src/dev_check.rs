//! `cargo xtask dev-check`'s exercise half, for maintainers: every exercise
//! has a unique name, a hint, a task text, a stub with its pristine copy, a
//! solution and a test; nothing in a chapter's exercise folders or tests is
//! left unregistered; every stub fails its test by reaching `todo!()`, and
//! every solution passes.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Result, bail};

use crate::audit::{audit, unregistered_chapters};
use crate::grader::{Code, Outcome, grade};
use crate::registry::REGISTRIES;
use crate::show::task_text;

pub fn dev_check(root: &Path) -> Result<()> {
    let mut problems = unregistered_chapters(root, REGISTRIES)?;
    let mut names = BTreeSet::new();
    let mut count = 0;
    for chapter in REGISTRIES {
        for e in chapter.exercises {
            count += 1;
            if !names.insert(e.name) {
                problems.push(format!("{}: the name is used twice", e.name));
            }
            if e.hint.trim().is_empty() {
                problems.push(format!("{}: no hint", e.name));
            }
            if root.join(e.stub(chapter.folder)).is_file()
                && task_text(root, chapter, e).trim().is_empty()
            {
                problems.push(format!(
                    "{}: no `//!` task text at the top",
                    e.stub(chapter.folder)
                ));
            }
        }
        for (code, expected) in [
            (Code::Solutions, Outcome::Pass),
            (Code::Stubs, Outcome::NotDone),
        ] {
            let (graded, tests) = grade(root, chapter, code, true)?;
            if let Some(error) = &graded.first_error {
                problems.push(format!(
                    "{} ({code:?}) does not compile:\n{error}",
                    chapter.package()
                ));
            }
            if let Some(tests) = tests.filter(|_| code == Code::Solutions) {
                problems.extend(audit(root, chapter, &tests)?);
            }
            for (name, outcome) in &graded.outcomes {
                if *outcome != expected
                    && *outcome != Outcome::DoesNotCompile
                    && *outcome != Outcome::NoSuchTest
                {
                    let who = match code {
                        Code::Solutions => "solution",
                        Code::Stubs => "stub",
                    };
                    problems.push(format!(
                        "{name}: the {who} {}",
                        outcome.summary()
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        bail!("dev-check found problems:\n  {}", problems.join("\n  "));
    }
    println!(
        "dev-check: {count} exercises, each with its stub (and pristine copy), solution and \
         test, nothing unregistered; every stub reaches todo!(), every solution passes"
    );
    Ok(())
}

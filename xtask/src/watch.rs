//! `cargo xtask watch [NAME]`: save an exercise, see its result.
//!
//! The watcher grades the current exercise (the first not done, or NAME)
//! whenever a file under a chapter's `src/exercises/` is saved, shows its
//! outcome and the overall progress, and moves to the next exercise when
//! one passes. Keys: `h` shows the hint, `l` the list, `q` (or Ctrl-C)
//! quits and leaves the terminal as it was.
//!
//! [`Watch`] is the watcher's core: inputs (files saved, keys) in, text out,
//! with the grading behind a trait, so that it is tested without a terminal,
//! a file watcher or cargo. [`watch`] wires it to all three.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, Result};
use notify::{EventKind, RecursiveMode, Watcher as _};
use toolkit::chapter::Exercise;

use crate::fingerprint::fingerprint;
use crate::grader::{self, Graded, Outcome};
use crate::list::{self, State};
use crate::progress::{self, Progress};
use crate::registry::{REGISTRIES, Registry};
use crate::{check, show, terminal};

/// What the watcher reacts to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Files were written, created or removed (absolute paths).
    Saved(Vec<PathBuf>),
    /// A key was pressed.
    Key(u8),
}

/// Whether to go on watching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// How a chapter is graded: cargo for real, a script in tests.
pub trait Grade {
    fn grade(&mut self, root: &Path, chapter: &Registry) -> Result<Graded>;
}

/// The real grader: the chapter's exercise tests, built and run (unless
/// every exercise is still as shipped, whose outcome is known).
#[derive(Debug)]
pub struct Cargo;

impl Grade for Cargo {
    fn grade(&mut self, root: &Path, chapter: &Registry) -> Result<Graded> {
        Ok(check::grade_now(root, chapter)?.0)
    }
}

/// The keys, as the watcher lists them.
pub const KEYS: &str = "h hint · l list · q quit";

/// Ctrl-C, Ctrl-D and Ctrl-\, which the terminal sends as keys while the
/// watcher reads single keys.
const QUIT_KEYS: [u8; 4] = [b'q', 0x03, 0x04, 0x1c];

/// The watcher's state.
#[derive(Debug)]
pub struct Watch {
    root: PathBuf,
    registries: &'static [Registry],
    current: (&'static Registry, &'static Exercise),
    progress: Progress,
    /// Where progress is saved after each grading (none in tests).
    progress_path: Option<PathBuf>,
    /// Clear the screen before each new result.
    clear: bool,
}

impl Watch {
    /// Starts at the exercise called `start`, or the first not done.
    pub fn new(
        root: &Path,
        registries: &'static [Registry],
        start: Option<&str>,
        progress: Progress,
    ) -> Result<Watch> {
        let all = || {
            registries
                .iter()
                .flat_map(|c| c.exercises.iter().map(move |e| (c, e)))
        };
        let current = match start {
            Some(name) => {
                all().find(|(_, e)| e.name == name).ok_or_else(|| {
                    let names: Vec<&str> = all().map(|(_, e)| e.name).collect();
                    anyhow::anyhow!(
                        "no exercise named `{name}`; the exercises are: {}",
                        names.join(", ")
                    )
                })?
            }
            None => all()
                .find(|(_, e)| !progress.solved.contains(e.name))
                .or_else(|| all().next())
                .context("there are no exercises to watch")?,
        };
        Ok(Watch {
            root: root.to_path_buf(),
            registries,
            current,
            progress,
            progress_path: None,
            clear: false,
        })
    }

    /// Saves progress to `path` after each grading.
    pub fn saving_to(mut self, path: PathBuf) -> Watch {
        self.progress_path = Some(path);
        self
    }

    /// Clears the screen before each new result.
    pub fn clearing(mut self, clear: bool) -> Watch {
        self.clear = clear;
        self
    }

    /// The exercise being watched.
    pub fn current(&self) -> &'static Exercise {
        self.current.1
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// The first result: the current exercise, graded.
    pub fn start(
        &mut self,
        grader: &mut dyn Grade,
        out: &mut dyn Write,
    ) -> Result<()> {
        self.grade_current(grader, out)
    }

    /// Reacts to one input.
    pub fn handle(
        &mut self,
        input: Input,
        grader: &mut dyn Grade,
        out: &mut dyn Write,
    ) -> Result<Flow> {
        match input {
            Input::Saved(paths) => {
                let saved: Vec<_> = self
                    .exercises()
                    .filter(|(c, e)| {
                        paths.contains(&self.root.join(e.stub(c.folder)))
                    })
                    .collect();
                let Some(&first) = saved.first() else {
                    return Ok(Flow::Continue); // not an exercise: an editor's own file
                };
                if !saved.iter().any(|(_, e)| e.name == self.current.1.name) {
                    self.current = first;
                }
                self.grade_current(grader, out)?;
            }
            Input::Key(key) if QUIT_KEYS.contains(&key) => {
                writeln!(out, "\nStopped watching; your progress is saved.")?;
                return Ok(Flow::Quit);
            }
            Input::Key(b'h') => {
                writeln!(
                    out,
                    "\nHint for {}: {}",
                    self.current.1.name, self.current.1.hint
                )?;
            }
            Input::Key(b'l') => {
                writeln!(out)?;
                list::list(&self.root, self.registries, &self.progress, out)?;
            }
            Input::Key(b'\n' | b'\r' | b' ') => {}
            Input::Key(_) => writeln!(out, "keys: {KEYS}")?,
        }
        Ok(Flow::Continue)
    }

    fn exercises(
        &self,
    ) -> impl Iterator<Item = (&'static Registry, &'static Exercise)> + use<>
    {
        self.registries
            .iter()
            .flat_map(|c| c.exercises.iter().map(move |e| (c, e)))
    }

    /// Grades the current exercise's chapter and shows the current
    /// exercise's outcome; on a pass, moves on to the next one not done.
    fn grade_current(
        &mut self,
        grader: &mut dyn Grade,
        out: &mut dyn Write,
    ) -> Result<()> {
        let (chapter, exercise) = self.current;
        if self.clear {
            write!(out, "{}", terminal::CLEAR)?;
        }
        writeln!(out, "\n── {} ({})", exercise.name, chapter.folder)?;
        let stub = exercise.stub(chapter.folder);
        if !self.root.join(&stub).is_file() {
            writeln!(
                out,
                "✗ {stub} is missing: `cargo xtask reset {}` brings the stub back.",
                exercise.name
            )?;
            return self.footer(out);
        }
        let print = fingerprint(&self.root, chapter)?;
        let graded = grader.grade(&self.root, chapter)?;
        self.progress.record(chapter, print, &graded);
        if let Some(path) = &self.progress_path {
            self.progress.save(path)?;
        }
        let outcome = graded
            .outcome(exercise.name)
            .cloned()
            .unwrap_or(Outcome::NoSuchTest);
        write!(
            out,
            "{}",
            show::outcome(
                exercise.name,
                &outcome,
                graded.first_error.as_deref()
            )
        )?;
        if outcome == Outcome::Pass {
            match self.next_not_done() {
                Some(next) => {
                    self.current = next;
                    let state =
                        list::state(&self.root, next.0, next.1, &self.progress);
                    writeln!(
                        out,
                        "\nNext ({}): {}",
                        state.name(),
                        show::task(&self.root, next.0, next.1)
                    )?;
                    if state != State::NotStarted {
                        writeln!(out, "  (save it to check it)")?;
                    }
                }
                None => writeln!(out, "\nAll done: every exercise passes.")?,
            }
        } else {
            writeln!(out, "\n{}", show::task(&self.root, chapter, exercise))?;
        }
        self.footer(out)
    }

    /// The first exercise not done after the current one, else before it.
    fn next_not_done(&self) -> Option<(&'static Registry, &'static Exercise)> {
        let all: Vec<_> = self.exercises().collect();
        let at = all
            .iter()
            .position(|(_, e)| e.name == self.current.1.name)
            .unwrap_or(0);
        all[at + 1..]
            .iter()
            .chain(&all[..at])
            .find(|(_, e)| !self.progress.solved.contains(e.name))
            .copied()
    }

    fn footer(&self, out: &mut dyn Write) -> Result<()> {
        let total = self.exercises().count();
        let done = self
            .exercises()
            .filter(|(_, e)| self.progress.solved.contains(e.name))
            .count();
        writeln!(
            out,
            "\nProgress: {done}/{total} exercises done. Keys: {KEYS}. Watching every \
             chapter's src/exercises/: save a file to check it."
        )?;
        Ok(())
    }
}

/// How long the watcher waits after a save for more saves (an editor
/// writes a file in several steps) before it grades.
const QUIET: Duration = Duration::from_millis(150);

/// `cargo xtask watch`: grades on every save until the reader quits.
pub fn watch(root: &Path, start: Option<&str>) -> Result<()> {
    let path = progress::default_path();
    let mut core = Watch::new(root, REGISTRIES, start, Progress::load(&path))?
        .saving_to(path)
        .clearing(terminal::can_clear());
    let (send, inputs) = mpsc::channel::<Input>();

    let files = send.clone();
    let mut watcher = notify::recommended_watcher(
        move |event: notify::Result<notify::Event>| {
            if let Ok(event) = event
                && matches!(
                    event.kind,
                    EventKind::Create(_)
                        | EventKind::Modify(_)
                        | EventKind::Remove(_)
                )
            {
                let _ = files.send(Input::Saved(event.paths));
            }
        },
    )
    .context("cannot watch the exercise files")?;
    for chapter in REGISTRIES {
        let dir = root
            .join("crates")
            .join(chapter.folder)
            .join("src/exercises");
        watcher
            .watch(&dir, RecursiveMode::NonRecursive)
            .with_context(|| format!("cannot watch {}", dir.display()))?;
    }

    let mut stdout = std::io::stdout();
    let keys = match terminal::Keys::enter() {
        Ok(keys) => {
            let keys_in = send;
            std::thread::spawn(move || {
                terminal::read_keys(|key| {
                    if QUIT_KEYS.contains(&key) {
                        // Ends a grading under way at once.
                        grader::STOP.store(true, Ordering::Relaxed);
                    }
                    keys_in.send(Input::Key(key)).is_ok()
                });
            });
            Some(keys)
        }
        Err(why) => {
            writeln!(stdout, "({why})")?;
            None
        }
    };
    let result = run(&mut core, &inputs, &mut stdout);
    drop(keys); // the terminal as it was, before anything else is printed
    match result {
        Err(e) if e.to_string() == grader::STOPPED => {
            println!("\nStopped watching; your progress is saved.");
            Ok(())
        }
        other => other,
    }
}

fn run(
    core: &mut Watch,
    inputs: &mpsc::Receiver<Input>,
    out: &mut dyn Write,
) -> Result<()> {
    core.start(&mut Cargo, out)?;
    while let Ok(input) = inputs.recv() {
        let mut batch = vec![input];
        if matches!(batch[0], Input::Saved(_)) {
            while let Ok(more) = inputs.recv_timeout(QUIET) {
                batch.push(more);
            }
        }
        // All the files saved in the batch at once, then the keys in order.
        let mut saved = Vec::new();
        let mut keys = Vec::new();
        for input in batch {
            match input {
                Input::Saved(paths) => saved.extend(paths),
                key @ Input::Key(_) => keys.push(key),
            }
        }
        let mut inputs_now = Vec::new();
        if !saved.is_empty() {
            inputs_now.push(Input::Saved(saved));
        }
        inputs_now.extend(keys);
        for input in inputs_now {
            if core.handle(input, &mut Cargo, out)? == Flow::Quit {
                return Ok(());
            }
            out.flush()?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;

    const CHAPTERS: &[Registry] = &[
        Registry {
            folder: "01-first",
            exercises: &[
                Exercise {
                    name: "alpha",
                    hint: "Add one.",
                },
                Exercise {
                    name: "beta",
                    hint: "Double it.",
                },
            ],
        },
        Registry {
            folder: "02-second",
            exercises: &[Exercise {
                name: "gamma",
                hint: "Square it.",
            }],
        },
    ];

    /// A workspace with every exercise's stub and pristine copy.
    fn workspace() -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        for chapter in CHAPTERS {
            for e in chapter.exercises {
                for path in [e.stub(chapter.folder), e.pristine(chapter.folder)]
                {
                    let path = root.path().join(path);
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(&path, format!("//! Write {}.\n", e.name))
                        .unwrap();
                }
            }
        }
        root
    }

    /// Grades with the outcomes it is given, in turn, and counts the calls.
    struct Script {
        graded: VecDeque<(&'static str, Graded)>,
        calls: Vec<&'static str>,
    }

    fn outcomes(chapter: &Registry, named: &[(&str, Outcome)]) -> Graded {
        let outcomes = chapter
            .exercises
            .iter()
            .map(|e| {
                let o = named
                    .iter()
                    .find(|(n, _)| *n == e.name)
                    .map_or(Outcome::NotDone, |(_, o)| o.clone());
                (e.name.to_owned(), o)
            })
            .collect();
        Graded {
            outcomes,
            first_error: None,
        }
    }

    impl Grade for Script {
        fn grade(&mut self, _: &Path, chapter: &Registry) -> Result<Graded> {
            let (folder, graded) =
                self.graded.pop_front().expect("an unexpected grading");
            assert_eq!(folder, chapter.folder);
            self.calls.push(folder);
            Ok(graded)
        }
    }

    fn script(graded: Vec<(&'static str, Graded)>) -> Script {
        Script {
            graded: graded.into(),
            calls: Vec::new(),
        }
    }

    fn text(out: Vec<u8>) -> String {
        String::from_utf8(out).unwrap()
    }

    fn saved(root: &Path, chapter: &Registry, name: &str) -> Input {
        let e = chapter.exercises.iter().find(|e| e.name == name).unwrap();
        Input::Saved(vec![root.join(e.stub(chapter.folder))])
    }

    #[test]
    fn it_starts_at_the_first_exercise_not_done_and_shows_its_task() {
        let root = workspace();
        let mut w =
            Watch::new(root.path(), CHAPTERS, None, Progress::default())
                .unwrap();
        let mut grader =
            script(vec![("01-first", outcomes(&CHAPTERS[0], &[]))]);
        let mut out = Vec::new();
        w.start(&mut grader, &mut out).unwrap();
        let shown = text(out);
        assert!(shown.contains("── alpha (01-first)"), "{shown}");
        assert!(shown.contains("✗ alpha is not done yet"), "{shown}");
        assert!(
            shown.contains(
                "alpha — edit crates/01-first/src/exercises/alpha.rs"
            ),
            "{shown}"
        );
        assert!(shown.contains("Write alpha."), "{shown}");
        assert!(shown.contains("Progress: 0/3 exercises done."), "{shown}");
    }

    #[test]
    fn a_pass_moves_to_the_next_exercise_and_counts() {
        let root = workspace();
        let mut w =
            Watch::new(root.path(), CHAPTERS, None, Progress::default())
                .unwrap();
        let mut grader = script(vec![
            ("01-first", outcomes(&CHAPTERS[0], &[])),
            (
                "01-first",
                outcomes(&CHAPTERS[0], &[("alpha", Outcome::Pass)]),
            ),
        ]);
        w.start(&mut grader, &mut Vec::new()).unwrap();
        let mut out = Vec::new();
        let flow = w
            .handle(
                saved(root.path(), &CHAPTERS[0], "alpha"),
                &mut grader,
                &mut out,
            )
            .unwrap();
        assert_eq!(flow, Flow::Continue);
        let shown = text(out);
        assert!(shown.contains("✓ alpha passes."), "{shown}");
        assert!(shown.contains("Next (not started): beta — edit"), "{shown}");
        assert!(shown.contains("Progress: 1/3 exercises done."), "{shown}");
        assert_eq!(w.current().name, "beta");
        assert!(w.progress().solved.contains("alpha"));
    }

    #[test]
    fn saving_another_exercise_watches_that_one_and_other_files_are_ignored() {
        let root = workspace();
        let mut w =
            Watch::new(root.path(), CHAPTERS, None, Progress::default())
                .unwrap();
        let mut grader = script(vec![
            ("01-first", outcomes(&CHAPTERS[0], &[])),
            ("02-second", outcomes(&CHAPTERS[1], &[])),
        ]);
        w.start(&mut grader, &mut Vec::new()).unwrap();
        let swap = root
            .path()
            .join("crates/01-first/src/exercises/.alpha.rs.swp");
        let mut out = Vec::new();
        w.handle(Input::Saved(vec![swap]), &mut grader, &mut out)
            .unwrap();
        assert_eq!(text(out), "", "an editor's own file grades nothing");
        let mut out = Vec::new();
        w.handle(
            saved(root.path(), &CHAPTERS[1], "gamma"),
            &mut grader,
            &mut out,
        )
        .unwrap();
        assert_eq!(w.current().name, "gamma");
        assert!(text(out).contains("✗ gamma is not done yet"));
        assert_eq!(grader.calls, ["01-first", "02-second"]);
    }

    #[test]
    fn a_compile_error_a_failure_and_a_timeout_are_shown_and_watching_goes_on()
    {
        let root = workspace();
        let mut w = Watch::new(
            root.path(),
            CHAPTERS,
            Some("beta"),
            Progress::default(),
        )
        .unwrap();
        let mut broken = outcomes(
            &CHAPTERS[0],
            &[
                ("beta", Outcome::DoesNotCompile),
                ("alpha", Outcome::DoesNotCompile),
            ],
        );
        broken.first_error =
            Some("error: expected `;`\n --> beta.rs:3:9".to_owned());
        let mut grader = script(vec![
            ("01-first", broken),
            (
                "01-first",
                outcomes(
                    &CHAPTERS[0],
                    &[("beta", Outcome::Fails("left: 2\nright: 4".into()))],
                ),
            ),
            (
                "01-first",
                outcomes(&CHAPTERS[0], &[("beta", Outcome::TimedOut)]),
            ),
        ]);
        let mut out = Vec::new();
        w.start(&mut grader, &mut out).unwrap();
        let shown = text(out);
        assert!(shown.contains("✗ beta's chapter does not compile; the compiler's first error:\n    error: expected `;`"), "{shown}");
        for expected in [
            "✗ beta runs, but its test says:\n    left: 2\n    right: 4",
            "✗ beta did not finish in 10 s",
        ] {
            let mut out = Vec::new();
            let flow = w
                .handle(
                    saved(root.path(), &CHAPTERS[0], "beta"),
                    &mut grader,
                    &mut out,
                )
                .unwrap();
            assert_eq!(flow, Flow::Continue);
            assert!(text(out).contains(expected), "{expected}");
        }
        assert_eq!(w.current().name, "beta");
    }

    #[test]
    fn a_deleted_exercise_file_is_named_without_grading() {
        let root = workspace();
        let mut w = Watch::new(
            root.path(),
            CHAPTERS,
            Some("gamma"),
            Progress::default(),
        )
        .unwrap();
        let stub = root.path().join(CHAPTERS[1].exercises[0].stub("02-second"));
        std::fs::remove_file(&stub).unwrap();
        let mut grader = script(vec![]);
        let mut out = Vec::new();
        w.handle(Input::Saved(vec![stub]), &mut grader, &mut out)
            .unwrap();
        let shown = text(out);
        assert!(
            shown.contains("✗ crates/02-second/src/exercises/gamma.rs is missing: `cargo xtask reset gamma` brings the stub back."),
            "{shown}"
        );
        assert!(grader.calls.is_empty());
    }

    #[test]
    fn keys_show_the_hint_and_the_list_and_quit() {
        let root = workspace();
        let mut w =
            Watch::new(root.path(), CHAPTERS, None, Progress::default())
                .unwrap();
        let mut grader = script(vec![]);
        let mut out = Vec::new();
        assert_eq!(
            w.handle(Input::Key(b'h'), &mut grader, &mut out).unwrap(),
            Flow::Continue
        );
        assert!(text(out).contains("Hint for alpha: Add one."));
        let mut out = Vec::new();
        w.handle(Input::Key(b'l'), &mut grader, &mut out).unwrap();
        let shown = text(out);
        assert!(shown.contains("alpha"), "{shown}");
        assert!(shown.contains("not started"), "{shown}");
        let mut out = Vec::new();
        w.handle(Input::Key(b'x'), &mut grader, &mut out).unwrap();
        assert_eq!(text(out), format!("keys: {KEYS}\n"));
        for key in [b'q', 0x03] {
            let mut out = Vec::new();
            assert_eq!(
                w.handle(Input::Key(key), &mut grader, &mut out).unwrap(),
                Flow::Quit
            );
            assert!(text(out).contains("Stopped watching"));
        }
        assert!(grader.calls.is_empty());
    }

    #[test]
    fn an_unknown_exercise_is_one_line_naming_the_exercises() {
        let err = Watch::new(
            Path::new("/"),
            CHAPTERS,
            Some("delta"),
            Progress::default(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "no exercise named `delta`; the exercises are: alpha, beta, gamma"
        );
    }

    #[test]
    fn when_all_is_done_a_pass_says_so() {
        let root = workspace();
        let mut progress = Progress::default();
        progress
            .solved
            .extend(["alpha".to_owned(), "beta".to_owned()]);
        let mut w = Watch::new(root.path(), CHAPTERS, None, progress).unwrap();
        assert_eq!(w.current().name, "gamma");
        let mut grader = script(vec![(
            "02-second",
            outcomes(&CHAPTERS[1], &[("gamma", Outcome::Pass)]),
        )]);
        let mut out = Vec::new();
        w.handle(
            saved(root.path(), &CHAPTERS[1], "gamma"),
            &mut grader,
            &mut out,
        )
        .unwrap();
        let shown = text(out);
        assert!(
            shown.contains("All done: every exercise passes."),
            "{shown}"
        );
        assert!(shown.contains("Progress: 3/3"), "{shown}");
    }
}

//! dlnotes automation: `cargo xtask <command>`. Every command echoes what it runs.

mod bench;
mod book;
mod browser;
mod generated;
mod grader;
mod intro;
mod math;
mod registry;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use crate::generated::Kind;

#[derive(Parser, Debug)]
#[command(
    name = "cargo xtask",
    about = "Figures, outputs, the book, the grader and CI for dlnotes"
)]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand, Debug)]
enum Task {
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
    /// Figures, outputs, then build the book into book/build
    Book {
        /// Open the built book in a browser
        #[arg(long)]
        open: bool,
        /// Then check every page in headless Chromium, offline, in the light
        /// and navy themes (screenshots in target/browser)
        #[arg(long)]
        browser_check: bool,
    },
    /// Grade your exercises (or only EXERCISE): progress, then the next one to do
    Check {
        exercise: Option<String>,
        /// Also show the next exercise's hint
        #[arg(long)]
        hint: bool,
    },
    /// Maintainers: stubs fail, solutions pass, hints exist, generated files are fresh
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
        /// Only this chapter's package (vectorization, relu-vs-sigmoid)
        #[arg(long)]
        package: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            print!("{e}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("{}", toolkit::cli::usage_line(&e));
            return ExitCode::from(2);
        }
    };
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(task: Task) -> Result<()> {
    let root = workspace_root();
    match task {
        Task::Figures { check } => generate(&root, Kind::Figures, check),
        Task::Outputs { check } => generate(&root, Kind::Outputs, check),
        Task::Book {
            open,
            browser_check: check,
        } => {
            generate(&root, Kind::Figures, false)?;
            generate(&root, Kind::Outputs, false)?;
            let index = book::build(&root)?;
            println!("book: open {}", index.display());
            if check {
                browser_check(&root)?;
            }
            if open {
                open_in_browser(&index);
            }
            Ok(())
        }
        Task::Check { exercise, hint } => {
            grader::check(&root, exercise.as_deref(), hint)
        }
        Task::DevCheck => {
            grader::dev_check(&root)?;
            generated::check(&root, Kind::Figures)?;
            generated::check(&root, Kind::Outputs)
        }
        Task::Ci => ci(&root),
        Task::Bench {
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

fn generate(root: &Path, kind: Kind, check: bool) -> Result<()> {
    if check {
        generated::check(root, kind)
    } else {
        generated::write(root, kind)
    }
}

const CLIPPY: [&str; 6] = [
    "clippy",
    "--workspace",
    "--all-targets",
    "--",
    "-D",
    "warnings",
];

/// A CI step: what it is called, and what it does.
type Step<'a> = (&'a str, Box<dyn Fn() -> Result<()> + 'a>);

/// The steps of CI, in order; the first failure stops the run.
fn ci(root: &Path) -> Result<()> {
    let started = Instant::now();
    let cargo_step = |args: &[&str]| -> Result<()> {
        let mut cmd = cargo(root);
        cmd.args(args);
        run_shown(&mut cmd)
    };
    let steps: Vec<Step<'_>> = vec![
        (
            "cargo fmt --all --check",
            Box::new(|| cargo_step(&["fmt", "--all", "--check"])),
        ),
        (
            "cargo clippy --workspace --all-targets -- -D warnings",
            Box::new(|| cargo_step(&CLIPPY)),
        ),
        (
            "cargo clippy … --all-features (exercise tests, solutions)",
            Box::new(|| {
                let mut args = CLIPPY.to_vec();
                args.insert(3, "--all-features");
                cargo_step(&args)
            }),
        ),
        (
            "cargo test --workspace",
            Box::new(|| cargo_step(&["test", "--workspace"])),
        ),
        (
            "cargo xtask dev-check (exercises)",
            Box::new(|| grader::dev_check(root)),
        ),
        (
            "cargo xtask figures --check",
            Box::new(|| generated::check(root, Kind::Figures)),
        ),
        (
            "cargo xtask outputs --check",
            Box::new(|| generated::check(root, Kind::Outputs)),
        ),
        (
            "no system font libraries linked",
            Box::new(|| no_font_libraries(root)),
        ),
        (
            "cargo xtask book (build only)",
            Box::new(|| {
                book::build(root)
                    .map(|index| println!("book: {}", index.display()))
            }),
        ),
    ];
    let mut steps = steps;
    steps.push((
        "cargo xtask book --browser-check (Chromium, offline)",
        Box::new(|| browser_check(root)),
    ));
    for (i, (name, step)) in steps.iter().enumerate() {
        println!("\n== ci {}/{}: {name}", i + 1, steps.len());
        let t = Instant::now();
        step().with_context(|| format!("ci step `{name}` failed"))?;
        println!("   ({:.1} s)", t.elapsed().as_secs_f64());
    }
    println!(
        "\nci: all {} steps passed in {:.0} s",
        steps.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The figures embed their font; no binary may link fontconfig or freetype.
fn no_font_libraries(root: &Path) -> Result<()> {
    let mut cmd = cargo(root);
    cmd.args(["build", "--workspace", "--bins"]);
    run_shown(&mut cmd)?;
    let target = target_dir().join("debug");
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(&target)? {
        let path = entry?.path();
        let executable = std::fs::metadata(&path)
            .map(|m| {
                m.is_file()
                    && std::os::unix::fs::PermissionsExt::mode(&m.permissions())
                        & 0o111
                        != 0
            })
            .unwrap_or(false);
        if !executable || path.extension().is_some() {
            continue;
        }
        let out = Command::new("ldd")
            .arg(&path)
            .output()
            .context("cannot run ldd")?;
        let libs = String::from_utf8_lossy(&out.stdout);
        if let Some(bad) = libs
            .lines()
            .find(|l| l.contains("fontconfig") || l.contains("freetype"))
        {
            bail!("{} links {}", path.display(), bad.trim());
        }
        checked.push(
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
    }
    checked.sort();
    println!("ldd: no fontconfig or freetype in {}", checked.join(", "));
    Ok(())
}

fn bench(
    root: &Path,
    counts: bench::Counts,
    package: Option<&str>,
) -> Result<()> {
    let machine = machine_tag();
    println!("machine: {machine}");
    bench::run_all(root, &machine, counts, package)?;
    // Figures and tables drawn from the measurements follow them. The
    // measurements are compiled into the chapter, so this process's copy is
    // stale: a fresh xtask (rebuilt by cargo) redraws them.
    for kind in ["figures", "outputs"] {
        let mut cmd = cargo(root);
        cmd.args(["run", "--quiet", "--package", "xtask", "--", kind]);
        run_shown(&mut cmd)?;
    }
    Ok(())
}

/// A word that one chapter alone contains, for the search check.
const SEARCH_TERM: &str = "calories";

/// Every built page in Chromium; fails listing page, theme and problem.
fn browser_check(root: &Path) -> Result<()> {
    let site = root.join("book/build");
    let shots = root.join("target/browser");
    let started = Instant::now();
    let report = browser::check(&site, &shots, Some(SEARCH_TERM))?;
    if !report.problems.is_empty() {
        let list: Vec<String> =
            report.problems.iter().map(|p| format!("  {p}")).collect();
        bail!(
            "the browser check found {} problem(s):\n{}",
            report.problems.len(),
            list.join("\n")
        );
    }
    println!(
        "browser: {} page loads ({} themes), {} images, {} formulas: no console error or \
         failed load, every image loaded, every formula laid out, every internal link and \
         anchor found; search finds {SEARCH_TERM:?} in one chapter ({:.0} s; screenshots in {})",
        report.loads,
        browser::THEMES.len(),
        report.images,
        report.formulas,
        started.elapsed().as_secs_f64(),
        rel_display(root, &shots)
    );
    Ok(())
}

fn rel_display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// CPU model and core count, so a timing is never read without its machine.
fn machine_tag() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    format!("{cpu}, {cores} cores")
}

fn open_in_browser(index: &Path) {
    match Command::new("xdg-open").arg(index).status() {
        Ok(s) if s.success() => {}
        _ => {
            println!("(could not start a browser; open the path above by hand)")
        }
    }
}

/// Cargo's target folder (CARGO_TARGET_DIR if set).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace_root().join("target"), PathBuf::from)
}

/// The workspace root: xtask sits one level below it.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// `cargo`, as the one that runs xtask, in the workspace root.
pub fn cargo(root: &Path) -> Command {
    let mut cmd = Command::new(
        std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()),
    );
    cmd.current_dir(root);
    cmd
}

/// Prints a command as a reader would type it.
fn show(cmd: &Command) {
    let args: Vec<_> = cmd.get_args().map(|a| a.to_string_lossy()).collect();
    let program = Path::new(cmd.get_program())
        .file_name()
        .map_or_else(|| "cargo".into(), |n| n.to_string_lossy());
    println!("$ {program} {}", args.join(" "));
}

fn run_shown(cmd: &mut Command) -> Result<()> {
    show(cmd);
    let status = cmd.status().context("cannot start cargo")?;
    if !status.success() {
        bail!("exited with {status}");
    }
    Ok(())
}

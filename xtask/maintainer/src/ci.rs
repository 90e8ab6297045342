//! `cargo xtask ci`: every check CI runs, in CI's order.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use xtask::command::{cargo, run_shown, target_dir};

use crate::generated::{self, Kind};
use crate::{book, browser, chapters};

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
pub fn ci(root: &Path) -> Result<()> {
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
            "cargo clippy -p derivatives -p xtask … (toolkit without its data feature)",
            Box::new(|| {
                cargo_step(&[
                    "clippy",
                    "--package",
                    "derivatives",
                    "--package",
                    "xtask",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ])
            }),
        ),
        (
            "cargo test --workspace",
            Box::new(|| cargo_step(&["test", "--workspace"])),
        ),
        (
            "cargo xtask dev-check (exercises)",
            Box::new(|| {
                chapters::check_registries()?;
                xtask::dev_check::dev_check(root)
            }),
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
            "cargo xtask translation --check (the Korean edition against the English text)",
            Box::new(|| crate::translation::run(root, true)),
        ),
        (
            "cargo xtask widgets --check (the WebAssembly module, rebuilt byte for byte)",
            Box::new(|| crate::widgets::run(root, true)),
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

/// For each chapter, a word of its Korean page that searching the Korean
/// edition must list that page first for (the Korean of the chapter
/// registry's `search` word, or close to it).
const KOREAN_SEARCH: [(&str, &str); 8] = [
    ("00-supervised-learning", "비정형"),
    ("01-derivatives", "자동 미분"),
    ("02-logistic", "교과서"),
    ("03-gradient-descent", "지그재그"),
    ("04-vectorization", "SIMD"),
    ("05-broadcasting", "칼로리"),
    ("06-relu-vs-sigmoid", "죽은"),
    ("07-deep-networks", "대칭"),
];

/// Every built page in Chromium; fails listing page, theme and problem.
pub fn browser_check(root: &Path) -> Result<()> {
    let site = root.join("book/build");
    let shots = root.join("target/browser");
    let started = Instant::now();
    let terms: Vec<(&str, String)> = chapters::CHAPTERS
        .iter()
        .map(|c| (c.search, format!("{}.html", c.slug)))
        .collect();
    let mut report = browser::check(&site, &shots, &terms, false)?;
    // The Korean edition, page for page, and its search in Korean: each
    // chapter's own word, as its Korean page says it.
    let korean_terms: Vec<(&str, String)> = KOREAN_SEARCH
        .iter()
        .map(|(slug, term)| (*term, format!("{slug}.html")))
        .collect();
    let korean = browser::check(
        &site.join(book::KOREAN_DIR),
        &shots.join(book::KOREAN_DIR),
        &korean_terms,
        true,
    )?;
    report.loads += korean.loads;
    report.images += korean.images;
    report.formulas += korean.formulas;
    report
        .problems
        .extend(korean.problems.into_iter().map(|mut p| {
            p.page = format!("{}/{}", book::KOREAN_DIR, p.page);
            p
        }));
    if !report.problems.is_empty() {
        let list: Vec<String> =
            report.problems.iter().map(|p| format!("  {p}")).collect();
        bail!(
            "the browser check found {} problem(s):\n{}",
            report.problems.len(),
            list.join("\n")
        );
    }
    let widgets = crate::widget_check::check(&site, &shots)?;
    if !widgets.problems.is_empty() {
        bail!(
            "the widget check found {} problem(s):\n  {}",
            widgets.problems.len(),
            widgets.problems.join("\n  ")
        );
    }
    let fps: Vec<String> = widgets
        .fps
        .iter()
        .map(|(t, f, w)| format!("{f:.0} in {t} ({w:.1} ms of work each)"))
        .collect();
    println!(
        "widgets: {} answers on the page equal to the Rust functions', in {} themes, no console \
         error; the playground ran at {} frames per second (recorded in {}/widgets.txt)",
        widgets.checks,
        browser::THEMES.len(),
        fps.join(", "),
        rel_display(root, &shots)
    );
    println!(
        "browser: {} page loads (both editions, {} themes), {} images, {} formulas: no console error or \
         failed load, every image loaded, each edition's figures in its language, every formula laid out, every internal link and \
         anchor found; searching each chapter's own word lists its page first ({:.0} s; screenshots in {})",
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

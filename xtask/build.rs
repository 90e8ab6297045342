//! Finds every chapter's exercise registry (`crates/*/src/exercises.rs`) and
//! writes the list of modules the grader compiles in, so that the grader
//! knows every exercise without building any chapter: grading the first
//! chapter starts while the others are still to be compiled.

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest.parent().ok_or("xtask has no parent folder")?;
    // A new chapter is a new workspace dependency, so the root manifest
    // changes with it.
    println!(
        "cargo::rerun-if-changed={}",
        root.join("Cargo.toml").display()
    );
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(root.join("crates"))? {
        let path = entry?.path();
        let registry = path.join("src/exercises.rs");
        if !registry.is_file() {
            // Watching a file that does not exist would rerun this script
            // on every build; a registry added later appears in `src`.
            println!("cargo::rerun-if-changed={}", path.join("src").display());
            continue;
        }
        println!("cargo::rerun-if-changed={}", registry.display());
        if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
            folders.push((name.to_owned(), registry));
        }
    }
    folders.sort();
    let module = |folder: &str| format!("chapter_{}", folder.replace('-', "_"));
    let mut code = String::new();
    for (folder, registry) in &folders {
        // The registries' `grade` and `solutions` features are the
        // chapters'; here only their `ALL` lists are compiled.
        writeln!(
            code,
            "#[allow(unexpected_cfgs)]\n#[path = {:?}]\nmod {};",
            registry.display().to_string(),
            module(folder)
        )?;
    }
    code.push_str(
        "\n/// Every chapter with exercises, in reading order.\n\
         pub const REGISTRIES: &[Registry] = &[\n",
    );
    for (folder, _) in &folders {
        writeln!(
            code,
            "    Registry {{ folder: {folder:?}, exercises: {}::ALL }},",
            module(folder)
        )?;
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("registries.rs");
    std::fs::write(out, code)?;
    Ok(())
}

//! Where the workspace is, and running cargo in it the way a reader would,
//! each command echoed first.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The workspace root: xtask sits one level below it.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Cargo's target folder (CARGO_TARGET_DIR if set).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace_root().join("target"), PathBuf::from)
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
pub fn show(cmd: &Command) {
    let args: Vec<_> = cmd.get_args().map(|a| a.to_string_lossy()).collect();
    let program = Path::new(cmd.get_program())
        .file_name()
        .map_or_else(|| "cargo".into(), |n| n.to_string_lossy());
    println!("$ {program} {}", args.join(" "));
}

/// Shows `cmd`, runs it, and fails unless it succeeds.
pub fn run_shown(cmd: &mut Command) -> Result<()> {
    show(cmd);
    let status = cmd
        .status()
        .with_context(|| format!("cannot start {:?}", cmd.get_program()))?;
    if !status.success() {
        bail!("exited with {status}");
    }
    Ok(())
}

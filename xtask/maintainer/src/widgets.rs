//! `cargo xtask widgets [--check]`: the book's WebAssembly module.
//!
//! crates/playground is built for `wasm32-unknown-unknown` (release, sized
//! for the web), then trimmed: on that target plotters, which every chapter
//! uses for its figures, brings wasm-bindgen and web-sys, whose exported
//! descriptors and placeholder imports only the wasm-bindgen tool knows how
//! to remove. The module never draws with plotters, so here every export
//! but the playground's own (`dl_…` and the memory) is dropped, with the
//! custom sections, and walrus removes whatever is then unreachable. What
//! is left may import only wasm-bindgen's own placeholders (the page stubs
//! them), and must fit the budget.
//!
//! The page opens the book from the file system, where fetching a `.wasm`
//! file is refused, so the module ships as base64 in a script:
//! `book/src/widgets/module.js`, committed and checked like a figure.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use xtask::command::{cargo, run_shown, show, target_dir};

/// The target the module is built for.
pub const TARGET: &str = "wasm32-unknown-unknown";
/// The script that carries the module, from the workspace root.
pub const MODULE_JS: &str = "book/src/widgets/module.js";
/// The module's size budget, in bytes (before base64).
pub const BUDGET: usize = 300_000;

pub fn run(root: &Path, check: bool) -> Result<()> {
    let wasm = build(root)?;
    let script = module_js(&wasm);
    let path = root.join(MODULE_JS);
    if check {
        let committed = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {MODULE_JS}"))?;
        if committed != script {
            bail!(
                "{MODULE_JS} differs from a fresh build of crates/playground: run \
                 `cargo xtask widgets` and commit it"
            );
        }
        println!(
            "widgets: {MODULE_JS} matches a fresh build ({} bytes)",
            wasm.len()
        );
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::write(&path, script)
        .with_context(|| format!("cannot write {MODULE_JS}"))?;
    println!(
        "widgets: wrote {MODULE_JS} (module {} bytes of {BUDGET})",
        wasm.len()
    );
    Ok(())
}

/// Builds, trims and measures the module.
fn build(root: &Path) -> Result<Vec<u8>> {
    ensure_target()?;
    let mut cmd = cargo(root);
    cmd.args(["build", "--package", "playground", "--profile", "wasm"])
        .args(["--target", TARGET]);
    // The same bytes from any checkout: no path of this machine inside.
    cmd.env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        remap_flags(root),
    );
    run_shown(&mut cmd)?;
    let built = target_dir().join(TARGET).join("wasm/playground.wasm");
    let bytes = std::fs::read(&built)
        .with_context(|| format!("cannot read {}", built.display()))?;
    let wasm = trim(&bytes)?;
    if wasm.len() > BUDGET {
        bail!(
            "the module is {} bytes, over its budget of {BUDGET}",
            wasm.len()
        );
    }
    Ok(wasm)
}

/// Rewrites the workspace's and cargo's folders to fixed names in paths
/// the compiler keeps (panic locations).
fn remap_flags(root: &Path) -> String {
    let home = std::env::var_os("CARGO_HOME").map_or_else(
        || {
            std::env::var_os("HOME")
                .map_or_else(PathBuf::new, |h| PathBuf::from(h).join(".cargo"))
        },
        PathBuf::from,
    );
    format!(
        "--remap-path-prefix={}=/dlnotes --remap-path-prefix={}=/cargo",
        root.display(),
        home.display()
    )
}

/// Adds the target with rustup when this toolchain lacks it.
fn ensure_target() -> Result<()> {
    let installed = Command::new("rustc")
        .args(["--print", "target-libdir", "--target", TARGET])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .is_some_and(|dir| dir.is_dir());
    if installed {
        return Ok(());
    }
    let mut cmd = Command::new("rustup");
    cmd.args(["target", "add", TARGET]);
    show(&cmd);
    let status = cmd.status().context(
        "cannot run rustup to add the wasm32-unknown-unknown target",
    )?;
    if !status.success() {
        bail!("`rustup target add {TARGET}` failed ({status})");
    }
    Ok(())
}

/// The module with only the playground's exports, no custom sections, and
/// nothing unreachable from them.
pub fn trim(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut config = walrus::ModuleConfig::new();
    config
        .generate_name_section(false)
        .generate_producers_section(false)
        .generate_dwarf(false);
    let mut module = config
        .parse(bytes)
        .map_err(|e| anyhow::anyhow!("the built module does not parse: {e}"))?;
    let foreign: Vec<walrus::ExportId> = module
        .exports
        .iter()
        .filter(|e| !(e.name.starts_with("dl_") || e.name == "memory"))
        .map(walrus::Export::id)
        .collect();
    for id in foreign {
        module.exports.delete(id);
    }
    let customs: Vec<_> = module.customs.iter().map(|(id, _)| id).collect();
    for id in customs {
        module.customs.delete(id);
    }
    walrus::passes::gc::run(&mut module);
    // What is left of wasm-bindgen is reached only from the function
    // table (trait objects' drop glue), never called by the playground:
    // the page gives each a stub that throws. Any other import would be a
    // real call into the browser.
    let foreign: Vec<String> = module
        .imports
        .iter()
        .filter(|i| !i.module.starts_with("__wbindgen_"))
        .map(|i| format!("{}.{}", i.module, i.name))
        .collect();
    if !foreign.is_empty() {
        bail!(
            "the trimmed module imports {}: something the widgets call \
             reaches into the browser",
            foreign.join(", ")
        );
    }
    Ok(module.emit_wasm())
}

/// The script that hands the module to the page.
pub fn module_js(wasm: &[u8]) -> String {
    format!(
        "// Generated by `cargo xtask widgets` from crates/playground; do not edit.\n\
         // The book's WebAssembly module ({} bytes), as base64: a page opened from\n\
         // the file system may not fetch a .wasm file, but it may run a script.\n\
         window.DLNOTES_WASM = \"{}\";\n",
        wasm.len(),
        base64(wasm)
    )
}

/// Standard base64 with padding, what the page's `atob` reads.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n =
            (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_the_standard_one() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0xff, 0xfe, 0x00]), "//4A");
    }
}

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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use xtask::command::{cargo, run_shown, show, target_dir};

/// A widget a page can place with `{{#widget NAME}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Widget {
    pub name: &'static str,
    /// Its script in book/src/widgets/ (two widgets may share one).
    pub script: &'static str,
    /// The bundled data sets it needs from the page.
    pub data: &'static [&'static str],
    /// The page it is on.
    pub page: &'static str,
}

/// Every widget, in the book's order.
pub const WIDGETS: [Widget; 6] = [
    Widget {
        name: "step-size",
        script: "step-size.js",
        data: &[],
        page: "01-derivatives.md",
    },
    Widget {
        name: "bowl",
        script: "learning-rate.js",
        data: &[],
        page: "03-gradient-descent.md",
    },
    Widget {
        name: "contour",
        script: "learning-rate.js",
        data: &["breast_cancer.csv"],
        page: "03-gradient-descent.md",
    },
    Widget {
        name: "shapes",
        script: "shapes.js",
        data: &[],
        page: "05-broadcasting.md",
    },
    Widget {
        name: "gradient-norms",
        script: "gradient-norms.js",
        data: &["digits.csv"],
        page: "06-relu-vs-sigmoid.md",
    },
    Widget {
        name: "playground",
        script: "playground.js",
        data: &[],
        page: "07-deep-networks.md",
    },
];

/// The script that hands the bundled file `file` to the page's module.
pub fn data_script_name(file: &str) -> String {
    format!("data-{}.js", file.trim_end_matches(".csv"))
}

/// Writes the scripts the widgets need beside them into the built book's
/// `widgets/`: `words`, the widgets' phrases translated into the edition's
/// language, and each bundled file, as the JavaScript string the page hands
/// to the module (which checks its SHA-256 as the chapters do).
pub fn write_data_scripts(
    build_dir: &Path,
    words: &BTreeMap<String, String>,
) -> Result<()> {
    let dir = build_dir.join("widgets");
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create {}", dir.display()))?;
    // The widgets' words in the edition's language (none in English).
    std::fs::write(
        dir.join("words.js"),
        format!(
            "// Written by `cargo xtask book` from book/po: the widgets' phrases in this edition's \
             language.\nwindow.DLNOTES_WORDS = {};\n",
            serde_json::to_string(words)?
        ),
    )
    .context("cannot write widgets/words.js")?;
    let mut files: Vec<&str> = WIDGETS
        .iter()
        .flat_map(|w| w.data.iter().copied())
        .collect();
    files.sort_unstable();
    files.dedup();
    for file in files {
        let path = toolkit::files::datasets_dir().join(file);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let script = format!(
            "// Written by `cargo xtask book` from datasets/{file}.\n\
             window.DLNOTES_DATA = window.DLNOTES_DATA || {{}};\n\
             window.DLNOTES_DATA[{}] = {};\n",
            serde_json::to_string(file)?,
            serde_json::to_string(&text)?
        );
        let name = data_script_name(file);
        std::fs::write(dir.join(&name), script)
            .with_context(|| format!("cannot write widgets/{name}"))?;
    }
    Ok(())
}

/// Replaces each `{{#widget NAME}}` with the widget's place, hidden until
/// its script runs, and adds the scripts the page's widgets need, once each,
/// at the end of the page.
pub fn expand_widgets(
    file: &str,
    chapter_path: &Path,
    text: &str,
) -> Result<String> {
    let prefix = format!("{}widgets/", crate::directive::to_root(chapter_path));
    let mut used: Vec<Widget> = Vec::new();
    let unclosed = || anyhow::anyhow!("{file}: `{{{{#widget` is never closed");
    let mut out =
        crate::directive::expand(text, "{{#widget ", unclosed, |inner| {
            let name = inner.trim();
            let widget =
                WIDGETS.iter().find(|w| w.name == name).with_context(|| {
                    let names: Vec<&str> =
                        WIDGETS.iter().map(|w| w.name).collect();
                    format!(
                        "{file}: no widget `{name}` (there are: {})",
                        names.join(", ")
                    )
                })?;
            used.push(*widget);
            Ok(format!(
                "<div class=\"dl-widget\" data-widget=\"{name}\" hidden></div>"
            ))
        })?;
    if used.is_empty() {
        return Ok(out);
    }
    let mut scripts = vec!["module.js".to_owned()];
    for widget in &used {
        scripts.extend(widget.data.iter().map(|f| data_script_name(f)));
    }
    scripts.push("words.js".to_owned());
    scripts.push("dlnotes.js".to_owned());
    scripts.extend(used.iter().map(|w| w.script.to_owned()));
    let mut seen = Vec::new();
    out.push('\n');
    for script in scripts {
        if !seen.contains(&script) {
            out.push_str(&format!(
                "\n<script src=\"{prefix}{script}\"></script>"
            ));
            seen.push(script);
        }
    }
    out.push('\n');
    Ok(out)
}

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
    fn a_widget_directive_places_the_widget_and_its_scripts_once() {
        let page = "A\n\n{{#widget bowl}}\n\nB {{#widget contour}}\n";
        let html = expand_widgets("p.md", Path::new("p.md"), page).unwrap();
        assert!(html.contains(
            "<div class=\"dl-widget\" data-widget=\"bowl\" hidden></div>"
        ));
        assert!(html.contains("data-widget=\"contour\""));
        assert_eq!(html.matches("learning-rate.js").count(), 1, "{html}");
        let order: Vec<usize> = [
            "module.js",
            "data-breast_cancer.js",
            "dlnotes.js",
            "learning-rate.js",
        ]
        .iter()
        .map(|s| html.find(s).unwrap())
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{html}");
        let nested =
            expand_widgets("a/p.md", Path::new("a/p.md"), page).unwrap();
        assert!(nested.contains("src=\"../widgets/module.js\""));
        let err = expand_widgets("p.md", Path::new("p.md"), "{{#widget nope}}")
            .unwrap_err();
        assert!(err.to_string().contains("p.md: no widget `nope`"), "{err}");
        let plain =
            expand_widgets("p.md", Path::new("p.md"), "no widgets").unwrap();
        assert_eq!(plain, "no widgets");
    }

    #[test]
    fn every_widget_has_its_script_on_disk_within_budget() {
        let dir = xtask::command::workspace_root().join("book/src/widgets");
        for w in WIDGETS {
            let text = std::fs::read_to_string(dir.join(w.script)).unwrap();
            let lines = text.lines().count();
            assert!(lines <= 200, "{}: {lines} lines, over 200", w.script);
            let page = std::fs::read_to_string(
                xtask::command::workspace_root()
                    .join("book/src")
                    .join(w.page),
            )
            .unwrap();
            assert!(
                page.contains(&format!("{{{{#widget {}}}}}", w.name)),
                "{} is not placed on {}",
                w.name,
                w.page
            );
        }
    }

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

//! A chapter's registry: the one value that says what a chapter gives the
//! book and the grader. Its exercises (name and hint), its guided run (the
//! sections the binary prints, each recorded for the book), its figures and
//! its benchmark file are named here and nowhere else; every path follows
//! from the chapter's folder and a name.

use crate::figure::Figure;
use crate::guide::Guided;

/// Everything a chapter contributes to the book, the grader and the
/// benchmarks.
#[derive(Debug, Clone, Copy)]
pub struct Chapter {
    /// The chapter's folder under `crates/`, and its folder under
    /// `book/src/figures/` and `book/src/outputs/`: `02-logistic`.
    pub slug: &'static str,
    /// The chapter's binary: its package, figures and recorded outputs.
    pub guide: &'static dyn Guided,
    /// In the order a reader should do them (see [`exercises!`](crate::exercises!)).
    pub exercises: &'static [Exercise],
    /// What `cargo xtask bench` measures for this chapter, if anything.
    pub bench: Option<Bench>,
    /// A word this chapter teaches: the browser check searches the book
    /// for it and expects the chapter's page (`book/src/<slug>.md`) first.
    pub search: &'static str,
}

impl Chapter {
    /// The Cargo package, e.g. `logistic`.
    pub fn package(&self) -> &'static str {
        self.guide.package()
    }

    pub fn figures(&self) -> &'static [Figure] {
        self.guide.figures()
    }

    /// Where `cargo xtask bench` writes the chapter's medians, relative to
    /// the workspace root; the chapter reads the same file back with
    /// `include_str!("../measured/bench.tsv")`.
    pub fn measured_file(&self) -> String {
        format!("crates/{}/measured/bench.tsv", self.slug)
    }

    /// Where the head-to-head pairs of the chapter's targets go.
    pub fn pairs_file(&self) -> String {
        format!("crates/{}/measured/pairs.tsv", self.slug)
    }
}

/// One exercise: a stub the reader edits (and its pristine copy), a
/// reference solution, and a test of the same name that grades both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exercise {
    /// What the reader types: `cargo xtask check <name>`.
    pub name: &'static str,
    /// Shown when the exercise is the next one to do and the reader asks.
    pub hint: &'static str,
}

impl Exercise {
    /// The file the reader edits, relative to the workspace root. Its `//!`
    /// lines are the task text.
    pub fn stub(&self, folder: &str) -> String {
        format!("crates/{folder}/src/exercises/{}.rs", self.name)
    }

    /// The stub as the chapter ships it, which `cargo xtask reset` copies
    /// back over the reader's file.
    pub fn pristine(&self, folder: &str) -> String {
        format!("crates/{folder}/pristine/{}.rs", self.name)
    }

    /// The reference solution, shown to the reader once the exercise passes.
    pub fn solution(&self, folder: &str) -> String {
        format!("crates/{folder}/solutions/{}.rs", self.name)
    }

    /// The test in the chapter's `tests/exercises.rs` that grades it: a
    /// filter for `cargo test`, matched exactly.
    pub fn test(&self) -> &'static str {
        self.name
    }
}

/// The Cargo package of the chapter in `folder`: the folder's name without
/// its number (`03-gradient-descent` → `gradient-descent`).
pub fn package_of(folder: &str) -> &str {
    match folder.split_once('-') {
        Some((number, rest)) if number.bytes().all(|b| b.is_ascii_digit()) => {
            rest
        }
        _ => folder,
    }
}

/// What a chapter's benchmarks are compared with and judged by.
#[derive(Debug, Clone, Copy)]
pub struct Bench {
    /// A numpy script in the chapter's `python/` folder, timed beside the
    /// divan benchmarks when a python3 with numpy is found.
    pub numpy: Option<&'static str>,
    /// The chapter's targets against numpy, timed head to head: each pair
    /// runs these divan benchmarks (bench target, name filter) and the
    /// numpy script's `--targets`, one right after the other.
    pub pairs: &'static [(&'static str, &'static str)],
}

/// A chapter's exercise registry, written once in the chapter's
/// `src/exercises.rs`: one `name: hint` line per exercise, in the order a
/// reader should do them.
///
/// ```ignore
/// toolkit::exercises! {
///     central_difference: "Evaluate f on both sides of x …",
///     chain_rule: "The outer function's slope must be taken …",
/// }
/// ```
///
/// It defines `ALL`, the list the [`Chapter`] value and the grader read,
/// and — only when the chapter is built with feature `grade` — one module
/// per exercise, from `src/exercises/<name>.rs` (the reader's stub) or,
/// with feature `solutions` as well, from `solutions/<name>.rs`, each
/// re-exported so that the tests call `exercises::<item>` either way.
/// Without `grade` nothing of the reader's is compiled, so a half-written
/// exercise never stops the chapter's binary, its figures or the grader.
#[macro_export]
macro_rules! exercises {
    ($($name:ident: $hint:expr),* $(,)?) => {
        /// The chapter's exercises, in the order a reader should do them.
        pub const ALL: &[$crate::chapter::Exercise] = &[
            $($crate::chapter::Exercise { name: stringify!($name), hint: $hint }),*
        ];
        $(
            // The stubs do not use their arguments yet; the reader's code will.
            #[cfg(all(feature = "grade", not(feature = "solutions")))]
            #[allow(unused_variables)]
            mod $name;
            #[cfg(all(feature = "grade", not(feature = "solutions")))]
            pub use $name::*;
        )*
        #[cfg(all(feature = "grade", feature = "solutions"))]
        #[path = "../solutions"]
        mod solutions {
            $(mod $name; pub use $name::*;)*
        }
        #[cfg(all(feature = "grade", feature = "solutions"))]
        pub use solutions::*;
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_from_the_folder_and_the_name() {
        let e = Exercise {
            name: "loss",
            hint: "h",
        };
        assert_eq!(
            e.stub("02-logistic"),
            "crates/02-logistic/src/exercises/loss.rs"
        );
        assert_eq!(
            e.solution("02-logistic"),
            "crates/02-logistic/solutions/loss.rs"
        );
        assert_eq!(e.test(), "loss");
    }

    #[test]
    fn the_package_is_the_folder_without_its_number() {
        assert_eq!(package_of("03-gradient-descent"), "gradient-descent");
        assert_eq!(package_of("00-supervised-learning"), "supervised-learning");
        assert_eq!(package_of("toolkit"), "toolkit");
        assert_eq!(package_of("x-y"), "x-y");
    }
}

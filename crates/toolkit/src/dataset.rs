//! A numeric CSV file in the course layout: `X` is `(n_x, m)` with one example per column,
//! `Y` is `(1, m)`.
//!
//! Every way a file can be wrong is its own [`DataError`], whose message is one line that names
//! the file and, where there is one, the row (1 = first data row), the line in the file and the
//! column, so a reader can go straight to the cell.

use std::fmt;

use ndarray::{Array2, Axis};

/// What the target column must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// 0 or 1, and both must occur (binary classification).
    Binary,
    /// A class number 0, 1, 2, … (the digits).
    Classes,
    /// Any finite number.
    Real,
}

// ANCHOR: dataset
/// Examples as columns: `x` is `(n_x, m)`, `y` is `(1, m)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub x: Array2<f64>,
    pub y: Array2<f64>,
    /// One name per row of `x`, in the file's order.
    pub features: Vec<String>,
    /// The name of the column `y` came from.
    pub target: String,
}
// ANCHOR_END: dataset

/// Where in a file a problem sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// 1 = the first data row (the header is not counted).
    pub row: usize,
    /// The line in the file, counting the header as line 1.
    pub line: u64,
    /// 1-based column number.
    pub column: usize,
    pub name: String,
}

impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "row {} (line {}), column {} `{}`",
            self.row, self.line, self.column, self.name
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("{file}: cannot read the file: {source}")]
    Read {
        file: String,
        source: std::io::Error,
    },
    #[error(
        "{file}: the file is empty; expected a header row and then one example per row"
    )]
    Empty { file: String },
    #[error("{file}: there is a header row but no data rows")]
    HeaderOnly { file: String },
    #[error("{file}: header column {column} has no name")]
    UnnamedColumn { file: String, column: usize },
    #[error(
        "{file}: header names `{name}` twice (columns {first} and {second})"
    )]
    DuplicateColumn {
        file: String,
        name: String,
        first: usize,
        second: usize,
    },
    #[error(
        "{file}: row {row} (line {line}) has {found} cells; the header has {expected}"
    )]
    Ragged {
        file: String,
        row: usize,
        line: u64,
        found: usize,
        expected: usize,
    },
    #[error("{file}: row {row} (line {line}) cannot be read: {message}")]
    Malformed {
        file: String,
        row: usize,
        line: u64,
        message: String,
    },
    #[error("{file}: {source}")]
    TooLarge {
        file: String,
        source: crate::memory::TooLarge,
    },
    #[error("{file}: {cell}: {text:?} is not a number")]
    NotNumber {
        file: String,
        cell: Cell,
        text: String,
    },
    #[error(
        "{file}: {cell}: {text:?} is not a finite number (NaN and infinity are not data)"
    )]
    NotFinite {
        file: String,
        cell: Cell,
        text: String,
    },
    #[error("{file}: no column named `{target}`; the columns are {columns}")]
    UnknownTarget {
        file: String,
        target: String,
        columns: String,
    },
    #[error("{file}: there are no feature columns (besides `{target}`)")]
    NoFeatures { file: String, target: String },
    #[error("{file}: {cell}: the label {value} is not 0 or 1")]
    NotBinary {
        file: String,
        cell: Cell,
        value: f64,
    },
    #[error(
        "{file}: {cell}: the label {value} is not a class number 0, 1, 2, …"
    )]
    NotClass {
        file: String,
        cell: Cell,
        value: f64,
    },
    #[error(
        "{file}: every example has label {label} in `{target}`; a classifier needs both 0 and 1"
    )]
    OneClass {
        file: String,
        target: String,
        label: f64,
    },
    #[error(
        "{file}: SHA-256 is {found}, expected {expected}; the bundled file was changed \
         (`git checkout -- datasets` restores it)"
    )]
    Checksum {
        file: String,
        found: String,
        expected: String,
    },
    #[error("{file}: {found}, expected {expected}")]
    Shape {
        file: String,
        found: String,
        expected: String,
    },
    #[error(
        "cannot split {examples} examples with test fraction {fraction}: {reason}"
    )]
    Split {
        examples: usize,
        fraction: f64,
        reason: &'static str,
    },
    #[error(
        "scaling was fitted on {expected} features but the data has {found}"
    )]
    ScalingShape { expected: usize, found: usize },
    #[error(
        "bad scaling `{spec}`: {reason}; use standardize, divide:N or none"
    )]
    ScaleSpec { spec: String, reason: &'static str },
    #[error("no feature named `{name}`; the features are {features}")]
    UnknownFeature { name: String, features: String },
}

impl Dataset {
    /// `n_x`, the number of features (rows of `x`).
    pub fn n_features(&self) -> usize {
        self.x.nrows()
    }

    /// `m`, the number of examples (columns of `x`).
    pub fn len(&self) -> usize {
        self.x.ncols()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The examples at `indices`, in that order.
    pub fn examples(&self, indices: &[usize]) -> Dataset {
        Dataset {
            x: self.x.select(Axis(1), indices),
            y: self.y.select(Axis(1), indices),
            features: self.features.clone(),
            target: self.target.clone(),
        }
    }

    /// A binary task from a multi-class one: label 1 for examples of class
    /// `positive`, 0 for every other class ("is this digit an 8?").
    pub fn one_vs_rest(&self, positive: f64) -> Dataset {
        #[expect(clippy::float_cmp, reason = "class labels are exact integers")]
        let y = self.y.mapv(|label| f64::from(u8::from(label == positive)));
        Dataset {
            x: self.x.clone(),
            y,
            features: self.features.clone(),
            target: format!("{} = {positive}", self.target),
        }
    }

    /// Only the named features, in the order given.
    pub fn with_features(&self, names: &[&str]) -> Result<Dataset, DataError> {
        let rows = names
            .iter()
            .map(|name| {
                self.features.iter().position(|f| f == name).ok_or_else(|| {
                    DataError::UnknownFeature {
                        name: (*name).to_owned(),
                        features: list_names(&self.features),
                    }
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Dataset {
            x: self.x.select(Axis(0), &rows),
            y: self.y.clone(),
            features: names.iter().map(|s| (*s).to_owned()).collect(),
            target: self.target.clone(),
        })
    }
}

/// A short list of names for an error message: all of them when few, else
/// the first and a count.
pub(crate) fn list_names(names: &[String]) -> String {
    abbreviate(names.iter().map(|n| format!("`{n}`")), names.len(), 6, ", ")
}

/// Names for a one-line message: the first four, then how many in all.
pub fn short_names(names: &[String]) -> String {
    abbreviate(names.iter().cloned(), names.len(), 4, " ")
}

fn abbreviate(
    items: impl Iterator<Item = String>,
    total: usize,
    shown: usize,
    before_count: &str,
) -> String {
    let first: Vec<String> = items.take(shown).collect();
    if total <= shown {
        first.join(", ")
    } else {
        format!("{}{before_count}… ({total} in all)", first.join(", "))
    }
}

//! The datasets that ship in `datasets/`, each checked by SHA-256 and shape when loaded.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

use crate::csv::parse_csv;
use crate::dataset::{DataError, Dataset, Labels};

/// A file in `datasets/` and what it must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bundled {
    pub name: &'static str,
    pub file: &'static str,
    pub target: &'static str,
    pub labels: Labels,
    pub examples: usize,
    pub features: usize,
    pub classes: usize,
    pub sha256: &'static str,
}

/// Breast Cancer Wisconsin (Diagnostic): 569 examples, 30 features, 0 = malignant, 1 = benign.
pub const BREAST_CANCER: Bundled = Bundled {
    name: "Breast Cancer Wisconsin (Diagnostic)",
    file: "breast_cancer.csv",
    target: "label",
    labels: Labels::Binary,
    examples: 569,
    features: 30,
    classes: 2,
    sha256: "5c3e458a6f8780b7dd2bc07e65dc975d149b6f8324cb7442a6ead4c5c9858d07",
};

/// Optical Recognition of Handwritten Digits: 1797 images of 8 × 8 pixels (0–16), digits 0–9.
pub const DIGITS: Bundled = Bundled {
    name: "Optical Recognition of Handwritten Digits",
    file: "digits.csv",
    target: "label",
    labels: Labels::Classes,
    examples: 1797,
    features: 64,
    classes: 10,
    sha256: "d0201bb9863c191be43296d3aad9846d7906950c3936ee045cff433425fa9d68",
};

/// Fashion-MNIST's shirts (1) and T-shirts (0), 28 × 28 pixels 0–255: the
/// training set, 300 of each.
pub const FASHION_TRAIN: Bundled = Bundled {
    name: "Fashion-MNIST shirts and T-shirts (training)",
    file: "fashion_train.csv",
    target: "label",
    labels: Labels::Binary,
    examples: 600,
    features: 784,
    classes: 2,
    sha256: "6de1f768b6de8590d56111d0c68432dbad7c837ff35012cefa26f7ad503db552",
};

/// The same task's test set, 100 of each.
pub const FASHION_TEST: Bundled = Bundled {
    name: "Fashion-MNIST shirts and T-shirts (test)",
    file: "fashion_test.csv",
    target: "label",
    labels: Labels::Binary,
    examples: 200,
    features: 784,
    classes: 2,
    sha256: "8d47fdc3d7ef0cc383f487695bfe86c6afe9969b4fcbe2ae0358ad593e4332c2",
};

/// Every bundled dataset, in the order the book lists them.
pub const ALL: [Bundled; 4] =
    [BREAST_CANCER, DIGITS, FASHION_TRAIN, FASHION_TEST];

pub use crate::files::datasets_dir;

impl Bundled {
    pub fn path(&self) -> PathBuf {
        datasets_dir().join(self.file)
    }

    /// Loads the file, failing if its bytes or its shape are not the published ones.
    pub fn load(&self) -> Result<Dataset, DataError> {
        let label = format!("datasets/{}", self.file);
        let bytes =
            std::fs::read(self.path()).map_err(|source| DataError::Read {
                file: label.clone(),
                source,
            })?;
        self.verify(&label, &bytes)
    }

    /// Checks `bytes` against the recorded SHA-256 and shape, then parses them.
    pub fn verify(
        &self,
        label: &str,
        bytes: &[u8],
    ) -> Result<Dataset, DataError> {
        let found = hex(&Sha256::digest(bytes));
        if found != self.sha256 {
            return Err(DataError::Checksum {
                file: label.to_owned(),
                found,
                expected: self.sha256.to_owned(),
            });
        }
        let data = parse_csv(label, bytes, self.target, self.labels)?;
        let shape = |m, n| format!("{m} examples × {n} features");
        if (data.len(), data.n_features()) != (self.examples, self.features) {
            return Err(DataError::Shape {
                file: label.to_owned(),
                found: shape(data.len(), data.n_features()),
                expected: shape(self.examples, self.features),
            });
        }
        Ok(data)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

//! Images as vectors: m images of h × w pixels with c colour channels, an
//! array (m, h, w, c), become X of shape (h·w·c, m) — each image flattened
//! row by row, pixel by pixel, channel by channel into one column — and
//! every value is divided by 255, the largest a pixel can hold, so that X
//! lies between 0 and 1.
//!
//! The images come from a CSV file (one image per row, the pixels 0–255 in
//! that order, and a 0/1 label column) or from the course's own `.h5`
//! files, read here without the HDF5 C library: a dataset `…_set_x` of
//! unsigned bytes (m, h, w, c) and a dataset `…_set_y` of m integer labels.

use std::path::Path;

use hdf5_rust::{HDF5DType, Hdf5File};
use ndarray::Array2;
use toolkit::csv::load_csv;
use toolkit::dataset::Labels;

/// A set of images, ready for a network.
#[derive(Debug, Clone, PartialEq)]
pub struct Images {
    /// (h·w·c, m), values in [0, 1].
    pub x: Array2<f64>,
    /// (1, m), labels 0 or 1.
    pub y: Array2<f64>,
    /// (h, w, c) when the file says so (an `.h5` file); `None` for a CSV.
    pub shape: Option<[usize; 3]>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("{file}: {source}")]
    Hdf5 {
        file: String,
        source: hdf5_rust::HDF5Error,
    },
    #[error(
        "{file}: no pair of datasets `NAME_x` and `NAME_y` (such as train_set_x and \
         train_set_y); the file has {found}"
    )]
    NoPair { file: String, found: String },
    #[error("{file}: dataset `{name}` holds {found}, expected {expected}")]
    Type {
        file: String,
        name: String,
        found: String,
        expected: &'static str,
    },
    #[error(
        "{file}: dataset `{name}` has shape {shape:?}, expected {expected}"
    )]
    Shape {
        file: String,
        name: String,
        shape: Vec<usize>,
        expected: &'static str,
    },
    #[error("{file}: {images} images but {labels} labels")]
    Counts {
        file: String,
        images: usize,
        labels: usize,
    },
    #[error("{file}: label {value} of image {index} is not 0 or 1")]
    Label {
        file: String,
        index: usize,
        value: i64,
    },
    #[error(
        "{file}: {value} is not a pixel value 0–255 (example {example}, feature {feature})"
    )]
    Pixel {
        file: String,
        example: usize,
        feature: usize,
        value: f64,
    },
    #[error("{0}")]
    Data(#[from] toolkit::DataError),
    #[error("{0}")]
    Memory(#[from] toolkit::memory::TooLarge),
}

// ANCHOR: flatten
/// (m, h, w, c) bytes, in C order, to X (h·w·c, m) in [0, 1]: image j's
/// bytes, in the order they are stored, become column j, each over 255.
pub fn flatten(pixels: &[u8], m: usize) -> Array2<f64> {
    let n = pixels.len().checked_div(m).unwrap_or(0);
    Array2::from_shape_fn((n, m), |(i, j)| f64::from(pixels[j * n + i]) / 255.0)
}
// ANCHOR_END: flatten

/// Reads images from an `.h5` file or, for any other name, a CSV file
/// whose label column is `target`.
pub fn load(path: &Path, target: &str) -> Result<Images, ImageError> {
    if path.extension().is_some_and(|e| e == "h5") {
        load_h5(path)
    } else {
        load_images_csv(path, target)
    }
}

fn load_images_csv(path: &Path, target: &str) -> Result<Images, ImageError> {
    let data = load_csv(path, target, Labels::Binary)?;
    let bad = data
        .x
        .indexed_iter()
        .find(|(_, v)| !(0.0..=255.0).contains(*v));
    if let Some(((feature, example), &value)) = bad {
        return Err(ImageError::Pixel {
            file: path.display().to_string(),
            example: example + 1,
            feature: feature + 1,
            value,
        });
    }
    Ok(Images {
        x: data.x / 255.0,
        y: data.y,
        shape: None,
    })
}

/// The course's `.h5` layout: one dataset `NAME_x` (m, h, w, c) of unsigned
/// bytes and its `NAME_y` of m integer labels 0/1.
pub fn load_h5(path: &Path) -> Result<Images, ImageError> {
    let file = path.display().to_string();
    let hdf5 = |source| ImageError::Hdf5 {
        file: file.clone(),
        source,
    };
    let h5 = Hdf5File::open(path).map_err(hdf5)?;
    let names = h5.list_datasets();
    let pair = names.iter().find_map(|x| {
        let stem = x.strip_suffix("_x")?;
        let y = format!("{stem}_y");
        names.contains(&y).then(|| (x.clone(), y))
    });
    let Some((x_name, y_name)) = pair else {
        let found = if names.is_empty() {
            "no datasets".to_owned()
        } else {
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(ImageError::NoPair { file, found });
    };
    let kind = |name: &str| -> Result<HDF5DType, ImageError> {
        h5.dataset_dtype(name).map_err(hdf5)
    };
    let x_kind = kind(&x_name)?;
    if x_kind != HDF5DType::UInt8 {
        return Err(ImageError::Type {
            file,
            name: x_name,
            found: format!("{x_kind:?}"),
            expected: "unsigned bytes (pixels 0–255)",
        });
    }
    let (shape, pixels) = h5.read_u8(&x_name).map_err(hdf5)?;
    let [m, h, w, c] = shape[..] else {
        return Err(ImageError::Shape {
            file,
            name: x_name,
            shape,
            expected: "(m, height, width, channels)",
        });
    };
    let labels = read_labels(&h5, &y_name).map_err(|e| match e {
        Labels64::Hdf5(source) => ImageError::Hdf5 {
            file: file.clone(),
            source,
        },
        Labels64::Kind(found) => ImageError::Type {
            file: file.clone(),
            name: y_name.clone(),
            found,
            expected: "integers (labels 0 and 1)",
        },
    })?;
    if labels.len() != m {
        return Err(ImageError::Counts {
            file,
            images: m,
            labels: labels.len(),
        });
    }
    if let Some((index, &value)) =
        labels.iter().enumerate().find(|(_, v)| !matches!(v, 0 | 1))
    {
        return Err(ImageError::Label { file, index, value });
    }
    let values = u64::try_from(pixels.len()).ok();
    toolkit::memory::check(
        format!("{file}: {m} images of {h} × {w} × {c} pixels as f64"),
        toolkit::memory::of_f64s(values),
    )?;
    #[expect(clippy::cast_precision_loss, reason = "labels are 0 or 1")]
    let y = Array2::from_shape_fn((1, m), |(_, j)| labels[j] as f64);
    Ok(Images {
        x: flatten(&pixels, m),
        y,
        shape: Some([h, w, c]),
    })
}

enum Labels64 {
    Hdf5(hdf5_rust::HDF5Error),
    Kind(String),
}

/// A 1-D dataset of integers of any width, as i64.
fn read_labels(h5: &Hdf5File, name: &str) -> Result<Vec<i64>, Labels64> {
    let widen = |v: Vec<i64>| v;
    match h5.dataset_dtype(name).map_err(Labels64::Hdf5)? {
        HDF5DType::Int64 => h5.read_i64(name).map(|(_, v)| widen(v)),
        HDF5DType::Int32 => h5
            .read_i32(name)
            .map(|(_, v)| v.into_iter().map(i64::from).collect()),
        HDF5DType::Int16 => h5
            .read_i16(name)
            .map(|(_, v)| v.into_iter().map(i64::from).collect()),
        HDF5DType::Int8 => h5
            .read_i8(name)
            .map(|(_, v)| v.into_iter().map(i64::from).collect()),
        HDF5DType::UInt8 => h5
            .read_u8(name)
            .map(|(_, v)| v.into_iter().map(i64::from).collect()),
        other => return Err(Labels64::Kind(format!("{other:?}"))),
    }
    .map_err(Labels64::Hdf5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[expect(clippy::float_cmp, reason = "255 / 255 is exactly 1")]
    fn images_become_columns_in_the_order_they_are_stored() {
        // Two images of 1 × 2 pixels and 3 channels.
        let pixels = [0, 51, 102, 153, 204, 255, 255, 0, 0, 0, 0, 255];
        let x = flatten(&pixels, 2);
        assert_eq!(x.dim(), (6, 2));
        assert_eq!(x.column(0).to_vec(), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(x[[0, 1]], 1.0);
        assert_eq!(x[[5, 1]], 1.0);
    }
}

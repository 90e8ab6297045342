//! Reading a numeric CSV file, the cost every `train --data` and many tests
//! pay: `cargo bench -p toolkit --bench load_csv`. Two generated files of
//! the shapes the course's data sets have, each with a 0/1 label column:
//!
//! - 200 rows × 12 288 columns (the cat images' size), pixel values scaled
//!   to [0, 1] and written with six decimals, as a preprocessed export is;
//! - 60 000 rows × 785 columns (MNIST's size), raw pixel values 0–255, most
//!   of them 0, as MNIST's CSV exports are.
//!
//! The throughput divan prints is the file's bytes per second.

use std::fmt::Write as _;
use std::path::PathBuf;

use divan::Bencher;
use rand::RngExt;
use toolkit::Labels;
use toolkit::csv::load_csv;

fn main() {
    divan::main();
}

/// Writes the file for `(rows, columns, scaled)` once per run.
fn file(
    rows: usize,
    columns: usize,
    scaled: bool,
) -> (tempfile::TempDir, PathBuf) {
    let mut rng = toolkit::rng::seeded(11);
    let mut text = String::new();
    for c in 1..columns {
        let _ = write!(text, "p{c},");
    }
    text.push_str("label\n");
    for _ in 0..rows {
        for _ in 1..columns {
            let pixel: u32 = if rng.random_bool(0.6) {
                0
            } else {
                rng.random_range(1..256)
            };
            if scaled {
                let _ = write!(text, "{:.6},", f64::from(pixel) / 255.0);
            } else {
                let _ = write!(text, "{pixel},");
            }
        }
        text.push_str(if rng.random_bool(0.5) { "1\n" } else { "0\n" });
    }
    let written = tempfile::tempdir().and_then(|dir| {
        let path = dir.path().join("data.csv");
        std::fs::write(&path, text)?;
        Ok((dir, path))
    });
    match written {
        Ok(file) => file,
        Err(e) => panic!("cannot write the benchmark's file: {e}"),
    }
}

fn run(bencher: Bencher<'_, '_>, rows: usize, columns: usize, scaled: bool) {
    let (_dir, path) = file(rows, columns, scaled);
    let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| load_csv(&path, "label", Labels::Binary).map(|d| d.len()));
}

#[divan::bench(sample_count = 10)]
fn cat_sized_200x12288_scaled(bencher: Bencher<'_, '_>) {
    run(bencher, 200, 12_288, true);
}

#[divan::bench(sample_count = 10)]
fn mnist_sized_60000x785_raw(bencher: Bencher<'_, '_>) {
    run(bencher, 60_000, 785, false);
}

//! The recorded timing of a layer with zero inputs (`measured/bench.tsv`,
//! written by `cargo xtask bench`), read with chapter 04's reader.

use std::io::Write;

use toolkit::cli::Failure;
use vectorization::measured::{Measurements, show};

static RECORDED: &str = include_str!("../measured/bench.tsv");

/// The zero percentages the benchmark uses.
pub const ZEROS: [&str; 5] = ["0", "50", "90", "99", "100"];

/// One layer, 256 inputs to 256 units, 256 examples, three ways.
pub fn zeros_table(out: &mut dyn Write) -> Result<(), Failure> {
    let m = Measurements::parse(RECORDED);
    writeln!(
        out,
        "Recorded run: {}. One layer, 256 inputs → 256 units, 256 examples.\n",
        m.label()
    )?;
    writeln!(
        out,
        "| inputs exactly 0 | matrix multiply | loop, every input | loop, skipping zeros | skipping ÷ multiply |"
    )?;
    writeln!(out, "|---:|---:|---:|---:|---:|")?;
    for zeros in ZEROS {
        let get = |name: &str| m.get(&format!("zeros/{name}"), zeros);
        let (dense, every, skip) = (
            get("dense_matrix_multiply"),
            get("loop_every_input"),
            get("loop_skipping_zeros"),
        );
        let ratio = skip
            .zip(dense)
            .map_or("–".to_owned(), |(s, d)| format!("{:.2}", s / d));
        writeln!(
            out,
            "| {zeros}% | {} | {} | {} | {ratio} |",
            show(dense),
            show(every),
            show(skip)
        )?;
    }
    Ok(())
}

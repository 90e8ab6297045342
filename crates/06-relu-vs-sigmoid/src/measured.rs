//! The recorded timing of a layer with zero inputs (`measured/bench.tsv`,
//! written by `cargo xtask bench` from `benches/zeros.rs`).

use std::io::Write;

use toolkit::cli::Failure;
use toolkit::measured::{Id, MeasuredError, Measurements, format_seconds};

static RECORDED: &str = include_str!("../measured/bench.tsv");

/// The percentages of inputs that are exactly 0 the benchmark times.
pub const ZEROS: [u32; 5] = [0, 50, 90, 99, 100];

/// The three ways the benchmark computes one layer's z = W·a.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    MatrixMultiply,
    EveryInput,
    SkippingZeros,
}

impl Layer {
    pub const ALL: [Layer; 3] = [
        Layer::MatrixMultiply,
        Layer::EveryInput,
        Layer::SkippingZeros,
    ];

    /// The benchmark's id when `percent` of the inputs are 0.
    pub fn id(self, percent: u32) -> Id {
        let bench = match self {
            Layer::MatrixMultiply => "dense_matrix_multiply",
            Layer::EveryInput => "loop_every_input",
            Layer::SkippingZeros => "loop_skipping_zeros",
        };
        Id::new(format!("zeros/{bench}"), percent)
    }
}

pub fn recorded() -> Result<Measurements, MeasuredError> {
    Measurements::parse(
        "crates/06-relu-vs-sigmoid/measured/bench.tsv",
        RECORDED,
    )
}

/// One layer, 256 inputs to 256 units, 256 examples, three ways.
pub fn zeros_table(out: &mut dyn Write) -> Result<(), Failure> {
    let m = recorded()?;
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
        let [dense, every, skip] = Layer::ALL.map(|l| m.get(&l.id(zeros)));
        let ratio = skip
            .zip(dense)
            .map_or("–".to_owned(), |(s, d)| format!("{:.2}", s / d));
        writeln!(
            out,
            "| {zeros}% | {} | {} | {} | {ratio} |",
            format_seconds(dense),
            format_seconds(every),
            format_seconds(skip)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_the_table_reads_is_in_the_recorded_run() {
        let m = recorded().unwrap();
        for layer in Layer::ALL {
            for zeros in ZEROS {
                let id = layer.id(zeros);
                assert!(m.get(&id).is_some(), "{id:?} is not in bench.tsv");
            }
        }
    }
}

//! `cargo run --release -p vectorization`: the guided run, each section
//! recorded for the book, and `train`.

use std::io::Write;

use clap::Subcommand;
use gradient_descent::train::{TrainArgs, train};
use toolkit::bundled::BREAST_CANCER;
use toolkit::cli::Failure;
use toolkit::guide::{Guide, NoKnobs, Record, Section};
use toolkit::scaling::ScaleSpec;

use crate::kernels::{Batch, Kernel, KernelObjective};
use crate::measured::ids::SHAPES;

pub const GUIDE: Guide<NoKnobs, Command> = Guide {
    package: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    about: "Vectorization: the same logistic regression, as fast as the machine allows",
    run_as: "cargo run --release -p vectorization --",
    sections: &[
        Section::new("agreement.txt", agreement),
        Section::new("traffic.txt", traffic),
    ],
    records: &[
        Record::Text {
            file: "python-loop.md",
            write: crate::measured::tables::python_loop,
        },
        Record::Text {
            file: "ratios.md",
            write: crate::measured::tables::ratios,
        },
        Record::Text {
            file: "dispatch.md",
            write: crate::measured::tables::dispatch,
        },
        Record::Text {
            file: "bounds.md",
            write: crate::measured::tables::bounds,
        },
        Record::Text {
            file: "values.tsv",
            write: crate::values::record,
        },
    ],
    commands: run_command,
    figures: crate::figures::FIGURES,
};

#[derive(Subcommand, Debug, Clone)]
pub enum Command {
    /// Chapter 03's `train`, with a faster step
    Train {
        #[command(flatten)]
        args: TrainArgs,
        /// How each gradient-descent step is computed
        #[arg(long, value_enum, default_value_t = Kernel::Threads)]
        kernel: Kernel,
    },
}

fn run_command(command: &Command, out: &mut dyn Write) -> Result<(), Failure> {
    let Command::Train { args, kernel } = command;
    let kernel = *kernel;
    train(
        args,
        |x, y| {
            Ok(KernelObjective {
                kernel,
                batch: Batch::new(x, y)?,
            })
        },
        out,
    )?;
    Ok(())
}

/// The four kernels on the standardized breast-cancer data, at one point.
fn agreement(out: &mut dyn Write) -> Result<(), Failure> {
    let data = BREAST_CANCER.load()?;
    let x = ScaleSpec::Standardize.fit(&data.x).apply(&data.x)?;
    let batch = Batch::new(x, data.y)?;
    let w: Vec<f64> = (0..batch.n_x())
        .map(|i| ((i as f64) * 0.7).sin() * 0.3)
        .collect();
    let reference = batch.step(Kernel::Loop, &w, 0.1)?;
    writeln!(
        out,
        "1. One step on the standardized breast-cancer data (30 × 569)"
    )?;
    writeln!(
        out,
        "\n{:<16} {:>16}  within 1e-12 of the loop",
        "kernel", "cost"
    )?;
    for kernel in Kernel::ALL {
        let s = batch.step(kernel, &w, 0.1)?;
        let agrees =
            s.dw.iter()
                .zip(&reference.dw)
                .chain([(&s.db, &reference.db), (&s.cost, &reference.cost)])
                .all(|(a, b)| (a - b).abs() <= 1e-12 * b.abs().max(1.0));
        let verdict = if agrees { "yes" } else { "NO" };
        writeln!(out, "{:<16} {:>16.12}  {verdict}", kernel.name(), s.cost)?;
    }
    Ok(())
}

/// How many bytes one step must read, at the least.
fn traffic(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "2. What one full-batch step must read: X once (8 bytes per f64)"
    )?;
    writeln!(out, "\n{:>7} {:>7}  {:>12}  shape", "n_x", "m", "X in MB")?;
    for (n_x, m, name) in SHAPES {
        let mb = (n_x * m * 8) as f64 / 1e6;
        writeln!(out, "{n_x:>7} {m:>7}  {mb:>12.2}  {name}")?;
    }
    Ok(())
}

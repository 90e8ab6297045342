//! `cargo run --release -p relu-vs-sigmoid`: the experiments' tables, each
//! recorded for the book, and `train` for a network of your own.

use std::io::Write;

use clap::Subcommand;
use toolkit::cli::Failure;
use toolkit::guide::{Guide, NoKnobs, Record, Section};

use crate::experiments::{
    DEAD_ITERATIONS, DEAD_SIZES, DEEP_TRAIN_DEPTH, DEEP_TRAIN_ITERATIONS,
    DEEP_TRAIN_LR, DEPTHS, SPARSITY_ITERATIONS, SPARSITY_LR, SPARSITY_SIZES,
    dead, deep_training, sparsity, vanishing,
};

pub const GUIDE: Guide<NoKnobs, Command> = Guide {
    package: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    about: "ReLU versus sigmoid: sparsity, dead units and vanishing gradients",
    run_as: "cargo run --release -p relu-vs-sigmoid --",
    sections: &[
        Section::new("sparsity.txt", sparsity_table),
        Section::new("zeros.md", crate::measured::zeros_table),
        Section::new("dead.txt", dead_table),
        Section::new("vanishing.txt", vanishing_table),
        Section::new("deep.txt", deep_table),
    ],
    // Two `train` runs as a reader would type them: one that learns, and the
    // same network at a rate large enough to switch most of its units off.
    records: &[
        Record::Commands {
            file: "train.txt",
            commands: &[
                &[
                    "train --layers 2,8,8,1 --activation relu --iterations 5000 --seed 1 --lr 0.1",
                ],
                &[
                    "train --layers 2,8,8,1 --activation relu --iterations 5000 --seed 1 --lr 3",
                ],
            ],
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
    /// Train a network of your own on the flower data or a CSV file
    Train(crate::train::TrainArgs),
}

fn run_command(command: &Command, out: &mut dyn Write) -> Result<(), Failure> {
    let Command::Train(args) = command;
    crate::train::train(args, out)
}

fn sizes(s: &[usize]) -> String {
    s.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

fn percent(v: f64) -> String {
    format!("{:.1}%", 100.0 * v)
}

fn sparsity_table(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "1. Exact zeros among the hidden activations\n   digits (even or \
         odd), layers {}, {SPARSITY_ITERATIONS} iterations at α = \
         {SPARSITY_LR}",
        sizes(&SPARSITY_SIZES)
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<10} {:<8} {:>10} {:>10} {:>10}",
        "activation", "", "layer 1", "layer 2", "layer 3"
    )?;
    for run in sparsity()? {
        for (when, values) in
            [("at init", &run.at_init), ("trained", &run.trained)]
        {
            write!(out, "{:<10} {when:<8}", run.activation.name())?;
            for v in values {
                write!(out, " {:>10}", percent(*v))?;
            }
            writeln!(out)?;
        }
    }
    for run in sparsity()? {
        writeln!(
            out,
            "training accuracy, {}: {}",
            run.activation.name(),
            percent(run.accuracy)
        )?;
    }
    Ok(())
}

fn dead_table(out: &mut dyn Write) -> Result<(), Failure> {
    let units: usize = DEAD_SIZES[1..DEAD_SIZES.len() - 1].iter().sum();
    writeln!(
        out,
        "2. Dead hidden units: input ≤ 0 on all 400 flower points\n   \
         layers {}, {units} hidden units, {DEAD_ITERATIONS} iterations",
        sizes(&DEAD_SIZES)
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<11} {:>5} {:>5} {:>8} {:>13} {:>18} {:>9}",
        "activation",
        "α",
        "bias",
        "at init",
        "at end (1+2)",
        "gradient into them",
        "accuracy"
    )?;
    for run in dead()? {
        let first = run.dead.first().map_or(0, |d| d.1);
        let layers: Vec<String> =
            run.per_layer.iter().map(ToString::to_string).collect();
        let end = format!(
            "{} ({})",
            run.per_layer.iter().sum::<usize>(),
            layers.join("+")
        );
        write!(
            out,
            "{:<11} {:>5} {:>5} {first:>8} {end:>13} {:>18.3e} {:>9}",
            run.activation.name(),
            run.lr,
            run.bias,
            run.inactive_gradient,
            percent(run.accuracy)
        )?;
        if let Some(message) = &run.diverged {
            write!(out, "  ({message})")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn vanishing_table(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "3. ‖dW‖ of the first / the last hidden layer at initialisation\n   \
         hidden layers of 32 units on the digits"
    )?;
    writeln!(out)?;
    let runs = vanishing()?;
    write!(out, "{:>6}", "depth")?;
    for run in runs {
        write!(out, " {:>22}", run.kind.short)?;
    }
    writeln!(out)?;
    for (d, depth) in DEPTHS.enumerate() {
        write!(out, "{depth:>6}")?;
        for run in runs {
            let norms = &run.norms[d].1;
            let first = norms.first().copied().unwrap_or(f64::NAN);
            let last = norms
                .get(norms.len().saturating_sub(2))
                .copied()
                .unwrap_or(f64::NAN);
            write!(out, " {:>22}", format!("{first:.2e} / {last:.2e}"))?;
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Mean |a| of each hidden layer at depth {}, input side first:",
        DEPTHS.end()
    )?;
    for run in runs {
        let signal: Vec<String> =
            run.signal.iter().map(|v| format!("{v:.2}")).collect();
        writeln!(out, "  {:<18} {}", run.kind.short, signal.join(" "))?;
    }
    Ok(())
}

fn deep_table(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "4. Training {DEEP_TRAIN_DEPTH} hidden layers on the digits, α = \
         {DEEP_TRAIN_LR}, {DEEP_TRAIN_ITERATIONS} iterations"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<18} {:>10} {:>10} {:>15}",
        "network", "first cost", "last cost", "train accuracy"
    )?;
    for curve in deep_training()? {
        let first = curve.costs.first().map_or(f64::NAN, |c| c.1);
        let last = curve.costs.last().map_or(f64::NAN, |c| c.1);
        writeln!(
            out,
            "{:<18} {first:>10.6} {last:>10.6} {:>15}",
            curve.kind.label,
            percent(curve.accuracy)
        )?;
    }
    Ok(())
}

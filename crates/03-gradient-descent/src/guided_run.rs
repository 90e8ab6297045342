//! `cargo run -p gradient-descent`: the guided run, each section recorded
//! for the book, and the `train` and `predict` commands.

use std::io::Write;

use clap::Subcommand;
use toolkit::cli::Failure;
use toolkit::guide::{Guide, NoKnobs, Record, Section};

use crate::descent::{QUADRATIC_RATES, quadratic_path};
use crate::experiments::{self, Checkpoint};
use crate::objective::LoopedLogistic;
use crate::train::{PredictArgs, TrainArgs, predict, train};

pub const GUIDE: Guide<NoKnobs, Command> = Guide {
    package: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    about: "Gradient descent and the learning rate, trained on real data",
    run_as: "cargo run -p gradient-descent --",
    sections: &[
        Section::new("quadratic.txt", quadratic),
        Section::new("rates.txt", rates),
        Section::new("early-stopping.txt", early_stopping),
        Section::new("separable.txt", separable),
    ],
    // Two `train` runs on the breast-cancer data, one that converges and one
    // that diverges, and one on the digits.
    records: &[
        Record::Commands {
            file: "train-cancer.txt",
            commands: &[&[
                "train",
                "--data datasets/breast_cancer.csv --target label",
                "--lr 0.1 --iterations 1000",
            ]],
        },
        Record::Commands {
            file: "train-diverges.txt",
            commands: &[&[
                "train",
                "--data datasets/breast_cancer.csv --target label",
                "--scale none --lr 1 --iterations 1000",
            ]],
        },
        Record::Commands {
            file: "train-keep-going.txt",
            commands: &[&[
                "train",
                "--data datasets/breast_cancer.csv --target label",
                "--scale none --lr 1 --iterations 1000 --keep-going",
            ]],
        },
        Record::Commands {
            file: "train-digits.txt",
            commands: &[&[
                "train",
                "--data datasets/digits.csv --target label --positive 8",
                "--scale divide:16 --lr 0.1 --iterations 1000",
            ]],
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
    /// Train logistic regression on a CSV file with gradient descent
    Train(TrainArgs),
    /// Predict with saved parameters: CSV of probabilities and 0/1 on stdout
    Predict(PredictArgs),
}

fn run_command(command: &Command, out: &mut dyn Write) -> Result<(), Failure> {
    match command {
        Command::Train(args) => {
            train(args, LoopedLogistic::new, out)?;
            Ok(())
        }
        Command::Predict(args) => predict(args, out, &mut std::io::stderr()),
    }
}

fn quadratic(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "1. J(w) = (w − 1)², from w = −2: each step multiplies the distance to the minimum by 1 − 2α"
    )?;
    writeln!(out)?;
    write!(out, "{:>5}", "step")?;
    for (alpha, _) in QUADRATIC_RATES {
        write!(out, "  {:>12}", format!("α = {alpha}"))?;
    }
    writeln!(out)?;
    let paths: Vec<Vec<f64>> = QUADRATIC_RATES
        .iter()
        .map(|(a, _)| quadratic_path(-2.0, *a, 10))
        .collect();
    for step in 0..=10 {
        write!(out, "{step:>5}")?;
        for path in &paths {
            match path.get(step) {
                Some(w) => write!(out, "  {w:>12.6}")?,
                None => write!(out, "  {:>12}", "")?,
            }
        }
        writeln!(out)?;
    }
    for (alpha, name) in QUADRATIC_RATES {
        writeln!(
            out,
            "α = {alpha}: {name} (factor {:+.2})",
            1.0 - 2.0 * alpha
        )?;
    }
    Ok(())
}

fn rates(out: &mut dyn Write) -> Result<(), Failure> {
    let runs = experiments::learning_rates()?;
    writeln!(
        out,
        "2. Is this digit a {}? Pixels / 16, {} iterations, 80 % train / 20 % test",
        experiments::RATE_DIGIT,
        experiments::RATE_ITERATIONS
    )?;
    writeln!(
        out,
        "\n{:>8}  {:>12}  {:>12}  {:>10}  {:>10}",
        "α", "first cost", "last cost", "train acc", "test acc"
    )?;
    for r in runs {
        let first = r.costs.first().map_or(f64::NAN, |c| c.1);
        let last = r.costs.last().map_or(f64::NAN, |c| c.1);
        writeln!(
            out,
            "{:>8}  {first:>12.6}  {last:>12.6}  {:>9.2}%  {:>9.2}%",
            r.learning_rate,
            100.0 * r.train_accuracy,
            100.0 * r.test_accuracy
        )?;
    }
    Ok(())
}

fn separable(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "4. Breast cancer, all 30 features standardized, α = {}: ‖w‖ and J along one run",
        experiments::SEPARABLE_RATE
    )?;
    writeln!(
        out,
        "\n{:>10}  {:>10}  {:>14}  {:>10}",
        "iterations", "‖w‖", "cost J", "accuracy"
    )?;
    for (iterations, norm, cost, accuracy) in experiments::separable()? {
        writeln!(
            out,
            "{iterations:>10}  {norm:>10.3}  {cost:>14.8}  {:>9.2}%",
            100.0 * accuracy
        )?;
    }
    let (plane, margin, m) = experiments::separating_plane()?;
    writeln!(
        out,
        "\nThe perceptron separates all {m} examples after {} passes over them; \
         the nearest is {margin:.1e} from its plane, on its own side.",
        plane.passes
    )?;
    Ok(())
}

fn early_stopping(out: &mut dyn Write) -> Result<(), Failure> {
    let curve = experiments::accuracy_curve()?;
    writeln!(
        out,
        "3. Breast cancer, 80 % train / 20 % test, standardized, α = {}: accuracy along the run",
        experiments::CURVE_RATE
    )?;
    writeln!(
        out,
        "\n{:>10}  {:>10}  {:>10}  {:>10}",
        "iteration", "cost", "train acc", "test acc"
    )?;
    for &Checkpoint {
        iteration: i,
        train,
        test,
        cost,
    } in &curve.points
    {
        if [0, 10, 30, 100, 300, 600, 1000, 2000, 3000].contains(&i) {
            writeln!(
                out,
                "{i:>10}  {cost:>10.6}  {:>9.2}%  {:>9.2}%",
                100.0 * train,
                100.0 * test
            )?;
        }
    }
    if let Some(Checkpoint {
        iteration: i,
        train,
        test,
        ..
    }) = curve.best_test()
    {
        writeln!(
            out,
            "\nBest test accuracy {:.2} % first reached at iteration {i} (train {:.2} %).",
            100.0 * test,
            100.0 * train
        )?;
    }
    Ok(())
}

//! `cargo run -p gradient-descent`: the guided run, `train` and `predict`.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use toolkit::cli::Failure;
use toolkit::figure::Output;

use crate::descent::{QUADRATIC_RATES, quadratic_path};
use crate::experiments::{self, Checkpoint};
use crate::objective::LoopedLogistic;
use crate::train::{PredictArgs, TrainArgs, predict, train};

/// Gradient descent and the learning rate, trained on real data.
#[derive(Parser, Debug, Clone)]
#[command(name = "gradient-descent", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Write the chapter's figures (light and dark) into this folder
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Subcommand, Debug, Clone)]
pub enum Command {
    /// Train logistic regression on a CSV file with gradient descent
    Train(TrainArgs),
    /// Predict with saved parameters: CSV of probabilities and 0/1 on stdout
    Predict(PredictArgs),
}

pub fn run(cli: &Cli, out: &mut dyn Write) -> Result<(), Failure> {
    match &cli.command {
        Some(Command::Train(args)) => {
            train(args, LoopedLogistic::new, out)?;
            return Ok(());
        }
        Some(Command::Predict(args)) => {
            return predict(args, out, &mut std::io::stderr());
        }
        None => {}
    }
    for (i, section) in SECTIONS.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        section(out)?;
    }
    toolkit::figure::write_figures_if_asked(
        crate::figures::FIGURES,
        cli.out.as_deref(),
        out,
    )?;
    Ok(())
}

type Section = fn(&mut dyn Write) -> Result<(), Failure>;

const SECTIONS: [Section; 4] = [quadratic, rates, early_stopping, separable];

/// The book records each section, and two `train` runs, as files.
pub const OUTPUTS: &[Output] = &[
    Output {
        file: "quadratic.txt",
        record: quadratic,
    },
    Output {
        file: "rates.txt",
        record: rates,
    },
    Output {
        file: "separable.txt",
        record: separable,
    },
    Output {
        file: "early-stopping.txt",
        record: early_stopping,
    },
    Output {
        file: "train-cancer.txt",
        record: |out| {
            record_train(
                &["--data", "datasets/breast_cancer.csv", "--target", "label"],
                &["--lr", "0.1", "--iterations", "1000"],
                out,
            )
        },
    },
    Output {
        file: "train-diverges.txt",
        record: |out| {
            record_train(
                &["--data", "datasets/breast_cancer.csv", "--target", "label"],
                &["--scale", "none", "--lr", "1", "--iterations", "1000"],
                out,
            )
        },
    },
    Output {
        file: "train-digits.txt",
        record: |out| {
            record_train(
                &[
                    "--data",
                    "datasets/digits.csv",
                    "--target",
                    "label",
                    "--positive",
                    "8",
                ],
                &[
                    "--scale",
                    "divide:16",
                    "--lr",
                    "0.1",
                    "--iterations",
                    "1000",
                ],
                out,
            )
        },
    },
];

/// Runs `train` as the reader would type it, from the repository root.
fn record_train(
    data: &[&str],
    knobs: &[&str],
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let shown: Vec<&str> = data.iter().chain(knobs).copied().collect();
    writeln!(out, "$ cargo run -p gradient-descent -- train \\")?;
    writeln!(out, "    {} \\\n    {}\n", data.join(" "), knobs.join(" "))?;
    let root = toolkit::bundled::datasets_dir().join("..");
    let args: Vec<String> = ["gradient-descent", "train"]
        .into_iter()
        .map(str::to_owned)
        .chain(shown.iter().map(|a| match a.strip_prefix("datasets/") {
            Some(file) => {
                root.join("datasets").join(file).display().to_string()
            }
            None => (*a).to_owned(),
        }))
        .collect();
    let cli = Cli::try_parse_from(args)?;
    let Some(Command::Train(args)) = &cli.command else {
        return Err("not a train command".into());
    };
    // The absolute path would differ between machines; print it as typed.
    let mut text = Vec::new();
    // A failing run is recorded as the reader sees it: its last line is the
    // error.
    if let Err(e) = train(args, LoopedLogistic::new, &mut text) {
        writeln!(text, "error: {}", toolkit::cli::one_line(e.as_ref()))?;
    }
    let text = String::from_utf8_lossy(&text)
        .replace(&root.join("datasets").display().to_string(), "datasets");
    write!(out, "{text}")?;
    Ok(())
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

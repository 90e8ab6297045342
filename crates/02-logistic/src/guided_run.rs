//! `cargo run -p logistic`: the guided run, each section recorded for the
//! book, and the `evaluate` command.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use toolkit::cli::{Failure, iterations, positive_f64};
use toolkit::guide::{Guide, Record, Section};

use crate::convexity::{self, ITERATIONS, LEARNING_RATE};
use crate::loss::{
    Loss, loss, loss_from_probability, sigmoid, sigmoid_derivative,
};

pub const GUIDE: Guide<Knobs, Command> = Guide {
    package: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    about: "Logistic regression with explicit loops: sigmoid, loss, cost, gradient",
    run_as: "cargo run -p logistic --",
    sections: &[
        Section::new("sigmoid.txt", sigmoid_table),
        Section::new("loss.txt", loss_table),
        Section::new("course.txt", course_case),
        Section::with_knobs("convexity.txt", convexity_table),
        Section::new("boundary.txt", boundary_summary),
    ],
    records: &[
        Record::Text {
            file: "boundary-params.json",
            write: boundary_params,
        },
        Record::Text {
            file: "values.tsv",
            write: crate::values::record,
        },
    ],
    commands: run_command,
    figures: crate::figures::FIGURES,
};

/// The convexity experiment's gradient descent.
#[derive(Args, Debug, Clone)]
pub struct Knobs {
    /// Learning rate of the convexity experiment's gradient descent
    #[arg(long, default_value_t = LEARNING_RATE, value_parser = positive_f64)]
    pub lr: f64,
    /// Iterations of each convexity run
    #[arg(long, default_value_t = ITERATIONS, value_parser = iterations)]
    pub iterations: usize,
}

#[derive(Subcommand, Debug, Clone)]
pub enum Command {
    /// Cost and accuracy of saved parameters (chapter 03's `train --save`) on a CSV
    Evaluate {
        /// The CSV file: a header row, one example per row
        #[arg(long, value_name = "FILE.csv")]
        data: PathBuf,
        /// The label column (0/1); defaults to the one the parameters were trained on
        #[arg(long, value_name = "COL")]
        target: Option<String>,
        /// The parameter file
        #[arg(long, value_name = "PARAMS.json")]
        params: PathBuf,
    },
}

fn run_command(command: &Command, out: &mut dyn Write) -> Result<(), Failure> {
    let Command::Evaluate {
        data,
        target,
        params,
    } = command;
    let e = crate::evaluate::evaluate(data, target.as_deref(), params)?;
    writeln!(out, "examples: {}", e.examples)?;
    writeln!(out, "cost J(w, b): {:.6}", e.cost)?;
    writeln!(out, "accuracy: {:.2} %", 100.0 * e.accuracy)?;
    Ok(())
}

/// The parameters the boundary figure draws, as chapter 03's `train --save`
/// would write them.
fn boundary_params(out: &mut dyn Write) -> Result<(), Failure> {
    let model = crate::boundary::train()?;
    let saved = crate::saved::SavedModel::new(
        &model.params,
        &model.data.target,
        &model.data.features,
        model.scaling,
    );
    writeln!(out, "{}", serde_json::to_string_pretty(&saved)?)?;
    Ok(())
}

fn sigmoid_table(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "1. The sigmoid σ(z) = 1 / (1 + e^(−z)) and its slope σ'(z) = σ(z)(1 − σ(z))"
    )?;
    writeln!(out, "\n{:>8}  {:>20}  {:>20}", "z", "σ(z)", "σ'(z)")?;
    for z in [-1000.0, -10.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 10.0, 1000.0] {
        writeln!(
            out,
            "{z:>8}  {:>20.10}  {:>20.10e}",
            sigmoid(z),
            sigmoid_derivative(z)
        )?;
    }
    Ok(())
}

fn loss_table(out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "2. The loss of one example, from z (stable) and from ŷ = σ(z) (textbook)"
    )?;
    writeln!(
        out,
        "\n{:>8}  {:>12}  {:>11}  {:>11}  {:>11}  {:>11}",
        "z", "ŷ", "y=1 stable", "y=1 ŷ-form", "y=0 stable", "y=0 ŷ-form"
    )?;
    for z in [-1e4, -40.0, -5.0, 0.0, 5.0, 40.0, 1e4] {
        let y_hat = sigmoid(z);
        writeln!(
            out,
            "{z:>8}  {y_hat:>12.6e}  {:>11.4e}  {:>11.4e}  {:>11.4e}  {:>11.4e}",
            loss(z, 1.0),
            loss_from_probability(y_hat, 1.0),
            loss(z, 0.0),
            loss_from_probability(y_hat, 0.0),
        )?;
    }
    Ok(())
}

fn course_case(out: &mut dyn Write) -> Result<(), Failure> {
    let (params, x, y) = crate::model::course_test_case();
    let (grads, cost) = params.propagate(&x, &y, Loss::CrossEntropy)?;
    writeln!(
        out,
        "3. The course's test case: w = [[1], [2]], b = 2, X = [[1, 2], [3, 4]], Y = [[1, 0]]"
    )?;
    writeln!(
        out,
        "\ndw   = [[{:.8}], [{:.8}]]",
        grads.dw[[0, 0]],
        grads.dw[[1, 0]]
    )?;
    writeln!(out, "db   = {:.12}", grads.db)?;
    writeln!(out, "cost = {cost:.15}")?;
    Ok(())
}

fn convexity_table(knobs: &Knobs, out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "4. Gradient descent on one weight (b = 0), α = {}, {} iterations, from six starts",
        knobs.lr, knobs.iterations
    )?;
    for (loss, runs) in convexity::experiment(knobs.lr, knobs.iterations) {
        writeln!(out, "\n{}:", loss.name())?;
        writeln!(
            out,
            "{:>8}  {:>10}  {:>10}  {:>12}",
            "start w", "end w", "cost", "|dJ/dw|"
        )?;
        for r in runs {
            writeln!(
                out,
                "{:>8}  {:>10.4}  {:>10.4}  {:>12.2e}",
                r.start, r.end, r.cost, r.slope
            )?;
        }
    }
    Ok(())
}

fn boundary_summary(out: &mut dyn Write) -> Result<(), Failure> {
    use crate::boundary::{FEATURES, ITERATIONS, LEARNING_RATE, train};
    let model = train()?;
    writeln!(
        out,
        "5. Two features of the breast-cancer data, {} and {}, standardized;",
        FEATURES[0], FEATURES[1]
    )?;
    writeln!(
        out,
        "   gradient descent from w = 0, b = 0, α = {LEARNING_RATE}, {ITERATIONS} iterations"
    )?;
    let w = &model.params.w;
    writeln!(
        out,
        "\nw = [[{:.4}], [{:.4}]], b = {:.4}",
        w[[0, 0]],
        w[[1, 0]],
        model.params.b
    )?;
    writeln!(out, "cost J(w, b) = {:.6}", model.cost)?;
    writeln!(
        out,
        "training accuracy = {:.2} % of {} examples",
        100.0 * model.accuracy,
        model.data.len()
    )?;
    Ok(())
}

//! The `train` and `predict` commands: point gradient descent at a CSV file.
//!
//! Written once here and reused by chapter 04, which only swaps the
//! objective (the looped model for a vectorized one).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use logistic::model::{Params, ShapeError};
use logistic::saved::SavedModel;
use ndarray::Array2;
use rand::RngExt;
use toolkit::cli::{Failure, finite_f64, iterations, positive_f64};
use toolkit::csv::{load_csv, load_features_csv};
use toolkit::dataset::{DataError, Dataset, Labels, short_names};
use toolkit::scaling::{ScaleSpec, Scaling};
use toolkit::split::train_test_split;

use crate::descent::{KeepGoing, Objective, Schedule, descend};
use crate::objective::params_of;

/// How the parameters start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Init {
    /// w = 0, b = 0 (fine for logistic regression: its cost is convex)
    Zeros,
    /// small random weights from the seed, b = 0
    Random,
}

impl std::fmt::Display for Init {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Init::Zeros => "zeros",
            Init::Random => "random",
        })
    }
}

#[derive(Args, Debug, Clone)]
pub struct TrainArgs {
    /// Training data: a CSV file with a header row
    #[arg(long, value_name = "TRAIN.csv")]
    pub data: PathBuf,
    /// Test data with the same columns; without it, a seeded split holds
    /// out --test-fraction of TRAIN.csv
    #[arg(long, value_name = "TEST.csv")]
    pub test: Option<PathBuf>,
    /// The label column
    #[arg(long, value_name = "COL")]
    pub target: String,
    /// Label CLASS becomes 1 and every other label 0 (e.g. one digit)
    #[arg(long, value_name = "CLASS", value_parser = finite_f64, allow_negative_numbers = true)]
    pub positive: Option<f64>,
    /// Feature scaling, fitted on the training set: standardize | divide:N | none
    #[arg(long, default_value = "standardize", value_parser = parse_scale)]
    pub scale: ScaleSpec,
    /// How the parameters start
    #[arg(long, value_enum, default_value_t = Init::Zeros)]
    pub init: Init,
    /// Seed for the split and for --init random
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Fraction held out when there is no --test
    #[arg(long, default_value_t = 0.2, value_parser = fraction)]
    pub test_fraction: f64,
    /// Learning rate α
    #[arg(long, value_parser = positive_f64)]
    pub lr: f64,
    /// Number of gradient-descent updates
    #[arg(long, value_parser = iterations)]
    pub iterations: usize,
    /// Print the cost every K iterations
    #[arg(long, value_name = "K", default_value_t = 100, value_parser = iterations)]
    pub print_every: usize,
    /// Write the trained parameters (chapter 02's format) to this file
    #[arg(long, value_name = "PARAMS.json")]
    pub save: Option<PathBuf>,
    #[command(flatten)]
    pub keep_going: KeepGoing,
}

fn parse_scale(text: &str) -> Result<ScaleSpec, String> {
    text.parse().map_err(|e: DataError| e.to_string())
}

fn fraction(text: &str) -> Result<f64, String> {
    let f = finite_f64(text)?;
    if f > 0.0 && f < 1.0 {
        Ok(f)
    } else {
        Err(format!("{text:?} is not strictly between 0 and 1"))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(transparent)]
    Shape(#[from] ShapeError),
    #[error(
        "{test} has columns {test_columns} but {train} has {train_columns}; \
         they must be the same, in the same order"
    )]
    Columns {
        test: String,
        test_columns: String,
        train: String,
        train_columns: String,
    },
    #[error(
        "{file}: with --positive {class}, {found}; training needs both classes"
    )]
    OneClass {
        file: String,
        class: f64,
        found: &'static str,
    },
}

/// Training and test sets, scaled with the training set's statistics.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub train: Dataset,
    pub test: Dataset,
    pub scaling: Scaling,
    /// One line saying where the test set came from.
    pub provenance: String,
}

fn load_labelled(path: &Path, args: &TrainArgs) -> Result<Dataset, TrainError> {
    match args.positive {
        None => Ok(load_csv(path, &args.target, Labels::Binary)?),
        Some(class) => {
            let data =
                load_csv(path, &args.target, Labels::Real)?.one_vs_rest(class);
            let positives = data.y.sum();
            let found = if positives == 0.0 {
                "no example has that label"
            } else if positives as usize == data.len() {
                "every example has that label"
            } else {
                return Ok(data);
            };
            Err(TrainError::OneClass {
                file: path.display().to_string(),
                class,
                found,
            })
        }
    }
}

/// Loads, splits (or reads the test file) and scales.
pub fn prepare(args: &TrainArgs) -> Result<Prepared, TrainError> {
    let all = load_labelled(&args.data, args)?;
    let (train, test, provenance) = match &args.test {
        Some(path) => {
            let test = load_labelled(path, args)?;
            if test.features != all.features {
                return Err(TrainError::Columns {
                    test: path.display().to_string(),
                    test_columns: short_names(&test.features),
                    train: args.data.display().to_string(),
                    train_columns: short_names(&all.features),
                });
            }
            let provenance = format!(
                "testing on {} ({} examples)",
                path.display(),
                test.len()
            );
            (all, test, provenance)
        }
        None => {
            let (train, test) =
                train_test_split(&all, args.test_fraction, args.seed)?;
            let provenance = format!(
                "no --test file: holding out {} of {} examples ({} %, seed {}) as the test set",
                test.len(),
                all.len(),
                args.test_fraction * 100.0,
                args.seed
            );
            (train, test, provenance)
        }
    };
    let scaling = args.scale.fit(&train.x);
    let scale = |mut d: Dataset| -> Result<Dataset, TrainError> {
        d.x = scaling.apply(&d.x)?;
        Ok(d)
    };
    Ok(Prepared {
        train: scale(train)?,
        test: scale(test)?,
        scaling,
        provenance,
    })
}

/// The starting θ for `n_x` features.
pub fn initial_theta(init: Init, n_x: usize, seed: u64) -> Vec<f64> {
    match init {
        Init::Zeros => vec![0.0; n_x + 1],
        Init::Random => {
            let mut rng = toolkit::rng::seeded(seed);
            let mut theta: Vec<f64> =
                (0..n_x).map(|_| rng.random_range(-0.01..0.01)).collect();
            theta.push(0.0);
            theta
        }
    }
}

/// A progress bar on stderr, only for a person watching a long run.
#[cfg(not(target_arch = "wasm32"))]
fn progress(args: &TrainArgs, work: usize) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    const LONG: usize = 50_000_000; // multiply-adds: about a second unoptimised
    if !std::io::stderr().is_terminal() || work < LONG {
        return None;
    }
    let bar = indicatif::ProgressBar::new(args.iterations as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} iterations, {eta} left",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// The book's WebAssembly module has no terminal, and indicatif does not
/// build there: never a bar.
#[cfg(target_arch = "wasm32")]
fn progress(_: &TrainArgs, _: usize) -> Option<NoBar> {
    None
}

#[cfg(target_arch = "wasm32")]
#[derive(Debug)]
enum NoBar {}

#[cfg(target_arch = "wasm32")]
impl NoBar {
    fn inc(&self, _: u64) {
        match *self {}
    }

    fn finish_and_clear(&self) {
        match *self {}
    }
}

/// `train`: prepare the data, run gradient descent on the objective that
/// `build` makes from the training set, report, and save.
pub fn train<O: Objective>(
    args: &TrainArgs,
    build: impl Fn(Array2<f64>, Array2<f64>) -> Result<O, ShapeError>,
    out: &mut dyn Write,
) -> Result<Params, Failure> {
    let data = prepare(args)?;
    let (n_x, m) = data.train.x.dim();
    writeln!(
        out,
        "Training on {}: {m} examples, {n_x} features",
        args.data.display()
    )?;
    writeln!(out, "{}", data.provenance)?;
    writeln!(
        out,
        "scaling: {}, init: {}, α = {}, {} iterations\n",
        args.scale, args.init, args.lr, args.iterations
    )?;

    let objective = build(data.train.x.clone(), data.train.y.clone())?;
    let mut theta = initial_theta(args.init, n_x, args.seed);
    let schedule = Schedule {
        keep_going: args.keep_going.keep_going,
        ..Schedule::new(args.lr, args.iterations)
    };
    let bar = progress(args, args.iterations * m * n_x);
    let mut lines = Vec::new();
    let result = descend(&objective, &mut theta, schedule, |step| {
        if step.iteration % args.print_every == 0 {
            lines.push(format!(
                "Cost after iteration {}: {:.6}",
                step.iteration, step.cost
            ));
        }
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    for line in &lines {
        writeln!(out, "{line}")?;
    }
    let cost = result?;
    let params = params_of(&theta);
    writeln!(out, "Final cost: {cost:.6}\n")?;
    let percent = |d: &Dataset| params.accuracy(&d.x, &d.y).map(|a| 100.0 * a);
    writeln!(out, "train accuracy: {:.2} %", percent(&data.train)?)?;
    writeln!(out, "test accuracy: {:.2} %", percent(&data.test)?)?;
    if let Some(path) = &args.save {
        let saved = SavedModel::new(
            &params,
            &data.train.target,
            &data.train.features,
            data.scaling,
        );
        saved.save(path)?;
        writeln!(out, "\nSaved the parameters to {}", path.display())?;
    }
    Ok(params)
}

#[derive(Args, Debug, Clone)]
pub struct PredictArgs {
    /// Parameters saved by `train --save`
    #[arg(long, value_name = "PARAMS.json")]
    pub params: PathBuf,
    /// A CSV file with the model's features (and maybe a label column)
    #[arg(long, value_name = "FILE.csv")]
    pub data: PathBuf,
    /// The label column, to also report accuracy (on stderr)
    #[arg(long, value_name = "COL")]
    pub target: Option<String>,
}

/// `predict`: ŷ and the 0/1 prediction for every row, as CSV on `out`.
pub fn predict(
    args: &PredictArgs,
    out: &mut dyn Write,
    note: &mut dyn Write,
) -> Result<(), Failure> {
    let model = SavedModel::load(&args.params)?;
    let (x, names, y) = match &args.target {
        Some(target) => {
            let d = load_csv(&args.data, target, Labels::Binary)?;
            (d.x, d.features, Some(d.y))
        }
        None => {
            let (x, names) = load_features_csv(&args.data)?;
            (x, names, None)
        }
    };
    if names != model.features {
        return Err(TrainError::Columns {
            test: args.data.display().to_string(),
            test_columns: short_names(&names),
            train: args.params.display().to_string(),
            train_columns: short_names(&model.features),
        }
        .into());
    }
    let x = model.scaling.apply(&x)?;
    let params = model.params();
    let probabilities = params.probabilities(&x)?;
    writeln!(out, "row,probability,prediction")?;
    for (j, p) in probabilities.iter().enumerate() {
        writeln!(out, "{},{p:.6},{}", j + 1, u8::from(*p > 0.5))?;
    }
    if let Some(y) = y {
        let accuracy = params.accuracy(&x, &y)?;
        writeln!(
            note,
            "accuracy: {:.2} % of {} examples",
            100.0 * accuracy,
            y.len()
        )?;
    }
    Ok(())
}

//! `train`: a network of the reader's choosing on the flower or a CSV file.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use gradient_descent::descent::{KeepGoing, Schedule};
use toolkit::cli::{Failure, UsageError, iterations, positive_f64};
use toolkit::csv::load_csv;
use toolkit::dataset::Labels;
use toolkit::scaling::ScaleSpec;

use crate::activation::Activation;
use crate::experiments::dead_units;
use crate::fit::fit_with;
use crate::flower::flower;
use crate::network::{LayersError, Network, check_sizes, memory_need};

#[derive(Args, Debug, Clone)]
pub struct TrainArgs {
    /// Layer sizes from the inputs to the single output unit
    #[arg(long, default_value = "2,8,8,1", value_parser = parse_layers)]
    pub layers: Layers,
    /// The hidden layers' activation
    #[arg(long, value_enum, default_value_t = Activation::Relu)]
    pub activation: Activation,
    /// Learning rate α (greater than 0)
    #[arg(long, default_value_t = 0.1, value_parser = positive_f64, allow_hyphen_values = true)]
    pub lr: f64,
    /// Feature scaling: standardize, none, or divide:N (as in chapter 03)
    #[arg(long, default_value = "standardize")]
    pub scale: ScaleSpec,
    /// Gradient-descent steps
    #[arg(long, default_value_t = 5000, value_parser = iterations)]
    pub iterations: usize,
    /// Seeds the initial weights
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Print the cost every K iterations
    #[arg(long, value_name = "K", default_value_t = 1000, value_parser = iterations)]
    pub every: usize,
    /// A CSV file to train on instead of the flower (labels 0 or 1)
    #[arg(long, requires = "target")]
    pub data: Option<PathBuf>,
    /// The label column of --data
    #[arg(long, requires = "data")]
    pub target: Option<String>,
    #[command(flatten)]
    pub keep_going: KeepGoing,
}

/// A checked layer list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layers(pub Vec<usize>);

/// `2,8,8,1`: sizes separated by commas, at least two, none 0, ending in 1.
pub fn parse_layers(text: &str) -> Result<Layers, String> {
    let sizes = text
        .split(',')
        .map(|part| {
            let part = part.trim();
            part.parse::<usize>().map_err(|_| {
                format!("{part:?} is not a layer size (a whole number, like 2,8,8,1)")
            })
        })
        .collect::<Result<Vec<usize>, String>>()?;
    check_sizes(&sizes).map_err(|e| e.to_string())?;
    Ok(Layers(sizes))
}

pub fn train(args: &TrainArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let (x, y, source) = match (&args.data, &args.target) {
        (Some(path), Some(target)) => {
            let data = load_csv(path, target, Labels::Binary)?;
            (data.x, data.y, path.display().to_string())
        }
        _ => {
            let (x, y) = flower();
            (x, y, "the flower (400 points)".to_owned())
        }
    };
    let x = args.scale.fit(&x).apply(&x)?;
    let sizes = &args.layers.0;
    if sizes[0] != x.nrows() {
        let e = LayersError::Input {
            layers: sizes[0],
            features: x.nrows(),
        };
        return Err(Box::new(UsageError(e.to_string())));
    }
    let shown = args
        .layers
        .0
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let need = memory_need(sizes, x.ncols());
    toolkit::memory::check(
        format!("--layers {shown} on {} examples", x.ncols()),
        need,
    )
    .map_err(|e| UsageError(e.to_string()))?;
    let mut rng = toolkit::rng::seeded(args.seed);
    let mut net = Network::new(sizes, args.activation, 0.0, &mut rng)?;
    writeln!(
        out,
        "training {shown} ({} hidden) on {source}, {} scaling: α = {}, {} iterations",
        args.activation.name(),
        args.scale,
        args.lr,
        args.iterations
    )?;
    let mut lines = Vec::new();
    let schedule = Schedule {
        keep_going: args.keep_going.keep_going,
        ..Schedule::new(args.lr, args.iterations)
    };
    let result =
        fit_with(&mut net, &x, &y, schedule, args.every, |i, cost, n| {
            lines.push(format!(
                "iteration {i:>6}: cost {cost:.6}, dead units {}",
                dead_units(n, &x)
            ));
        });
    for line in &lines {
        writeln!(out, "{line}")?;
    }
    result?;
    writeln!(
        out,
        "training accuracy: {:.1}%",
        100.0 * net.accuracy(&x, &y)
    )?;
    Ok(())
}

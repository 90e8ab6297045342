//! `flower`: week 3's `nn_model` on the course's flower, printed as the
//! notebook prints it.

use std::io::Write;

use clap::Args;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::flower::flower;
use toolkit::cli::{Failure, iterations, positive_f64};

use super::{check_memory, sizes_text, train_printing};
use crate::course::{
    FLOWER_ITERATIONS, FLOWER_LR, FLOWER_SEED, SWEEP_ITERATIONS, network,
    python_float,
};
use crate::fit::Schedule;
use crate::init::Init;
use crate::network::accuracy;
use gradient_descent::descent::KeepGoing;

#[derive(Args, Debug, Clone)]
pub struct FlowerArgs {
    /// Hidden units: one size (4), or several to compare (1,2,3,4,5,20,50)
    #[arg(long, default_value = "4", value_parser = parse_hidden)]
    pub hidden: Hidden,
    /// Gradient-descent steps [default: 10000 for one size, 5000 for several]
    #[arg(long, value_parser = iterations)]
    pub iterations: Option<usize>,
    /// Learning rate α (greater than 0)
    #[arg(long, default_value_t = FLOWER_LR, value_parser = positive_f64, allow_hyphen_values = true)]
    pub lr: f64,
    /// numpy's seed before the weights are drawn, as `np.random.seed(3)`
    #[arg(long, default_value_t = FLOWER_SEED, value_parser = super::numpy_seed, allow_hyphen_values = true)]
    pub seed: u32,
    /// Print the cost every K iterations (one size only)
    #[arg(long, value_name = "K", default_value_t = 1000, value_parser = iterations)]
    pub print_every: usize,
    #[command(flatten)]
    pub keep_going: KeepGoing,
}

/// One or more hidden layer sizes, each at least 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hidden(pub Vec<usize>);

pub fn parse_hidden(text: &str) -> Result<Hidden, String> {
    text.split(',')
        .map(|part| match part.trim().parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(format!("{:?} is not a number of hidden units (a whole number from 1, like 4 or 1,2,3)", part.trim())),
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Hidden)
}

pub fn run(args: &FlowerArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let (x, y) = flower();
    let several = args.hidden.0.len() > 1;
    let default = if several {
        SWEEP_ITERATIONS
    } else {
        FLOWER_ITERATIONS
    };
    let iterations = args.iterations.unwrap_or(default);
    for &n_h in &args.hidden.0 {
        let sizes = [x.nrows(), n_h, y.nrows()];
        check_memory(
            format!("--hidden {n_h} on the flower's {} points", x.ncols()),
            &sizes,
            x.ncols(),
        )?;
    }
    for &n_h in &args.hidden.0 {
        let sizes = [x.nrows(), n_h, y.nrows()];
        let mut net =
            network(&sizes, Activation::Tanh, Init::Course, args.seed);
        let every = if several {
            usize::MAX
        } else {
            args.print_every
        };
        let schedule = Schedule {
            keep_going: args.keep_going.keep_going,
            ..Schedule::new(args.lr, iterations, every)
        };
        let mut lines = Vec::new();
        let printed: &mut dyn Write = if several { &mut lines } else { out };
        train_printing(
            &mut net,
            (&x, &y),
            schedule,
            |j| format!("{j:.6}"),
            printed,
        )
        .map_err(|e| {
            format!("--hidden {} ({}): {e}", n_h, sizes_text(&sizes))
        })?;
        let percent = python_float(accuracy(&net, &x, &y));
        if several {
            writeln!(out, "Accuracy for {n_h} hidden units: {percent} %")?;
        } else {
            writeln!(out, "train accuracy: {percent} %")?;
        }
    }
    Ok(())
}

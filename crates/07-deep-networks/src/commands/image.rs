//! `image`: week 4's models on the learner's own images — the course's
//! `.h5` files or a CSV — printed as the notebook prints them.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::train::{Layers, parse_layers};
use toolkit::cli::{Failure, UsageError, iterations, positive_f64};

use super::{check_memory, sizes_text, train_printing};
use crate::course::{
    IMAGE_ITERATIONS, IMAGE_LR, IMAGE_SEED, network, python_float,
};
use crate::fit::Schedule;
use crate::images::{Images, load};
use crate::init::Init;
use crate::network::accuracy;
use gradient_descent::descent::KeepGoing;

#[derive(Args, Debug, Clone)]
pub struct ImageArgs {
    /// Training images: the course's train_catvnoncat.h5, or a CSV file with
    /// one image per row (pixels 0–255) and a 0/1 label column
    #[arg(long, value_name = "FILE")]
    pub data: PathBuf,
    /// Test images, in the same form
    #[arg(long, value_name = "FILE")]
    pub test: PathBuf,
    /// The label column of a CSV file
    #[arg(long, value_name = "COL", default_value = "label")]
    pub target: String,
    /// Layer sizes from the pixels to the single output unit
    #[arg(long, default_value = "12288,20,7,5,1", value_parser = parse_layers)]
    pub layers: Layers,
    /// Learning rate α (greater than 0)
    #[arg(long, default_value_t = IMAGE_LR, value_parser = positive_f64, allow_hyphen_values = true)]
    pub lr: f64,
    /// Gradient-descent steps
    #[arg(long, default_value_t = IMAGE_ITERATIONS, value_parser = iterations)]
    pub iterations: usize,
    /// Print the cost every K iterations (and after the last)
    #[arg(long, value_name = "K", default_value_t = 100, value_parser = iterations)]
    pub print_every: usize,
    /// numpy's seed before the weights are drawn, as `np.random.seed(1)`
    #[arg(long, default_value_t = IMAGE_SEED, value_parser = super::numpy_seed, allow_hyphen_values = true)]
    pub seed: u32,
    /// How the weights start: course, he, xavier, zeros or scaled:K
    #[arg(long, default_value_t = Init::Course)]
    pub init: Init,
    #[command(flatten)]
    pub keep_going: KeepGoing,
}

pub fn run(args: &ImageArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let train = load(&args.data, &args.target)?;
    let test = load(&args.test, &args.target)?;
    if test.x.nrows() != train.x.nrows() {
        return Err(format!(
            "{}: each image has {} values{}, but those of {} have {}",
            args.test.display(),
            test.x.nrows(),
            pixels(&test),
            args.data.display(),
            train.x.nrows()
        )
        .into());
    }
    let sizes = &args.layers.0;
    let features = |images: &Images, path: &PathBuf| -> Result<(), Failure> {
        if images.x.nrows() == sizes[0] {
            return Ok(());
        }
        let mut fitting = sizes.clone();
        fitting[0] = images.x.nrows();
        Err(Box::new(UsageError(format!(
            "--layers starts with {} inputs, but each image of {} has {} values{}; try --layers {}",
            sizes[0],
            path.display(),
            images.x.nrows(),
            pixels(images),
            sizes_text(&fitting)
        ))))
    };
    features(&train, &args.data)?;
    check_memory(
        format!(
            "--layers {} on {} images",
            sizes_text(sizes),
            train.x.ncols()
        ),
        sizes,
        train.x.ncols(),
    )?;
    let mut net = network(sizes, Activation::Relu, args.init, args.seed);
    let schedule = Schedule {
        last: true,
        keep_going: args.keep_going.keep_going,
        ..Schedule::new(args.lr, args.iterations, args.print_every)
    };
    // The full shortest value, as week 4 prints `np.squeeze(cost)`.
    train_printing(
        &mut net,
        (&train.x, &train.y),
        schedule,
        |j| format!("{j:?}"),
        out,
    )?;
    writeln!(
        out,
        "train accuracy: {} %",
        python_float(accuracy(&net, &train.x, &train.y))
    )?;
    writeln!(
        out,
        "test accuracy: {} %",
        python_float(accuracy(&net, &test.x, &test.y))
    )?;
    Ok(())
}

/// " (64 × 64 × 3)" for images that came with a shape, else nothing.
fn pixels(images: &Images) -> String {
    images
        .shape
        .map(|[h, w, c]| format!(" ({h} × {w} × {c})"))
        .unwrap_or_default()
}

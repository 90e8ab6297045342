//! The chapter's experiments. Each runs once per process: the tables of the
//! guided run and the figures share the result.

pub mod activations;
pub mod course_runs;
pub mod fashion;
pub mod held_out;
pub mod hyperparameters;
pub mod init_scale;
pub mod parity;
pub mod planar_sets;
pub mod symmetry;

use std::sync::OnceLock;

use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::network::Network;
use toolkit::dataset::Dataset;

use crate::course::{FLOWER_LR, FLOWER_SEED, network};
use crate::fit::{Schedule, fit};
use crate::init::Init;

/// What an experiment that cannot run says instead.
pub type ExperimentError = String;

/// `make` once per process; every later call gets the same result.
pub fn once<T>(
    cell: &'static OnceLock<Result<T, ExperimentError>>,
    make: impl FnOnce() -> Result<T, ExperimentError>,
) -> Result<&'static T, ExperimentError> {
    cell.get_or_init(make).as_ref().map_err(Clone::clone)
}

/// A trained network and the costs noted on the way.
#[derive(Debug, Clone)]
pub struct Trained {
    pub network: Network,
    pub costs: Vec<(usize, f64)>,
}

/// Trains `network` at rate `lr` for `iterations`, noting the cost every
/// `every` iterations and after the last update.
pub fn train(
    network: Network,
    data: (&Array2<f64>, &Array2<f64>),
    lr: f64,
    iterations: usize,
    every: usize,
) -> Result<Trained, ExperimentError> {
    train_with(network, data, Schedule::new(lr, iterations, every))
}

/// [`train`] on any schedule.
pub fn train_with(
    mut network: Network,
    (x, y): (&Array2<f64>, &Array2<f64>),
    schedule: Schedule,
) -> Result<Trained, ExperimentError> {
    let iterations = schedule.iterations;
    let mut costs = fit(&mut network, x, y, schedule, |_, _| {})
        .map_err(|e| e.to_string())?;
    let last = crate::network::cost(
        crate::network::model_forward(&network, x).z_out(),
        y,
    );
    costs.push((iterations, last));
    Ok(Trained { network, costs })
}

/// The course's flower network with `hidden` tanh units (none: logistic
/// regression), seed 3, × 0.01, trained at α = 1.2.
pub fn flower_network(hidden: usize, activation: Activation) -> Network {
    let sizes: &[usize] = if hidden == 0 {
        &[2, 1]
    } else {
        &[2, hidden, 1]
    };
    network(sizes, activation, Init::Course, FLOWER_SEED)
}

/// The flower in two parts: 280 points to train on and 120 held out,
/// shuffled with seed 1.
pub fn flower_split() -> Result<&'static (Dataset, Dataset), ExperimentError> {
    static CELL: OnceLock<Result<(Dataset, Dataset), ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (x, y) = relu_vs_sigmoid::flower::flower();
        let all = Dataset {
            x,
            y,
            features: vec!["x1".into(), "x2".into()],
            target: "y".into(),
        };
        toolkit::split::train_test_split(&all, 0.3, 1)
            .map_err(|e| e.to_string())
    })
}

/// The learning rate of every flower experiment: the course's.
pub const LR: f64 = FLOWER_LR;

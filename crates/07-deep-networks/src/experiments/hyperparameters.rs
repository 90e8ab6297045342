//! Parameters are what gradient descent learns (W and b); hyperparameters
//! are what the reader chooses before it starts — here the learning rate,
//! the number of iterations and the hidden layer's size — judged on the
//! held-out flower points.

use std::sync::OnceLock;

use rayon::prelude::*;
use relu_vs_sigmoid::activation::Activation;

use super::{ExperimentError, flower_network, flower_split, once};
use crate::fit::{Schedule, fit};
use crate::network::accuracy;

pub const RATES: [f64; 4] = [0.05, 0.3, 1.2, 5.0];
pub const SIZES: [usize; 3] = [2, 5, 20];
/// The held-out accuracy is measured after this many iterations.
pub const CHECKPOINTS: [usize; 4] = [10, 100, 1_000, 10_000];

#[derive(Debug, Clone)]
pub struct Setting {
    pub lr: f64,
    pub hidden: usize,
    /// (iterations, held-out accuracy), one per checkpoint reached.
    pub accuracy: Vec<(usize, f64)>,
    /// Chapter 03's message if the run diverged before the last checkpoint.
    pub diverged: Option<String>,
}

pub fn hyperparameters() -> Result<&'static [Setting], ExperimentError> {
    static CELL: OnceLock<Result<Vec<Setting>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (train_set, test_set) = flower_split()?;
        let grid: Vec<(usize, f64)> = SIZES
            .into_iter()
            .flat_map(|h| RATES.map(|lr| (h, lr)))
            .collect();
        let settings = grid
            .into_par_iter()
            .map(|(hidden, lr)| {
                let mut net = flower_network(hidden, Activation::Tanh);
                let mut done = 0;
                let mut setting = Setting {
                    lr,
                    hidden,
                    accuracy: Vec::new(),
                    diverged: None,
                };
                for checkpoint in CHECKPOINTS {
                    let steps =
                        Schedule::new(lr, checkpoint - done, usize::MAX);
                    if let Err(e) = fit(
                        &mut net,
                        &train_set.x,
                        &train_set.y,
                        steps,
                        |_, _| {},
                    ) {
                        setting.diverged = Some(e.to_string());
                        break;
                    }
                    done = checkpoint;
                    setting.accuracy.push((
                        checkpoint,
                        accuracy(&net, &test_set.x, &test_set.y),
                    ));
                }
                setting
            })
            .collect();
        Ok(settings)
    })
    .map(Vec::as_slice)
}

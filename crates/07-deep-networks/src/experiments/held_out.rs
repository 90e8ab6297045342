//! The course's sweep over hidden layer sizes, with 120 of the 400 flower
//! points held out: what the training accuracy alone cannot show.

use std::sync::OnceLock;

use relu_vs_sigmoid::activation::Activation;

use rayon::prelude::*;

use super::{ExperimentError, LR, flower_network, flower_split, once, train};
use crate::course::SWEEP_ITERATIONS;
use crate::network::accuracy;

pub const SIZES: [usize; 8] = [1, 2, 3, 4, 5, 10, 20, 50];

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeldOut {
    pub hidden: usize,
    pub train: f64,
    pub test: f64,
}

pub fn held_out() -> Result<&'static [HeldOut], ExperimentError> {
    static CELL: OnceLock<Result<Vec<HeldOut>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (train_set, test_set) = flower_split()?;
        SIZES
            .into_par_iter()
            .map(|hidden| {
                let run = train(
                    flower_network(hidden, Activation::Tanh),
                    (&train_set.x, &train_set.y),
                    LR,
                    SWEEP_ITERATIONS,
                    SWEEP_ITERATIONS,
                )?;
                Ok(HeldOut {
                    hidden,
                    train: accuracy(&run.network, &train_set.x, &train_set.y),
                    test: accuracy(&run.network, &test_set.x, &test_set.y),
                })
            })
            .collect()
    })
    .map(Vec::as_slice)
}

//! The course's other data sets, each with no hidden layer and with the
//! course's four tanh units.

use std::sync::OnceLock;

use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::network::Network;

use rayon::prelude::*;

use super::{ExperimentError, LR, flower_network, once, train_with};
use crate::course::FLOWER_ITERATIONS;
use crate::fit::Schedule;
use crate::network::accuracy;
use crate::planar::Planar;

pub const HIDDEN: [usize; 2] = [0, 4];
pub const SEED: u64 = 1;

#[derive(Debug, Clone)]
pub struct PlanarRun {
    pub set: Planar,
    pub hidden: usize,
    pub x: Array2<f64>,
    pub y: Array2<f64>,
    pub network: Network,
    pub accuracy: f64,
}

pub fn planar_sets() -> Result<&'static [PlanarRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<PlanarRun>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let settings: Vec<(Planar, usize)> = Planar::ALL
            .into_iter()
            .flat_map(|set| HIDDEN.map(|h| (set, h)))
            .collect();
        settings
            .into_par_iter()
            .map(|(set, hidden)| {
                let (x, y) = set.generate(SEED);
                // The course's loop never stops; a spike in the cost (the
                // blobs lie far from the origin) is recorded, not fatal.
                let schedule = Schedule {
                    keep_going: true,
                    ..Schedule::new(LR, FLOWER_ITERATIONS, FLOWER_ITERATIONS)
                };
                let run = train_with(
                    flower_network(hidden, Activation::Tanh),
                    (&x, &y),
                    schedule,
                )?;
                let accuracy = accuracy(&run.network, &x, &y);
                Ok(PlanarRun {
                    set,
                    hidden,
                    x,
                    y,
                    network: run.network,
                    accuracy,
                })
            })
            .collect()
    })
    .map(Vec::as_slice)
}

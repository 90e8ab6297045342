//! Week 4's two models, exactly as the course trains them on its cats, on
//! the bundled Fashion-MNIST shirts (1) and T-shirts (0).

use std::sync::OnceLock;

use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::network::Network;
use toolkit::bundled::{FASHION_TEST, FASHION_TRAIN};

use super::{ExperimentError, once, train};
use crate::course::{
    IMAGE_ITERATIONS, IMAGE_LR, IMAGE_SEED, L_LAYER, TWO_LAYER, network,
};
use crate::init::Init;
use crate::network::{accuracy, predict};

/// Every image is 28 × 28 grey pixels.
pub const SIDE: usize = 28;
/// The cost is noted this often, as week 4 prints it.
pub const EVERY: usize = 100;

/// The bundled images as X (784, m) in [0, 1] and Y (1, m).
#[derive(Debug, Clone)]
pub struct Images {
    pub train: (Array2<f64>, Array2<f64>),
    pub test: (Array2<f64>, Array2<f64>),
}

pub fn images() -> Result<&'static Images, ExperimentError> {
    static CELL: OnceLock<Result<Images, ExperimentError>> = OnceLock::new();
    once(&CELL, || {
        let load = |set: toolkit::bundled::Bundled| {
            let data = set.load().map_err(|e| e.to_string())?;
            Ok::<_, ExperimentError>((data.x / 255.0, data.y))
        };
        Ok(Images {
            train: load(FASHION_TRAIN)?,
            test: load(FASHION_TEST)?,
        })
    })
}

#[derive(Debug, Clone)]
pub struct ImageRun {
    pub name: &'static str,
    pub sizes: Vec<usize>,
    pub network: Network,
    pub costs: Vec<(usize, f64)>,
    pub train_accuracy: f64,
    pub test_accuracy: f64,
    /// The test images it gets wrong, by column.
    pub wrong: Vec<usize>,
}

pub fn models() -> Result<&'static [ImageRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<ImageRun>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let images = images()?;
        let n_x = images.train.0.nrows();
        [("two-layer", &TWO_LAYER[..]), ("L-layer", &L_LAYER[..])]
            .into_iter()
            .map(|(name, shape)| {
                let sizes: Vec<usize> = std::iter::once(n_x)
                    .chain(shape[1..].iter().copied())
                    .collect();
                let start =
                    network(&sizes, Activation::Relu, Init::Course, IMAGE_SEED);
                let (x, y) = &images.train;
                let run =
                    train(start, (x, y), IMAGE_LR, IMAGE_ITERATIONS, EVERY)?;
                let (tx, ty) = &images.test;
                let predicted = predict(&run.network, tx);
                #[expect(
                    clippy::float_cmp,
                    reason = "labels are exactly 0 or 1"
                )]
                let wrong = (0..ty.ncols())
                    .filter(|&j| predicted[[0, j]] != ty[[0, j]])
                    .collect();
                Ok(ImageRun {
                    name,
                    train_accuracy: accuracy(&run.network, x, y),
                    test_accuracy: accuracy(&run.network, tx, ty),
                    sizes,
                    network: run.network,
                    costs: run.costs,
                    wrong,
                })
            })
            .collect()
    })
    .map(Vec::as_slice)
}

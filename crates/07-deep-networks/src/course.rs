//! The course's runs, with its settings and, where the course prints them,
//! its published numbers — cited, not computed, and compared with ours in
//! the chapter's tables.

use gradient_descent::descent::DescentError;
use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use toolkit::numpy_legacy::NumpyLegacy;

use crate::fit::{Schedule, fit};
use crate::init::{Init, initialize};
use relu_vs_sigmoid::network::Network;

/// Week 3's `nn_model`: `np.random.seed(3)`, then one hidden tanh layer of
/// `n_h` units drawn × 0.01, then gradient descent at α = 1.2.
pub const FLOWER_SEED: u32 = 3;
pub const FLOWER_LR: f64 = 1.2;
pub const FLOWER_ITERATIONS: usize = 10_000;
/// The sweep over hidden layer sizes runs 5 000 iterations each.
pub const SWEEP_ITERATIONS: usize = 5_000;
pub const SWEEP_SIZES: [usize; 7] = [1, 2, 3, 4, 5, 20, 50];

/// The course's published costs of the 4-unit run, every 1000 iterations
/// (week 3, version 6c), and its accuracy. Citations of the course.
pub const COURSE_COSTS: [f64; 10] = [
    0.693162, 0.258625, 0.239334, 0.230802, 0.225528, 0.221845, 0.219094,
    0.220661, 0.219409, 0.218485,
];
pub const COURSE_ACCURACY: &str = "90%";
/// The course's published accuracy (%) for each of [`SWEEP_SIZES`].
pub const COURSE_SWEEP: [f64; 7] =
    [67.5, 67.25, 90.75, 90.5, 91.25, 90.0, 90.25];

/// Week 4's models: ReLU hidden layers, a sigmoid output, `np.random.seed(1)`,
/// α = 0.0075, 2 500 iterations; [n_x, 7, 1] drawn × 0.01 and
/// [n_x, 20, 7, 5, 1] drawn ÷ √n^[l−1] (both [`Init::Course`]).
pub const IMAGE_SEED: u32 = 1;
pub const IMAGE_LR: f64 = 0.0075;
pub const IMAGE_ITERATIONS: usize = 2_500;
pub const TWO_LAYER: [usize; 3] = [0, 7, 1];
pub const L_LAYER: [usize; 5] = [0, 20, 7, 5, 1];

/// (n_x, n_h, n_y): the sizes of the input, the hidden layer, the output.
pub fn layer_sizes(
    x: &Array2<f64>,
    y: &Array2<f64>,
    n_h: usize,
) -> (usize, usize, usize) {
    (x.nrows(), n_h, y.nrows())
}

/// A network of `sizes`, its weights drawn after `np.random.seed(seed)`.
pub fn network(
    sizes: &[usize],
    hidden: Activation,
    init: Init,
    seed: u32,
) -> Network {
    let layers = initialize(sizes, hidden, init, &mut NumpyLegacy::seed(seed));
    Network { layers }
}

// ANCHOR: nn_model
/// Week 3's `nn_model`: the course's flower network with `n_h` hidden tanh
/// units, trained as the course trains it; `report` gets every reported
/// cost.
pub fn nn_model(
    x: &Array2<f64>,
    y: &Array2<f64>,
    n_h: usize,
    schedule: Schedule,
    seed: u32,
    report: impl FnMut(usize, f64),
) -> Result<Network, DescentError> {
    let (n_x, n_h, n_y) = layer_sizes(x, y, n_h);
    let mut net =
        network(&[n_x, n_h, n_y], Activation::Tanh, Init::Course, seed);
    fit(&mut net, x, y, schedule, report)?;
    Ok(net)
}
// ANCHOR_END: nn_model

/// An accuracy as the course prints it: Python's `str` of a float, so
/// `90.0`, `67.25`.
pub fn python_float(x: f64) -> String {
    format!("{x:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_floats_keep_their_point() {
        assert_eq!(python_float(91.0), "91.0");
        assert_eq!(python_float(67.25), "67.25");
    }

    #[test]
    fn the_course_flower_run_prints_the_course_costs_through_6000() {
        let (x, y) = relu_vs_sigmoid::flower::flower();
        let mut costs = Vec::new();
        let schedule = Schedule::new(FLOWER_LR, 6_001, 1000);
        nn_model(&x, &y, 4, schedule, FLOWER_SEED, |_, c| costs.push(c))
            .unwrap();
        for (ours, course) in costs.iter().zip(COURSE_COSTS) {
            assert_eq!(format!("{ours:.6}"), format!("{course:.6}"));
        }
        assert_eq!(costs.len(), 7);
    }
}

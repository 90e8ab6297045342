//! Training a [`Network`] with chapter 03's gradient descent.

use gradient_descent::descent::{Schedule, descend};
use ndarray::Array2;
use toolkit::bundled::DIGITS;
use toolkit::dataset::Dataset;

use crate::network::{Network, NetworkObjective};

/// Full-batch gradient descent on `network` for `iterations` steps at rate
/// `lr`. Every `every` iterations (and at the start) `observe` sees the
/// iteration, the cost and the network as it then is. Returns the final
/// cost, or chapter 03's divergence message.
pub fn fit(
    network: &mut Network,
    x: &Array2<f64>,
    y: &Array2<f64>,
    lr: f64,
    iterations: usize,
    every: usize,
    observe: impl FnMut(usize, f64, &Network),
) -> Result<f64, String> {
    fit_with(network, x, y, Schedule::new(lr, iterations), every, observe)
}

/// [`fit`] on any of chapter 03's schedules (`--keep-going` among them).
pub fn fit_with(
    network: &mut Network,
    x: &Array2<f64>,
    y: &Array2<f64>,
    schedule: Schedule,
    every: usize,
    mut observe: impl FnMut(usize, f64, &Network),
) -> Result<f64, String> {
    if x.nrows() != network.inputs() || y.dim() != (1, x.ncols()) {
        return Err(format!(
            "the network takes {} inputs and one label per example, but X is \
             {:?} and Y is {:?}",
            network.inputs(),
            x.dim(),
            y.dim()
        ));
    }
    let objective = NetworkObjective {
        network: network.clone(),
        x: x.clone(),
        y: y.clone(),
    };
    let mut theta = network.params();
    let mut probe = network.clone();
    let every = every.max(1);
    let result = descend(&objective, &mut theta, schedule, |step| {
        if step.iteration % every == 0 {
            probe.set_params(step.theta);
            observe(step.iteration, step.cost, &probe);
        }
    });
    network.set_params(&theta);
    let cost = result.map_err(|e| e.to_string())?;
    observe(schedule.iterations, cost, network);
    Ok(cost)
}

/// The bundled digits as a harder binary task than "is it a 0?": even
/// digits against odd ones. Pixels (0 to 16) scaled to 0 to 1.
pub fn digits_even_odd() -> Result<(Array2<f64>, Array2<f64>), String> {
    Ok(even_odd(&DIGITS.load().map_err(|e| e.to_string())?))
}

/// [`digits_even_odd`] from the digits as loaded (the book's WebAssembly
/// module has them from the page, not from a file).
pub fn even_odd(data: &Dataset) -> (Array2<f64>, Array2<f64>) {
    let x = data.x.mapv(|v| v / 16.0);
    let y = data
        .y
        .mapv(|label| f64::from(u8::from(label.rem_euclid(2.0) < 0.5)));
    (x, y)
}

//! Chapter 03's learning-rate widgets: the path of gradient descent on the
//! bowl J(w) = (w − 1)², and on the one-feature logistic cost whose
//! contours the chapter draws, both from the chapter's own functions.

use gradient_descent::descent::{Objective, Quadratic, quadratic_path};
use gradient_descent::experiments::{
    B_RANGE, CONTOUR_STEPS, Grid, W_RANGE, contour_objective_of, contour_path,
};
use gradient_descent::objective::LoopedLogistic;
use toolkit::bundled::BREAST_CANCER;

use crate::data;

/// The chapter's one-feature objective, from the breast-cancer set the
/// page provided.
fn objective() -> Result<LoopedLogistic, String> {
    data::with(BREAST_CANCER, contour_objective_of)
}

/// Where the bowl's paths start, as in the chapter's figure.
pub const BOWL_START: f64 = -2.0;
/// Steps the bowl widget shows.
pub const BOWL_STEPS: usize = 20;
/// The contour widget's grid of cells (w × b).
pub const CELLS: (usize, usize) = (65, 40);

/// w and J(w) before and after each of [`BOWL_STEPS`] updates at rate
/// `alpha`, flat: w, J, w, J, …
pub fn bowl(alpha: f64) -> Vec<f64> {
    with_costs(quadratic_path(BOWL_START, alpha, BOWL_STEPS))
}

/// The bowl itself for drawing: w from −4 to 6 in steps of 0.05, each with
/// its J(w), flat.
pub fn bowl_curve() -> Vec<f64> {
    with_costs((0..=200).map(|i| -4.0 + f64::from(i) * 0.05).collect())
}

fn with_costs(ws: Vec<f64>) -> Vec<f64> {
    ws.into_iter()
        .flat_map(|w| {
            let j = Quadratic
                .cost_and_gradient(&[w])
                .map_or(f64::NAN, |(j, _)| j);
            [w, j]
        })
        .collect()
}

/// The path on the logistic cost at rate `alpha`, flat: w, b, w, b, …
pub fn logistic(alpha: f64) -> Result<Vec<f64>, String> {
    Ok(contour_path(&objective()?, alpha, CONTOUR_STEPS)
        .into_iter()
        .flat_map(|(w, b)| [w, b])
        .collect())
}

/// The cost over the contour's plane: the ranges of w and b, the grid's
/// size, then every cell's J, a row of w for each b.
pub fn surface() -> Result<Vec<f64>, String> {
    let grid = Grid::new(&objective()?, CELLS);
    let mut out = vec![
        W_RANGE.0,
        W_RANGE.1,
        B_RANGE.0,
        B_RANGE.1,
        CELLS.0 as f64,
        CELLS.1 as f64,
    ];
    out.extend(grid.costs);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bowl_is_the_chapters_path_with_its_costs() {
        for alpha in [0.05, 0.3, 0.9, 1.05] {
            let flat = bowl(alpha);
            let ws: Vec<f64> = flat.iter().step_by(2).copied().collect();
            assert_eq!(ws, quadratic_path(BOWL_START, alpha, BOWL_STEPS));
            for pair in flat.chunks(2) {
                assert_eq!(
                    pair[1].to_bits(),
                    (pair[0] - 1.0).powi(2).to_bits()
                );
            }
        }
        let curve = bowl_curve();
        assert_eq!(curve.len(), 2 * 201);
        assert_eq!(curve[2 * 100 + 1].to_bits(), 0.0f64.to_bits(), "J(1) = 0");
    }

    use gradient_descent::experiments::contour_objective;

    #[test]
    fn the_logistic_path_is_the_figures_path() {
        data::provide_from_disk(BREAST_CANCER);
        let path = logistic(1.0).unwrap();
        let figure = contour_path(contour_objective().unwrap(), 1.0, 40);
        let flat: Vec<f64> = figure.iter().flat_map(|&(w, b)| [w, b]).collect();
        assert_eq!(path, flat);
        assert_eq!(path.len(), 2 * (CONTOUR_STEPS + 1));
    }

    #[test]
    fn the_surface_has_a_cost_for_every_cell() {
        data::provide_from_disk(BREAST_CANCER);
        let s = surface().unwrap();
        assert_eq!(s.len(), 6 + CELLS.0 * CELLS.1);
        assert!(s[6..].iter().all(|c| c.is_finite() && *c > 0.0));
    }
}

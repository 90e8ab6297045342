//! A plane that separates two classes, found by the perceptron and checked
//! point by point: the evidence behind "the cost has no minimum".

use ndarray::{Array1, Array2, ArrayView1};

/// A plane w·x + b = 0 with every example strictly on its label's side.
#[derive(Debug, Clone)]
pub struct Separation {
    pub w: Array1<f64>,
    pub b: f64,
    /// Passes over the examples the perceptron needed.
    pub passes: usize,
}

impl Separation {
    /// The smallest distance of an example from the plane, signed: above 0
    /// exactly when every example is on its own side.
    pub fn margin(&self, x: &Array2<f64>, y: &Array2<f64>) -> f64 {
        let norm = self.w.dot(&self.w).sqrt();
        x.columns()
            .into_iter()
            .zip(y.row(0))
            .map(|(xi, &yi)| sign(yi) * self.score(xi) / norm)
            .fold(f64::INFINITY, f64::min)
    }

    fn score(&self, xi: ArrayView1<'_, f64>) -> f64 {
        self.w.dot(&xi) + self.b
    }
}

/// Label 1 is the positive side, label 0 the negative.
fn sign(y: f64) -> f64 {
    if y > 0.5 { 1.0 } else { -1.0 }
}

// ANCHOR: perceptron
/// Rosenblatt's perceptron on `x` (n, m) and 0/1 labels `y` (1, m): every
/// example on the wrong side (or on the plane) pulls the plane towards it.
/// If the classes are separable it stops after finitely many mistakes, with
/// a separating plane; `None` if `max_passes` passes still make one.
pub fn perceptron(
    x: &Array2<f64>,
    y: &Array2<f64>,
    max_passes: usize,
) -> Option<Separation> {
    let mut plane = Separation {
        w: Array1::zeros(x.nrows()),
        b: 0.0,
        passes: 0,
    };
    while plane.passes < max_passes {
        plane.passes += 1;
        let mut mistakes = 0;
        for (xi, &yi) in x.columns().into_iter().zip(y.row(0)) {
            let s = sign(yi);
            if s * plane.score(xi) <= 0.0 {
                plane.w.scaled_add(s, &xi);
                plane.b += s;
                mistakes += 1;
            }
        }
        if mistakes == 0 {
            return Some(plane);
        }
    }
    None
}
// ANCHOR_END: perceptron

#[cfg(test)]
mod tests {
    use ndarray::array;

    use super::*;

    #[test]
    fn a_separable_set_is_separated_and_an_xor_is_not() {
        let x = array![[0.0, 1.0, 3.0, 4.0], [0.0, 1.0, 3.0, 4.0]];
        let y = array![[0.0, 0.0, 1.0, 1.0]];
        let plane = perceptron(&x, &y, 100).unwrap();
        assert!(plane.margin(&x, &y) > 0.0);
        let xor = array![[0.0, 1.0, 0.0, 1.0], [0.0, 0.0, 1.0, 1.0]];
        let labels = array![[0.0, 1.0, 1.0, 0.0]];
        assert!(perceptron(&xor, &labels, 1000).is_none());
    }
}

//! The course's "flower": 400 points in the plane, two classes, each a set
//! of petals that interleave with the other's — made exactly as the
//! course's week 3 makes it, from numpy's legacy generator, so the points
//! are the notebook's points.

use ndarray::Array2;
use toolkit::numpy_legacy::{NumpyLegacy, linspace};

/// Points per class, and the petals' largest radius.
pub const PER_CLASS: usize = 200;
const RADIUS: f64 = 4.0;
const NOISE: f64 = 0.2;

/// The seed the course's `load_planar_dataset` sets.
pub const COURSE_SEED: u32 = 1;

/// The course's flower.
pub fn flower() -> (Array2<f64>, Array2<f64>) {
    flower_with_seed(COURSE_SEED)
}

// ANCHOR: flower
/// X (2, 400) and Y (1, 400), after `np.random.seed(seed)`. Class j takes
/// 200 angles t evenly spread over [3.12 j, 3.12 (j + 1)], each jittered by
/// 0.2 times a normal draw, then radii r = 4 sin 4t, jittered the same way;
/// a point is (r sin t, r cos t). sin 4t changes sign every quarter turn,
/// so each class draws petals on both sides of the origin.
pub fn flower_with_seed(seed: u32) -> (Array2<f64>, Array2<f64>) {
    let mut rng = NumpyLegacy::seed(seed);
    let m = 2 * PER_CLASS;
    let mut x = Array2::zeros((2, m));
    let mut y = Array2::zeros((1, m));
    for class in 0..2 {
        let j = f64::from(u8::try_from(class).unwrap_or(0));
        let even = linspace(j * 3.12, (j + 1.0) * 3.12, PER_CLASS);
        // numpy draws all the angles' noise, then all the radii's.
        let t: Vec<f64> = even
            .iter()
            .zip(rng.randn_vec(PER_CLASS))
            .map(|(e, n)| e + n * NOISE)
            .collect();
        let r: Vec<f64> = t
            .iter()
            .zip(rng.randn_vec(PER_CLASS))
            .map(|(t, n)| RADIUS * (4.0 * t).sin() + n * NOISE)
            .collect();
        for i in 0..PER_CLASS {
            let column = class * PER_CLASS + i;
            x[[0, column]] = r[i] * t[i].sin();
            x[[1, column]] = r[i] * t[i].cos();
            y[[0, column]] = j;
        }
    }
    (x, y)
}
// ANCHOR_END: flower

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flower_is_numpys_point_for_point() {
        // As numpy made it (`toolkit/tests/numpy/record.py`).
        let values = toolkit::testing::numpy_block("flower").unwrap();
        let (x, y) = flower();
        assert_eq!((x.dim(), y.dim()), ((2, 400), (1, 400)));
        let ours: Vec<f64> = x.iter().chain(y.iter()).copied().collect();
        assert_eq!(ours.len(), values.len());
        for (i, (a, b)) in ours.iter().zip(&values).enumerate() {
            assert_eq!(a.to_bits(), b.to_bits(), "value {i}: {a} vs {b}");
        }
        assert!((y.sum() - 200.0).abs() < 1e-12);
        assert_ne!(flower().0, flower_with_seed(2).0);
    }
}

//! The course's "flower": 400 points in the plane, two classes, each a set
//! of petals that interleave with the other's.

use ndarray::Array2;
use rand_distr::{Distribution, StandardNormal};

/// Points per class, and the petals' largest radius.
pub const PER_CLASS: usize = 200;
const RADIUS: f64 = 4.0;
const NOISE: f64 = 0.2;

// ANCHOR: flower
/// X (2, 400) and Y (1, 400). Class j takes angles t evenly spread over
/// [3.12 j, 3.12 (j + 1)], jittered, at radius r = 4 sin 4t, jittered; a
/// point is (r sin t, r cos t). sin 4t changes sign every quarter turn, so
/// each class draws petals on both sides of the origin.
pub fn flower(seed: u64) -> (Array2<f64>, Array2<f64>) {
    let mut rng = toolkit::rng::seeded(seed);
    let mut noise = move || -> f64 {
        let g: f64 = StandardNormal.sample(&mut rng);
        g * NOISE
    };
    let m = 2 * PER_CLASS;
    let mut x = Array2::zeros((2, m));
    let mut y = Array2::zeros((1, m));
    for class in 0..2 {
        let start = 3.12 * class as f64;
        for i in 0..PER_CLASS {
            let even = start + 3.12 * i as f64 / (PER_CLASS - 1) as f64;
            let t = even + noise();
            let r = RADIUS * (4.0 * t).sin() + noise();
            let column = class * PER_CLASS + i;
            x[[0, column]] = r * t.sin();
            x[[1, column]] = r * t.cos();
            y[[0, column]] = class as f64;
        }
    }
    (x, y)
}
// ANCHOR_END: flower

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_hundred_points_half_in_each_class_inside_the_petals() {
        let (x, y) = flower(1);
        assert_eq!((x.dim(), y.dim()), ((2, 400), (1, 400)));
        assert!((y.sum() - 200.0).abs() < 1e-12);
        let radius = x
            .columns()
            .into_iter()
            .map(|c| c.dot(&c).sqrt())
            .fold(0.0, f64::max);
        assert!(radius < 5.5, "r = 4 sin 4t plus small noise: {radius}");
        assert_eq!(flower(1), flower(1), "seeded");
        assert_ne!(flower(1).0, flower(2).0);
    }
}

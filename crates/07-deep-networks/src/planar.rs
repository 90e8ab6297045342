//! The course's other data sets for week 3 — noisy circles, noisy moons,
//! blobs and Gaussian quantiles — each with the settings the course asks
//! scikit-learn for, drawn here by generators of this book's own, seeded.
//! Each is 200 points in the plane, X (2, 200) and Y (1, 200), labels 0/1.

use std::f64::consts::PI;

use ndarray::Array2;
use rand::RngExt;
use rand_distr::{Distribution, StandardNormal};
use toolkit::rng::{Rng, seeded};

/// Points in each data set, as the course draws them.
pub const POINTS: usize = 200;

/// One of the data sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planar {
    /// Two rings, the inner of half the radius, noise 0.3.
    NoisyCircles,
    /// Two interleaved half moons, noise 0.2.
    NoisyMoons,
    /// Six Gaussian blobs, every other one class 1.
    Blobs,
    /// One Gaussian (variance 0.5), split by its median radius.
    GaussianQuantiles,
}

impl Planar {
    pub const ALL: [Planar; 4] = [
        Planar::NoisyCircles,
        Planar::NoisyMoons,
        Planar::Blobs,
        Planar::GaussianQuantiles,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Planar::NoisyCircles => "noisy circles",
            Planar::NoisyMoons => "noisy moons",
            Planar::Blobs => "blobs",
            Planar::GaussianQuantiles => "Gaussian quantiles",
        }
    }

    /// X (2, 200) and Y (1, 200), the same for the same seed.
    pub fn generate(self, seed: u64) -> (Array2<f64>, Array2<f64>) {
        let mut rng = seeded(seed);
        let points: Vec<([f64; 2], f64)> = match self {
            Planar::NoisyCircles => circles(&mut rng),
            Planar::NoisyMoons => moons(&mut rng),
            Planar::Blobs => blobs(&mut rng),
            Planar::GaussianQuantiles => quantiles(&mut rng),
        };
        let x =
            Array2::from_shape_fn((2, points.len()), |(i, j)| points[j].0[i]);
        let y = Array2::from_shape_fn((1, points.len()), |(_, j)| points[j].1);
        (x, y)
    }
}

fn normal(rng: &mut Rng) -> f64 {
    StandardNormal.sample(rng)
}

/// Half the points on the unit circle (class 0), half on the circle of
/// radius ½ (class 1), each moved by a normal of standard deviation 0.3.
fn circles(rng: &mut Rng) -> Vec<([f64; 2], f64)> {
    (0..POINTS)
        .map(|j| {
            let (radius, label) =
                if j % 2 == 0 { (1.0, 0.0) } else { (0.5, 1.0) };
            let angle = rng.random_range(0.0..2.0 * PI);
            let x = radius * angle.cos() + 0.3 * normal(rng);
            let y = radius * angle.sin() + 0.3 * normal(rng);
            ([x, y], label)
        })
        .collect()
}

/// The upper half of the unit circle (class 0) and the lower half moved to
/// (1, ½) (class 1), interleaved; noise 0.2.
fn moons(rng: &mut Rng) -> Vec<([f64; 2], f64)> {
    (0..POINTS)
        .map(|j| {
            let t = rng.random_range(0.0..PI);
            let (x, y, label) = if j % 2 == 0 {
                (t.cos(), t.sin(), 0.0)
            } else {
                (1.0 - t.cos(), 0.5 - t.sin(), 1.0)
            };
            ([x + 0.2 * normal(rng), y + 0.2 * normal(rng)], label)
        })
        .collect()
}

/// Six blobs of standard deviation 1 around centres drawn in the square
/// (−10, 10)²; the course keeps the label's parity, so blobs 0, 2 and 4 are
/// class 0 and 1, 3 and 5 class 1.
fn blobs(rng: &mut Rng) -> Vec<([f64; 2], f64)> {
    let centres: Vec<[f64; 2]> = (0..6)
        .map(|_| [rng.random_range(-10.0..10.0), rng.random_range(-10.0..10.0)])
        .collect();
    (0..POINTS)
        .map(|j| {
            let blob = j % 6;
            let [cx, cy] = centres[blob];
            ([cx + normal(rng), cy + normal(rng)], (blob % 2) as f64)
        })
        .collect()
}

/// A normal of variance ½ in each coordinate; the half of the points
/// nearest the centre is class 0, the other half class 1.
fn quantiles(rng: &mut Rng) -> Vec<([f64; 2], f64)> {
    let spread = 0.5f64.sqrt();
    let points: Vec<[f64; 2]> = (0..POINTS)
        .map(|_| [spread * normal(rng), spread * normal(rng)])
        .collect();
    let mut radii: Vec<f64> = points.iter().map(|p| p[0].hypot(p[1])).collect();
    radii.sort_by(f64::total_cmp);
    let median = radii[POINTS / 2];
    points
        .into_iter()
        .map(|p| (p, f64::from(u8::from(p[0].hypot(p[1]) >= median))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_set_is_200_points_in_two_classes_and_seeded() {
        for set in Planar::ALL {
            let (x, y) = set.generate(1);
            assert_eq!(
                (x.dim(), y.dim()),
                ((2, POINTS), (1, POINTS)),
                "{}",
                set.name()
            );
            let ones = y.sum();
            assert!(
                (60.0..=140.0).contains(&ones),
                "{}: {ones} of class 1",
                set.name()
            );
            assert_eq!(set.generate(1), set.generate(1));
            assert_ne!(set.generate(1).0, set.generate(2).0);
        }
    }
}

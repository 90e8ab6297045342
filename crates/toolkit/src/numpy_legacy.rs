//! numpy's legacy generator: the numbers `np.random.seed(n)` followed by
//! `np.random.randn(…)` and `np.random.rand(…)` make, bit for bit, so that a
//! run here starts from the very weights and data the course's notebooks
//! start from.
//!
//! It is the Mersenne Twister (MT19937, from `rand_mt`) seeded as numpy's
//! legacy `seed(int)` seeds it, with numpy's two conversions on top:
//!
//! - a uniform double from two 32-bit draws, 27 and 26 of their bits making
//!   a 53-bit fraction (`random_sample`, `rand`);
//! - a standard normal by the polar method, which makes two at a time and
//!   keeps the second for the next call (`standard_normal`, `randn`).
//!
//! Arrays are filled in C order, one row after another. Everything else in
//! the workspace uses [`crate::rng`]; this one is for reproducing the course.

use ndarray::Array2;
use rand_mt::Mt;

/// `np.random` after `np.random.seed(n)`.
#[derive(Debug, Clone)]
pub struct NumpyLegacy {
    mt: Mt,
    /// The second normal of the last pair, not yet handed out.
    cached_normal: Option<f64>,
}

impl NumpyLegacy {
    /// `np.random.seed(seed)`.
    pub fn seed(seed: u32) -> NumpyLegacy {
        NumpyLegacy {
            mt: Mt::new(seed),
            cached_normal: None,
        }
    }

    // ANCHOR: draws
    /// `np.random.random_sample()`: uniform in [0, 1), 53 random bits.
    pub fn random_sample(&mut self) -> f64 {
        let high = f64::from(self.mt.next_u32() >> 5);
        let low = f64::from(self.mt.next_u32() >> 6);
        (high * 67_108_864.0 + low) / 9_007_199_254_740_992.0
    }

    /// `np.random.standard_normal()`: the polar method, as numpy's legacy
    /// `gauss` does it.
    pub fn standard_normal(&mut self) -> f64 {
        if let Some(cached) = self.cached_normal.take() {
            return cached;
        }
        loop {
            let x1 = 2.0 * self.random_sample() - 1.0;
            let x2 = 2.0 * self.random_sample() - 1.0;
            let r2 = x1 * x1 + x2 * x2;
            if r2 < 1.0 && r2 != 0.0 {
                let f = (-2.0 * r2.ln() / r2).sqrt();
                self.cached_normal = Some(f * x1);
                return f * x2;
            }
        }
    }
    // ANCHOR_END: draws

    /// `np.random.rand(rows, cols)`.
    pub fn rand(&mut self, rows: usize, cols: usize) -> Array2<f64> {
        Array2::from_shape_simple_fn((rows, cols), || self.random_sample())
    }

    /// `np.random.randn(rows, cols)`.
    pub fn randn(&mut self, rows: usize, cols: usize) -> Array2<f64> {
        Array2::from_shape_simple_fn((rows, cols), || self.standard_normal())
    }

    /// `np.random.randn(n)`.
    pub fn randn_vec(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.standard_normal()).collect()
    }
}

/// `np.linspace(start, stop, n)` as numpy computes it: `start + i · step`
/// with `step = (stop − start) / (n − 1)`, the last point `stop` exactly.
pub fn linspace(start: f64, stop: f64, n: usize) -> Vec<f64> {
    match n {
        0 => Vec::new(),
        1 => vec![start],
        _ => {
            #[expect(clippy::cast_precision_loss, reason = "n is small")]
            let step = (stop - start) / (n - 1) as f64;
            let mut points: Vec<f64> =
                (0..n).map(|i| i as f64 * step + start).collect();
            points[n - 1] = stop;
            points
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_anchors_match() {
        let mut rng = NumpyLegacy::seed(1);
        let got = rng.randn_vec(5);
        let want = [
            1.62434536,
            -0.61175641,
            -0.52817175,
            -1.07296862,
            0.86540763,
        ];
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 5e-9, "{got:?}");
        }
        let mut rng = NumpyLegacy::seed(2);
        let w1 = rng.randn(4, 2) * 0.01;
        let w2 = rng.randn(1, 4) * 0.01;
        let want1 = [
            [-0.00416758, -0.00056267],
            [-0.02136196, 0.01640271],
            [-0.01793436, -0.00841747],
            [0.00502881, -0.01245288],
        ];
        let want2 = [-0.01057952, -0.00909008, 0.00551454, 0.02292208];
        for (r, row) in want1.iter().enumerate() {
            for (c, w) in row.iter().enumerate() {
                assert!((w1[[r, c]] - w).abs() < 5e-9, "{w1}");
            }
        }
        for (c, w) in want2.iter().enumerate() {
            assert!((w2[[0, c]] - w).abs() < 5e-9, "{w2}");
        }
    }
}

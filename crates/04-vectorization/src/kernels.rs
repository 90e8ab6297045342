//! One full-batch step of logistic regression — cost, dw, db — four ways:
//! chapter 02's loop, ndarray's vectorized form, a fused single pass, and
//! the fused pass split across the cores. All four plug into chapter 03's
//! gradient descent as an [`Objective`].

use std::error::Error;

use clap::ValueEnum;
use gradient_descent::descent::Objective;
use logistic::loss::{Loss, loss, sigmoid};
use logistic::model::{Params, ShapeError};
use ndarray::Array2;

use std::ops::Range;
use std::sync::Mutex;

use crate::dot::dot_accumulators;

fn dot(w: &[f64], x: &[f64]) -> f64 {
    dot_accumulators::<8, f64>(w, x)
}

// ANCHOR: dot_four
/// wᵀx for four examples in one sweep, each w[i] loaded once for the four.
/// Only worth it when w is too large for the L1 cache (see [`W_IN_L1`]):
/// then four separate dot products fetch w from the slower L2 four times.
/// Four partial sums per example keep 16 additions independent.
fn dot_four(w: &[f64], x: [&[f64]; 4]) -> [f64; 4] {
    let n = w.len();
    let x = x.map(|x| &x[..n]);
    let mut acc = [[0.0; 4]; 4];
    let whole = n - n % 4;
    for i in (0..whole).step_by(4) {
        for k in 0..4 {
            let wk = w[i + k];
            for (a, x) in acc.iter_mut().zip(x) {
                a[k] += wk * x[i + k];
            }
        }
    }
    std::array::from_fn(|r| {
        let tail = w[whole..].iter().zip(&x[r][whole..]);
        let rest: f64 = tail.map(|(w, x)| w * x).sum();
        acc[r].iter().fold(rest, |s, &p| s + p)
    })
}
// ANCHOR_END: dot_four

/// Features at which w (8 bytes each) fills a 32 KiB L1 data cache, a
/// common size (the recorded machine's is in `measured/bench.tsv`). Below it, four
/// separate dot products read X strictly in order, which the prefetcher
/// prefers: measured on (784, 60000), the one-sweep version was slower.
pub const W_IN_L1: usize = 32 * 1024 / 8;

use crate::parallel::tree_sum;

/// How a step is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kernel {
    /// chapter 02's explicit loops
    Loop,
    /// ndarray: Z = wᵀX + b, A = σ(Z), dw = X·dZᵀ / m
    Ndarray,
    /// one pass over the examples, each used while it is in cache
    Fused,
    /// the fused pass, examples split across the cores
    Threads,
}

impl Kernel {
    pub const ALL: [Kernel; 4] = [
        Kernel::Loop,
        Kernel::Ndarray,
        Kernel::Fused,
        Kernel::Threads,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kernel::Loop => "loop",
            Kernel::Ndarray => "ndarray",
            Kernel::Fused => "fused",
            Kernel::Threads => "fused + threads",
        }
    }
}

/// The training data in the layouts the kernels read: `x` is the course's
/// (n_x, m), `rows` holds the same numbers example by example (each
/// example's features contiguous), which is what a single pass wants.
#[derive(Debug, Clone)]
pub struct Batch {
    pub x: Array2<f64>,
    pub y: Array2<f64>,
    rows: Vec<f64>,
    labels: Vec<f64>,
    buffers: Buffers,
}

/// The cost and its gradient.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub dw: Vec<f64>,
    pub db: f64,
    pub cost: f64,
}

impl Batch {
    pub fn new(x: Array2<f64>, y: Array2<f64>) -> Result<Self, ShapeError> {
        Params::zeros(x.nrows()).check(&x, Some(&y))?;
        let rows = x.t().iter().copied().collect();
        let labels = y.iter().copied().collect();
        Ok(Batch {
            x,
            y,
            rows,
            labels,
            buffers: Buffers::default(),
        })
    }

    pub fn n_x(&self) -> usize {
        self.x.nrows()
    }

    pub fn m(&self) -> usize {
        self.x.ncols()
    }

    /// One step with `kernel` at parameters (w, b); `w` has n_x entries.
    pub fn step(
        &self,
        kernel: Kernel,
        w: &[f64],
        b: f64,
    ) -> Result<Step, ShapeError> {
        if w.len() != self.n_x() {
            return Err(ShapeError::Features {
                x_rows: self.n_x(),
                w_rows: w.len(),
            });
        }
        Ok(match kernel {
            Kernel::Loop => self.looped(w, b)?,
            Kernel::Ndarray => self.vectorized(w, b),
            Kernel::Fused => self.fused(w, b, false),
            Kernel::Threads => self.fused(w, b, true),
        })
    }

    fn looped(&self, w: &[f64], b: f64) -> Result<Step, ShapeError> {
        let params = Params {
            w: Array2::from_shape_fn((w.len(), 1), |(i, _)| w[i]),
            b,
        };
        let (g, cost) =
            params.propagate(&self.x, &self.y, Loss::CrossEntropy)?;
        Ok(Step {
            dw: g.dw.iter().copied().collect(),
            db: g.db,
            cost,
        })
    }

    // ANCHOR: vectorized
    fn vectorized(&self, w: &[f64], b: f64) -> Step {
        let m = self.m() as f64;
        let w = ndarray::ArrayView1::from(w);
        let z = w.dot(&self.x) + b; // (m,): wᵀX + b, b broadcast
        let y = self.y.row(0);
        let cost = z.iter().zip(y).map(|(&z, &y)| loss(z, y)).sum::<f64>() / m;
        let dz = z.mapv(sigmoid) - y; // A − Y
        let dw = self.x.dot(&dz) / m; // X·dZᵀ / m
        Step {
            dw: dw.to_vec(),
            db: dz.sum() / m,
            cost,
        }
    }
    // ANCHOR_END: vectorized

    fn fused(&self, w: &[f64], b: f64, parallel: bool) -> Step {
        let (n_x, m) = (self.n_x(), self.m());
        let pass = |r: Range<usize>| {
            let rows = &self.rows[r.start * n_x..r.end * n_x];
            fused_pass(rows, &self.labels[r], w, b, self.buffers.zeros(n_x))
        };
        let total = if parallel {
            // Pieces of about LEAF_WORK multiply-adds: a small batch is one
            // piece and never leaves the calling thread.
            let leaf = LEAF_WORK / n_x.max(1);
            tree_sum(m, leaf, &pass, &|mut left, right| {
                left.add(&right);
                self.buffers.put_back(right.dw);
                left
            })
        } else {
            pass(0..m)
        };
        let m = m as f64;
        let dw = total.dw.iter().map(|d| d / m).collect();
        self.buffers.put_back(total.dw);
        Step {
            dw,
            db: total.db / m,
            cost: total.cost / m,
        }
    }
}

/// Multiply-adds per piece of a threaded step (8 MB of X). Every piece
/// costs a partial dw to allocate and add, so pieces are few and large:
/// on 2 cores, 2^17 made the (12288, 209) step twice as slow as this.
const LEAF_WORK: usize = 1 << 20;

// ANCHOR: buffers
/// The partial dw vectors of a step, kept for the next step. Allocated
/// afresh every step, they were freed at its end; the allocator gave the
/// memory back to the system, and the next step had to fault every page
/// of it in again: on (12288, 209), a quarter of the step's time.
#[derive(Debug, Default)]
struct Buffers(Mutex<Vec<Vec<f64>>>);

impl Buffers {
    /// `n` zeros, in a kept vector if there is one.
    fn zeros(&self, n: usize) -> Vec<f64> {
        let kept = self.0.lock().ok().and_then(|mut kept| kept.pop());
        let mut v = kept.unwrap_or_default();
        v.clear();
        v.resize(n, 0.0);
        v
    }

    fn put_back(&self, v: Vec<f64>) {
        if let Ok(mut kept) = self.0.lock() {
            kept.push(v);
        }
    }
}
// ANCHOR_END: buffers

impl Clone for Buffers {
    /// A copy of a batch starts with no kept vectors of its own.
    fn clone(&self) -> Self {
        Buffers::default()
    }
}

/// Sums over a block of examples.
#[derive(Debug, Clone)]
struct Partial {
    dw: Vec<f64>,
    db: f64,
    cost: f64,
}

impl Partial {
    fn add(&mut self, other: &Partial) {
        for (a, b) in self.dw.iter_mut().zip(&other.dw) {
            *a += b;
        }
        self.db += other.db;
        self.cost += other.cost;
    }
}

// ANCHOR: fused
/// One pass over a block of examples (`rows`: each example's n_x features
/// contiguous). While an example is in cache: z, a, dz, the loss, and its
/// share of dw, summed into `dw` (n_x zeros). X is read once per step
/// instead of twice.
fn fused_pass(
    rows: &[f64],
    y: &[f64],
    w: &[f64],
    b: f64,
    dw: Vec<f64>,
) -> Partial {
    let n_x = w.len();
    let x = |j: usize| &rows[j * n_x..(j + 1) * n_x];
    let mut sums = Partial {
        dw,
        db: 0.0,
        cost: 0.0,
    };
    let mut j = 0;
    while j + 4 <= y.len() {
        // Four examples, then one sweep over dw for all four: dw is loaded
        // and stored a quarter as often, and the additions happen in the
        // same order as four separate sweeps, so the bits are the same.
        let xs = [x(j), x(j + 1), x(j + 2), x(j + 3)];
        let z = if n_x >= W_IN_L1 {
            dot_four(w, xs)
        } else {
            xs.map(|x| dot(w, x))
        }
        .map(|z| b + z);
        let dz: [f64; 4] =
            std::array::from_fn(|k| sums.example(z[k], y[j + k]));
        let xs = x(j).iter().zip(x(j + 1)).zip(x(j + 2)).zip(x(j + 3));
        for (d, (((&x0, &x1), &x2), &x3)) in sums.dw.iter_mut().zip(xs) {
            *d = *d + x0 * dz[0] + x1 * dz[1] + x2 * dz[2] + x3 * dz[3];
        }
        j += 4;
    }
    for (j, &y) in y.iter().enumerate().skip(j) {
        let dz = sums.example(b + dot(w, x(j)), y);
        for (d, &xi) in sums.dw.iter_mut().zip(x(j)) {
            *d += xi * dz; // independent lanes: vectorizes
        }
    }
    sums
}

impl Partial {
    /// Adds the loss and dz of an example with linear part `z`; returns dz.
    fn example(&mut self, z: f64, y: f64) -> f64 {
        let (loss, a) = loss_and_sigmoid(z, y);
        self.cost += loss;
        self.db += a - y;
        a - y
    }
}
// ANCHOR_END: fused

// ANCHOR: one_exp
/// Chapter 02's `loss(z, y)` and `sigmoid(z)` from one exponential and one
/// logarithm instead of three and two: both only ever need e^(−|z|). The
/// expressions are chapter 02's own, so the results are the same bits.
pub fn loss_and_sigmoid(z: f64, y: f64) -> (f64, f64) {
    let e = (-z.abs()).exp();
    let log = e.ln_1p(); // ln(1 + e^(−|z|)), shared by both softplus terms
    let loss = y * ((-z).max(0.0) + log) + (1.0 - y) * (z.max(0.0) + log);
    let a = if z >= 0.0 {
        1.0 / (1.0 + e)
    } else {
        e / (1.0 + e)
    };
    (loss, a)
}
// ANCHOR_END: one_exp

/// A kernel over fixed data, as chapter 03's gradient descent sees it.
#[derive(Debug, Clone)]
pub struct KernelObjective {
    pub kernel: Kernel,
    pub batch: Batch,
}

impl Objective for KernelObjective {
    fn cost_and_gradient(
        &self,
        theta: &[f64],
    ) -> Result<(f64, Vec<f64>), Box<dyn Error + Send + Sync>> {
        let n = theta.len().saturating_sub(1);
        let step = self.batch.step(self.kernel, &theta[..n], theta[n])?;
        let mut gradient = step.dw;
        gradient.push(step.db);
        Ok((step.cost, gradient))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_buffers_start_every_step_from_zero() {
        let (n_x, m) = (5, 9);
        let x = Array2::from_shape_fn((n_x, m), |(i, j)| {
            ((i * m + j) as f64).sin()
        });
        let y = Array2::from_shape_fn((1, m), |(_, j)| (j % 2) as f64);
        let batch = Batch::new(x, y).unwrap();
        let w = [0.1, -0.2, 0.3, 0.0, 0.5];
        let first = batch.step(Kernel::Fused, &w, 0.1).unwrap();
        for _ in 0..3 {
            assert_eq!(batch.step(Kernel::Fused, &w, 0.1).unwrap(), first);
            assert_eq!(batch.step(Kernel::Threads, &w, 0.1).unwrap(), first);
        }
    }

    #[test]
    fn four_dot_products_in_one_sweep_equal_four_separate_ones() {
        // Lengths around the four-wide steps, and one past W_IN_L1.
        for n in [0, 1, 3, 4, 5, 7, 8, 13, W_IN_L1 + 3] {
            let v = |seed: f64| -> Vec<f64> {
                (0..n).map(|i| (i as f64 * seed).sin()).collect()
            };
            let w = v(0.37);
            let xs = [v(0.11), v(1.3), v(2.9), v(0.05)];
            let got = dot_four(w.as_slice(), xs.each_ref().map(Vec::as_slice));
            for (x, got) in xs.iter().zip(got) {
                let want: f64 = w.iter().zip(x).map(|(a, b)| a * b).sum();
                let scale: f64 =
                    w.iter().zip(x).map(|(a, b)| (a * b).abs()).sum();
                assert!(
                    (got - want).abs() <= 1e-12 * scale.max(1e-300),
                    "n = {n}: {got} vs {want}"
                );
            }
        }
    }
}

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

use crate::dot::dot_accumulators;

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
        Ok(Batch { x, y, rows, labels })
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
            Kernel::Fused => self.fused(w, b, 1),
            Kernel::Threads => self.fused(w, b, threads()),
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

    fn fused(&self, w: &[f64], b: f64, threads: usize) -> Step {
        let (n_x, m) = (self.n_x(), self.m());
        // Starting a thread costs tens of microseconds: split only work
        // that is much larger than that.
        let threads = if n_x * m < PARALLEL_WORK {
            1
        } else {
            threads.max(1)
        };
        let total = if threads == 1 {
            fused_pass(&self.rows, &self.labels, w, b)
        } else {
            // One contiguous block of examples per thread.
            let per = m.div_ceil(threads);
            std::thread::scope(|s| {
                let handles: Vec<_> = self
                    .rows
                    .chunks(per * n_x)
                    .zip(self.labels.chunks(per))
                    .map(|(rows, ys)| {
                        s.spawn(move || fused_pass(rows, ys, w, b))
                    })
                    .collect();
                let mut total = Partial::zero(n_x);
                for h in handles {
                    let part = h
                        .join()
                        .unwrap_or_else(|e| std::panic::resume_unwind(e));
                    total.add(&part);
                }
                total
            })
        };
        let m = m as f64;
        Step {
            dw: total.dw.iter().map(|d| d / m).collect(),
            db: total.db / m,
            cost: total.cost / m,
        }
    }
}

/// Below this many multiply-adds per step, one thread does the whole pass.
const PARALLEL_WORK: usize = 100_000;

/// Sums over a block of examples.
#[derive(Debug, Clone)]
struct Partial {
    dw: Vec<f64>,
    db: f64,
    cost: f64,
}

impl Partial {
    fn zero(n_x: usize) -> Self {
        Partial {
            dw: vec![0.0; n_x],
            db: 0.0,
            cost: 0.0,
        }
    }

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
/// share of dw. X is read once per step instead of twice.
fn fused_pass(rows: &[f64], y: &[f64], w: &[f64], b: f64) -> Partial {
    let n_x = w.len();
    let mut sums = Partial::zero(n_x);
    for (x, &y) in rows.chunks_exact(n_x.max(1)).zip(y) {
        let z = b + dot_accumulators::<8, f64>(w, x);
        let dz = sigmoid(z) - y;
        sums.cost += loss(z, y);
        sums.db += dz;
        for (d, &xi) in sums.dw.iter_mut().zip(x) {
            *d += xi * dz; // independent lanes: vectorizes
        }
    }
    sums
}
// ANCHOR_END: fused

/// The cores to use: all of them. Asked once: on Linux the answer comes from
/// reading cgroup files, which costs more than a small step.
pub fn threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| {
        std::thread::available_parallelism().map_or(1, usize::from)
    })
}

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

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

use crate::dispatch::{Isa, Work};
use crate::dot::dot_accumulators;

#[inline(always)]
fn dot(w: &[f64], x: &[f64]) -> f64 {
    dot_accumulators::<8, f64>(w, x)
}

/// Bytes of X per block of the fused pass. A block's rows are read from
/// memory once, for z, and again from the cache for dw, so a block must
/// fit in a core's L2 cache: 512 KiB does on current processors (the
/// recorded machine's L2 is in `measured/bench.tsv`). Blocks also let a
/// run of exponentials go one after another, where the processor overlaps
/// them.
pub const BLOCK_BYTES: usize = 512 * 1024;

/// At most this many examples per block (and at least four).
pub const MAX_BLOCK: usize = 64;

/// Examples per block for `n_x` features: a multiple of four, so that the
/// four-example sweeps line up as in one pass without blocks and the sums
/// keep their bits.
pub fn block_rows(n_x: usize) -> usize {
    (BLOCK_BYTES / (8 * n_x.max(1))).clamp(4, MAX_BLOCK) / 4 * 4
}

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
    /// The fused kernels run on the widest instruction set the processor
    /// has.
    pub fn step(
        &self,
        kernel: Kernel,
        w: &[f64],
        b: f64,
    ) -> Result<Step, ShapeError> {
        self.step_on(Isa::widest(), kernel, w, b)
    }

    /// [`Batch::step`] with the fused kernels compiled for `isa` (the loop
    /// and ndarray kernels are what they are).
    pub fn step_on(
        &self,
        isa: Isa,
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
            Kernel::Fused => self.fused(isa, w, b, false),
            Kernel::Threads => self.fused(isa, w, b, true),
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

    fn fused(&self, isa: Isa, w: &[f64], b: f64, parallel: bool) -> Step {
        let (n_x, m) = (self.n_x(), self.m());
        let pass = |r: Range<usize>| {
            let rows = &self.rows[r.start * n_x..r.end * n_x];
            let dw = self.buffers.zeros(n_x);
            isa.run(FusedPass {
                rows,
                y: &self.labels[r],
                w,
                b,
                dw,
            })
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

/// The work of [`fused_pass`], for [`Isa::run`].
struct FusedPass<'a> {
    rows: &'a [f64],
    y: &'a [f64],
    w: &'a [f64],
    b: f64,
    dw: Vec<f64>,
}

impl Work for FusedPass<'_> {
    type Output = Partial;
    #[inline(always)]
    fn run(self) -> Partial {
        fused_pass(self.rows, self.y, self.w, self.b, self.dw)
    }
}

// ANCHOR: fused
/// One pass over a piece of the examples (`rows`: each example's n_x
/// features contiguous), a block of them at a time. While a block is in
/// cache: z, a, dz, the loss, and its share of dw, summed into `dw` (n_x
/// zeros). X is read from memory once per step instead of twice. (Always
/// inlined, so that [`FusedPass`] compiles it once per instruction set.)
#[inline(always)]
fn fused_pass(
    rows: &[f64],
    y: &[f64],
    w: &[f64],
    b: f64,
    dw: Vec<f64>,
) -> Partial {
    let n_x = w.len();
    let mut sums = Partial {
        dw,
        db: 0.0,
        cost: 0.0,
    };
    let mut dz = [0.0; MAX_BLOCK];
    let block = block_rows(n_x);
    for (first, y) in (0..).step_by(block).zip(y.chunks(block)) {
        let x = |j: usize| &rows[(first + j) * n_x..(first + j + 1) * n_x];
        let quad = |q: usize| std::array::from_fn(|k| x(4 * q + k));
        let dz = &mut dz[..y.len()];
        // 1. z for the block's examples: X streams in from memory.
        let (quads, rest) = dz.as_chunks_mut::<4>();
        let singles = 4 * quads.len()..;
        for (q, z) in quads.iter_mut().enumerate() {
            *z = four_dots(w, quad(q));
        }
        for (j, z) in singles.clone().zip(rest) {
            *z = dot(w, x(j));
        }
        // 2. loss, a and dz = a − y: the exponentials one after another.
        for (dz, &y) in dz.iter_mut().zip(y) {
            *dz = sums.example(b + *dz, y);
        }
        // 3. dw += the block's shares; its rows are still in cache.
        let (quads, rest) = dz.as_chunks::<4>();
        for (q, &d) in quads.iter().enumerate() {
            add_four(&mut sums.dw, quad(q), d);
        }
        for (j, &dz) in singles.zip(rest) {
            for (d, &xi) in sums.dw.iter_mut().zip(x(j)) {
                *d += xi * dz; // independent lanes: vectorizes
            }
        }
    }
    sums
}

impl Partial {
    /// Adds the loss and dz of an example with linear part `z`; returns dz.
    #[inline(always)]
    fn example(&mut self, z: f64, y: f64) -> f64 {
        let (loss, a) = loss_and_sigmoid(z, y);
        self.cost += loss;
        self.db += a - y;
        a - y
    }
}
// ANCHOR_END: fused

// ANCHOR: four
/// wᵀx for four examples in one sweep, each chunk of w loaded once for the
/// four. Each keeps eight partial sums, added in the order of
/// [`dot_accumulators`], so every z has the same bits as there.
#[inline(always)]
fn four_dots(w: &[f64], xs: [&[f64]; 4]) -> [f64; 4] {
    let n = w.len();
    let (w, w_tail) = w.as_chunks::<8>();
    let xs = xs.map(|x| x[..n].as_chunks::<8>());
    let [x0, x1, x2, x3] = xs.map(|(chunks, _)| chunks);
    // Four named arrays of sums and iterators, not indices: written with
    // an array of arrays or with index checks, the sums were kept in
    // memory and added one at a time in the AVX2 and AVX-512 copies.
    let (mut a0, mut a1, mut a2, mut a3) =
        ([0.0; 8], [0.0; 8], [0.0; 8], [0.0; 8]);
    let rows = x0.iter().zip(x1).zip(x2).zip(x3);
    for (w, (((x0, x1), x2), x3)) in w.iter().zip(rows) {
        add_products(&mut a0, w, x0);
        add_products(&mut a1, w, x1);
        add_products(&mut a2, w, x2);
        add_products(&mut a3, w, x3);
    }
    let acc = [a0, a1, a2, a3];
    std::array::from_fn(|r| {
        let tail = w_tail.iter().zip(xs[r].1);
        let rest = tail.fold(0.0, |s, (w, x)| s + w * x);
        acc[r].iter().fold(rest, |s, &p| s + p)
    })
}

/// acc[k] += w[k]·x[k], eight independent sums.
#[inline(always)]
fn add_products(acc: &mut [f64; 8], w: &[f64; 8], x: &[f64; 8]) {
    for k in 0..8 {
        acc[k] += w[k] * x[k];
    }
}

/// dw += Σₖ xs[k]·dz[k]: each dw[i] loaded and stored once for four
/// examples, the additions in the order of four separate sweeps.
#[inline(always)]
fn add_four(dw: &mut [f64], xs: [&[f64]; 4], dz: [f64; 4]) {
    let [x0, x1, x2, x3] = xs;
    let rows = x0.iter().zip(x1).zip(x2).zip(x3);
    for (d, (((x0, x1), x2), x3)) in dw.iter_mut().zip(rows) {
        *d = *d + x0 * dz[0] + x1 * dz[1] + x2 * dz[2] + x3 * dz[3];
    }
}
// ANCHOR_END: four

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
    fn blocks_are_whole_sweeps_of_four_within_the_bounds() {
        for n_x in [0, 1, 30, 784, 2048, 8192, 12_288, 1 << 20] {
            let rows = block_rows(n_x);
            assert!(
                rows.is_multiple_of(4) && (4..=MAX_BLOCK).contains(&rows),
                "{n_x}"
            );
            assert!(rows == 4 || rows * n_x * 8 <= BLOCK_BYTES, "{n_x}");
        }
        assert_eq!(block_rows(784), 64);
        assert_eq!(block_rows(12_288), 4);
    }

    #[test]
    fn four_dot_products_in_one_sweep_have_the_bits_of_four_separate_ones() {
        for n in [0, 1, 3, 4, 5, 7, 8, 9, 13, 16, 784, 12_291] {
            let v = |seed: f64| -> Vec<f64> {
                (0..n).map(|i| (i as f64 * seed).sin()).collect()
            };
            let w = v(0.37);
            let xs = [v(0.11), v(1.3), v(2.9), v(0.05)];
            let got = four_dots(&w, xs.each_ref().map(Vec::as_slice));
            for (x, got) in xs.iter().zip(got) {
                assert_eq!(got.to_bits(), dot(&w, x).to_bits(), "n = {n}");
            }
        }
    }

    #[test]
    fn four_shares_in_one_sweep_have_the_bits_of_four_separate_sweeps() {
        let n = 37;
        let v = |seed: f64| -> Vec<f64> {
            (0..n).map(|i| (i as f64 * seed).sin()).collect()
        };
        let xs = [v(0.11), v(1.3), v(2.9), v(0.05)];
        let dz = [0.3, -1.7, 2.5e-3, 9.0];
        let mut one = v(0.7);
        let mut four = one.clone();
        add_four(&mut one, xs.each_ref().map(Vec::as_slice), dz);
        for (x, dz) in xs.iter().zip(dz) {
            for (d, x) in four.iter_mut().zip(x) {
                *d += x * dz;
            }
        }
        assert_eq!(one, four);
    }
}

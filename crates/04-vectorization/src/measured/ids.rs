//! What the chapter measures, by name: the one place where a benchmark's
//! description becomes the id `cargo xtask bench` records it under — the
//! path of divan's function names for the Rust side (`benches/*.rs`), the
//! names `python/numpy_bench.py` prints for numpy's.

use toolkit::measured::Id;

/// The benchmark shapes: (n_x, m) and where they come from.
pub const SHAPES: [(usize, usize, &str); 3] = [
    (30, 569, "breast cancer"),
    (12288, 209, "the course's 64×64×3 cat images"),
    (784, 60000, "MNIST-sized: 28×28 pixels, 60 000 images"),
];

/// The vector lengths the dot products are timed at.
pub const DOT_SIZES: [usize; 3] = [1_000, 100_000, 1_000_000];

/// The element type of a dot product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    F64,
    F32,
}

impl Precision {
    /// Rust's name for it, and numpy's.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Precision::F64 => ("f64", "float64"),
            Precision::F32 => ("f32", "float32"),
        }
    }
}

/// One way of computing a dot product, numpy's included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dot {
    Indexed,
    Iterator,
    Accumulators8,
    Dispatched,
    Ndarray,
    Threads,
    NumpyOneThread,
    Numpy,
}

impl Dot {
    /// In the order the figures and tables list them.
    pub const ALL: [Dot; 8] = [
        Dot::Indexed,
        Dot::Iterator,
        Dot::Accumulators8,
        Dot::Dispatched,
        Dot::Ndarray,
        Dot::Threads,
        Dot::NumpyOneThread,
        Dot::Numpy,
    ];

    /// The Rust variants that use one thread.
    pub const ONE_THREAD: [Dot; 5] = [
        Dot::Indexed,
        Dot::Iterator,
        Dot::Accumulators8,
        Dot::Dispatched,
        Dot::Ndarray,
    ];

    pub fn id(self, precision: Precision, n: usize) -> Id {
        let (ty, numpy) = precision.names();
        let rust = |bench: &str| format!("dot/{bench}/{ty}");
        let name = match self {
            Dot::Indexed => rust("indexed"),
            Dot::Iterator => rust("iterator"),
            Dot::Accumulators8 => rust("accumulators_8"),
            Dot::Dispatched => rust("dispatched"),
            Dot::Ndarray => rust("ndarray_dot"),
            Dot::Threads => rust("threads"),
            Dot::NumpyOneThread => format!("numpy_dot_{numpy}_1thread"),
            Dot::Numpy => format!("numpy_dot_{numpy}"),
        };
        Id::new(name, n)
    }

    pub fn label(self) -> &'static str {
        match self {
            Dot::Indexed => "indexed loop",
            Dot::Iterator => "iterator",
            Dot::Accumulators8 => "8 accumulators, baseline build",
            Dot::Dispatched => "8 accumulators, widest vectors",
            Dot::Ndarray => "ndarray dot",
            Dot::Threads => "8 accumulators, widest vectors, all cores",
            Dot::NumpyOneThread => "numpy np.dot, 1 thread",
            Dot::Numpy => "numpy np.dot",
        }
    }
}

/// One way of computing a logistic-regression step, numpy's included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Looped,
    Ndarray,
    FusedBaseline,
    Fused,
    FusedThreadsBaseline,
    FusedThreads,
    NumpyOneThread,
    Numpy,
}

impl Step {
    /// In the order the figure and tables list them.
    pub const ALL: [Step; 8] = [
        Step::Looped,
        Step::Ndarray,
        Step::FusedBaseline,
        Step::Fused,
        Step::FusedThreadsBaseline,
        Step::FusedThreads,
        Step::NumpyOneThread,
        Step::Numpy,
    ];

    /// The Rust variants that use one thread.
    pub const ONE_THREAD: [Step; 4] = [
        Step::Looped,
        Step::Ndarray,
        Step::FusedBaseline,
        Step::Fused,
    ];

    /// The step on `SHAPES[shape]`: divan's argument is the index, numpy's
    /// the shape itself.
    pub fn id(self, shape: usize) -> Id {
        let (n_x, m, _) = SHAPES[shape];
        let numpy = format!("{n_x}x{m}");
        match self {
            Step::Looped => Id::new("step/looped", shape),
            Step::Ndarray => Id::new("step/ndarray", shape),
            Step::FusedBaseline => Id::new("step/fused_baseline", shape),
            Step::Fused => Id::new("step/fused", shape),
            Step::FusedThreadsBaseline => {
                Id::new("step/fused_threads_baseline", shape)
            }
            Step::FusedThreads => Id::new("step/fused_threads", shape),
            Step::NumpyOneThread => {
                Id::new("numpy_logistic_step_1thread", numpy)
            }
            Step::Numpy => Id::new("numpy_logistic_step", numpy),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Step::Looped => "loop",
            Step::Ndarray => "ndarray",
            Step::FusedBaseline => "fused, baseline build",
            Step::Fused => "fused",
            Step::FusedThreadsBaseline => "fused + threads, baseline build",
            Step::FusedThreads => "fused + threads",
            Step::NumpyOneThread => "numpy, 1 thread",
            Step::Numpy => "numpy",
        }
    }
}

/// The machine's own speeds, measured beside the chapter's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Machine {
    /// Summing 400 MB on one thread: memory bandwidth.
    Stream,
    /// The same on every core.
    StreamAllCores,
    /// Starting a thread that does nothing and waiting for it.
    Spawn,
    /// A Python loop over 10⁶ floats.
    PythonLoop,
}

impl Machine {
    pub fn id(self) -> Id {
        match self {
            Machine::Stream => Id::new("dot", "stream_sum_400mb"),
            Machine::StreamAllCores => {
                Id::new("dot", "stream_sum_400mb_all_cores")
            }
            Machine::Spawn => Id::new("dot", "spawn_and_join_a_thread"),
            Machine::PythonLoop => Id::new("python_loop_float64", 1_000_000),
        }
    }
}

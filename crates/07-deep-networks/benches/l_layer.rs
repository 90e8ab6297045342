//! Week 4's L-layer run at the course's size — 2 500 iterations of
//! [12288, 20, 7, 5, 1] on 209 examples — on all cores and on one:
//! `cargo bench -p deep-networks --bench l_layer` (or `cargo xtask bench`,
//! which times `python/numpy_bench.py` beside it). One run takes seconds,
//! so each measurement is a single run and the rounds give the median.

use deep_networks::course::{IMAGE_LR, IMAGE_SEED, network};
use deep_networks::fit::{Schedule, fit};
use deep_networks::init::Init;
use divan::Bencher;
use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use toolkit::numpy_legacy::NumpyLegacy;

fn main() {
    vectorization::parallel::use_this_thread();
    divan::main();
}

/// The course's cat set has this shape; the values are uniform noise.
const SIZES: [usize; 5] = [12288, 20, 7, 5, 1];
const EXAMPLES: usize = 209;
const ITERATIONS: usize = 2_500;

fn data() -> (Array2<f64>, Array2<f64>) {
    let mut rng = NumpyLegacy::seed(0);
    let x = rng.rand(SIZES[0], EXAMPLES);
    let y = rng.rand(1, EXAMPLES).mapv(|v| f64::from(u8::from(v > 0.5)));
    (x, y)
}

fn run(bencher: Bencher<'_, '_>, threads: Option<usize>) {
    let (x, y) = data();
    let pool =
        threads.map(|n| rayon::ThreadPoolBuilder::new().num_threads(n).build());
    bencher
        .with_inputs(|| {
            network(&SIZES, Activation::Relu, Init::Course, IMAGE_SEED)
        })
        .bench_local_values(|mut net| {
            let schedule = Schedule::new(IMAGE_LR, ITERATIONS, ITERATIONS);
            let mut train =
                || fit(&mut net, &x, &y, schedule, |_, _| {}).map(|_| ());
            let outcome = match &pool {
                Some(Ok(pool)) => pool.install(train),
                Some(Err(e)) => {
                    panic!("cannot start a pool of one thread: {e}")
                }
                None => train(),
            };
            if let Err(e) = outcome {
                panic!("the benchmark's run diverged: {e}");
            }
            net
        });
}

/// On every core: the large products split across them.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn course(bencher: Bencher<'_, '_>) {
    run(bencher, None);
}

/// On one core.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn course_1thread(bencher: Bencher<'_, '_>) {
    run(bencher, Some(1));
}

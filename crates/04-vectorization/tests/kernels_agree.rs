//! The vectorized, fused and threaded steps give chapter 02's numbers.

use rand::RngExt;
use vectorization::kernels::{Batch, Kernel, Step};

/// A step's numbers as bits: equal only if every one is the same float.
fn bits(s: &Step) -> Vec<u64> {
    s.dw.iter()
        .chain([&s.db, &s.cost])
        .map(|v| v.to_bits())
        .collect()
}

fn relative(a: f64, b: f64) -> f64 {
    (a - b).abs() / a.abs().max(b.abs()).max(1e-300)
}

/// Chapter 02's random problem, as a batch and (w, b).
fn problem(seed: u64, n_x: usize, m: usize) -> (Batch, Vec<f64>, f64) {
    let (w, b, x, y) = logistic::model::random_problem(seed, n_x, m);
    match Batch::new(x, y) {
        Ok(batch) => (batch, w.iter().copied().collect(), b),
        Err(e) => panic!("random problem ({n_x}, {m}): {e}"),
    }
}

#[test]
fn every_kernel_equals_the_loop_on_random_data() {
    let mut rng = toolkit::rng::seeded(42);
    for seed in 0..30 {
        let n_x = rng.random_range(1..40);
        let m = rng.random_range(1..300);
        let (batch, w, b) = problem(seed, n_x, m);
        let reference = batch.step(Kernel::Loop, &w, b).unwrap();
        for kernel in Kernel::ALL {
            let got = batch.step(kernel, &w, b).unwrap();
            let worst = got
                .dw
                .iter()
                .zip(&reference.dw)
                .map(|(a, b)| relative(*a, *b))
                .chain([
                    relative(got.db, reference.db),
                    relative(got.cost, reference.cost),
                ])
                .fold(0.0, f64::max);
            assert!(
                worst < 1e-12,
                "{kernel:?} on ({n_x}, {m}): relative difference {worst:e}"
            );
        }
    }
}

#[test]
fn the_course_test_case_through_every_kernel() {
    let (_, x, y) = logistic::model::course_test_case();
    let batch = Batch::new(x, y).unwrap();
    for kernel in Kernel::ALL {
        let s = batch.step(kernel, &[1.0, 2.0], 2.0).unwrap();
        assert!((s.dw[0] - 0.99993216).abs() < 1e-6, "{kernel:?}");
        assert!((s.dw[1] - 1.99980262).abs() < 1e-6, "{kernel:?}");
        assert!((s.db - 0.499935230625).abs() < 1e-6, "{kernel:?}");
        assert!((s.cost - 6.000064773192205).abs() < 1e-6, "{kernel:?}");
    }
}

#[test]
fn a_wrong_weight_count_is_an_error() {
    let (_, x, y) = logistic::model::course_test_case();
    let batch = Batch::new(x, y).unwrap();
    let err = batch.step(Kernel::Fused, &[1.0], 0.0).unwrap_err();
    assert_eq!(err.to_string(), "X has 2 rows (features) but w has 1");
}

#[test]
fn the_threaded_kernel_splits_large_batches_and_still_agrees() {
    // 300 × 4001 ≈ 1.2 million multiply-adds: more than one piece's worth
    // (2^20), and an odd m so the pieces are uneven. 4099 × 301: rows so
    // long that a block holds only four of them.
    for (n_x, m) in [(300, 4001), (4099, 301)] {
        let (batch, w, b) = problem(9, n_x, m);
        let reference = batch.step(Kernel::Loop, &w, b).unwrap();
        for kernel in [Kernel::Fused, Kernel::Threads] {
            let got = batch.step(kernel, &w, b).unwrap();
            // dw relative to its largest entry: with hundreds of examples,
            // single entries cancel to a thousandth of the others, and
            // there the order z was summed in shows beyond 1e-12 of the
            // entry itself (for any dot product other than the loop's).
            let largest =
                reference.dw.iter().fold(0.0, |a: f64, b| a.max(b.abs()));
            for (a, b) in got.dw.iter().zip(&reference.dw) {
                assert!(
                    (a - b).abs() < 1e-12 * largest,
                    "{kernel:?}: {a} vs {b}"
                );
            }
            for (a, b) in [(got.db, reference.db), (got.cost, reference.cost)] {
                assert!(relative(a, b) < 1e-12, "{kernel:?}: {a} vs {b}");
            }
        }
    }
}

#[test]
fn the_threaded_step_has_the_same_bits_on_any_number_of_threads() {
    // 5003 features × 600 examples: the work splits into several pieces,
    // and w is wide enough for the four-examples-at-once dot product.
    let (batch, w, b) = problem(11, 5003, 600);
    let on = |threads| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| batch.step(Kernel::Threads, &w, b).unwrap())
    };
    let one = on(1);
    assert_eq!(bits(&one), bits(&on(2)));
    assert_eq!(bits(&one), bits(&on(5)));
}

#[test]
fn one_exponential_gives_chapter_02s_loss_and_sigmoid_exactly() {
    use logistic::loss::{loss, sigmoid};
    use vectorization::kernels::loss_and_sigmoid;
    for z in [
        -1e4, -745.2, -40.0, -1.5, -1e-300, -0.0, 0.0, 1e-12, 0.3, 36.9, 710.0,
        1e4,
    ] {
        for y in [0.0, 1.0, 0.25] {
            let (l, a) = loss_and_sigmoid(z, y);
            assert_eq!(l.to_bits(), loss(z, y).to_bits(), "loss at z = {z}");
            assert_eq!(a.to_bits(), sigmoid(z).to_bits(), "σ at z = {z}");
        }
    }
}

#[test]
fn the_fused_steps_have_the_baselines_bits_on_every_instruction_set() {
    use vectorization::dispatch::Isa;
    // Small and large n_x (rows so long that a block holds only four),
    // m not a multiple of four, and a batch large enough to be split.
    for (n_x, m) in [(3, 7), (30, 569), (4099, 37), (300, 4001)] {
        let (batch, w, b) = problem(5, n_x, m);
        for kernel in [Kernel::Fused, Kernel::Threads] {
            let baseline = batch.step_on(Isa::Baseline, kernel, &w, b).unwrap();
            for isa in Isa::available() {
                let got = batch.step_on(isa, kernel, &w, b).unwrap();
                assert_eq!(got, baseline, "{kernel:?} on {isa}, ({n_x}, {m})");
                assert_eq!(bits(&got), bits(&baseline), "{kernel:?} on {isa}");
            }
        }
    }
}

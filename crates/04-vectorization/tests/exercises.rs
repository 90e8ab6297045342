//! The exercise tests, shared by the stubs and the reference solutions; they
//! compile only with `--features grade`. Each test's name is its exercise's.
#![cfg(feature = "grade")]

use logistic::model::random_problem;
use vectorization::exercises as ex;
use vectorization::kernels::{Batch, Kernel, Step};

fn relative(a: f64, b: f64) -> f64 {
    (a - b).abs() / a.abs().max(b.abs()).max(1e-300)
}

/// (dw, db, cost) equal the loop's step on the same problem, to 1e-12
/// relative.
fn assert_equals_loop(
    seed: u64,
    (dw, db, cost): (&[f64], f64, f64),
    want: &Step,
) {
    for (got, want) in dw
        .iter()
        .zip(&want.dw)
        .chain([(&db, &want.db), (&cost, &want.cost)])
    {
        assert!(
            relative(*got, *want) < 1e-12,
            "seed {seed}: {got} vs the loop's {want}"
        );
    }
}

#[test]
fn dot4() {
    for n in [0, 1, 3, 4, 5, 8, 1001] {
        let a: Vec<f64> = (0..n).map(|i| (i as f64 * 0.3).sin()).collect();
        let b: Vec<f64> = (0..n).map(|i| (i as f64 * 0.7).cos()).collect();
        let want = vectorization::dot::dot_indexed(&a, &b);
        let got = ex::dot4(&a, &b);
        assert!(
            (got - want).abs() <= 1e-12 * want.abs().max(1.0),
            "n = {n}: {got} vs {want}"
        );
    }
}

#[test]
fn propagate_vectorized() {
    let (params, x, y) = logistic::model::course_test_case();
    let (dw, db, cost) = ex::propagate_vectorized(&params.w, params.b, &x, &y);
    assert!(
        dw.dim() == (2, 1),
        "dw must be (n_x, 1), got {:?}",
        dw.dim()
    );
    for (name, got, want) in [
        ("dw[0]", dw[[0, 0]], 0.99993216),
        ("dw[1]", dw[[1, 0]], 1.99980262),
        ("db", db, 0.499935230625),
        ("cost", cost, 6.000064773192205),
    ] {
        assert!(
            (got - want).abs() < 1e-6,
            "course test case: {name} = {got}, the course says {want}"
        );
    }
    for seed in 0..5 {
        let (w, b, x, y) = random_problem(seed, 7, 50);
        let (dw, db, cost) = ex::propagate_vectorized(&w, b, &x, &y);
        let batch = Batch::new(x, y).unwrap();
        let want = batch
            .step(Kernel::Loop, &w.iter().copied().collect::<Vec<_>>(), b)
            .unwrap();
        let dw: Vec<f64> = dw.iter().copied().collect();
        assert_equals_loop(seed, (&dw, db, cost), &want);
    }
}

#[test]
fn fused_step() {
    for seed in 10..15 {
        let (w, b, x, y) = random_problem(seed, 9, 40);
        let rows: Vec<f64> = x.t().iter().copied().collect();
        let labels: Vec<f64> = y.iter().copied().collect();
        let w: Vec<f64> = w.iter().copied().collect();
        let (dw, db, cost) = ex::fused_step(&rows, &labels, &w, b);
        let want = Batch::new(x, y).unwrap().step(Kernel::Loop, &w, b).unwrap();
        assert_eq!(dw.len(), w.len(), "one dw per feature");
        assert_equals_loop(seed, (&dw, db, cost), &want);
    }
}

//! The exercise tests, shared by the stubs and the reference solutions; they
//! compile only with `--features grade`. Each test's name is its exercise's.
#![cfg(feature = "grade")]

use derivatives::gradcheck::check_gradient;
use logistic::exercises as ex;
use logistic::loss::{self, Loss};
use logistic::model::Params;
use logistic::model::random_problem;
use ndarray::Array2;

fn close(got: f64, want: f64, tolerance: f64) -> bool {
    (got - want).abs() <= tolerance * (1.0 + want.abs())
}

#[test]
fn sigmoid() {
    let course = [0.73105858, 0.88079708, 0.95257413];
    for (z, want) in [1.0, 2.0, 3.0].into_iter().zip(course) {
        let got = ex::sigmoid(z);
        assert!(
            (got - want).abs() < 1e-6,
            "sigmoid({z}) = {got}, the course says {want}"
        );
    }
    for z in [-1000.0, -30.0, 0.0, 30.0, 1000.0] {
        let (got, want) = (ex::sigmoid(z), loss::sigmoid(z));
        assert!(
            got.is_finite() && close(got, want, 1e-12),
            "sigmoid({z}) = {got}, expected {want}"
        );
    }
}

#[test]
fn sigmoid_derivative() {
    let course = [0.19661193, 0.10499359, 0.04517666];
    for (z, want) in [1.0, 2.0, 3.0].into_iter().zip(course) {
        let got = ex::sigmoid_derivative(z);
        assert!(
            (got - want).abs() < 1e-6,
            "sigmoid_derivative({z}) = {got}, the course says {want}"
        );
    }
    for z in [-1000.0, -4.0, 0.0, 0.5, 1000.0] {
        let got = ex::sigmoid_derivative(z);
        assert!(
            got.is_finite() && (0.0..=0.25).contains(&got),
            "sigmoid_derivative({z}) = {got}"
        );
        let check =
            check_gradient(|p: &[f64]| loss::sigmoid(p[0]), &[z], &[got]);
        assert!(
            check.relative_error < 1e-6 || got == 0.0,
            "sigmoid_derivative({z}) = {got}, finite differences say {}",
            check.numerical[0]
        );
    }
}

#[test]
fn loss() {
    for z in [-1e4, -1000.0, -40.0, -3.0, 0.0, 0.5, 40.0, 1000.0, 1e4] {
        for y in [0.0, 1.0] {
            let (got, want) = (ex::loss(z, y), loss::loss(z, y));
            assert!(
                got.is_finite(),
                "loss(z = {z}, y = {y}) = {got}: must be finite"
            );
            assert!(
                close(got, want, 1e-12),
                "loss(z = {z}, y = {y}) = {got}, expected {want}"
            );
        }
    }
}

#[test]
fn cost() {
    for seed in 0..5 {
        let (w, b, x, y) = random_problem(seed, 3, 7);
        let want = Params { w: w.clone(), b }
            .cost(&x, &y, Loss::CrossEntropy)
            .unwrap();
        let got = ex::cost(&w, b, &x, &y);
        assert!(
            close(got, want, 1e-12),
            "cost = {got}, expected {want} (seed {seed})"
        );
    }
}

#[test]
fn propagate() {
    let (params, x, y) = logistic::model::course_test_case();
    let (g, cost) = ex::propagate(&params.w, params.b, &x, &y);
    let course = [
        (g.dw[[0, 0]], 0.99993216),
        (g.dw[[1, 0]], 1.99980262),
        (g.db, 0.499935230625),
        (cost, 6.000064773192205),
    ];
    for (name, (got, want)) in
        ["dw[0]", "dw[1]", "db", "cost"].iter().zip(course)
    {
        assert!(
            (got - want).abs() < 1e-6,
            "course test case: {name} = {got}, the course says {want}"
        );
    }
    // Random problems: the gradient must agree with finite differences of the cost.
    for seed in 10..15 {
        let (w, b, x, y) = random_problem(seed, 4, 9);
        let (g, cost) = ex::propagate(&w, b, &x, &y);
        assert!(
            g.dw.dim() == (4, 1),
            "dw has shape {:?}, w has (4, 1)",
            g.dw.dim()
        );
        let mut analytic: Vec<f64> = g.dw.iter().copied().collect();
        analytic.push(g.db);
        let mut point: Vec<f64> = w.iter().copied().collect();
        point.push(b);
        let cost_at = |p: &[f64]| {
            let w = Array2::from_shape_fn((4, 1), |(i, _)| p[i]);
            Params { w, b: p[4] }
                .cost(&x, &y, Loss::CrossEntropy)
                .unwrap()
        };
        let check = check_gradient(cost_at, &point, &analytic);
        assert!(
            check.relative_error < 1e-6,
            "seed {seed}: your gradient {analytic:?}, finite differences {:?}",
            check.numerical
        );
        let want = cost_at(&point);
        assert!(
            close(cost, want, 1e-12),
            "seed {seed}: cost = {cost}, expected {want}"
        );
    }
}

//! The exercise tests, shared by the stubs and the reference solutions; they
//! compile only with `--features grade`. Each test's name is its exercise's.
#![cfg(feature = "grade")]

use gradient_descent::exercises as ex;
use logistic::model::Params;
use ndarray::{Array2, array};
use rand::RngExt;

fn near(got: f64, want: f64) -> bool {
    (got - want).abs() < 1e-6
}

fn course() -> (Params, Array2<f64>, Array2<f64>) {
    logistic::model::course_test_case()
}

#[test]
fn update() {
    let (w, b) = ex::update(
        &array![[1.0], [2.0]],
        2.0,
        &array![[0.5], [-1.0]],
        0.25,
        0.1,
    );
    assert!(
        near(w[[0, 0]], 0.95) && near(w[[1, 0]], 2.1),
        "w = {w:?}, expected [[0.95], [2.1]]"
    );
    assert!(near(b, 1.975), "b = {b}, expected 1.975");
    assert_eq!(w.dim(), (2, 1), "w must keep its shape");
}

#[test]
fn optimize() {
    let (params, x, y) = course();
    let got = ex::optimize(params, &x, &y, 100, 0.009, 10);
    let course_values = [
        ("w[0]", got.params.w[[0, 0]], 0.1124579),
        ("w[1]", got.params.w[[1, 0]], 0.23106775),
        ("b", got.params.b, 1.55930492484),
        ("dw[0]", got.last_gradients.dw[[0, 0]], 0.90158428),
        ("dw[1]", got.last_gradients.dw[[1, 0]], 1.76250842),
        ("db", got.last_gradients.db, 0.430462071679),
    ];
    for (name, got, want) in course_values {
        assert!(
            near(got, want),
            "after 100 iterations at α = 0.009: {name} = {got}, the course says {want}"
        );
    }
    assert_eq!(
        got.costs.len(),
        10,
        "100 iterations recorded every 10: 10 costs (iterations 0, 10, …, 90)"
    );
    assert!(
        near(got.costs[0], 6.000064773192205),
        "the first cost is before any update: {}",
        got.costs[0]
    );
    assert!(
        got.costs.windows(2).all(|c| c[1] < c[0]),
        "the recorded costs should fall: {:?}",
        got.costs
    );
}

#[test]
fn predict() {
    let (_, x, _) = course();
    let w = array![[0.1124579], [0.23106775]];
    let got = ex::predict(&w, 1.55930492484, &x);
    assert_eq!(got, array![[1.0, 1.0]], "the course's predictions");
    let mut rng = toolkit::rng::seeded(3);
    for _ in 0..10 {
        let w = Array2::from_shape_fn((3, 1), |_| rng.random_range(-1.0..1.0));
        let b = rng.random_range(-1.0..1.0);
        let x = Array2::from_shape_fn((3, 20), |_| rng.random_range(-2.0..2.0));
        let want = Params { w: w.clone(), b }
            .probabilities(&x)
            .unwrap()
            .mapv(|p| f64::from(u8::from(p > 0.5)));
        assert_eq!(ex::predict(&w, b, &x), want);
    }
}

#[test]
fn accuracy() {
    let got = ex::accuracy(
        &array![[1.0, 0.0, 1.0, 1.0]],
        &array![[1.0, 1.0, 1.0, 0.0]],
    );
    assert!(near(got, 50.0), "2 of 4 right is 50 %, got {got}");
    let all = ex::accuracy(&array![[0.0, 1.0]], &array![[0.0, 1.0]]);
    assert!(near(all, 100.0), "all right is 100 %, got {all}");
}

//! The exercise tests, shared by the stubs and the reference solutions; they
//! compile only with `--features grade`. Each test's name is its exercise's.
#![cfg(feature = "grade")]

use derivatives::gradcheck::check_gradient;
use ndarray::{Array2, array};
use rand::RngExt;
use relu_vs_sigmoid::exercises as ex;

#[test]
fn relu() {
    for (z, value, slope) in [
        (-2.0, 0.0, 0.0),
        (-1e-12, 0.0, 0.0),
        (0.0, 0.0, 0.0),
        (1e-12, 1e-12, 1.0),
        (3.5, 3.5, 1.0),
    ] {
        assert!((ex::relu(z) - value).abs() < 1e-15, "relu({z})");
        assert!(
            (ex::relu_derivative(z) - slope).abs() < 1e-15,
            "relu'({z}) should be {slope}"
        );
    }
}

fn random(
    rng: &mut toolkit::rng::Rng,
    rows: usize,
    cols: usize,
) -> Array2<f64> {
    Array2::from_shape_fn((rows, cols), |_| rng.random_range(-1.0..1.0))
}

#[test]
fn dense_backward() {
    let mut rng = toolkit::rng::seeded(6);
    let (n, n_prev, m) = (3, 4, 5);
    let (w, a_prev, dz) = (
        random(&mut rng, n, n_prev),
        random(&mut rng, n_prev, m),
        random(&mut rng, n, m),
    );
    let b = random(&mut rng, n, 1);
    let (dw, db, da_prev) = ex::dense_backward(&dz, &a_prev, &w);
    assert_eq!(dw.dim(), (n, n_prev), "dW has W's shape");
    assert_eq!(db.dim(), (n, 1), "db has b's shape");
    assert_eq!(da_prev.dim(), (n_prev, m), "dA_prev has A_prev's shape");
    // A cost whose ∂/∂Z is exactly dZ / m: J = Σ dZ ⊙ Z / m.
    let cost = |w: &Array2<f64>, b: &Array2<f64>, a: &Array2<f64>| {
        (&dz * &(w.dot(a) + b)).sum() / m as f64
    };
    let flat = |a: &Array2<f64>| a.iter().copied().collect::<Vec<_>>();
    let shaped = |v: &[f64], like: &Array2<f64>| {
        Array2::from_shape_vec(like.dim(), v.to_vec()).unwrap()
    };
    let check = check_gradient(
        |v| cost(&shaped(v, &w), &b, &a_prev),
        &flat(&w),
        &flat(&dw),
    );
    assert!(
        check.relative_error < 1e-7,
        "dW: relative error {:e}",
        check.relative_error
    );
    let check = check_gradient(
        |v| cost(&w, &shaped(v, &b), &a_prev),
        &flat(&b),
        &flat(&db),
    );
    assert!(
        check.relative_error < 1e-7,
        "db: relative error {:e}",
        check.relative_error
    );
    // dA_prev is per example, as dZ is: the gradient of m·J.
    let per_example = flat(&(da_prev / m as f64));
    let check = check_gradient(
        |v| cost(&w, &b, &shaped(v, &a_prev)),
        &flat(&a_prev),
        &per_example,
    );
    assert!(
        check.relative_error < 1e-7,
        "dA_prev (= Wᵀ·dZ, no 1/m): relative error {:e}",
        check.relative_error
    );
}

#[test]
fn count_dead() {
    let z = array![[1.0, -2.0], [-1.0, -3.0], [0.0, 0.0]];
    assert_eq!(ex::count_dead_units(&z), 2);
    assert_eq!(ex::count_dead_units(&array![[0.5, 0.1]]), 0);
    let mut rng = toolkit::rng::seeded(8);
    for shift in [0.0, 0.6, 0.9] {
        let z = random(&mut rng, 30, 40).mapv(|v| v - shift);
        let want = relu_vs_sigmoid::experiments::count_inactive(&z);
        assert_eq!(ex::count_dead_units(&z), want, "shifted down by {shift}");
    }
}

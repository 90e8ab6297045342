//! The exercise tests, shared by the stubs and the reference solutions; they
//! compile only with `--features grade`. Each test's name is its exercise's.
//! Where the course gives a number it is the expected value; elsewhere the
//! chapter's own code (itself tested against the course) is, on seeded
//! random cases, and every gradient goes through chapter 01's checker.
#![cfg(feature = "grade")]
#![allow(
    clippy::float_cmp,
    clippy::expect_used,
    clippy::type_complexity,
    reason = "tests: exact 0/1 labels, loud failures, tables of cases"
)]

use deep_networks::blocks;
use deep_networks::course::{COURSE_COSTS, FLOWER_SEED};
use deep_networks::exercises as ex;
use deep_networks::network::{cost, model_backward, model_forward};
use deep_networks::shallow::{Parameters, Shallow, deep_network};
use derivatives::gradcheck::check_gradient;
use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::flower::flower;
use toolkit::numpy_legacy::NumpyLegacy;

/// Labels 0/1 drawn from numpy's generator.
fn labels(rng: &mut NumpyLegacy, m: usize) -> Array2<f64> {
    rng.rand(1, m).mapv(|v| f64::from(u8::from(v > 0.5)))
}

fn close(a: &Array2<f64>, b: &Array2<f64>, what: &str) {
    assert_eq!(a.dim(), b.dim(), "{what}: shape");
    let gap = (a - b).mapv(f64::abs).fold(0.0f64, |m, &v| m.max(v));
    assert!(
        gap < 1e-12,
        "{what}: off by {gap:e}\nyours {a}\nexpected {b}"
    );
}

/// Asserts that `grad` is the gradient of `cost` at `theta`.
fn gradient_checks(
    what: &str,
    cost: impl Fn(&[f64]) -> f64,
    theta: &[f64],
    grad: &[f64],
) {
    assert_eq!(
        theta.len(),
        grad.len(),
        "{what}: one gradient entry per parameter"
    );
    let check = check_gradient(cost, theta, grad);
    assert!(
        check.relative_error < 1e-7,
        "{what}: relative error {:e} (should be < 1e-7)",
        check.relative_error
    );
}

fn flat(a: &Array2<f64>) -> Vec<f64> {
    a.iter().copied().collect()
}

fn shaped(v: &[f64], like: &Array2<f64>) -> Array2<f64> {
    Array2::from_shape_vec(like.dim(), v.to_vec()).expect("same length")
}

/// A random week 3 network (n_x, n_h, n_y) and data of m examples.
fn shallow_case(
    seed: u32,
    n_x: usize,
    n_h: usize,
    m: usize,
) -> (Shallow, Array2<f64>, Array2<f64>) {
    let mut rng = NumpyLegacy::seed(seed);
    let params = Shallow {
        w1: rng.randn(n_h, n_x),
        b1: rng.randn(n_h, 1),
        w2: rng.randn(1, n_h),
        b2: rng.randn(1, 1),
    };
    let x = rng.randn(n_x, m);
    let y = labels(&mut rng, m);
    (params, x, y)
}

#[test]
fn layer_sizes() {
    // The course's test case: seed 1, X = randn(5, 3), Y = randn(2, 3).
    let mut rng = NumpyLegacy::seed(1);
    let (x, y) = (rng.randn(5, 3), rng.randn(2, 3));
    assert_eq!(ex::layer_sizes(&x, &y), (5, 4, 2));
    assert_eq!(
        ex::layer_sizes(&Array2::zeros((2, 400)), &Array2::zeros((1, 400))),
        (2, 4, 1)
    );
}

#[test]
fn initialize_parameters() {
    let p = ex::initialize_parameters(2, 4, 1, &mut NumpyLegacy::seed(2));
    assert_eq!(
        (p.w1.dim(), p.b1.dim(), p.w2.dim(), p.b2.dim()),
        ((4, 2), (4, 1), (1, 4), (1, 1)),
        "shapes"
    );
    // The course's published values (to the eight decimals it prints).
    let w1 = [
        [-0.00416758, -0.00056267],
        [-0.02136196, 0.01640271],
        [-0.01793436, -0.00841747],
        [0.00502881, -0.01245288],
    ];
    let w2 = [-0.01057952, -0.00909008, 0.00551454, 0.02292208];
    for (i, row) in w1.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            assert!(
                (p.w1[[i, j]] - v).abs() < 5e-9,
                "W1[{i}, {j}] is {}, the course has {v}",
                p.w1[[i, j]]
            );
        }
    }
    for (j, &v) in w2.iter().enumerate() {
        assert!(
            (p.w2[[0, j]] - v).abs() < 5e-9,
            "W2[0, {j}] is {}, the course has {v}",
            p.w2[[0, j]]
        );
    }
    assert!(
        p.b1.iter().chain(&p.b2).all(|&b| b == 0.0),
        "biases start at 0"
    );
}

#[test]
fn forward_propagation() {
    for (seed, n_x, n_h, m) in [(1, 2, 4, 3), (7, 5, 3, 11)] {
        let (params, x, _) = shallow_case(seed, n_x, n_h, m);
        let cache = ex::forward_propagation(&x, &params);
        let reference = model_forward(&params.network(), &x);
        close(&cache.z1, &reference.z[0], "Z1");
        close(&cache.a1, &reference.a[0], "A1");
        close(&cache.z2, &reference.z[1], "Z2");
        close(&cache.a2, &reference.a[1], "A2");
    }
}

#[test]
fn compute_cost() {
    let (params, x, y) = shallow_case(3, 2, 4, 9);
    let forward = model_forward(&params.network(), &x);
    let ours = ex::compute_cost(forward.a_out(), &y);
    let expected = cost(forward.z_out(), &y);
    assert!(
        (ours - expected).abs() < 1e-12,
        "cost {ours}, expected {expected}"
    );
    // Every prediction 1/2: the cost of knowing nothing, ln 2.
    let half = Array2::from_elem((1, 4), 0.5);
    let y = Array2::from_shape_vec((1, 4), vec![0.0, 1.0, 1.0, 0.0]).unwrap();
    assert!(
        (ex::compute_cost(&half, &y) - std::f64::consts::LN_2).abs() < 1e-15
    );
}

#[test]
fn backward_propagation() {
    let (params, x, y) = shallow_case(4, 3, 5, 7);
    let cache = ex::forward_propagation(&x, &params);
    let grads = ex::backward_propagation(&params, &cache, &x, &y);
    assert_eq!(
        (
            grads.dw1.dim(),
            grads.db1.dim(),
            grads.dw2.dim(),
            grads.db2.dim()
        ),
        ((5, 3), (5, 1), (1, 5), (1, 1)),
        "each gradient has its parameter's shape"
    );
    let j = |p: &Shallow| cost(model_forward(&p.network(), &x).z_out(), &y);
    let cases: [(
        &str,
        &Array2<f64>,
        &Array2<f64>,
        fn(&mut Shallow) -> &mut Array2<f64>,
    ); 4] = [
        ("dW1", &params.w1, &grads.dw1, |p| &mut p.w1),
        ("db1", &params.b1, &grads.db1, |p| &mut p.b1),
        ("dW2", &params.w2, &grads.dw2, |p| &mut p.w2),
        ("db2", &params.b2, &grads.db2, |p| &mut p.b2),
    ];
    for (name, value, grad, field) in cases {
        let at = |v: &[f64]| {
            let mut p = params.clone();
            *field(&mut p) = shaped(v, value);
            j(&p)
        };
        gradient_checks(name, at, &flat(value), &flat(grad));
    }
}

#[test]
fn update_parameters() {
    let (params, x, y) = shallow_case(5, 2, 4, 6);
    let net = params.network();
    let grads = model_backward(&net, &x, &y, &model_forward(&net, &x));
    let g = deep_networks::shallow::ShallowGrads {
        dw1: grads[0].dw.clone(),
        db1: grads[0].db.clone(),
        dw2: grads[1].dw.clone(),
        db2: grads[1].db.clone(),
    };
    let next = ex::update_parameters(&params, &g, 1.2);
    close(&next.w1, &(&params.w1 - &(1.2 * &g.dw1)), "W1");
    close(&next.b1, &(&params.b1 - &(1.2 * &g.db1)), "b1");
    close(&next.w2, &(&params.w2 - &(1.2 * &g.dw2)), "W2");
    close(&next.b2, &(&params.b2 - &(1.2 * &g.db2)), "b2");
}

#[test]
fn nn_model() {
    let (x, y) = flower();
    let params = ex::nn_model(&x, &y, 4, 1000, FLOWER_SEED);
    assert_eq!(params.w1.dim(), (4, 2));
    let j = cost(model_forward(&params.network(), &x).z_out(), &y);
    // After 1000 updates the cost is the course's at iteration 1000.
    assert_eq!(
        format!("{j:.6}"),
        format!("{:.6}", COURSE_COSTS[1]),
        "the course's cost after 1000 iterations"
    );
}

#[test]
fn shallow_predict() {
    let (params, x, _) = shallow_case(6, 2, 4, 50);
    let p = ex::shallow_predict(&params, &x);
    assert_eq!(p, deep_networks::network::predict(&params.network(), &x));
    assert!(
        p.iter().all(|&v| v == 0.0 || v == 1.0),
        "predictions are 0 or 1"
    );
    // The chapter's trained 4-unit network gets the course's 90.75 % right.
    let run = deep_networks::experiments::course_runs::four_units().unwrap();
    let trained = Shallow::from_network(&run.network).unwrap();
    let (fx, fy) = flower();
    let right = ex::shallow_predict(&trained, &fx)
        .iter()
        .zip(&fy)
        .filter(|(p, y)| p == y)
        .count();
    assert_eq!(right, 363, "363 of the 400 flower points");
}

#[test]
fn initialize_parameters_deep() {
    let dims = [5, 4, 3, 1];
    let params =
        ex::initialize_parameters_deep(&dims, &mut NumpyLegacy::seed(3));
    assert_eq!(params.len(), 3, "one (W, b) per layer");
    let mut rng = NumpyLegacy::seed(3);
    for (l, (w, b)) in params.iter().enumerate() {
        let (n, n_prev) = (dims[l + 1], dims[l]);
        assert_eq!(
            (w.dim(), b.dim()),
            ((n, n_prev), (n, 1)),
            "layer {}",
            l + 1
        );
        close(
            w,
            &(rng.randn(n, n_prev) / (n_prev as f64).sqrt()),
            &format!("W{}", l + 1),
        );
        assert!(b.iter().all(|&v| v == 0.0));
    }
}

/// Random week 4 parameters for `dims`, and data.
fn deep_case(
    seed: u32,
    dims: &[usize],
    m: usize,
) -> (Parameters, Array2<f64>, Array2<f64>) {
    let mut rng = NumpyLegacy::seed(seed);
    let params = dims
        .windows(2)
        .map(|p| (rng.randn(p[1], p[0]) * 0.7, rng.randn(p[1], 1) * 0.3))
        .collect();
    let x = rng.randn(dims[0], m);
    let y = labels(&mut rng, m);
    (params, x, y)
}

#[test]
fn linear_forward() {
    let (params, x, _) = deep_case(1, &[3, 2], 4);
    let (w, b) = &params[0];
    let z = ex::linear_forward(&x, w, b);
    assert_eq!(z.dim(), (2, 4), "Z is (n, m)");
    close(&z, &blocks::linear_forward(&x, w, b), "Z");
}

#[test]
fn linear_activation_forward() {
    let (params, x, _) = deep_case(2, &[3, 5], 6);
    let (w, b) = &params[0];
    for g in [Activation::Relu, Activation::Sigmoid] {
        let (a, z) = ex::linear_activation_forward(&x, w, b, g);
        let (ea, ez) = blocks::linear_activation_forward(&x, w, b, g);
        close(&z, &ez, &format!("Z ({})", g.name()));
        close(&a, &ea, &format!("A ({})", g.name()));
    }
}

#[test]
fn l_model_forward() {
    let (params, x, _) = deep_case(3, &[5, 4, 3, 1], 7);
    let forward = ex::l_model_forward(&x, &params);
    let reference = model_forward(&deep_network(&params), &x);
    assert_eq!(forward.z.len(), 3, "one Z per layer");
    for l in 0..3 {
        close(&forward.z[l], &reference.z[l], &format!("Z{}", l + 1));
        close(&forward.a[l], &reference.a[l], &format!("A{}", l + 1));
    }
}

#[test]
fn linear_backward() {
    let mut rng = NumpyLegacy::seed(4);
    let (n, n_prev, m) = (3, 4, 5);
    let (w, b, a_prev, dz) = (
        rng.randn(n, n_prev),
        rng.randn(n, 1),
        rng.randn(n_prev, m),
        rng.randn(n, m),
    );
    let (da_prev, dw, db) = ex::linear_backward(&dz, &a_prev, &w);
    assert_eq!(
        (dw.dim(), db.dim(), da_prev.dim()),
        ((n, n_prev), (n, 1), (n_prev, m)),
        "the shapes of W, b and A_prev"
    );
    // A cost whose gradient with respect to Z is exactly dZ / m.
    let j = |w: &Array2<f64>, b: &Array2<f64>, a: &Array2<f64>| {
        (&dz * &(w.dot(a) + b)).sum() / m as f64
    };
    gradient_checks(
        "dW",
        |v| j(&shaped(v, &w), &b, &a_prev),
        &flat(&w),
        &flat(&dw),
    );
    gradient_checks(
        "db",
        |v| j(&w, &shaped(v, &b), &a_prev),
        &flat(&b),
        &flat(&db),
    );
    // dA_prev is per example, as dZ is: the gradient of m·J.
    gradient_checks(
        "dA_prev",
        |v| j(&w, &b, &shaped(v, &a_prev)),
        &flat(&a_prev),
        &flat(&(da_prev / m as f64)),
    );
}

#[test]
fn linear_activation_backward() {
    let mut rng = NumpyLegacy::seed(5);
    let (n, n_prev, m) = (4, 3, 6);
    let (w, b, a_prev, da) = (
        rng.randn(n, n_prev),
        rng.randn(n, 1),
        rng.randn(n_prev, m),
        rng.randn(n, m),
    );
    for g in [Activation::Relu, Activation::Sigmoid, Activation::Tanh] {
        let z = blocks::linear_forward(&a_prev, &w, &b);
        let (da_prev, dw, db) =
            ex::linear_activation_backward(&da, &z, &a_prev, &w, g);
        // A cost whose gradient with respect to A is dA / m.
        let j = |w: &Array2<f64>, b: &Array2<f64>, a: &Array2<f64>| {
            (&da * &(w.dot(a) + b).mapv(|v| g.apply(v))).sum() / m as f64
        };
        let name = g.name();
        gradient_checks(
            &format!("dW ({name})"),
            |v| j(&shaped(v, &w), &b, &a_prev),
            &flat(&w),
            &flat(&dw),
        );
        gradient_checks(
            &format!("db ({name})"),
            |v| j(&w, &shaped(v, &b), &a_prev),
            &flat(&b),
            &flat(&db),
        );
        gradient_checks(
            &format!("dA_prev ({name})"),
            |v| j(&w, &b, &shaped(v, &a_prev)),
            &flat(&a_prev),
            &flat(&(da_prev / m as f64)),
        );
    }
}

#[test]
fn l_model_backward() {
    let dims = [4, 5, 3, 1];
    let (params, x, y) = deep_case(6, &dims, 8);
    let forward = model_forward(&deep_network(&params), &x);
    let grads = ex::l_model_backward(&x, &y, &params, &forward);
    assert_eq!(grads.len(), 3, "one (dW, db) per layer");
    let theta: Vec<f64> = params
        .iter()
        .flat_map(|(w, b)| flat(w).into_iter().chain(flat(b)))
        .collect();
    let grad: Vec<f64> = grads
        .iter()
        .flat_map(|(dw, db)| flat(dw).into_iter().chain(flat(db)))
        .collect();
    let j = |v: &[f64]| {
        let mut net = deep_network(&params);
        net.set_params(v);
        cost(model_forward(&net, &x).z_out(), &y)
    };
    for (l, ((dw, db), (w, b))) in grads.iter().zip(&params).enumerate() {
        assert_eq!(
            (dw.dim(), db.dim()),
            (w.dim(), b.dim()),
            "layer {}: the shapes of W and b",
            l + 1
        );
    }
    gradient_checks("every dW and db", j, &theta, &grad);
}

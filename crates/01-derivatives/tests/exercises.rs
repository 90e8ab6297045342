//! The exercise tests, shared by the stubs and the reference solutions. They compile only with
//! `--features grade`, so a plain `cargo test` passes while the stubs still say `todo!()`;
//! `cargo xtask check` runs them. Each test's name is its exercise's name.
#![cfg(feature = "grade")]

use derivatives::autodiff::Tape;
use derivatives::exercises as ex;
use derivatives::gradcheck::check_gradient;
use derivatives::{graph, numeric};
use rand::RngExt;

/// Seeded random inputs in `range`: the same every run, so a failure can be reproduced.
fn inputs(seed: u64, n: usize, range: std::ops::Range<f64>) -> Vec<f64> {
    let mut rng = toolkit::rng::seeded(seed);
    (0..n).map(|_| rng.random_range(range.clone())).collect()
}

fn close(got: f64, want: f64, tolerance: f64) -> bool {
    (got - want).abs() <= tolerance * (1.0 + want.abs())
}

#[test]
fn central_difference() {
    type Named = (&'static str, fn(f64) -> f64);
    let functions: [Named; 3] = [
        ("sin", f64::sin),
        ("exp", f64::exp),
        ("x³ − 3x", numeric::cubic),
    ];
    for (name, f) in functions {
        for x in inputs(1, 5, -2.0..2.0) {
            for h in [1e-1, 1e-3] {
                let got = ex::central_difference(f, x, h);
                let want = numeric::central_difference(f, x, h);
                assert!(
                    close(got, want, 1e-12),
                    "central_difference({name}, x = {x}, h = {h}) returned {got}, expected {want}"
                );
            }
        }
    }
    // A forward difference would be off by about 4e-4 here; a central one by about 1e-7.
    let err = (ex::central_difference(f64::sin, 1.0, 1e-3) - 1f64.cos()).abs();
    assert!(err < 1e-6, "error {err:e} at h = 1e-3: is it centred on x?");
}

#[test]
fn chain_rule() {
    type F = fn(f64) -> f64;
    let square: F = |x| x * x;
    let double: F = |x| 2.0 * x;
    let affine: F = |x| 3.0 * x + 1.0;
    let three: F = |_| 3.0;
    let sigmoid_slope: F = |z| {
        let s = derivatives::autodiff::sigmoid(z);
        s * (1.0 - s)
    };
    // (description, outer, outer′, inner, inner′)
    let cases: [(&str, F, F, F, F); 4] = [
        ("sin(x²)", f64::sin, f64::cos, square, double),
        ("exp(sin x)", f64::exp, f64::exp, f64::sin, f64::cos),
        (
            "σ(3x + 1)",
            derivatives::autodiff::sigmoid,
            sigmoid_slope,
            affine,
            three,
        ),
        ("(3x + 1)²", square, double, affine, three),
    ];
    for (name, outer, outer_d, inner, inner_d) in cases {
        for x in inputs(2, 8, -1.5..1.5) {
            let got = ex::chain_rule(outer_d, inner, inner_d, x);
            let check =
                check_gradient(|p: &[f64]| outer(inner(p[0])), &[x], &[got]);
            assert!(
                check.relative_error < 1e-6,
                "d/dx {name} at x = {x}: you returned {got}, finite differences say {}",
                check.numerical[0]
            );
        }
    }
}

#[test]
fn course_backward() {
    let (a, b, c) = graph::COURSE_INPUTS;
    let got = ex::course_backward(a, b, c);
    let course = [3.0, 3.0, 3.0, 6.0, 9.0];
    let names = ["dj_dv", "dj_du", "dj_da", "dj_db", "dj_dc"];
    let values =
        |g: graph::Backward| [g.dj_dv, g.dj_du, g.dj_da, g.dj_db, g.dj_dc];
    for ((name, got), want) in names.iter().zip(values(got)).zip(course) {
        assert!(
            close(got, want, 1e-12),
            "with a = 5, b = 3, c = 2: {name} = {got}, expected {want}"
        );
    }
    // Any inputs: compare with the reference autodiff.
    let random = inputs(3, 30, -4.0..4.0);
    for abc in random.chunks(3) {
        let tape = Tape::new();
        let (a, b, c) = (tape.var(abc[0]), tape.var(abc[1]), tape.var(abc[2]));
        let u = b * c;
        let v = a + u;
        let j = 3.0 * v;
        j.backward();
        let want = [v.grad(), u.grad(), a.grad(), b.grad(), c.grad()];
        let got = values(ex::course_backward(abc[0], abc[1], abc[2]));
        for ((name, got), want) in names.iter().zip(got).zip(want) {
            assert!(
                close(got, want, 1e-12),
                "with a, b, c = {abc:?}: {name} = {got}, expected {want}"
            );
        }
    }
}

#[test]
fn mul_backward() {
    let random = inputs(4, 60, -3.0..3.0);
    for abu in random.chunks(3) {
        let (a, b, upstream) = (abu[0], abu[1], abu[2]);
        let (da, db) = ex::mul_backward(a, b, upstream);
        // J = upstream · (a·b), so ∂J/∂(a·b) is exactly `upstream`.
        let check = check_gradient(
            |p: &[f64]| upstream * p[0] * p[1],
            &[a, b],
            &[da, db],
        );
        assert!(
            check.relative_error < 1e-6,
            "mul_backward({a}, {b}, upstream {upstream}) = ({da}, {db}), expected about {:?}",
            check.numerical
        );
    }
}

#[test]
fn sigmoid_backward() {
    let random = inputs(5, 40, -6.0..6.0);
    for zu in random.chunks(2) {
        let (z, upstream) = (zu[0], zu[1]);
        let output = derivatives::autodiff::sigmoid(z);
        let got = ex::sigmoid_backward(output, upstream);
        let tape = Tape::new();
        let zv = tape.var(z);
        (zv.sigmoid() * upstream).backward();
        let want = zv.grad();
        assert!(
            close(got, want, 1e-12),
            "sigmoid_backward(output {output}, upstream {upstream}) = {got}, expected {want}"
        );
    }
}

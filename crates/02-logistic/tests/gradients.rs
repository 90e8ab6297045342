//! The library's looped gradient against chapter 01's gradient checker, for
//! both losses, on seeded random problems.

use derivatives::gradcheck::check_gradient;
use logistic::loss::Loss;
use logistic::model::Params;
use ndarray::Array2;
use rand::RngExt;

#[test]
fn propagate_agrees_with_finite_differences() {
    let mut rng = toolkit::rng::seeded(7);
    for _ in 0..20 {
        let (n_x, m) = (rng.random_range(1..6), rng.random_range(1..12));
        let x =
            Array2::from_shape_fn((n_x, m), |_| rng.random_range(-3.0..3.0));
        let y = Array2::from_shape_fn((1, m), |_| {
            f64::from(u8::from(rng.random_bool(0.5)))
        });
        let point: Vec<f64> =
            (0..=n_x).map(|_| rng.random_range(-1.5..1.5)).collect();
        let params_at = |p: &[f64]| Params {
            w: Array2::from_shape_fn((n_x, 1), |(i, _)| p[i]),
            b: p[n_x],
        };
        for loss in [Loss::CrossEntropy, Loss::SquaredError] {
            let (g, _) = params_at(&point).propagate(&x, &y, loss).unwrap();
            let mut analytic: Vec<f64> = g.dw.iter().copied().collect();
            analytic.push(g.db);
            let cost = |p: &[f64]| params_at(p).cost(&x, &y, loss).unwrap();
            let check = check_gradient(cost, &point, &analytic);
            assert!(
                check.relative_error < 1e-6,
                "{loss:?}, n_x {n_x}, m {m}: {analytic:?} vs {:?}",
                check.numerical
            );
        }
    }
}

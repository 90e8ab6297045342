//! The whole network's backward pass against central differences.
#![allow(clippy::unwrap_used)]

use derivatives::gradcheck::check_gradient;
use ndarray::Array2;
use rand::RngExt;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::network::Network;

#[test]
fn every_activation_passes_the_gradient_check() {
    for (seed, hidden) in Activation::ALL.into_iter().enumerate() {
        for sizes in [&[3, 4, 1][..], &[2, 5, 3, 1], &[4, 3, 3, 2, 1]] {
            let mut rng = toolkit::rng::seeded(seed as u64 + 100);
            // Bias 0.1: keeps z away from ReLU's kink, where no derivative
            // exists and central differences straddle the corner.
            let net = Network::new(sizes, hidden, 0.1, &mut rng).unwrap();
            let m = 7;
            let x = Array2::from_shape_fn((sizes[0], m), |_| {
                rng.random_range(-1.0..1.0)
            });
            let y = Array2::from_shape_fn((1, m), |_| {
                f64::from(u8::from(rng.random_bool(0.5)))
            });
            let (_, grads) = net.gradients(&x, &y);
            let theta = net.params();
            let cost = |t: &[f64]| {
                let mut probe = net.clone();
                probe.set_params(t);
                probe.cost(&x, &y)
            };
            let check = check_gradient(cost, &theta, &Network::flatten(&grads));
            assert!(
                check.relative_error < 1e-6,
                "{hidden:?} {sizes:?}: relative error {:e}",
                check.relative_error
            );
        }
    }
}

#[test]
fn training_on_data_of_the_wrong_shape_is_an_error_not_a_panic() {
    let mut rng = toolkit::rng::seeded(1);
    let mut net =
        Network::new(&[3, 2, 1], Activation::Relu, 0.0, &mut rng).unwrap();
    let x = Array2::zeros((2, 5));
    let y = Array2::zeros((1, 5));
    let err =
        relu_vs_sigmoid::fit::fit(&mut net, &x, &y, 0.1, 10, 1, |_, _, _| {})
            .unwrap_err();
    assert_eq!(
        err,
        "the network takes 3 inputs and one label per example, but X is (2, 5) \
         and Y is (1, 5)"
    );
    let x = Array2::zeros((3, 5));
    let y = Array2::zeros((1, 4));
    assert!(
        relu_vs_sigmoid::fit::fit(&mut net, &x, &y, 0.1, 10, 1, |_, _, _| {})
            .is_err()
    );
}

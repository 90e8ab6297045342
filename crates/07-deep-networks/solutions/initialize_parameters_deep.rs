//! **Initialising an L-layer network (week 4).** `layer_dims` holds
//! n^[0], n^[1], …, n^[L]. For each layer l = 1, …, L in turn, draw W^[l]
//! of shape (n^[l], n^[l−1]) from `rng.randn` and divide it by √n^[l−1],
//! as the course's image model does; b^[l] is zeros of shape (n^[l], 1).
//! Return the pairs (W^[l], b^[l]) in layer order.

use toolkit::numpy_legacy::NumpyLegacy;

use crate::shallow::Parameters;

pub fn initialize_parameters_deep(layer_dims: &[usize], rng: &mut NumpyLegacy) -> Parameters {
    layer_dims
        .windows(2)
        .map(|pair| {
            let (n_prev, n) = (pair[0], pair[1]);
            (rng.randn(n, n_prev) / (n_prev as f64).sqrt(), ndarray::Array2::zeros((n, 1)))
        })
        .collect()
}

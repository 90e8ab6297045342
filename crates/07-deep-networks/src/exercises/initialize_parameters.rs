//! **Initialising week 3's network.** Draw W1 of shape (n_h, n_x) and then
//! W2 of shape (n_y, n_h) from `rng.randn`, each times 0.01; b1 (n_h, 1)
//! and b2 (n_y, 1) are zeros. The generator is numpy's legacy one: called
//! in the same order, it gives the notebook's numbers exactly.

use toolkit::numpy_legacy::NumpyLegacy;

use crate::shallow::Shallow;

pub fn initialize_parameters(n_x: usize, n_h: usize, n_y: usize, rng: &mut NumpyLegacy) -> Shallow {
    todo!()
}

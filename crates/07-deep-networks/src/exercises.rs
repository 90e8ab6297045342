//! Your exercises for chapter 07: the course's own steps, week 3's network
//! first, then week 4's blocks. Each file in `exercises/` says what to do:
//! replace its `todo!()` and run `cargo xtask check`. The same tests grade
//! the reference solutions in `solutions/`. This list is the chapter's
//! exercise registry: one name (the file, the solution and the test) and
//! one hint per exercise.

toolkit::exercises! {
    layer_sizes:
        "`x.nrows()` is n_x and `y.nrows()` is n_y; n_h is the course's 4.",
    initialize_parameters:
        "Draw W1 with `rng.randn(n_h, n_x)` first, then W2 with \
         `rng.randn(n_y, n_h)` — the order is what makes numpy's numbers — \
         and multiply each by 0.01; the biases are `Array2::zeros`.",
    forward_propagation:
        "`params.w1.dot(x) + &params.b1` broadcasts b1 along the columns; \
         then `.mapv(f64::tanh)`, and `logistic::loss::sigmoid` for A2.",
    compute_cost:
        "Zip A2 with Y: each example adds y·ln a + (1 − y)·ln(1 − a); \
         the cost is minus their mean.",
    backward_propagation:
        "dZ2 = A2 − Y; dW2 = dZ2·A1ᵀ / m; db2 = row sums of dZ2 / m; \
         dZ1 = (W2ᵀ·dZ2) ⊙ (1 − A1²); then dW1 and db1 the same way with X.",
    update_parameters:
        "Each parameter minus the learning rate times its gradient: \
         `&params.w1 - &(learning_rate * &grads.dw1)`, and so on.",
    nn_model:
        "Draw the parameters with `NumpyLegacy::seed(seed)`, then repeat \
         forward, backward and update `num_iterations` times with \
         learning rate 1.2.",
    shallow_predict:
        "Run the forward pass and map A2 to 1.0 where it is above 0.5, \
         0.0 elsewhere.",
    initialize_parameters_deep:
        "For each pair of neighbouring sizes (`layer_dims.windows(2)`), \
         W = `rng.randn(n, n_prev) / (n_prev as f64).sqrt()`, b zeros.",
    linear_forward:
        "`w.dot(a_prev) + b`: b is (n, 1) and is added to every column.",
    linear_activation_forward:
        "Compute Z with your `linear_forward`, then A = `z.mapv(|v| \
         g.apply(v))`; return both.",
    l_model_forward:
        "Loop over the layers with `linear_activation_forward`: ReLU for \
         all but the last, sigmoid for the last; push each Z and A.",
    linear_backward:
        "dW = `dz.dot(&a_prev.t()) / m`, db = `dz.sum_axis(Axis(1))` as a \
         column / m, dA_prev = `w.t().dot(dz)`; m is `dz.ncols()`.",
    linear_activation_backward:
        "dZ = dA ⊙ g′(Z) with `z.mapv(|v| g.derivative(v))`, then your \
         `linear_backward`.",
    l_model_backward:
        "Start from dZ^[L] = A^[L] − Y through the last layer's \
         `linear_backward`, then go down the hidden layers with \
         `linear_activation_backward` and ReLU; reverse at the end.",
}

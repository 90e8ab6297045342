//! Your exercises for chapter 02, in the order a reader meets the ideas.
//! Each file in `exercises/` says what to do: replace its `todo!()` and run
//! `cargo xtask check`. The same tests grade the reference solutions in
//! `solutions/`. This list is the chapter's exercise registry: one name
//! (the file, the solution and the test) and one hint per exercise.

toolkit::exercises! {
    sigmoid:
        "1 / (1 + e^(−z)); in Rust e^t is `t.exp()`. For z = −1000, e^1000 is \
         infinite, and 1 / infinity is 0 — which is the right answer.",
    sigmoid_derivative:
        "Compute s = σ(z) once (your `sigmoid` or the library's), then s·(1 − s).",
    loss:
        "−ln σ(z) = ln(1 + e^(−z)) and −ln(1 − σ(z)) = ln(1 + e^z). Write a \
         helper for ln(1 + e^t) that never overflows: max(t, 0) + ln(1 + e^(−|t|)), \
         with `ln_1p` for the last logarithm.",
    cost:
        "Loop over the columns j of X. For each, z = b + Σᵢ w[[i, 0]]·x[[i, j]]; \
         add the loss of (z, y[[0, j]]). Divide the total by m at the end.",
    propagate:
        "Same loop as `cost`. For each example also compute a = σ(z) and \
         dz = a − y; add x[[i, j]]·dz into dw[[i, 0]] for every i, and dz into \
         db. Divide dw, db and the cost by m after the loop.",
}

//! Your exercises for chapter 03, in the order a reader meets the ideas.
//! Each file in `exercises/` says what to do: replace its `todo!()` and run
//! `cargo xtask check`. The same tests grade the reference solutions in
//! `solutions/`. This list is the chapter's exercise registry: one name
//! (the file, the solution and the test) and one hint per exercise.

toolkit::exercises! {
    update:
        "Move against the gradient: w − α·dw and b − α·db. With ndarray, \
         `w - &(dw * learning_rate)` makes a new array.",
    optimize:
        "Each iteration: call `params.propagate(x, y, Loss::CrossEntropy)`, \
         record the cost when i % record_every == 0, then apply your `update`. \
         Return the gradients of the last iteration, computed before its update.",
    predict:
        "For each column j, z = b + Σᵢ w[[i, 0]]·x[[i, j]]; the prediction is 1 \
         when σ(z) > 0.5, which is the same as z > 0.",
    accuracy:
        "Count the positions where the prediction equals the label, divide by m, \
         and multiply by 100.",
}

//! Your exercises for chapter 01, in the order a reader meets the ideas.
//! Each file in `exercises/` says what to do: replace its `todo!()` and run
//! `cargo xtask check`. The same tests grade the reference solutions in
//! `solutions/`. This list is the chapter's exercise registry: one name
//! (the file, the solution and the test) and one hint per exercise.

toolkit::exercises! {
    central_difference:
        "Evaluate f on both sides of x, at x + h and x - h. The two points are 2h apart, and \
         the slope of the line through them is rise over run.",
    chain_rule:
        "The outer function's slope must be taken where the outer function is evaluated: at \
         inner(x), not at x. Then multiply by the inner slope at x.",
    course_backward:
        "Start at J and work right to left. J = 3v gives dJ/dv = 3. Each later line is the \
         local slope of one node times the gradient you already have for the node above it; \
         for u = b·c the local slope with respect to b is c.",
    mul_backward:
        "If a grows by a little, a·b grows by b times that little: the local gradient with \
         respect to a is b, and with respect to b it is a. Multiply each by the upstream \
         gradient.",
    sigmoid_backward:
        "σ'(z) = σ(z)·(1 − σ(z)), and you are given σ(z) itself as `output` — no exponential \
         is needed. Multiply by the upstream gradient.",
}

//! Your exercises for chapter 04, in the order a reader meets the ideas.
//! Each file in `exercises/` says what to do: replace its `todo!()` and run
//! `cargo xtask check`. The same tests grade the reference solutions in
//! `solutions/`. This list is the chapter's exercise registry: one name
//! (the file, the solution and the test) and one hint per exercise.

toolkit::exercises! {
    dot4:
        "`a.chunks_exact(4)` gives the full groups of four and, through \
         `.remainder()`, the leftover elements.",
    propagate_vectorized:
        "`w.t().dot(x)` is (1, m) and `+ b` broadcasts the number; `z.mapv(sigmoid)` \
         applies σ to every entry; `x.dot(&dz.t())` is (n_x, 1).",
    fused_step:
        "`rows.chunks_exact(w.len())` yields one example's features at a time; \
         zip it with `y`.",
}

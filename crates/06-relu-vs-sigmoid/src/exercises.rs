//! Your exercises for chapter 06, in the order a reader meets the ideas.
//! Each file in `exercises/` says what to do: replace its `todo!()` and run
//! `cargo xtask check`. The same tests grade the reference solutions in
//! `solutions/`. This list is the chapter's exercise registry: one name
//! (the file, the solution and the test) and one hint per exercise.

toolkit::exercises! {
    relu:
        "`if z > 0.0 { … } else { … }` — note that 0 itself goes to the \
         else branch in both functions.",
    dense_backward:
        "`dz.dot(&a_prev.t())`, `dz.sum_axis(Axis(1)).insert_axis(Axis(1))` \
         and `w.t().dot(dz)`; divide the first two by m = `dz.ncols()`.",
    count_dead:
        "`z.rows()` iterates over the units; `row.iter().all(|&v| v <= 0.0)` \
         says whether one is dead.",
}

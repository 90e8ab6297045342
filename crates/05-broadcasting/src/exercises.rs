//! Your exercises for chapter 05, in the order a reader meets the ideas.
//! Each file in `exercises/` says what to do: replace its `todo!()` and run
//! `cargo xtask check`. The same tests grade the reference solutions in
//! `solutions/`. This list is the chapter's exercise registry: one name
//! (the file, the solution and the test) and one hint per exercise.

toolkit::exercises! {
    broadcast_shape:
        "Walk the axes from the last one back; a shape that has run out of \
         axes has size 1 there. `a.len().checked_sub(k)` tells you whether the \
         k-th axis from the end exists.",
    normalize_rows:
        "`x.map_axis(Axis(1), |row| row.dot(&row).sqrt())` gives one norm per \
         row, shape (n,); `.insert_axis(Axis(1))` makes it (n, 1), which \
         divides every row by its own norm.",
    softmax_rows:
        "Subtract each row's maximum first (an (n, 1) column, broadcast): \
         softmax does not change, and the largest exponent becomes e⁰ = 1.",
}

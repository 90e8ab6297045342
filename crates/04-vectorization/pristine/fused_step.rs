//! **The fused step**: one pass over the examples, each used while it is
//! still in cache. `rows` holds the examples one after another (example j's
//! n_x features are `rows[j * n_x .. (j + 1) * n_x]`), `y` the m labels.
//!
//! For each example: z = b + w·x, a = σ(z), dz = a − y; add dz·x into dw,
//! dz into db, and loss(z, y) into the cost. Divide all three by m at the
//! end. Return (dw, db, cost). Use `logistic::loss::{loss, sigmoid}`.

pub fn fused_step(
    rows: &[f64],
    y: &[f64],
    w: &[f64],
    b: f64,
) -> (Vec<f64>, f64, f64) {
    todo!()
}

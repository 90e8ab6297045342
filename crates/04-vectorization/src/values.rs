//! The numbers the book's prose quotes from this chapter, recorded in
//! `values.tsv` (see `toolkit::values`): sizes that follow from the
//! benchmark shapes, and what the recorded run measured on its machine.

use std::io::Write;

use toolkit::guide::Written;
use toolkit::measured::format_seconds;
use toolkit::values::Values;

use crate::kernels::{BLOCK_BYTES, MAX_BLOCK, block_rows};
use crate::measured::data::recorded;
use crate::measured::ids::{Dot, Machine, Precision, SHAPES};
use crate::measured::tables::fastest;

/// The dot products the prose discusses are 10⁶ long.
const N: usize = 1_000_000;

pub fn record(out: &mut dyn Write) -> Written {
    let mut values = Values::new(out);
    let m = recorded()?;
    for fact in ["l1d", "l2", "llc", "vector"] {
        values.put(&format!("recorded-{fact}"), m.about(fact))?;
    }
    let (cat_features, _, _) = SHAPES[1];
    values.put("cat-w-kib", cat_features * 8 / 1024)?;
    let (n_x, examples, _) = SHAPES[2];
    values.put("block-kib", BLOCK_BYTES / 1024)?;
    values.put("max-block", MAX_BLOCK)?;
    values.put("mnist-block", block_rows(n_x))?;
    values.put("cat-block", block_rows(cat_features))?;
    values.put(
        "mnist-x-mb",
        format!("{:.0}", (n_x * examples * 8) as f64 / 1e6),
    )?;
    values.put("dot-mb", 2 * N * 8 / 1_000_000)?;
    let spawn = m.get(&Machine::Spawn.id());
    values.put("thread-spawn", format_seconds(spawn))?;
    // f32 against f64 with eight accumulators: the same lanes' worth of
    // registers hold twice the elements.
    let acc = |p| m.get(&Dot::Accumulators8.id(p, N));
    if let (Some(single), Some(double)) =
        (acc(Precision::F32), acc(Precision::F64))
    {
        values.put("f32-share", format!("{:.0} %", 100.0 * single / double))?;
    }
    // As the Rust-against-numpy table takes it: the fastest one-thread variant.
    let one_thread = |p| {
        let rust = fastest(Dot::ONE_THREAD.iter().map(|d| m.get(&d.id(p, N))))?;
        m.get(&Dot::NumpyOneThread.id(p, N))
            .map(|numpy| numpy / rust)
    };
    if let Some(ratio) = one_thread(Precision::F32) {
        let ahead = if ratio < 1.0 {
            "numpy is ahead"
        } else {
            "Rust is ahead"
        };
        values.put("f32-one-thread", format!("{ahead} (ratio {ratio:.2})"))?;
    }
    Ok(())
}

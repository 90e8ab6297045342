//! The numbers the book's prose quotes from this chapter, recorded in
//! `values.tsv` (see `toolkit::values`).

use std::io::Write;

use toolkit::bundled::DIGITS;
use toolkit::guide::Written;
use toolkit::values::Values;

use crate::experiments::RATE_DIGIT;

pub fn record(out: &mut dyn Write) -> Written {
    let mut values = Values::new(out);
    let digits = DIGITS.load()?.one_vs_rest(RATE_DIGIT);
    let others = 1.0 - digits.y.mean().unwrap_or(f64::NAN);
    values.put("digits-not-zero", format!("{:.1} %", 100.0 * others))?;
    Ok(())
}

//! The numbers the book's prose quotes from this chapter, recorded in
//! `values.tsv` (see `toolkit::values`).

use std::io::Write;

use toolkit::guide::Written;
use toolkit::values::Values;

use crate::loss::sigmoid;

/// The smallest whole z at which σ(z) rounds to exactly 1.0 in f64: from
/// there on, 1 − ŷ is 0 and the textbook loss takes ln 0.
pub fn sigmoid_reaches_one() -> Option<i32> {
    #[expect(clippy::float_cmp, reason = "exactly 1.0 is the point")]
    (0..1000).find(|&z| sigmoid(f64::from(z)) == 1.0)
}

pub fn record(out: &mut dyn Write) -> Written {
    let mut values = Values::new(out);
    let z = sigmoid_reaches_one().ok_or("σ(z) < 1 for every z below 1000")?;
    values.put("sigmoid-reaches-one", z)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_sigmoid_rounds_to_one_in_the_high_thirties() {
        // e^(-z) falls below half an ulp of 1 (2^-53) between z = 36 and 37.
        assert_eq!(super::sigmoid_reaches_one(), Some(37));
    }
}

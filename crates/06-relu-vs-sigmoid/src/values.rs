//! The numbers the book's prose quotes from this chapter, recorded in
//! `values.tsv` (see `toolkit::values`).

use std::io::Write;

use toolkit::guide::Written;
use toolkit::measured::MeasuredError;
use toolkit::values::Values;

use crate::activation::Activation;
use crate::experiments::{KINDS, deep_training};
use crate::fit::digits_even_odd;
use crate::measured::{Layer, ZEROS, recorded};

/// The last share of zero inputs at which skipping zeros is still slower
/// than the matrix multiply, and the first at which it is faster.
pub fn skipping_crossover() -> Result<(Option<u32>, Option<u32>), MeasuredError>
{
    let m = recorded()?;
    let ratio = |zeros| {
        m.get(&Layer::SkippingZeros.id(zeros))
            .zip(m.get(&Layer::MatrixMultiply.id(zeros)))
            .map(|(skip, dense)| skip / dense)
    };
    let slower = ZEROS
        .iter()
        .copied()
        .filter(|&z| ratio(z) > Some(1.0))
        .max();
    let faster = ZEROS
        .iter()
        .copied()
        .filter(|&z| ratio(z).is_some_and(|r| r < 1.0))
        .min();
    Ok((slower, faster))
}

pub fn record(out: &mut dyn Write) -> Written {
    let mut values = Values::new(out);
    let saturated = KINDS[2].bias;
    values.put("saturated-bias", saturated)?;
    let slope = Activation::Sigmoid.derivative(saturated);
    values.put("saturated-slope", format!("{slope:.3}"))?;
    let (slower, faster) = skipping_crossover()?;
    let shown =
        |z: Option<u32>| z.map_or("–".to_owned(), |z| format!("{z} %"));
    values.put("skipping-still-slower-at", shown(slower))?;
    values.put("skipping-faster-from", shown(faster))?;
    let sigmoid = deep_training()?
        .iter()
        .find(|c| c.kind.activation == Activation::Sigmoid)
        .ok_or("no sigmoid network in the deep-training experiment")?;
    let last = sigmoid.costs.last().map_or(f64::NAN, |c| c.1);
    values.put("deep-sigmoid-cost", format!("{last:.4}"))?;
    values.put(
        "deep-sigmoid-accuracy",
        format!("{:.1} %", 100.0 * sigmoid.accuracy),
    )?;
    let (_, y) = digits_even_odd()?;
    let ones = y.mean().unwrap_or(f64::NAN);
    values.put(
        "digits-larger-class",
        format!("{:.1} %", 100.0 * ones.max(1.0 - ones)),
    )?;
    Ok(())
}

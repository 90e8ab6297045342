//! The numbers the book's prose quotes from this chapter, recorded in
//! `values.tsv` (see `toolkit::values`).

use std::io::Write;

use toolkit::guide::Written;
use toolkit::values::Values;

use crate::course::{COURSE_COSTS, COURSE_SWEEP, SWEEP_SIZES};
use crate::experiments::course_runs::{four_units, numpy_runs};

/// The last printed iteration up to which the course's published costs,
/// numpy's on this machine and this chapter's all agree to six decimals.
pub fn costs_agree_through() -> Result<Option<usize>, String> {
    let numpy = numpy_runs()?;
    let ours = four_units()?;
    let six = |c: f64| format!("{c:.6}");
    Ok(ours
        .costs
        .iter()
        .zip(&numpy.costs)
        .zip(COURSE_COSTS)
        .take_while(|((o, n), c)| six(o.1) == six(n.1) && six(o.1) == six(*c))
        .last()
        .map(|((o, _), _)| o.0))
}

/// The sweep's sizes at which the course's published accuracy is not what
/// numpy computes on this machine.
pub fn sweep_differs() -> Result<Vec<usize>, String> {
    let numpy = numpy_runs()?;
    #[expect(clippy::float_cmp, reason = "both are exact counts over 400")]
    let differs = |(&size, &course): (&usize, &f64)| {
        numpy
            .sweep
            .iter()
            .find(|s| s.0 == size)
            .is_none_or(|s| s.1 != course)
    };
    Ok(SWEEP_SIZES
        .iter()
        .zip(&COURSE_SWEEP)
        .filter(|&pair| differs(pair))
        .map(|(&size, _)| size)
        .collect())
}

/// "20 and 50", "1, 2 and 3".
fn listed(sizes: &[usize]) -> String {
    let words: Vec<String> = sizes.iter().map(ToString::to_string).collect();
    match words.split_last() {
        None => "no size".to_owned(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

pub fn record(out: &mut dyn Write) -> Written {
    let mut values = Values::new(out);
    let through = costs_agree_through()?
        .ok_or("the course's first cost already differs")?;
    values.put("costs-agree-through", format_count(through))?;
    values.put("sweep-course-differs", listed(&sweep_differs()?))?;
    Ok(())
}

/// 6000 as "6 000", the way the book writes counts.
fn format_count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the book says beside the sweep: this chapter's accuracy is
    /// numpy's at every size, whether or not the course's differs.
    #[test]
    fn the_sweep_agrees_with_numpy_at_every_size() {
        let numpy = numpy_runs().unwrap();
        let ours: Vec<(usize, f64)> = crate::experiments::course_runs::sweep()
            .unwrap()
            .iter()
            .filter(|r| r.hidden > 0)
            .map(|r| (r.hidden, r.accuracy))
            .collect();
        assert_eq!(ours, numpy.sweep);
    }

    #[test]
    fn lists_and_counts_read_as_the_book_writes_them() {
        assert_eq!(listed(&[20, 50]), "20 and 50");
        assert_eq!(listed(&[1, 2, 3]), "1, 2 and 3");
        assert_eq!(listed(&[4]), "4");
        assert_eq!(format_count(6000), "6\u{a0}000");
        assert_eq!(format_count(600), "600");
    }
}

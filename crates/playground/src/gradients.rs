//! Chapter 06's depth widget: the norm of every layer's dW at
//! initialisation, for a kind of network (activation and biases) and a
//! depth, from the chapter's own [`gradient_norms`] on its digits task.

use relu_vs_sigmoid::experiments::{DEPTHS, KINDS, gradient_norms};
use relu_vs_sigmoid::fit::even_odd;
use toolkit::bundled::DIGITS;

use crate::data;

/// ‖dW‖ of every layer, input side first, for kind `kind` (an index into
/// the chapter's [`KINDS`]) and `depth` hidden layers.
pub fn norms(kind: usize, depth: usize) -> Result<Vec<f64>, String> {
    let kind = *KINDS.get(kind).ok_or_else(|| {
        format!("kind {kind} is not one of the chapter's {}", KINDS.len())
    })?;
    if !DEPTHS.contains(&depth) {
        return Err(format!(
            "depth {depth} is outside the chapter's {}..={}",
            DEPTHS.start(),
            DEPTHS.end()
        ));
    }
    data::with(DIGITS, |digits| {
        let (x, y) = even_odd(digits);
        gradient_norms(kind, depth, &x, &y)
    })
}

/// The kinds' labels, one per line, in [`KINDS`]' order.
pub fn kinds() -> String {
    KINDS.iter().map(|k| k.label).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use relu_vs_sigmoid::experiments::vanishing;

    #[test]
    fn the_norms_are_the_chapters_table() {
        data::provide_from_disk(DIGITS);
        let table = vanishing().unwrap();
        for (k, run) in table.iter().enumerate() {
            for (depth, expected) in &run.norms {
                assert_eq!(&norms(k, *depth).unwrap(), expected);
            }
        }
    }

    #[test]
    fn a_kind_or_depth_outside_the_chapter_is_named() {
        assert!(norms(3, 4).unwrap_err().contains("kind 3"));
        assert!(norms(0, 11).unwrap_err().contains("depth 11"));
    }
}

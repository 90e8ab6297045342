//! The broadcasting rule, as numpy defines it, for any number of operands
//! of any rank.

use std::fmt;

// ANCHOR: rule
/// The shape that `shapes` broadcast to. Shapes are aligned at their last
/// axis; a missing leading axis counts as size 1. On each axis the sizes
/// must all be equal or 1, and the result takes the size that is not 1.
pub fn broadcast_shape(shapes: &[&[usize]]) -> Result<Vec<usize>, ShapeError> {
    let rank = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut result = vec![1; rank];
    // From the last axis back: `back` = 1 is the last axis of every shape.
    for back in 1..=rank {
        let axis = rank - back;
        for (i, shape) in shapes.iter().enumerate() {
            let size = size_from_end(shape, back);
            if size == 1 {
                continue; // stretches to anything
            }
            if result[axis] == 1 {
                result[axis] = size;
            } else if result[axis] != size {
                // The first operand with a size other than 1 on this axis.
                let first = shapes
                    .iter()
                    .position(|s| size_from_end(s, back) != 1)
                    .unwrap_or(0);
                return Err(ShapeError {
                    shapes: shapes.iter().map(|s| s.to_vec()).collect(),
                    axis,
                    operands: (first, i),
                });
            }
        }
    }
    Ok(result)
}

/// The size of the `back`-th axis from the end, 1 if the shape is shorter.
fn size_from_end(shape: &[usize], back: usize) -> usize {
    shape.len().checked_sub(back).map_or(1, |i| shape[i])
}
// ANCHOR_END: rule

/// Shapes that do not broadcast, and where: on result `axis`, the operands
/// `operands.0` and `operands.1` (0-based) have different sizes, neither 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    pub shapes: Vec<Vec<usize>>,
    pub axis: usize,
    pub operands: (usize, usize),
}

impl ShapeError {
    /// The axis, counted from the end (1 is the last axis).
    fn axis_from_end(&self) -> usize {
        self.shapes.iter().map(Vec::len).max().unwrap_or(0) - self.axis
    }

    /// The two clashing operands' sizes on the axis.
    pub fn sizes(&self) -> (usize, usize) {
        let size =
            |i: usize| size_from_end(&self.shapes[i], self.axis_from_end());
        (size(self.operands.0), size(self.operands.1))
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let all: Vec<String> = self.shapes.iter().map(|s| show(s)).collect();
        let (a, b) = self.operands;
        let (size_a, size_b) = self.sizes();
        write!(
            f,
            "shapes {} do not broadcast: on axis {} (the {} from the end) \
             operand {} has size {} and operand {} has size {}",
            all.join(" and "),
            self.axis,
            ordinal(self.axis_from_end()),
            a + 1,
            size_a,
            b + 1,
            size_b,
        )
    }
}

impl std::error::Error for ShapeError {}

/// A shape the way numpy prints it: `(3, 1, 4)`, `(5,)`, `()`.
pub fn show(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => {
            let sizes: Vec<String> =
                shape.iter().map(ToString::to_string).collect();
            format!("({})", sizes.join(", "))
        }
    }
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_on_the_chapters_examples() {
        let ok = |shapes: &[&[usize]]| broadcast_shape(shapes).unwrap();
        assert_eq!(ok(&[&[3, 1, 4], &[2, 1]]), [3, 2, 4]);
        assert_eq!(ok(&[&[4, 3], &[1, 3]]), [4, 3]);
        assert_eq!(ok(&[&[4, 1], &[1, 3]]), [4, 3]);
        assert_eq!(ok(&[&[5], &[5, 1]]), [5, 5], "the rank-1 surprise");
        assert_eq!(ok(&[&[2, 0], &[1]]), [2, 0], "size 0 is a size like any");
        assert_eq!(ok(&[&[], &[2, 3]]), [2, 3], "a scalar goes anywhere");
        assert_eq!(ok(&[]), Vec::<usize>::new());
        assert_eq!(ok(&[&[8, 1, 6, 1], &[7, 1, 5], &[1, 1]]), [8, 7, 6, 5]);
    }

    #[test]
    fn an_error_names_the_shapes_the_axis_and_the_operands() {
        let err = broadcast_shape(&[&[3, 1, 4], &[2, 5]]).unwrap_err();
        assert_eq!((err.axis, err.operands), (2, (0, 1)));
        assert_eq!(
            err.to_string(),
            "shapes (3, 1, 4) and (2, 5) do not broadcast: on axis 2 (the 1st \
             from the end) operand 1 has size 4 and operand 2 has size 5"
        );
        let err = broadcast_shape(&[&[2, 1], &[1, 3], &[4, 3]]).unwrap_err();
        assert_eq!((err.axis, err.operands), (0, (0, 2)));
        assert!(err.to_string().contains("on axis 0 (the 2nd from the end)"));
        let err = broadcast_shape(&[&[0], &[2]]).unwrap_err();
        assert!(err.to_string().contains("size 0 and operand 2 has size 2"));
    }

    #[test]
    fn shapes_print_like_numpy() {
        assert_eq!(show(&[3, 1, 4]), "(3, 1, 4)");
        assert_eq!(show(&[5]), "(5,)");
        assert_eq!(show(&[]), "()");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(22), "22nd");
    }
}

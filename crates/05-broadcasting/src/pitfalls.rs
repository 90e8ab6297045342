//! The mistakes broadcasting invites, each shown by the shape it silently
//! produces, and the habit that prevents them.

use ndarray::{Array1, Array2, Axis};

// ANCHOR: surprise
/// A rank-1 vector (n,) plus a column (n, 1): the vector acts as a *row*
/// (1, n), both stretch, and the sum is an (n, n) matrix — no error.
pub fn rank1_plus_column(v: &Array1<f64>, c: &Array2<f64>) -> Array2<f64> {
    v + c
}
// ANCHOR_END: surprise

/// `v.dot(&v)` on a rank-1 vector is the inner product, a number — never
/// the outer product `v vᵀ` someone used to columns might expect.
pub fn rank1_self_dot(v: &Array1<f64>) -> f64 {
    v.dot(v)
}

/// With explicit 2-D shapes the two products cannot be confused: (n, 1)
/// times (1, n) is the (n, n) outer product, (1, n) times (n, 1) the inner.
pub fn column_outer(c: &Array2<f64>) -> Array2<f64> {
    c.dot(&c.t())
}

// ANCHOR: habit
/// The habit: make vectors columns on purpose, and state the shape you
/// expect where it matters.
pub fn column(v: Array1<f64>) -> Array2<f64> {
    v.insert_axis(Axis(1))
}

/// `Err` with a one-line message if `a` is not `expected`.
pub fn check_shape(
    what: &str,
    a: &Array2<f64>,
    expected: [usize; 2],
) -> Result<(), String> {
    if a.shape() == expected {
        Ok(())
    } else {
        Err(format!(
            "{what} has shape {:?}, expected {expected:?}",
            a.shape()
        ))
    }
}
// ANCHOR_END: habit

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn a_vector_plus_a_column_is_a_matrix() {
        let v = array![1.0, 2.0, 3.0];
        let c = array![[10.0], [20.0], [30.0]];
        let sum = rank1_plus_column(&v, &c);
        assert_eq!(sum.shape(), [3, 3], "not (3,) and not (3, 1)");
        assert_eq!(sum.row(0).to_vec(), [11.0, 12.0, 13.0]);
    }

    #[test]
    fn a_rank1_vector_is_its_own_transpose_and_dots_to_a_number() {
        let v = array![1.0, 2.0, 3.0];
        assert_eq!(v.t().shape(), v.shape(), "transposing (3,) does nothing");
        assert!((rank1_self_dot(&v) - 14.0).abs() < 1e-12);
        let outer = column_outer(&column(v));
        assert_eq!(outer.shape(), [3, 3]);
    }

    #[test]
    fn the_habit_catches_the_surprise() {
        let c = array![[10.0], [20.0], [30.0]];
        let v = array![1.0, 2.0, 3.0];
        let good = column(v.clone()) + &c;
        assert!(check_shape("column + column", &good, [3, 1]).is_ok());
        let bad = rank1_plus_column(&v, &c);
        assert_eq!(
            check_shape("v + c", &bad, [3, 1]).unwrap_err(),
            "v + c has shape [3, 3], expected [3, 1]"
        );
    }
}

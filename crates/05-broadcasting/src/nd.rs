//! Broadcasting by hand, for arrays of any rank: the stride-0 trick that
//! lets a small operand be read as if it were big, without copying it.

use ndarray::{ArrayD, Axis, Dimension, IxDyn};

use crate::rule::{ShapeError, broadcast_shape};

// ANCHOR: strides
/// Strides, in elements, that read an operand of `shape` (stored row-major)
/// as if it had the larger shape `target`: the usual row-major strides,
/// except 0 on every axis of size 1, so that moving along that axis stays
/// on the same element. Leading axes the operand lacks get 0 too.
pub fn broadcast_strides(shape: &[usize], target: &[usize]) -> Vec<usize> {
    let missing = target.len() - shape.len();
    let mut strides = vec![0; target.len()];
    let mut step = 1;
    for (axis, &size) in shape.iter().enumerate().rev() {
        strides[missing + axis] = if size == 1 { 0 } else { step };
        step *= size;
    }
    strides
}
// ANCHOR_END: strides

// ANCHOR: zip
/// `f` applied element by element to `a` and `b` broadcast to a common
/// shape. Neither operand is copied to the larger shape: the element of the
/// result at index i reads `a`'s data at i·strides, and a stride of 0 makes
/// that axis's index irrelevant.
pub fn broadcast_zip(
    a: &ArrayD<f64>,
    b: &ArrayD<f64>,
    f: impl Fn(f64, f64) -> f64,
) -> Result<ArrayD<f64>, ShapeError> {
    let shape = broadcast_shape(&[a.shape(), b.shape()])?;
    let (sa, sb) = (
        broadcast_strides(a.shape(), &shape),
        broadcast_strides(b.shape(), &shape),
    );
    // The data in row-major order, whatever the arrays' memory layout.
    let (da, db): (Vec<f64>, Vec<f64>) =
        (a.iter().copied().collect(), b.iter().copied().collect());
    let offset = |index: &[usize], strides: &[usize]| -> usize {
        index.iter().zip(strides).map(|(i, s)| i * s).sum()
    };
    Ok(ArrayD::from_shape_fn(IxDyn(&shape), |index| {
        let index = index.slice();
        f(da[offset(index, &sa)], db[offset(index, &sb)])
    }))
}
// ANCHOR_END: zip

/// `a + b` with broadcasting.
pub fn broadcast_add(
    a: &ArrayD<f64>,
    b: &ArrayD<f64>,
) -> Result<ArrayD<f64>, ShapeError> {
    broadcast_zip(a, b, |x, y| x + y)
}

/// What broadcasting saves you from writing: `a` copied out to `target`'s
/// shape, one axis at a time (numpy's `np.tile`). Every copy is real
/// memory. `None` if `a` does not broadcast to exactly `target`.
pub fn repeat_to(a: &ArrayD<f64>, target: &[usize]) -> Option<ArrayD<f64>> {
    if broadcast_shape(&[a.shape(), target]).ok()? != target {
        return None; // `a` is larger than `target` somewhere
    }
    // Give `a` the target's rank with leading axes of size 1.
    let mut padded = vec![1; target.len() - a.ndim()];
    padded.extend_from_slice(a.shape());
    let mut out = a.to_shape(IxDyn(&padded)).ok()?.to_owned();
    for (axis, (&have, &want)) in padded.iter().zip(target).enumerate() {
        if have == 1 && want == 0 {
            // Zero copies: keep no element along this axis.
            out = out.slice_axis(Axis(axis), (0..0).into()).to_owned();
        } else if have == 1 && want != 1 {
            let copies = vec![out.view(); want];
            out = ndarray::concatenate(Axis(axis), &copies).ok()?;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stretched_axes_get_stride_zero() {
        assert_eq!(broadcast_strides(&[1, 4], &[3, 4]), [0, 1]);
        assert_eq!(broadcast_strides(&[3, 1], &[3, 4]), [1, 0]);
        assert_eq!(broadcast_strides(&[4], &[2, 3, 4]), [0, 0, 1]);
        assert_eq!(broadcast_strides(&[2, 3, 4], &[2, 3, 4]), [12, 4, 1]);
    }

    #[test]
    fn a_row_plus_a_column() {
        let col =
            ArrayD::from_shape_vec(IxDyn(&[3, 1]), vec![0., 10., 20.]).unwrap();
        let row = ArrayD::from_shape_vec(IxDyn(&[1, 4]), vec![1., 2., 3., 4.])
            .unwrap();
        let sum = broadcast_add(&col, &row).unwrap();
        assert_eq!(sum.shape(), [3, 4]);
        assert!((sum[[2, 3]] - 24.0).abs() < 1e-12);
        assert_eq!(repeat_to(&row, &[3, 4]).unwrap().len(), 12);
    }

    #[test]
    fn repeat_refuses_to_shrink() {
        let a = ArrayD::<f64>::zeros(IxDyn(&[3, 4]));
        assert!(repeat_to(&a, &[1, 4]).is_none());
        assert!(repeat_to(&a, &[2, 3, 4]).is_some());
    }
}

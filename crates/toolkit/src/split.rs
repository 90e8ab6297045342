//! A seeded train/test split.

use crate::dataset::{DataError, Dataset};
use crate::rng;

/// Shuffles the examples with `seed` and holds out `round(m · test_fraction)` of them.
/// Both parts must end up with at least one example.
pub fn train_test_split(
    data: &Dataset,
    test_fraction: f64,
    seed: u64,
) -> Result<(Dataset, Dataset), DataError> {
    let m = data.len();
    let fail = |reason| DataError::Split {
        examples: m,
        fraction: test_fraction,
        reason,
    };
    if !(test_fraction > 0.0 && test_fraction < 1.0) {
        return Err(fail("the fraction must be strictly between 0 and 1"));
    }
    // Rounding is exact here: m is far below 2^52.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let n_test = (m as f64 * test_fraction).round() as usize;
    if n_test == 0 || n_test == m {
        return Err(fail("each part needs at least one example"));
    }
    let order = rng::permutation(m, seed);
    let (test, train) = order.split_at(n_test);
    Ok((data.examples(train), data.examples(test)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;
    use ndarray::Array2;

    fn numbered(m: usize) -> Dataset {
        Dataset {
            x: Array2::from_shape_fn((2, m), |(i, j)| (10 * j + i) as f64),
            y: Array2::from_shape_fn((1, m), |(_, j)| (j % 2) as f64),
            features: vec!["a".into(), "b".into()],
            target: "label".into(),
        }
    }

    #[test]
    fn parts_are_disjoint_complete_and_seeded() {
        let data = numbered(50);
        let (train, test) = train_test_split(&data, 0.2, 3).unwrap();
        assert_eq!((train.len(), test.len()), (40, 10));
        let mut ids: Vec<f64> = train
            .x
            .row(0)
            .iter()
            .chain(test.x.row(0))
            .copied()
            .collect();
        ids.sort_by(f64::total_cmp);
        let expected: Vec<f64> = (0..50).map(|j| (10 * j) as f64).collect();
        assert_eq!(ids, expected);
        // A column keeps its example: feature b is feature a + 1, y follows the example.
        for (j, col) in train.x.columns().into_iter().enumerate() {
            assert_abs_diff_eq!(col[1], col[0] + 1.0);
            assert_abs_diff_eq!(
                train.y[[0, j]],
                ((col[0] / 10.0) as usize % 2) as f64
            );
        }
        let (train2, _) = train_test_split(&data, 0.2, 3).unwrap();
        assert_eq!(train, train2);
        let (train3, _) = train_test_split(&data, 0.2, 4).unwrap();
        assert_ne!(train, train3);
    }

    #[test]
    fn impossible_splits_are_errors() {
        for (m, fraction) in
            [(10, 0.0), (10, 1.0), (10, f64::NAN), (3, 0.1), (3, 0.9)]
        {
            let err = train_test_split(&numbered(m), fraction, 0).unwrap_err();
            assert!(
                matches!(err, DataError::Split { .. }),
                "{m} {fraction}: {err}"
            );
        }
    }
}

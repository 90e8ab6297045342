//! Where broadcasting earns its keep: the bias, centring, and the course's
//! calories table.

use ndarray::{Array2, Axis, array};

/// The course's table: calories from carbohydrate, protein and fat (rows)
/// in 100 g of apples, beef, eggs and potatoes (columns).
pub fn calories() -> Array2<f64> {
    array![
        [56.0, 0.0, 4.4, 68.0],
        [1.2, 104.0, 52.0, 8.0],
        [1.8, 135.0, 99.0, 0.9],
    ]
}

// ANCHOR: percent
/// Each entry as a percentage of its column's total: `(3, 4) / (1, 4)`,
/// the row of sums stretched over the three rows.
pub fn percent_of_column(a: &Array2<f64>) -> (Array2<f64>, Array2<f64>) {
    let totals = a.sum_axis(Axis(0)).insert_axis(Axis(0)); // (1, n)
    let percent = 100.0 * a / &totals;
    (totals, percent)
}
// ANCHOR_END: percent

// ANCHOR: centre
/// Every feature (row of `x`, shape (n_x, m)) minus its mean over the
/// examples: `(n_x, m) − (n_x, 1)`, the column of means stretched along
/// the examples.
pub fn centre_features(x: &Array2<f64>) -> Array2<f64> {
    let means = x.sum_axis(Axis(1)).insert_axis(Axis(1)) / x.ncols() as f64;
    x - &means
}
// ANCHOR_END: centre

/// Chapter 02's linear part: `wᵀX + b` is (1, m) plus a number, the number
/// stretched to every example.
pub fn linear(w: &Array2<f64>, x: &Array2<f64>, b: f64) -> Array2<f64> {
    w.t().dot(x) + b
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_abs_diff_eq;

    #[test]
    fn the_course_calorie_percentages() {
        let (totals, percent) = percent_of_column(&calories());
        assert_abs_diff_eq!(
            totals,
            array![[59.0, 239.0, 155.4, 76.9]],
            epsilon = 1e-9
        );
        let first = percent.column(0);
        assert_abs_diff_eq!(first[0], 94.9, epsilon = 0.05);
        assert_abs_diff_eq!(first[1], 2.0, epsilon = 0.05);
        assert_abs_diff_eq!(first[2], 3.1, epsilon = 0.05);
        for column in percent.columns() {
            assert_abs_diff_eq!(column.sum(), 100.0, epsilon = 1e-9);
        }
    }

    #[test]
    fn centred_features_have_mean_zero() {
        let x = array![[1.0, 2.0, 3.0], [10.0, 0.0, 20.0]];
        let c = centre_features(&x);
        assert_eq!(c.shape(), [2, 3]);
        for row in c.rows() {
            assert_abs_diff_eq!(row.sum(), 0.0, epsilon = 1e-12);
        }
    }

    #[test]
    fn the_bias_reaches_every_example() {
        let w = array![[1.0], [2.0]];
        let x = array![[1.0, 0.0, -1.0], [0.5, 1.0, 0.0]];
        assert_abs_diff_eq!(linear(&w, &x, 3.0), array![[5.0, 5.0, 2.0]]);
    }
}

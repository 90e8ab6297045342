use ndarray::Array2;

pub fn count_dead_units(z: &Array2<f64>) -> usize {
    z.rows()
        .into_iter()
        .filter(|row| row.iter().all(|&v| v <= 0.0))
        .count()
}

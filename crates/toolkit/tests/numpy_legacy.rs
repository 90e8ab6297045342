//! numpy's legacy generator, replayed: every call `tests/numpy/record.py`
//! recorded from numpy, compared value by value, bit for bit.

use toolkit::numpy_legacy::NumpyLegacy;

use toolkit::testing::{NUMPY_RECORDED as RECORDED, python_hex};

#[test]
fn every_recorded_call_makes_the_same_bits() {
    let mut rng = None;
    let mut lines = RECORDED.lines().filter(|l| !l.starts_with('#'));
    let mut checked = 0;
    while let Some(line) = lines.next() {
        let mut words = line.split_whitespace();
        match (words.next(), words.next()) {
            (Some("seed"), Some(seed)) => {
                rng = Some(NumpyLegacy::seed(seed.parse().expect("a seed")));
            }
            (Some("flower"), _) => {
                lines.next();
            }
            (Some(call), Some(count)) => {
                let rng = rng.as_mut().expect("a seed first");
                let values: Vec<f64> = lines
                    .next()
                    .expect("values")
                    .split_whitespace()
                    .map(|v| python_hex(v).expect("a hex float"))
                    .collect();
                assert_eq!(
                    values.len(),
                    count.parse::<usize>().expect("count")
                );
                for (i, want) in values.iter().enumerate() {
                    let got = match call {
                        "randn" => rng.standard_normal(),
                        "rand" => rng.random_sample(),
                        other => panic!("unknown call {other}"),
                    };
                    assert_eq!(
                        got.to_bits(),
                        want.to_bits(),
                        "{call} {count}, value {i}: {got} vs {want}"
                    );
                    checked += 1;
                }
            }
            _ => panic!("unreadable line {line:?}"),
        }
    }
    assert!(checked >= 1000, "only {checked} values");
}

//! numpy's legacy generator, replayed: every call `tests/numpy/record.py`
//! recorded from numpy, compared value by value, bit for bit.

use toolkit::numpy_legacy::NumpyLegacy;

const RECORDED: &str = include_str!("numpy/legacy.txt");

fn hex(text: &str) -> f64 {
    // Python's float.hex(): [-]0x1.<13 hex digits>p<exponent>, or 0x0.0p+0.
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let rest = rest.strip_prefix("0x").expect("0x");
    let (mantissa, exponent) = rest.split_once('p').expect("p");
    let (lead, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut bits: u64 = u64::from_str_radix(lead, 16).expect("lead");
    for digit in fraction.chars() {
        bits = bits * 16 + u64::from(digit.to_digit(16).expect("hex digit"));
    }
    let exponent: i32 = exponent.parse().expect("exponent");
    let scale = exponent - 4 * i32::try_from(fraction.len()).expect("short");
    #[expect(clippy::cast_precision_loss, reason = "at most 53 bits")]
    let value = bits as f64 * 2f64.powi(scale);
    if negative { -value } else { value }
}

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
                    .map(hex)
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

#[test]
fn hex_floats_read_as_python_writes_them() {
    assert_eq!(hex("0x1.8000000000000p+0"), 1.5);
    assert_eq!(hex("-0x1.0000000000000p-1"), -0.5);
    assert_eq!(hex("0x0.0p+0"), 0.0);
}

//! Support for the chapters' command-line tests: what every failure a person
//! can cause must look like.

use std::process::Output;

/// The process exited with `code`, printed exactly one line on stderr that
/// mentions every string in `mentions`, and did not panic.
///
/// # Panics
///
/// When any of that is not so: this is an assertion for tests.
pub fn assert_one_line_failure(out: &Output, code: i32, mentions: &[&str]) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "stderr: {stderr}");
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "not one line: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    for m in mentions {
        assert!(stderr.contains(m), "{stderr:?} does not mention {m:?}");
    }
}

/// What numpy's legacy generator made, as `tests/numpy/record.py` recorded
/// it: the reference the numpy-compatible code is tested against.
#[cfg(feature = "data")]
pub const NUMPY_RECORDED: &str = include_str!("../tests/numpy/legacy.txt");

/// A float as Python's `float.hex()` writes it: `[-]0x1.<hex digits>p<exp>`.
pub fn python_hex(text: &str) -> Option<f64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = rest.strip_prefix("0x")?.split_once('p')?;
    let (lead, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut bits = u64::from_str_radix(lead, 16).ok()?;
    for digit in fraction.chars() {
        bits = bits.checked_mul(16)? + u64::from(digit.to_digit(16)?);
    }
    let exponent: i32 = exponent.parse().ok()?;
    let scale = exponent - 4 * i32::try_from(fraction.len()).ok()?;
    #[expect(clippy::cast_precision_loss, reason = "at most 53 bits")]
    let value = bits as f64 * 2f64.powi(scale);
    Some(if negative { -value } else { value })
}

/// The values of the recorded block that starts with the line `name …`.
#[cfg(feature = "data")]
pub fn numpy_block(name: &str) -> Option<Vec<f64>> {
    let mut lines = NUMPY_RECORDED.lines();
    lines.find(|l| l.split_whitespace().next() == Some(name))?;
    lines.next()?.split_whitespace().map(python_hex).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_floats_read_as_python_writes_them() {
        assert_eq!(python_hex("0x1.8000000000000p+0"), Some(1.5));
        assert_eq!(python_hex("-0x1.0000000000000p-1"), Some(-0.5));
        assert_eq!(python_hex("0x0.0p+0"), Some(0.0));
        assert_eq!(python_hex("1.5"), None);
    }
}

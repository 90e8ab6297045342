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

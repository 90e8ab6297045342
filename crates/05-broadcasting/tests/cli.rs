//! The `shape` command: answers, failures (exit 1) and usage errors (exit 2).
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

use toolkit::testing::assert_one_line_failure;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_broadcasting"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn shape_prints_the_broadcast_shape() {
    let out = run(&["shape", "3,1,4", "2,1"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "3,2,4\n");
    let out = run(&["shape", "(5,)", "(5, 1)", "1"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5,5\n");
}

#[test]
fn incompatible_shapes_fail_on_one_line_naming_them() {
    let out = run(&["shape", "3,1,4", "2,5"]);
    assert_one_line_failure(&out, 1, &["(3, 1, 4)", "(2, 5)"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        "error: shapes (3, 1, 4) and (2, 5) do not broadcast: on axis 2 (the \
         1st from the end) operand 1 has size 4 and operand 2 has size 5\n"
    );
}

#[test]
fn malformed_shapes_are_usage_errors() {
    for (bad, says) in [
        ("3,,4", "empty size"),
        ("-1", "\"-1\" is not a size"),
        ("x", "\"x\" is not a size"),
        ("3,x", "\"x\" in \"3,x\" is not a size"),
        ("", "empty size"),
    ] {
        assert_one_line_failure(&run(&["shape", bad, "2"]), 2, &[says]);
    }
    assert_one_line_failure(&run(&["shape"]), 2, &["<SHAPES>"]);
}

//! `train`: what it prints, and one-line usage errors (exit 2) for bad
//! arguments.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

use toolkit::testing::assert_one_line_failure;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_relu-vs-sigmoid"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

#[test]
fn train_prints_costs_dead_units_and_accuracy() {
    let out = run(&[
        "train",
        "--layers",
        "2,8,8,1",
        "--activation",
        "relu",
        "--lr",
        "0.1",
        "--iterations",
        "400",
        "--every",
        "200",
        "--seed",
        "1",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("training 2,8,8,1 (ReLU hidden) on the flower"),
        "{text}"
    );
    assert!(lines[1].starts_with("iteration      0: cost "), "{text}");
    assert!(lines[1].contains("dead units"), "{text}");
    assert_eq!(lines.len(), 5, "start, 0, 200, 400, accuracy: {text}");
    assert!(lines[4].starts_with("training accuracy: "), "{text}");
}

#[test]
fn bad_arguments_are_one_line_usage_errors() {
    for (args, says) in [
        (&["--layers", ""][..], "is not a layer size"),
        (&["--layers", "2"], "at least an input and an output size"),
        (&["--layers", "2,0,1"], "size 2 is 0"),
        (&["--layers", "2,8,3"], "must end in 1"),
        (&["--layers", "2,x,1"], "\"x\" is not a layer size"),
        (
            &["--layers", "3,8,1"],
            "starts with 3 inputs but the data has 2 features",
        ),
        (&["--activation", "swish"], "invalid value 'swish'"),
        (&["--lr", "-1"], "--lr"),
        (&["--iterations", "0"], "--iterations"),
        (&["--data", "x.csv"], "--target"),
        // Refused before anything is allocated, whatever the machine has.
        (
            &["--layers", "2,1000000000000,1"],
            "needs 12896.0 TB of memory, more than the",
        ),
    ] {
        let mut all = vec!["train"];
        all.extend_from_slice(args);
        assert_one_line_failure(&run(&all), 2, &[says]);
    }
}

#[test]
fn a_missing_file_fails_with_exit_1() {
    let out = run(&["train", "--data", "no/such.csv", "--target", "label"]);
    assert_one_line_failure(&out, 1, &["no/such.csv"]);
}

//! `train` and `predict` from the outside: costs printed as the course prints
//! them, accuracies, a saved model `predict` and `logistic evaluate` accept,
//! and every bad input a one-line error with the right exit code.

// Helpers unwrap too: a panic in a test is that test failing, with its message.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use toolkit::testing::assert_one_line_failure;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gradient-descent"))
}

fn cancer() -> PathBuf {
    toolkit::bundled::BREAST_CANCER.path()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../toolkit/tests/bad_csv")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn train(data: &Path, extra: &[&str]) -> Output {
    let data = data.to_str().unwrap();
    let mut args = vec!["train", "--data", data, "--target", "label"];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn training_prints_costs_accuracies_and_saves_a_usable_model() {
    let dir = tempfile::tempdir().unwrap();
    let params = dir.path().join("model.json");
    let out = train(
        &cancer(),
        &[
            "--lr",
            "0.1",
            "--iterations",
            "300",
            "--save",
            params.to_str().unwrap(),
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("holding out 114 of 569 examples"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Cost after iteration 0: 0.693147\n"),
        "{stdout}"
    );
    assert!(stdout.contains("Cost after iteration 200: "), "{stdout}");
    assert!(
        stdout.contains("train accuracy: ")
            && stdout.contains("test accuracy: ")
    );
    // The saved model predicts, and chapter 02 can evaluate it.
    let predicted = run(&[
        "predict",
        "--params",
        params.to_str().unwrap(),
        "--data",
        cancer().to_str().unwrap(),
        "--target",
        "label",
    ]);
    assert!(predicted.status.success());
    let csv = String::from_utf8_lossy(&predicted.stdout);
    assert_eq!(csv.lines().count(), 570, "a header and one row per example");
    assert!(csv.starts_with("row,probability,prediction\n1,"));
    assert!(
        String::from_utf8_lossy(&predicted.stderr).starts_with("accuracy: ")
    );
}

#[test]
fn a_binary_task_from_the_digits() {
    let digits = toolkit::bundled::DIGITS.path();
    let out = train(
        &digits,
        &[
            "--positive",
            "8",
            "--scale",
            "divide:16",
            "--lr",
            "0.5",
            "--iterations",
            "50",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Without --positive, labels 0–9 are not a binary task.
    assert_one_line_failure(
        &train(&digits, &["--lr", "0.1", "--iterations", "5"]),
        1,
        &["digits.csv", "is not 0 or 1"],
    );
    assert_one_line_failure(
        &train(
            &digits,
            &["--positive", "11", "--lr", "0.1", "--iterations", "5"],
        ),
        1,
        &["digits.csv", "no example has that label"],
    );
}

#[test]
fn each_bad_csv_is_one_line_naming_the_file() {
    for (file, message) in [
        ("missing.csv", "cannot read the file"),
        ("empty.csv", "the file is empty"),
        ("header_only.csv", "no data rows"),
        ("ragged.csv", "has 2 cells; the header has 3"),
        ("non_numeric.csv", "is not a number"),
        ("nan.csv", "is not a finite number"),
        ("unknown_target.csv", "no column named `label`"),
        ("not_binary.csv", "is not 0 or 1"),
        ("one_class.csv", "every example has label 1"),
    ] {
        let out = train(&fixture(file), &["--lr", "0.1", "--iterations", "5"]);
        assert_one_line_failure(&out, 1, &[file, message]);
    }
}

#[test]
fn usage_errors_exit_2() {
    let data = cancer();
    for extra in [
        vec!["--lr", "0", "--iterations", "5"],
        vec!["--lr", "-1", "--iterations", "5"],
        vec!["--lr", "nan", "--iterations", "5"],
        vec!["--lr", "fast", "--iterations", "5"],
        vec!["--lr", "0.1", "--iterations", "0"],
        vec!["--lr", "0.1", "--iterations", "5", "--scale", "minmax"],
        vec!["--lr", "0.1", "--iterations", "5", "--scale", "divide:0"],
        vec!["--lr", "0.1", "--iterations", "5", "--init", "ones"],
        vec!["--lr", "0.1", "--iterations", "5", "--test-fraction", "1"],
        vec!["--iterations", "5"],
    ] {
        let out = train(&data, &extra);
        assert_one_line_failure(&out, 2, &["(see --help)"]);
    }
}

#[test]
fn mismatched_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // A test file with different columns.
    let out = train(
        &fixture("good.csv"),
        &[
            "--test",
            cancer().to_str().unwrap(),
            "--lr",
            "0.1",
            "--iterations",
            "5",
        ],
    );
    assert_one_line_failure(
        &out,
        1,
        &["breast_cancer.csv", "good.csv", "must be the same"],
    );
    // A model for two features, asked to predict on thirty.
    let small = dir.path().join("small.json");
    let trained = train(
        &fixture("good.csv"),
        &[
            "--test",
            fixture("good.csv").to_str().unwrap(),
            "--lr",
            "0.1",
            "--iterations",
            "5",
            "--save",
            small.to_str().unwrap(),
        ],
    );
    assert!(
        trained.status.success(),
        "{}",
        String::from_utf8_lossy(&trained.stderr)
    );
    let out = run(&[
        "predict",
        "--params",
        small.to_str().unwrap(),
        "--data",
        cancer().to_str().unwrap(),
        "--target",
        "label",
    ]);
    assert_one_line_failure(
        &out,
        1,
        &["breast_cancer.csv", "small.json", "must be the same"],
    );
}

#[test]
fn divergence_stops_with_the_step_and_the_rate() {
    let out = train(
        &cancer(),
        &["--scale", "none", "--lr", "1", "--iterations", "100"],
    );
    assert_one_line_failure(
        &out,
        1,
        &[
            "diverged at iteration 1 (learning rate 1): cost 0.693147 -> ",
            "; try a smaller --lr",
        ],
    );
}

#[test]
fn keep_going_runs_past_a_blow_up_to_the_last_iteration() {
    let out = train(
        &cancer(),
        &[
            "--scale",
            "none",
            "--lr",
            "1",
            "--iterations",
            "100",
            "--keep-going",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Final cost: "), "{text}");
    assert!(text.contains("test accuracy: "), "{text}");
}

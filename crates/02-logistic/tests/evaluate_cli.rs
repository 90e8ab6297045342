//! `logistic evaluate` from the outside: every bad file a reader can point it
//! at gives one line on stderr naming the file, exit code 1 (2 for usage),
//! and never a panic.

// Helpers unwrap too: a panic in a test is that test failing, with its message.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use toolkit::testing::assert_one_line_failure;

use logistic::model::Params;
use logistic::saved::SavedModel;
use toolkit::scaling::Scaling;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_logistic"))
}

fn evaluate(data: &Path, params: &Path) -> Output {
    bin()
        .arg("evaluate")
        .arg("--data")
        .arg(data)
        .arg("--params")
        .arg(params)
        .output()
        .unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../toolkit/tests/bad_csv")
        .join(name)
}

/// A saved model for features `a` and `b` (the fixtures' columns).
fn two_feature_params(dir: &Path) -> PathBuf {
    let params = Params {
        w: ndarray::array![[0.5], [-0.25]],
        b: 0.1,
    };
    let model = SavedModel::new(
        &params,
        "label",
        &["a".into(), "b".into()],
        Scaling::None,
    );
    let path = dir.join("ab.json");
    model.save(&path).unwrap();
    path
}

#[test]
fn each_bad_csv_is_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let params = two_feature_params(dir.path());
    let cases = [
        ("missing.csv", "cannot read the file"),
        ("empty.csv", "the file is empty"),
        ("header_only.csv", "no data rows"),
        ("ragged.csv", "row 2 (line 3) has 2 cells"),
        ("non_numeric.csv", "\"four\" is not a number"),
        ("nan.csv", "is not a finite number"),
        ("inf.csv", "is not a finite number"),
        ("unknown_target.csv", "no column named `label`"),
        ("not_binary.csv", "the label 2 is not 0 or 1"),
        ("one_class.csv", "every example has label 1"),
    ];
    for (file, message) in cases {
        let out = evaluate(&fixture(file), &params);
        assert_one_line_failure(&out, 1, &[file, message]);
    }
}

#[test]
fn bad_parameter_files_are_named_too() {
    let dir = tempfile::tempdir().unwrap();
    let good = two_feature_params(dir.path());
    let text = std::fs::read_to_string(&good).unwrap();
    let cases = [
        ("broken.json", "{ \"format\": ".to_owned(), "line 1, column"),
        (
            "format.json",
            text.replace("dlnotes-logistic-1", "other-2"),
            "`format` is \"other-2\"",
        ),
        (
            "count.json",
            text.replace("\"bias\"", "\"weights_\": 1, \"bias\""),
            "unknown field `weights_`",
        ),
        (
            "short.json",
            text.replacen("-0.25", "-0.25, 3.0", 1),
            "3 weights but 2 feature names",
        ),
        (
            "null.json",
            text.replace("0.1", "null"),
            "invalid type: null",
        ),
        (
            "divide.json",
            text.replace(
                "{\n    \"kind\": \"none\"\n  }",
                "{\"kind\": \"divide\", \"by\": 0}",
            ),
            "`scaling.by`",
        ),
    ];
    for (name, contents, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        let out = evaluate(&fixture("good.csv"), &path);
        assert_one_line_failure(&out, 1, &[name, message]);
    }
    let missing = evaluate(&fixture("good.csv"), &dir.path().join("nope.json"));
    assert_one_line_failure(&missing, 1, &["nope.json", "cannot read"]);
}

#[test]
fn features_must_match_by_count_and_name() {
    let dir = tempfile::tempdir().unwrap();
    let params = two_feature_params(dir.path());
    let cancer = toolkit::bundled::BREAST_CANCER.path();
    let out = evaluate(&cancer, &params);
    assert_one_line_failure(
        &out,
        1,
        &[
            "ab.json",
            "has 2 weights (for a, b)",
            "has 30 feature columns",
        ],
    );

    let renamed = dir.path().join("ac.json");
    let text = std::fs::read_to_string(&params)
        .unwrap()
        .replace("\"b\"", "\"c\"");
    std::fs::write(&renamed, text).unwrap();
    let out = evaluate(&fixture("good.csv"), &renamed);
    assert_one_line_failure(
        &out,
        1,
        &["good.csv", "has no column `c`", "ac.json"],
    );
}

#[test]
fn good_parameters_are_measured() {
    // All-zero weights on the breast-cancer data: ŷ = 0.5 everywhere, so the
    // cost is ln 2 and every example is predicted 0 (malignant): 212 of 569.
    let dir = tempfile::tempdir().unwrap();
    let data = toolkit::bundled::BREAST_CANCER.load().unwrap();
    let model = SavedModel::new(
        &Params::zeros(30),
        "label",
        &data.features,
        Scaling::None,
    );
    let path = dir.path().join("zeros.json");
    model.save(&path).unwrap();
    let out = evaluate(&toolkit::bundled::BREAST_CANCER.path(), &path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("examples: 569"), "{stdout}");
    assert!(
        stdout.contains(&format!("cost J(w, b): {:.6}", 2f64.ln())),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("accuracy: {:.2} %", 100.0 * 212.0 / 569.0)),
        "{stdout}"
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["evaluate", "--data", "x.csv"],
        vec!["--lr", "0"],
        vec!["--lr", "nan"],
        vec!["--iterations", "0"],
        vec!["--iterations", "many"],
        vec!["frobnicate"],
    ] {
        let out = bin().args(&args).output().unwrap();
        assert_one_line_failure(&out, 2, &[]);
    }
}

//! Every bad file a reader can hand the loader gives one line that names the file and the
//! place, and never a panic. The files live in `tests/bad_csv/` so chapter binaries can be
//! tested against the very same inputs.

use std::path::{Path, PathBuf};

use toolkit::{DataError, Labels, csv::load_csv};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad_csv")
        .join(name)
}

fn error_for(name: &str, target: &str, labels: Labels) -> String {
    let Err(err): Result<_, DataError> =
        load_csv(&fixture(name), target, labels)
    else {
        panic!("{name} should be rejected");
    };
    let message = err.to_string();
    assert!(!message.contains('\n'), "{name}: not one line: {message}");
    assert!(
        message.contains(name),
        "{name}: does not name the file: {message}"
    );
    message
}

#[test]
fn each_bad_file_gets_its_own_message() {
    let cases: &[(&str, &str, Labels, &str)] = &[
        (
            "missing.csv",
            "label",
            Labels::Binary,
            "cannot read the file",
        ),
        ("empty.csv", "label", Labels::Binary, "the file is empty"),
        (
            "header_only.csv",
            "label",
            Labels::Binary,
            "header row but no data rows",
        ),
        (
            "ragged.csv",
            "label",
            Labels::Binary,
            "row 2 (line 3) has 2 cells; the header has 3",
        ),
        (
            "non_numeric.csv",
            "label",
            Labels::Binary,
            "row 2 (line 3), column 2 `b`: \"four\" is not a number",
        ),
        (
            "empty_cell.csv",
            "label",
            Labels::Binary,
            "column 2 `b`: \"\" is not a number",
        ),
        (
            "nan.csv",
            "label",
            Labels::Binary,
            "row 3 (line 4), column 2 `b`: \"NaN\" is not a finite number",
        ),
        (
            "inf.csv",
            "label",
            Labels::Real,
            "column 2 `b`: \"inf\" is not a finite number",
        ),
        (
            "unknown_target.csv",
            "label",
            Labels::Binary,
            "no column named `label`; the columns are `a`, `b`, `class`",
        ),
        (
            "not_binary.csv",
            "label",
            Labels::Binary,
            "row 2 (line 3), column 3 `label`: the label 2 is not 0 or 1",
        ),
        (
            "one_class.csv",
            "label",
            Labels::Binary,
            "every example has label 1",
        ),
        (
            "duplicate_column.csv",
            "label",
            Labels::Binary,
            "names `a` twice (columns 1 and 2)",
        ),
        (
            "not_utf8.csv",
            "label",
            Labels::Binary,
            "row 2 (line 3) cannot be read: it is not valid UTF-8",
        ),
    ];
    for &(name, target, labels, expected) in cases {
        let message = error_for(name, target, labels);
        assert!(
            message.contains(expected),
            "{name}:\n  got      {message}\n  expected …{expected}…"
        );
    }
}

#[test]
fn the_label_rules_depend_on_the_task() {
    // 2 is a fine class number and a fine real target, only not a binary label.
    for labels in [Labels::Classes, Labels::Real] {
        assert!(load_csv(&fixture("not_binary.csv"), "label", labels).is_ok());
    }
    // One class is only an error for binary classification.
    assert!(load_csv(&fixture("one_class.csv"), "label", Labels::Real).is_ok());
    let message = toolkit::csv::parse_csv(
        "t.csv",
        b"a,label\n1,1.5\n",
        "label",
        Labels::Classes,
    )
    .unwrap_err()
    .to_string();
    assert!(
        message.contains("the label 1.5 is not a class number"),
        "{message}"
    );
}

#[test]
fn a_good_file_lands_in_the_course_layout() {
    let data = load_csv(&fixture("good.csv"), "label", Labels::Binary).unwrap();
    // X is (n_x, m): one example per column.
    assert_eq!(data.x.dim(), (2, 2));
    assert_eq!(data.x, ndarray::array![[1.0, 3.0], [2.0, 4.0]]);
    assert_eq!(data.y, ndarray::array![[0.0, 1.0]]);
    assert_eq!(data.features, ["a", "b"]);
    // The target may be any column, not only the last.
    let by_a = load_csv(&fixture("good.csv"), "a", Labels::Real).unwrap();
    assert_eq!(by_a.y, ndarray::array![[1.0, 3.0]]);
    assert_eq!(by_a.features, ["b", "label"]);
    let only_b = data.with_features(&["b"]).unwrap();
    assert_eq!(only_b.x, ndarray::array![[2.0, 4.0]]);
    assert!(
        data.with_features(&["zzz"])
            .unwrap_err()
            .to_string()
            .contains("no feature named `zzz`")
    );
}

#[test]
fn whitespace_around_cells_is_tolerated_and_a_file_without_features_refused() {
    let data = toolkit::csv::parse_csv(
        "t.csv",
        b" a , label \n 1.5 , 1 \n2,0\n",
        "label",
        Labels::Binary,
    )
    .unwrap();
    assert_eq!(data.x, ndarray::array![[1.5, 2.0]]);
    let message = toolkit::csv::parse_csv(
        "t.csv",
        b"label\n1\n0\n",
        "label",
        Labels::Binary,
    )
    .unwrap_err()
    .to_string();
    assert!(
        message.contains("there are no feature columns (besides `label`)"),
        "{message}"
    );
}

#[test]
fn a_file_of_features_only_loads_every_column() {
    let (x, names) =
        toolkit::csv::load_features_csv(&fixture("good.csv")).unwrap();
    assert_eq!(names, ["a", "b", "label"]);
    assert_eq!(x, ndarray::array![[1.0, 3.0], [2.0, 4.0], [0.0, 1.0]]);
    let err =
        toolkit::csv::load_features_csv(&fixture("ragged.csv")).unwrap_err();
    assert!(
        err.to_string().contains("row 2 (line 3) has 2 cells"),
        "{err}"
    );
}

#[test]
fn windows_line_ends_blank_lines_and_quoted_cells_read_as_csv_reads_them() {
    let parse = |text: &[u8]| {
        toolkit::csv::parse_csv("t.csv", text, "label", Labels::Binary)
    };
    let plain = parse(b"a,b,label\n1,2,0\n3,4,1\n").unwrap();
    let windows = parse(b"a,b,label\r\n1,2,0\r\n3,4,1\r\n").unwrap();
    let blank = parse(b"\na,b,label\n1,2,0\n\n3,4,1\n\n").unwrap();
    let quoted = parse(b"\"a\",\"b\",label\n1,\"2\",0\n3,4,1").unwrap();
    for data in [&windows, &blank, &quoted] {
        assert_eq!(data, &plain);
    }
    // A line number counts the blank lines; a row number does not.
    let message = parse(b"a,b,label\n1,2,0\n\n3,x,1\n")
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("row 2 (line 4), column 2 `b`: \"x\" is not a number"),
        "{message}"
    );
    let comma = parse(b"a,\"b,c\",label\n1,2,0\n3,4,1\n").unwrap();
    assert_eq!(comma.features, ["a", "b,c"]);
}

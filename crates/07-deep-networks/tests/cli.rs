//! `flower` and `image`: what they print, as the notebooks print it, and a
//! one-line error for every bad input (usage errors exit 2, failures 1).
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

use toolkit::testing::assert_one_line_failure;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deep-networks"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn flower_prints_the_courses_lines() {
    let text = stdout(&run(&["flower", "--iterations", "2001"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "Cost after iteration 0: 0.693162",
            "Cost after iteration 1000: 0.258625",
            "Cost after iteration 2000: 0.239334",
            lines[3],
        ],
        "{text}"
    );
    assert!(
        lines[3].starts_with("train accuracy: ") && lines[3].ends_with(" %"),
        "{text}"
    );
}

#[test]
fn flower_with_several_sizes_prints_one_accuracy_each() {
    let text =
        stdout(&run(&["flower", "--hidden", "1,2", "--iterations", "5000"]));
    assert_eq!(
        text,
        "Accuracy for 1 hidden units: 67.5 %\nAccuracy for 2 hidden units: 67.25 %\n"
    );
}

#[test]
fn image_trains_on_the_courses_h5_layout() {
    let text = stdout(&run(&[
        "image",
        "--data",
        "tests/data/train.h5",
        "--test",
        "tests/data/test.h5",
        "--layers",
        "48,3,1",
        "--iterations",
        "300",
        "--print-every",
        "100",
        "--lr",
        "0.5",
    ]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        6,
        "0, 100, 200, the last, and two accuracies: {text}"
    );
    assert!(
        lines[3].starts_with("Cost after iteration 299: 0."),
        "{text}"
    );
    // The full shortest value, as week 4 prints it, not six decimals.
    assert!(
        lines[0].len() > "Cost after iteration 0: 0.693147".len(),
        "{text}"
    );
    assert_eq!(lines[4], "train accuracy: 100.0 %", "{text}");
    assert!(lines[5].starts_with("test accuracy: "), "{text}");
}

#[test]
fn image_reads_csv_files_too() {
    let text = stdout(&run(&[
        "image",
        "--data",
        "../../datasets/fashion_train.csv",
        "--test",
        "../../datasets/fashion_test.csv",
        "--layers",
        "784,3,1",
        "--iterations",
        "2",
        "--print-every",
        "1",
    ]));
    assert!(text.starts_with("Cost after iteration 0: 0.69"), "{text}");
}

#[test]
fn bad_flower_arguments_are_one_line_usage_errors() {
    for (args, says) in [
        (
            &["flower", "--hidden", "0"][..],
            "\"0\" is not a number of hidden units",
        ),
        (
            &["flower", "--hidden", "4,x"],
            "\"x\" is not a number of hidden units",
        ),
        (
            &["flower", "--iterations", "0"],
            "is not a whole number from 1",
        ),
        (&["flower", "--lr", "-1"], "must be greater than 0"),
        (&["flower", "--seed", "-3"], "\"-3\" is not a numpy seed"),
        (
            &["flower", "--hidden", "100000000000"],
            "--hidden 100000000000",
        ),
    ] {
        assert_one_line_failure(&run(args), 2, &[says]);
    }
}

#[test]
fn a_learning_rate_that_blows_up_is_reported_with_its_iteration() {
    let out = run(&["flower", "--lr", "1e6", "--iterations", "100"]);
    assert_one_line_failure(
        &out,
        1,
        &["diverged at iteration", "learning rate 1000000"],
    );
}

#[test]
fn bad_images_are_one_line_errors_naming_the_file() {
    let train = "tests/data/train.h5";
    let test = "tests/data/test.h5";
    for (data, layers, code, says) in [
        (
            train,
            "12288,20,7,5,1",
            2,
            &[
                "--layers starts with 12288",
                "48 values (4 × 4 × 3)",
                "try --layers 48,20,7,5,1",
            ][..],
        ),
        (
            "tests/data/no_pair.h5",
            "48,3,1",
            1,
            &["no_pair.h5", "no pair of datasets", "`images`"],
        ),
        (
            "tests/data/float_pixels.h5",
            "48,3,1",
            1,
            &[
                "float_pixels.h5",
                "`train_set_x` holds Float64",
                "unsigned bytes",
            ],
        ),
        (
            "tests/data/counts.h5",
            "48,3,1",
            1,
            &["counts.h5", "12 images but 11 labels"],
        ),
        (
            "tests/data/labels.h5",
            "48,3,1",
            1,
            &["labels.h5", "label 2 of image 3"],
        ),
        (
            "tests/data/flat.h5",
            "48,3,1",
            1,
            &["flat.h5", "shape [12, 48]", "(m, height, width, channels)"],
        ),
        ("tests/data/missing.h5", "48,3,1", 1, &["missing.h5"]),
        ("Cargo.toml", "48,3,1", 1, &["Cargo.toml"]),
    ] {
        let out = run(&[
            "image",
            "--data",
            data,
            "--test",
            test,
            "--layers",
            layers,
            "--iterations",
            "1",
        ]);
        assert_one_line_failure(&out, code, says);
    }
    let mixed = run(&[
        "image",
        "--data",
        "../../datasets/fashion_test.csv",
        "--test",
        test,
        "--layers",
        "784,3,1",
    ]);
    assert_one_line_failure(
        &mixed,
        1,
        &[
            "test.h5: each image has 48 values (4 × 4 × 3), but those of ../../datasets/fashion_test.csv have 784",
        ],
    );
    let huge = run(&[
        "image",
        "--data",
        train,
        "--test",
        test,
        "--layers",
        "48,100000000000,1",
    ]);
    assert_one_line_failure(&huge, 2, &["--layers 48,100000000000,1"]);
}

//! `train` with a fast kernel prints chapter 03's cost lines, to the digit.

// Helpers unwrap too: a panic in a test is that test failing, with its message.
#![allow(clippy::unwrap_used)]

use clap::Parser;
use gradient_descent::objective::LoopedLogistic;
use gradient_descent::train::{TrainArgs, train};
use vectorization::kernels::{Batch, Kernel, KernelObjective};

#[derive(Parser)]
struct Wrapper {
    #[command(flatten)]
    args: TrainArgs,
}

fn args(extra: &[&str]) -> TrainArgs {
    let cancer = toolkit::bundled::BREAST_CANCER.path();
    let mut argv = vec![
        "train",
        "--data",
        cancer.to_str().unwrap(),
        "--target",
        "label",
    ];
    argv.extend_from_slice(extra);
    Wrapper::parse_from(argv).args
}

fn cost_lines(text: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(text)
        .lines()
        .filter(|l| l.contains("ost") || l.contains("accuracy"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_kernel_prints_the_loops_costs_and_accuracies() {
    for extra in [
        vec!["--lr", "0.1", "--iterations", "300", "--print-every", "50"],
        vec![
            "--lr",
            "1",
            "--iterations",
            "200",
            "--scale",
            "standardize",
            "--init",
            "random",
        ],
    ] {
        let args = args(&extra);
        let mut looped = Vec::new();
        train(&args, LoopedLogistic::new, &mut looped).unwrap();
        let expected = cost_lines(&looped);
        assert!(expected.len() > 4);
        for kernel in Kernel::ALL {
            let mut fast = Vec::new();
            train(
                &args,
                |x, y| {
                    Ok(KernelObjective {
                        kernel,
                        batch: Batch::new(x, y)?,
                    })
                },
                &mut fast,
            )
            .unwrap();
            assert_eq!(
                cost_lines(&fast),
                expected,
                "{kernel:?} with {extra:?}"
            );
        }
    }
}

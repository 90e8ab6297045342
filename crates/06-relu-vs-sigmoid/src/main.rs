use std::process::ExitCode;

use relu_vs_sigmoid::tour::{Cli, run};

fn main() -> ExitCode {
    toolkit::cli::main(|cli: Cli| run(&cli, &mut std::io::stdout().lock()))
}

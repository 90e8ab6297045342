use std::process::ExitCode;

use broadcasting::tour::{Cli, run};

fn main() -> ExitCode {
    toolkit::cli::main(|cli: Cli| run(&cli, &mut std::io::stdout().lock()))
}

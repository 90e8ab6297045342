use std::process::ExitCode;

use vectorization::tour::{Cli, run};

fn main() -> ExitCode {
    vectorization::parallel::use_this_thread();
    toolkit::cli::main(|cli: Cli| run(&cli, &mut std::io::stdout().lock()))
}

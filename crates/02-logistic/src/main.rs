fn main() -> std::process::ExitCode {
    logistic::guided_run::GUIDE.main()
}

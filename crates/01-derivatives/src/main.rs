fn main() -> std::process::ExitCode {
    derivatives::guided_run::GUIDE.main()
}

fn main() -> std::process::ExitCode {
    gradient_descent::guided_run::GUIDE.main()
}

fn main() -> std::process::ExitCode {
    relu_vs_sigmoid::guided_run::GUIDE.main()
}

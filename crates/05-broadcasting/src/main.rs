fn main() -> std::process::ExitCode {
    broadcasting::guided_run::GUIDE.main()
}

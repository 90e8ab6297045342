fn main() -> std::process::ExitCode {
    supervised_learning::GUIDE.main()
}

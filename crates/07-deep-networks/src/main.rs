fn main() -> std::process::ExitCode {
    vectorization::parallel::use_this_thread();
    deep_networks::guided_run::GUIDE.main()
}

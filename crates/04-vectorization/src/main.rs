fn main() -> std::process::ExitCode {
    vectorization::parallel::use_this_thread();
    vectorization::guided_run::GUIDE.main()
}

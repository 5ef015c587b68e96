//! The `apierr` binary. Everything the user sees is made by the library; `cli` owns the
//! process: arguments, environment, terminal, inputs and exit status.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}

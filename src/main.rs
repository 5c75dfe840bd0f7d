//! The `amplan` binary: parse arguments, dispatch, exit with the code.

mod cli;
mod commands;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};

fn main() {
    let matches = cli::Cli::command()
        .try_get_matches()
        .unwrap_or_else(|e| usage(e));
    let code = match cli::Cli::from_arg_matches(&matches) {
        Ok(parsed) => commands::run(parsed, &matches),
        Err(e) => usage(e),
    };
    std::process::exit(code);
}

/// Help and version exit 0; a usage mistake is invalid input and exits 1,
/// never 2, which `--detailed-exitcode` gives to "changes".
fn usage(e: clap::Error) -> ! {
    let _ = e.print();
    let code = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => 0,
        _ => 1,
    };
    std::process::exit(code)
}

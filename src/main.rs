//! The `amplan` binary: parse arguments, dispatch, exit with the code.

mod cli;
mod commands;

use clap::{CommandFactory, FromArgMatches};

fn main() {
    let matches = cli::Cli::command().get_matches();
    let code = match cli::Cli::from_arg_matches(&matches) {
        Ok(parsed) => commands::run(parsed, &matches),
        Err(e) => e.exit(),
    };
    std::process::exit(code);
}

//! Parses every `.tf` and `.tfvars` file under a directory with hcl-edit and
//! exits: the baseline `bench/run.sh` compares `amplan plan` against.
//!
//! `cargo run --release --example parse_only -- DIR`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_only DIR");
        return ExitCode::FAILURE;
    };
    let mut files = Vec::new();
    collect(Path::new(&dir), &mut files);
    let mut bytes = 0;
    for path in &files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = hcl_edit::parser::parse_body(&text) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        bytes += text.len();
    }
    eprintln!("parsed {} files, {bytes} bytes", files.len());
    ExitCode::SUCCESS
}

/// Every `.tf` and `.tfvars` file under `dir`, in no particular order.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            collect(&path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("tf" | "tfvars")
        ) {
            files.push(path);
        }
    }
}

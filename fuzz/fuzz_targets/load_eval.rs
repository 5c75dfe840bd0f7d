//! Arbitrary bytes as the only `main.tf` of a root module, planned against
//! an empty state: the loader, the evaluator, the plan and the renderers.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let dir = DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"));
    std::fs::write(dir.path().join("main.tf"), data).expect("write main.tf");
    common::plan_and_render(dir.path());
});

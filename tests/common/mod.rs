//! Shared helpers for the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use amplan::pipeline::{self, Options, Outcome};
use amplan::render;

/// The project root, so tests run the same from any directory.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Plans a scenario folder with a clean environment.
pub fn plan(dir: &str, extra: impl FnOnce(&mut Options)) -> Outcome {
    let mut opts = Options {
        dir: PathBuf::from(dir),
        ..Options::default()
    };
    extra(&mut opts);
    std::env::set_current_dir(root()).expect("project root exists");
    pipeline::plan(&opts)
}

/// The plan as text, followed by its diagnostics as the binary prints them.
pub fn text(outcome: &Outcome) -> String {
    let mut out = Vec::new();
    if !outcome.plan.diagnostics.has_errors() {
        render::text::render_plan(
            &outcome.plan,
            &mut out,
            &render::text::TextOptions { color: false },
        )
        .expect("render to memory");
    }
    if !outcome.plan.diagnostics.is_empty() {
        out.extend_from_slice(b"\n--- diagnostics ---\n");
        render::diagnostics::render_diagnostics(
            &outcome.plan.diagnostics.0,
            &outcome.sources,
            &mut out,
            false,
        )
        .expect("render to memory");
    }
    String::from_utf8(out).expect("renderers write UTF-8")
}

/// The plan as JSON text.
pub fn json(outcome: &Outcome) -> String {
    let mut out = Vec::new();
    render::json::render_plan(&outcome.plan, &mut out).expect("render to memory");
    String::from_utf8(out).expect("renderers write UTF-8")
}

/// insta settings that keep snapshots in the top-level `snapshots/` folder.
pub fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings
}

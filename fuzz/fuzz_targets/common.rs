//! Shared by the fuzz targets: a scratch directory reused across runs, and
//! rendering a plan the way the binary does so the renderers are fuzzed too.

use std::path::Path;

use amplan::pipeline::{self, Options};
use amplan::render;

/// Plans `dir` against an empty state and renders the outcome to memory.
pub fn plan_and_render(dir: &Path) {
    let opts = Options {
        dir: dir.to_path_buf(),
        ignore_state: true,
        ..Options::default()
    };
    let outcome = pipeline::plan(&opts);
    let mut sink = Vec::new();
    if !outcome.plan.diagnostics.has_errors() {
        let text = render::text::TextOptions { color: false };
        let _ = render::text::render_plan(&outcome.plan, &mut sink, &text);
    }
    let _ = render::json::render_plan(&outcome.plan, &mut sink);
    let _ = render::diagnostics::render_diagnostics(
        &outcome.plan.diagnostics.0,
        &outcome.sources,
        &mut sink,
        false,
    );
}

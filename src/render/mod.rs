//! Renderers: the plan and its diagnostics as text, JSON, Markdown or a graph.

pub mod diagnostics;
pub mod diff;
pub mod dns;
pub mod graph;
pub mod json;
pub mod markdown;
pub mod style;
pub mod text;
pub mod topology;

//! Renderers: the plan and its diagnostics as text or JSON.

pub mod diagnostics;
pub mod diff;
pub mod dns;
pub mod json;
pub mod markdown;
pub mod style;
pub mod text;

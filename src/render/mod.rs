//! Renderers: the plan and its diagnostics as text or JSON.

pub mod diagnostics;
pub mod json;
pub mod text;

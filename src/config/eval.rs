//! Placeholder: the expression evaluator is being written.

use std::collections::BTreeMap;

use crate::config::functions::FunctionContext;
use crate::value::Value;

/// Renders a template file's text with the given variables (for `templatefile`).
pub fn render_template(_text: &str, _vars: &BTreeMap<String, Value>, _functions: &FunctionContext) -> Result<Value, String> {
    Err("templates are not supported yet".to_string())
}

//! Placeholder: the expression evaluator is being written (interface only).

use std::collections::BTreeMap;
use std::ops::Range;

use hcl_edit::expr::Expression;

use crate::config::functions::FunctionContext;
use crate::diag::Diagnostic;
use crate::source::SourceFile;
use crate::value::Value;

pub trait Scope {
    fn lookup(&self, name: &str) -> Option<&Value>;
}

pub struct EvalContext<'a> {
    pub file: &'a SourceFile,
    pub scope: &'a dyn Scope,
    pub functions: &'a FunctionContext,
}

pub struct Reference {
    pub root: String,
    pub path: Vec<String>,
    pub span: Range<usize>,
}

pub fn eval(_expr: &Expression, _ctx: &EvalContext) -> Result<Value, Diagnostic> {
    Err(Diagnostic::error("unsupported", "not yet"))
}

pub fn references(_expr: &Expression) -> Vec<Reference> {
    Vec::new()
}

/// Renders a template file's text with the given variables (for `templatefile`).
pub fn render_template(
    _text: &str,
    _vars: &BTreeMap<String, Value>,
    _functions: &FunctionContext,
) -> Result<Value, String> {
    Err("templates are not supported yet".to_string())
}

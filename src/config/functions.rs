//! Placeholder: the Terraform function library is being written.

use std::path::PathBuf;

use crate::value::Value;

/// What functions need from their surroundings.
#[derive(Debug, Clone, Default)]
pub struct FunctionContext {
    /// The module directory: `file` and `templatefile` read relative to it.
    pub base_dir: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FunctionErrorKind {
    /// No function of that name exists.
    UnknownFunction,
    /// The argument at this 0-based position is wrong.
    InvalidArgument(usize),
    /// The call is wrong as a whole (arity, or a failure inside).
    Call,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionError {
    pub kind: FunctionErrorKind,
    pub message: String,
}

/// Calls the Terraform function `name` with evaluated arguments.
pub fn call(name: &str, _args: Vec<Value>, _ctx: &FunctionContext) -> Result<Value, FunctionError> {
    Err(FunctionError {
        kind: FunctionErrorKind::UnknownFunction,
        message: format!("call to unknown function `{name}`"),
    })
}

//! Placeholder: type constraints are being written (interface only).

use hcl_edit::expr::Expression;

use crate::diag::Diagnostic;
use crate::source::SourceFile;
use crate::value::Value;

#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    Any,
    String,
    Number,
    Bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConvertError {
    pub path: String,
    pub message: String,
}

pub fn parse_type(_expr: &Expression, _file: &SourceFile) -> Result<Type, Diagnostic> {
    Ok(Type::Any)
}

pub fn convert(value: &Value, _ty: &Type) -> Result<Value, ConvertError> {
    Ok(value.clone())
}

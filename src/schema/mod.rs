//! Placeholder: resource schemas are being written (interface only).

use std::ops::Range;

use crate::diag::Diagnostics;
use crate::plan::PathStep;
use crate::source::SourceFile;
use crate::value::Value;

pub struct ResourceSchema {
    pub type_name: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct PlanContext {
    pub subscription_id: String,
    pub tenant_id: String,
}

pub fn resource(_type_name: &str) -> Option<&'static ResourceSchema> {
    None
}

pub fn data_source(_type_name: &str) -> Option<&'static ResourceSchema> {
    None
}

pub fn validate_body(
    _schema: &ResourceSchema,
    _body: &hcl_edit::structure::Body,
    _file: &SourceFile,
    _block_span: Range<usize>,
) -> Diagnostics {
    Diagnostics::default()
}

pub fn plan_object(
    _schema: Option<&ResourceSchema>,
    _type_name: &str,
    config: &Value,
    _prior: Option<&Value>,
    _ctx: &PlanContext,
) -> Value {
    config.clone()
}

pub fn normalize(_schema: Option<&ResourceSchema>, value: &Value) -> Value {
    value.clone()
}

pub fn compute_id(_type_name: &str, _values: &Value, _ctx: &PlanContext) -> Value {
    Value::Null
}

pub fn replace_paths(
    _schema: &ResourceSchema,
    _before: &Value,
    _after: &Value,
) -> Vec<Vec<PathStep>> {
    Vec::new()
}

pub fn sensitive_attributes(_schema: &ResourceSchema) -> Vec<&'static str> {
    Vec::new()
}

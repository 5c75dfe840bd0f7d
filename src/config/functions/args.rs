//! Reading function arguments with Terraform's automatic conversions:
//! numbers and bools stand in for strings, numeric strings for numbers and
//! `"true"`/`"false"` for bools. Every failure names the argument's position.

use std::collections::BTreeMap;

use super::{FunctionError, FunctionErrorKind};
use crate::value::{format_number, Value};

static NULL: Value = Value::Null;

/// An error about the argument at `index`.
pub(super) fn invalid(index: usize, message: impl Into<String>) -> FunctionError {
    FunctionError {
        kind: FunctionErrorKind::InvalidArgument(index),
        message: message.into(),
    }
}

/// An error about the call as a whole.
pub(super) fn call_error(message: impl Into<String>) -> FunctionError {
    FunctionError {
        kind: FunctionErrorKind::Call,
        message: message.into(),
    }
}

/// The argument at `index`, or null when an optional argument was left out.
pub(super) fn arg(args: &[Value], index: usize) -> &Value {
    args.get(index).unwrap_or(&NULL)
}

/// The error for an argument of the wrong type; null gets its own wording.
pub(super) fn type_error(index: usize, wanted: &str, got: &Value) -> FunctionError {
    if got.is_null() {
        invalid(index, "argument must not be null")
    } else {
        invalid(index, format!("{wanted} required, got {}", got.type_name()))
    }
}

/// A primitive value as a string, the way Terraform converts it.
pub(super) fn to_str(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(format_number(*n)),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A number or numeric string as a number.
pub(super) fn to_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => Some(*n),
        Value::String(s) => parse_number(s),
        _ => None,
    }
}

/// Parses a decimal number as Terraform's string-to-number conversion does.
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let plain = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    if !plain || text.is_empty() {
        return None;
    }
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

pub(super) fn string(args: &[Value], index: usize) -> Result<String, FunctionError> {
    let value = arg(args, index);
    to_str(value).ok_or_else(|| type_error(index, "string", value))
}

pub(super) fn number(args: &[Value], index: usize) -> Result<f64, FunctionError> {
    let value = arg(args, index);
    to_number(value).ok_or_else(|| type_error(index, "number", value))
}

/// A whole number; Terraform rejects fractions where it counts or indexes.
pub(super) fn integer(args: &[Value], index: usize) -> Result<i64, FunctionError> {
    let n = number(args, index)?;
    if n.fract() != 0.0 {
        return Err(invalid(
            index,
            format!("{} is not a whole number", format_number(n)),
        ));
    }
    if n.abs() > 9.0e15 {
        return Err(invalid(index, format!("{} is too large", format_number(n))));
    }
    Ok(n as i64)
}

pub(super) fn boolean(args: &[Value], index: usize) -> Result<bool, FunctionError> {
    let value = arg(args, index);
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s == "true" => Ok(true),
        Value::String(s) if s == "false" => Ok(false),
        _ => Err(type_error(index, "bool", value)),
    }
}

/// The elements of a list, tuple or set argument.
pub(super) fn list(args: &[Value], index: usize) -> Result<&[Value], FunctionError> {
    let value = arg(args, index);
    value
        .as_items()
        .ok_or_else(|| type_error(index, "list", value))
}

/// The elements of a list argument, each converted to a string.
pub(super) fn string_list(args: &[Value], index: usize) -> Result<Vec<String>, FunctionError> {
    list(args, index)?
        .iter()
        .enumerate()
        .map(|(i, item)| to_str(item).ok_or_else(|| element_error(index, i, "string", item)))
        .collect()
}

/// The error for a list element of the wrong type.
pub(super) fn element_error(
    index: usize,
    element: usize,
    wanted: &str,
    got: &Value,
) -> FunctionError {
    if got.is_null() {
        invalid(index, format!("element {element} is null"))
    } else {
        invalid(
            index,
            format!(
                "element {element}: {wanted} required, got {}",
                got.type_name()
            ),
        )
    }
}

pub(super) fn map(args: &[Value], index: usize) -> Result<&BTreeMap<String, Value>, FunctionError> {
    let value = arg(args, index);
    value
        .as_map()
        .ok_or_else(|| type_error(index, "map", value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_accept_numbers_and_bools() {
        let args = [Value::Number(3.0), Value::Bool(true), Value::Number(1.5)];
        assert_eq!(string(&args, 0).as_deref(), Ok("3"));
        assert_eq!(string(&args, 1).as_deref(), Ok("true"));
        assert_eq!(string(&args, 2).as_deref(), Ok("1.5"));
    }

    #[test]
    fn numbers_accept_numeric_strings_only() {
        let args: [Value; 4] = ["12".into(), "-1.5e2".into(), "inf".into(), "".into()];
        assert_eq!(number(&args, 0), Ok(12.0));
        assert_eq!(number(&args, 1), Ok(-150.0));
        assert_eq!(
            number(&args, 2).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(2)
        );
        assert_eq!(
            number(&args, 3).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(3)
        );
    }

    #[test]
    fn integers_reject_fractions() {
        assert_eq!(
            integer(&[Value::Number(1.5)], 0).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn null_arguments_are_rejected() {
        let err = string(&[Value::Null], 0).unwrap_err();
        assert_eq!(err.message, "argument must not be null");
    }
}

//! Terraform type constraints, as written in `variable` blocks, and the
//! conversion of values to them.
//!
//! [`parse_type`] reads the type expression language (`list(string)`,
//! `object({ a = optional(number, 3) })`, ...). [`convert`] applies a type
//! to a value the way Terraform does for variable values: primitives convert
//! to each other where the text allows, tuples become lists or sets, objects
//! become maps, and object types fill their optional attributes.

// Type errors are returned as whole diagnostics, as the loader collects
// them; they are rare, so their size does not matter.
#![allow(clippy::result_large_err)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use hcl_edit::expr::{Expression, FuncCall, ObjectKey, UnaryOperator};
use hcl_edit::Span;

use crate::diag::Diagnostic;
use crate::source::SourceFile;
use crate::value::{format_number, Value};

/// A type constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    Any,
    String,
    Number,
    Bool,
    List(Box<Type>),
    Set(Box<Type>),
    Map(Box<Type>),
    Tuple(Vec<Type>),
    Object(BTreeMap<String, ObjectAttr>),
}

/// One attribute of an object type.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectAttr {
    pub ty: Type,
    /// Written as `optional(...)`: may be left out or null.
    pub optional: bool,
    /// The value used when an optional attribute is left out or null,
    /// already converted to `ty`.
    pub default: Option<Value>,
}

impl ObjectAttr {
    /// A required attribute of the given type.
    pub fn required(ty: Type) -> ObjectAttr {
        ObjectAttr {
            ty,
            optional: false,
            default: None,
        }
    }
}

/// Why a value does not fit a type: where inside the value, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertError {
    /// Like `.a[0]`, or empty for the value itself.
    pub path: String,
    pub message: String,
}

impl ConvertError {
    fn new(message: impl Into<String>) -> ConvertError {
        ConvertError {
            path: String::new(),
            message: message.into(),
        }
    }

    /// Places the error one step deeper, below `step`.
    fn under(mut self, step: &str) -> ConvertError {
        self.path = format!("{step}{}", self.path);
        self
    }
}

impl fmt::Display for ConvertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl fmt::Display for Type {
    /// Terraform's spelling: `list(string)`, `object({a=string,b=number})`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Any => write!(f, "any"),
            Type::String => write!(f, "string"),
            Type::Number => write!(f, "number"),
            Type::Bool => write!(f, "bool"),
            Type::List(elem) => write!(f, "list({elem})"),
            Type::Set(elem) => write!(f, "set({elem})"),
            Type::Map(elem) => write!(f, "map({elem})"),
            Type::Tuple(elems) => {
                let parts: Vec<String> = elems.iter().map(Type::to_string).collect();
                write!(f, "tuple([{}])", parts.join(","))
            }
            Type::Object(attrs) => {
                let parts: Vec<String> = attrs
                    .iter()
                    .map(|(name, attr)| format!("{name}={attr}"))
                    .collect();
                write!(f, "object({{{}}})", parts.join(","))
            }
        }
    }
}

impl fmt::Display for ObjectAttr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.optional {
            write!(f, "optional({})", self.ty)
        } else {
            write!(f, "{}", self.ty)
        }
    }
}

/// Parses a type expression: `string`, `number`, `bool`, `any`, `list(string)`, `set(...)`, `map(...)`,
/// `tuple([...])`, `object({ a = string, b = optional(number, 3) })`, and legacy quoted "string"/"list"/"map".
pub fn parse_type(expr: &Expression, file: &SourceFile) -> Result<Type, Diagnostic> {
    Parser { file }.parse(expr)
}

struct Parser<'a> {
    file: &'a SourceFile,
}

impl Parser<'_> {
    fn error(&self, at: &dyn Span, summary: impl Into<String>) -> Diagnostic {
        Diagnostic::error("invalid-type", summary)
            .with_range(at.span().map(|span| self.file.range(span)))
    }

    fn parse(&self, expr: &Expression) -> Result<Type, Diagnostic> {
        match expr {
            Expression::Variable(name) => self.keyword(expr, name.as_str()),
            Expression::String(text) => self.legacy(expr, text.as_str()),
            Expression::Parenthesis(inner) => self.parse(inner.inner()),
            Expression::FuncCall(call) => self.constructor(call),
            _ => Err(self.error(
                expr,
                "a type expression is required, such as `string` or `list(string)`",
            )),
        }
    }

    fn keyword(&self, expr: &Expression, name: &str) -> Result<Type, Diagnostic> {
        match name {
            "string" => Ok(Type::String),
            "number" => Ok(Type::Number),
            "bool" => Ok(Type::Bool),
            "any" => Ok(Type::Any),
            "list" | "set" | "map" => Err(self.error(expr, format!("the `{name}` type constructor requires one argument specifying the element type"))),
            "tuple" | "object" => Err(self.error(expr, format!("the `{name}` type constructor requires one argument specifying the element types"))),
            _ => Err(self.error(expr, format!("unknown type keyword `{name}`"))),
        }
    }

    /// Quoted types from Terraform 0.11, still seen in old modules.
    fn legacy(&self, expr: &Expression, name: &str) -> Result<Type, Diagnostic> {
        match name {
            "string" => Ok(Type::String),
            "list" => Ok(Type::List(Box::new(Type::Any))),
            "map" => Ok(Type::Map(Box::new(Type::Any))),
            _ => Err(self.error(expr, format!("unknown quoted type `{name}`; write a type expression such as `string` without quotes"))),
        }
    }

    fn constructor(&self, call: &FuncCall) -> Result<Type, Diagnostic> {
        let name = call.name.name.as_str();
        if call.name.is_namespaced() {
            return Err(self.error(call, format!("unknown type constructor `{name}`")));
        }
        let arg = match call.args.iter().collect::<Vec<_>>()[..] {
            [arg] => arg,
            _ if matches!(name, "list" | "set" | "map" | "tuple" | "object") => {
                return Err(self.error(
                    call,
                    format!("the `{name}` type constructor requires exactly one argument"),
                ));
            }
            _ => return Err(self.unknown_constructor(call, name)),
        };
        match name {
            "list" => Ok(Type::List(Box::new(self.parse(arg)?))),
            "set" => Ok(Type::Set(Box::new(self.parse(arg)?))),
            "map" => Ok(Type::Map(Box::new(self.parse(arg)?))),
            "tuple" => self.tuple(arg),
            "object" => self.object(arg),
            _ => Err(self.unknown_constructor(call, name)),
        }
    }

    fn unknown_constructor(&self, call: &FuncCall, name: &str) -> Diagnostic {
        if name == "optional" {
            self.error(
                call,
                "`optional` is only allowed for the attributes of an object type",
            )
        } else {
            self.error(call, format!("unknown type constructor `{name}`"))
        }
    }

    fn tuple(&self, arg: &Expression) -> Result<Type, Diagnostic> {
        let Expression::Array(items) = arg else {
            return Err(self.error(arg, "the `tuple` type constructor requires a list of element types, such as `tuple([string, number])`"));
        };
        items
            .iter()
            .map(|item| self.parse(item))
            .collect::<Result<_, _>>()
            .map(Type::Tuple)
    }

    fn object(&self, arg: &Expression) -> Result<Type, Diagnostic> {
        let Expression::Object(object) = arg else {
            return Err(self.error(arg, "the `object` type constructor requires an object of attribute types, such as `object({ name = string })`"));
        };
        let mut attrs = BTreeMap::new();
        for (key, value) in object.iter() {
            let name = self.attribute_name(key)?;
            attrs.insert(name, self.attribute(value.expr())?);
        }
        Ok(Type::Object(attrs))
    }

    fn attribute_name(&self, key: &ObjectKey) -> Result<String, Diagnostic> {
        let name = match key {
            ObjectKey::Ident(ident) => Some(ident.as_str()),
            ObjectKey::Expression(Expression::String(text)) => Some(text.as_str()),
            ObjectKey::Expression(Expression::Variable(ident)) => Some(ident.as_str()),
            ObjectKey::Expression(_) => None,
        };
        name.map(str::to_string)
            .ok_or_else(|| self.error(key, "an object type attribute name must be an identifier"))
    }

    /// An attribute type, possibly wrapped in `optional(type, default)`.
    fn attribute(&self, expr: &Expression) -> Result<ObjectAttr, Diagnostic> {
        let Expression::FuncCall(call) = expr else {
            return Ok(ObjectAttr::required(self.parse(expr)?));
        };
        if call.name.name.as_str() != "optional" || call.name.is_namespaced() {
            return Ok(ObjectAttr::required(self.parse(expr)?));
        }
        let args: Vec<&Expression> = call.args.iter().collect();
        let (ty_expr, default_expr) = match args[..] {
            [ty] => (ty, None),
            [ty, default] => (ty, Some(default)),
            _ => {
                return Err(self.error(
                    &**call,
                    "`optional` requires a type and, optionally, a default value",
                ))
            }
        };

        let ty = self.parse(ty_expr)?;
        let default = default_expr
            .map(|expr| self.default(expr, &ty))
            .transpose()?;
        Ok(ObjectAttr {
            ty,
            optional: true,
            default,
        })
    }

    fn default(&self, expr: &Expression, ty: &Type) -> Result<Value, Diagnostic> {
        let value = literal(expr).ok_or_else(|| {
            self.error(
                expr,
                "the default value of an optional attribute must be a constant",
            )
        })?;
        convert(&value, ty).map_err(|e| {
            self.error(
                expr,
                format!("the default value does not fit type `{ty}`: {e}"),
            )
        })
    }
}

/// The value of a constant expression: literals, arrays and objects of
/// them, negated numbers; `None` for anything that needs evaluation.
fn literal(expr: &Expression) -> Option<Value> {
    match expr {
        Expression::Null(_) => Some(Value::Null),
        Expression::Bool(b) => Some(Value::Bool(*b.value())),
        Expression::Number(n) => n.as_f64().map(Value::Number),
        Expression::String(s) => Some(Value::String(s.to_string())),
        Expression::Parenthesis(inner) => literal(inner.inner()),
        Expression::Array(items) => items
            .iter()
            .map(literal)
            .collect::<Option<_>>()
            .map(Value::List),
        Expression::Object(object) => object
            .iter()
            .map(|(key, value)| Some((literal_key(key)?, literal(value.expr())?)))
            .collect::<Option<_>>()
            .map(Value::Map),
        Expression::UnaryOp(op) if *op.operator.value() == UnaryOperator::Neg => {
            match literal(&op.expr)? {
                Value::Number(n) => Some(Value::Number(-n)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn literal_key(key: &ObjectKey) -> Option<String> {
    match key {
        ObjectKey::Ident(ident) => Some(ident.as_str().to_string()),
        ObjectKey::Expression(expr) => match literal(expr)? {
            Value::String(s) => Some(s),
            Value::Number(n) => Some(format_number(n)),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        },
    }
}

/// Converts a value to a type as Terraform does for variable values: numeric strings to numbers,
/// numbers/bools to strings, tuples to lists/sets, objects to maps, filling optional object
/// attributes with their default or null, rejecting missing required attributes and (for objects)
/// dropping extra attributes; Unknown stays Unknown; null stays null.
pub fn convert(value: &Value, ty: &Type) -> Result<Value, ConvertError> {
    if value.is_null() || value.is_unknown() {
        return Ok(value.clone());
    }
    match ty {
        Type::Any => Ok(value.clone()),
        Type::String => to_string(value),
        Type::Number => to_number(value),
        Type::Bool => to_bool(value),
        Type::List(elem) => sequence(value, elem, ty).map(Value::List),
        Type::Set(elem) => sequence(value, elem, ty).map(Value::set),
        Type::Map(elem) => map(value, elem, ty),
        Type::Tuple(elems) => tuple(value, elems),
        Type::Object(attrs) => object(value, attrs),
    }
}

fn to_string(value: &Value) -> Result<Value, ConvertError> {
    match value {
        Value::String(_) => Ok(value.clone()),
        Value::Number(n) => Ok(Value::String(format_number(*n))),
        Value::Bool(b) => Ok(Value::String(b.to_string())),
        other => Err(ConvertError::new(format!(
            "string required, got {}",
            other.type_name()
        ))),
    }
}

fn to_number(value: &Value) -> Result<Value, ConvertError> {
    match value {
        Value::Number(_) => Ok(value.clone()),
        Value::String(s) => parse_number(s)
            .map(Value::Number)
            .ok_or_else(|| ConvertError::new(format!("a number is required, got `{s}`"))),
        other => Err(ConvertError::new(format!(
            "a number is required, got {}",
            other.type_name()
        ))),
    }
}

/// Terraform's string-to-number conversion: decimal notation only.
fn parse_number(text: &str) -> Option<f64> {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    text.parse::<f64>().ok().filter(|n| plain && n.is_finite())
}

fn to_bool(value: &Value) -> Result<Value, ConvertError> {
    match value {
        Value::Bool(_) => Ok(value.clone()),
        Value::String(s) if s == "true" => Ok(Value::Bool(true)),
        Value::String(s) if s == "false" => Ok(Value::Bool(false)),
        Value::String(s) => Err(ConvertError::new(format!("a bool is required, got `{s}`"))),
        other => Err(ConvertError::new(format!(
            "a bool is required, got {}",
            other.type_name()
        ))),
    }
}

/// The converted elements of a list, tuple or set value.
fn sequence(value: &Value, elem: &Type, ty: &Type) -> Result<Vec<Value>, ConvertError> {
    let items = value
        .as_items()
        .ok_or_else(|| ConvertError::new(format!("{ty} required, got {}", value.type_name())))?;
    let converted = items
        .iter()
        .enumerate()
        .map(|(i, item)| convert(item, elem).map_err(|e| e.under(&format!("[{i}]"))))
        .collect::<Result<Vec<_>, _>>()?;
    if *elem == Type::Any {
        return unify(converted);
    }
    Ok(converted)
}

fn map(value: &Value, elem: &Type, ty: &Type) -> Result<Value, ConvertError> {
    let entries = value
        .as_map()
        .ok_or_else(|| ConvertError::new(format!("{ty} required, got {}", value.type_name())))?;
    let mut converted = BTreeMap::new();
    for (key, item) in entries {
        let item = convert(item, elem)
            .map_err(|e| e.under(&format!("[{}]", Value::from(key.as_str()))))?;
        converted.insert(key.clone(), item);
    }
    if *elem == Type::Any {
        let keys: Vec<String> = converted.keys().cloned().collect();
        let unified = unify(converted.into_values().collect())?;
        return Ok(Value::Map(keys.into_iter().zip(unified).collect()));
    }
    Ok(Value::Map(converted))
}

/// Gives the elements of a collection of `any` one type, as Terraform must:
/// mixed primitives become strings when a string is among them.
fn unify(items: Vec<Value>) -> Result<Vec<Value>, ConvertError> {
    let kinds: BTreeSet<Kind> = items.iter().filter_map(Kind::of).collect();
    if kinds.len() <= 1 {
        return Ok(items);
    }

    let primitive = kinds
        .iter()
        .all(|k| matches!(k, Kind::String | Kind::Number | Kind::Bool));
    if !primitive || !kinds.contains(&Kind::String) {
        return Err(ConvertError::new("all elements must have the same type"));
    }
    items
        .iter()
        .map(|item| convert(item, &Type::String))
        .collect()
}

/// The broad shape of a known, non-null value, for unification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    String,
    Number,
    Bool,
    Sequence,
    Mapping,
}

impl Kind {
    fn of(value: &Value) -> Option<Kind> {
        match value {
            Value::Null | Value::Unknown => None,
            Value::String(_) => Some(Kind::String),
            Value::Number(_) => Some(Kind::Number),
            Value::Bool(_) => Some(Kind::Bool),
            Value::List(_) | Value::Set(_) => Some(Kind::Sequence),
            Value::Map(_) => Some(Kind::Mapping),
        }
    }
}

fn tuple(value: &Value, elems: &[Type]) -> Result<Value, ConvertError> {
    let ty = Type::Tuple(elems.to_vec());
    let items = value
        .as_items()
        .ok_or_else(|| ConvertError::new(format!("{ty} required, got {}", value.type_name())))?;
    if items.len() != elems.len() {
        return Err(ConvertError::new(format!(
            "a tuple of {} elements is required, got {}",
            elems.len(),
            items.len()
        )));
    }
    let converted = items
        .iter()
        .zip(elems)
        .enumerate()
        .map(|(i, (item, elem))| convert(item, elem).map_err(|e| e.under(&format!("[{i}]"))));
    converted.collect::<Result<Vec<_>, _>>().map(Value::List)
}

fn object(value: &Value, attrs: &BTreeMap<String, ObjectAttr>) -> Result<Value, ConvertError> {
    let Some(given) = value.as_map() else {
        return Err(ConvertError::new(format!(
            "object required, got {}",
            value.type_name()
        )));
    };
    let mut converted = BTreeMap::new();
    for (name, attr) in attrs {
        let item = match given.get(name) {
            Some(item) if !item.is_null() => {
                convert(item, &attr.ty).map_err(|e| e.under(&format!(".{name}")))?
            }
            None if !attr.optional => {
                return Err(ConvertError::new(format!("attribute `{name}` is required")))
            }
            _ => attr.default.clone().unwrap_or(Value::Null),
        };
        converted.insert(name.clone(), item);
    }
    Ok(Value::Map(converted))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> std::sync::Arc<SourceFile> {
        SourceFile::new("variables.tf", "variables.tf".into(), text.to_string())
    }

    /// Parses the type expression of `type = ...` in a one-line file.
    fn parse(text: &str) -> Result<Type, Diagnostic> {
        let source = format!("type = {text}\n");
        let body = hcl_edit::parser::parse_body(&source).expect("test input parses");
        let attr = body.get_attribute("type").expect("has a type attribute");
        parse_type(&attr.value, &file(&source))
    }

    fn s(text: &str) -> Value {
        Value::from(text)
    }

    fn map(pairs: &[(&str, Value)]) -> Value {
        Value::Map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn primitive_and_collection_types_parse() {
        assert_eq!(parse("string"), Ok(Type::String));
        assert_eq!(
            parse("list(number)"),
            Ok(Type::List(Box::new(Type::Number)))
        );
        assert_eq!(
            parse("map(set(bool))").map(|t| t.to_string()).as_deref(),
            Ok("map(set(bool))")
        );
        assert_eq!(
            parse("tuple([string, any])")
                .map(|t| t.to_string())
                .as_deref(),
            Ok("tuple([string,any])")
        );
        assert_eq!(parse("\"list\""), Ok(Type::List(Box::new(Type::Any))));
    }

    #[test]
    fn object_types_parse_with_optional_defaults() {
        let ty = parse(
            "object({ name = string, size = optional(number, 3), tags = optional(map(string)) })",
        )
        .unwrap();
        assert_eq!(
            ty.to_string(),
            "object({name=string,size=optional(number),tags=optional(map(string))})"
        );
        let Type::Object(attrs) = ty else {
            panic!("not an object")
        };
        assert_eq!(attrs["size"].default, Some(Value::Number(3.0)));
        assert!(attrs["tags"].optional);
        assert_eq!(attrs["tags"].default, None);
    }

    #[test]
    fn defaults_are_constants_converted_to_the_attribute_type() {
        let ty = parse("object({ n = optional(number, -2), s = optional(string, 5), l = optional(list(string), [\"a\"]) })").unwrap();
        let Type::Object(attrs) = ty else {
            panic!("not an object")
        };
        assert_eq!(attrs["n"].default, Some(Value::Number(-2.0)));
        assert_eq!(attrs["s"].default, Some(s("5")));
        assert_eq!(attrs["l"].default, Some(Value::List(vec![s("a")])));
    }

    #[test]
    fn bad_types_are_diagnosed_at_the_bad_part() {
        let err = parse("list(strin)").unwrap_err();
        assert_eq!(err.code, "invalid-type");
        let range = err.range.expect("has a range");
        assert_eq!((range.start.line, range.start.column), (1, 13));

        let err = parse("object({ a = optional(number, var.x) })").unwrap_err();
        assert_eq!(err.range.map(|r| r.start.column), Some(38));
        assert!(parse("optional(string)").is_err());
        assert!(parse("list").is_err());
        assert!(parse("list(string, number)").is_err());
        assert!(parse("object({ a = optional(number, \"x\") })").is_err());
        assert!(parse("\"int\"").is_err());
        assert!(parse("1").is_err());
    }

    #[test]
    fn primitives_convert_between_each_other() {
        assert_eq!(convert(&s("12"), &Type::Number), Ok(Value::Number(12.0)));
        assert_eq!(convert(&Value::Number(1.5), &Type::String), Ok(s("1.5")));
        assert_eq!(convert(&s("true"), &Type::Bool), Ok(Value::Bool(true)));
        assert!(convert(&s("x"), &Type::Number).is_err());
        assert!(convert(&Value::List(vec![]), &Type::String).is_err());
    }

    #[test]
    fn null_and_unknown_pass_through() {
        assert_eq!(convert(&Value::Null, &Type::Number), Ok(Value::Null));
        assert_eq!(
            convert(&Value::Unknown, &Type::List(Box::new(Type::String))),
            Ok(Value::Unknown)
        );
    }

    #[test]
    fn collections_convert_their_elements() {
        let list = Value::List(vec![Value::Number(1.0), s("b"), s("b")]);
        assert_eq!(
            convert(&list, &Type::List(Box::new(Type::String))),
            Ok(Value::List(vec![s("1"), s("b"), s("b")]))
        );
        assert_eq!(
            convert(&list, &Type::Set(Box::new(Type::String))),
            Ok(Value::set(vec![s("1"), s("b")]))
        );
        assert_eq!(
            convert(&list, &Type::List(Box::new(Type::Any))),
            Ok(Value::List(vec![s("1"), s("b"), s("b")]))
        );
        let err = convert(&list, &Type::List(Box::new(Type::Number))).unwrap_err();
        assert_eq!(err.path, "[1]");
        let mixed = Value::List(vec![Value::Number(1.0), Value::Bool(true)]);
        assert!(convert(&mixed, &Type::List(Box::new(Type::Any))).is_err());
    }

    #[test]
    fn objects_fill_defaults_and_drop_extra_attributes() {
        let ty = parse(
            "object({ name = string, size = optional(number, 3), tags = optional(map(string)) })",
        )
        .unwrap();
        let got = convert(
            &map(&[("name", s("a")), ("extra", s("x")), ("size", Value::Null)]),
            &ty,
        );
        assert_eq!(
            got,
            Ok(map(&[
                ("name", s("a")),
                ("size", Value::Number(3.0)),
                ("tags", Value::Null)
            ]))
        );
        let err = convert(&map(&[("size", Value::Number(1.0))]), &ty).unwrap_err();
        assert_eq!(
            (err.path.as_str(), err.message.as_str()),
            ("", "attribute `name` is required")
        );
    }

    #[test]
    fn nested_errors_carry_their_path() {
        let ty = parse("map(object({ subnets = list(object({ cidr = string, size = number })) }))")
            .unwrap();
        let value = map(&[(
            "hub",
            map(&[(
                "subnets",
                Value::List(vec![map(&[("cidr", s("10.0.0.0/24")), ("size", s("big"))])]),
            )]),
        )]);
        let err = convert(&value, &ty).unwrap_err();
        assert_eq!(err.path, "[\"hub\"].subnets[0].size");
    }

    #[test]
    fn nested_optional_defaults_apply_inside_defaults() {
        let ty =
            parse("object({ dns = optional(object({ enabled = optional(bool, true) }), {}) })")
                .unwrap();
        let got = convert(&map(&[]), &ty);
        assert_eq!(
            got,
            Ok(map(&[("dns", map(&[("enabled", Value::Bool(true))]))]))
        );
    }

    #[test]
    fn any_collections_reject_mixed_shapes() {
        let any_list = Type::List(Box::new(Type::Any));
        let nested = Value::List(vec![
            Value::List(vec![]),
            Value::set(vec![s("a")]),
            Value::Null,
        ]);
        assert!(convert(&nested, &any_list).is_ok());
        let mixed = Value::List(vec![Value::Number(1.0), Value::List(vec![])]);
        assert!(convert(&mixed, &any_list).is_err());
    }

    #[test]
    fn tuples_check_their_length() {
        let ty = Type::Tuple(vec![Type::String, Type::Number]);
        assert_eq!(
            convert(&Value::List(vec![s("a"), s("2")]), &ty),
            Ok(Value::List(vec![s("a"), Value::Number(2.0)]))
        );
        assert!(convert(&Value::List(vec![s("a")]), &ty).is_err());
    }
}

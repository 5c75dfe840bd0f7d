//! The dynamic value that configuration evaluates to and that state holds.
//!
//! Terraform's type system is richer than this (tuples, objects and typed
//! collections); amplan folds lists and tuples into `List`, maps and objects
//! into `Map`, and keeps `Set` apart because `for_each` and equality depend
//! on it. `Unknown` is Terraform's "known after apply".

use std::collections::BTreeMap;
use std::fmt;

/// A configuration or state value.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    /// A list or tuple.
    List(Vec<Value>),
    /// A set: kept sorted and free of duplicates by [`Value::set`].
    Set(Vec<Value>),
    /// A map or object; keys in lexical order, as Terraform iterates them.
    Map(BTreeMap<String, Value>),
    /// A value that is only known after apply.
    Unknown,
}

impl Value {
    /// Builds a set: sorts by the canonical rendering and removes duplicates.
    pub fn set(mut items: Vec<Value>) -> Value {
        items.sort_by_key(Value::sort_key);
        items.dedup();
        Value::Set(items)
    }

    pub fn string(s: impl Into<String>) -> Value {
        Value::String(s.into())
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    /// True when no part of the value, however deep, is unknown.
    pub fn is_wholly_known(&self) -> bool {
        match self {
            Value::Unknown => false,
            Value::List(items) | Value::Set(items) => items.iter().all(Value::is_wholly_known),
            Value::Map(map) => map.values().all(Value::is_wholly_known),
            _ => true,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&BTreeMap<String, Value>> {
        match self {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The elements of a list or a set.
    pub fn as_items(&self) -> Option<&[Value]> {
        match self {
            Value::List(items) | Value::Set(items) => Some(items),
            _ => None,
        }
    }

    /// An attribute of a map value; `None` for anything else.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_map().and_then(|m| m.get(key))
    }

    /// The Terraform type name, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::List(_) => "tuple",
            Value::Set(_) => "set",
            Value::Map(_) => "object",
            Value::Unknown => "unknown",
        }
    }

    /// A total order used for sets and sorting: the canonical JSON text.
    pub fn sort_key(&self) -> String {
        match self {
            Value::String(s) => s.clone(),
            other => other.to_json().to_string(),
        }
    }

    /// Converts to JSON; unknown values become `null` (see `unknown_mask`).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            Value::Null | Value::Unknown => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => number_to_json(*n),
            Value::String(s) => J::String(s.clone()),
            Value::List(items) | Value::Set(items) => {
                J::Array(items.iter().map(Value::to_json).collect())
            }
            Value::Map(map) => {
                J::Object(map.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
            }
        }
    }

    /// Terraform's `after_unknown` shape: `true` where a value is unknown,
    /// nested lists and maps where something inside is, `false` elsewhere.
    pub fn unknown_mask(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            Value::Unknown => J::Bool(true),
            Value::List(items) | Value::Set(items) if !self.is_wholly_known() => {
                J::Array(items.iter().map(Value::unknown_mask).collect())
            }
            Value::Map(map) if !self.is_wholly_known() => J::Object(
                map.iter()
                    .filter(|(_, v)| !v.is_wholly_known())
                    .map(|(k, v)| (k.clone(), v.unknown_mask()))
                    .collect(),
            ),
            _ => J::Bool(false),
        }
    }

    /// Converts from JSON as found in state files.
    pub fn from_json(json: &serde_json::Value) -> Value {
        use serde_json::Value as J;
        match json {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(*b),
            J::Number(n) => Value::Number(n.as_f64().unwrap_or(0.0)),
            J::String(s) => Value::String(s.clone()),
            J::Array(items) => Value::List(items.iter().map(Value::from_json).collect()),
            J::Object(map) => Value::Map(
                map.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// Like [`Value::from_json`], but moves the strings out instead of copying them.
    pub fn from_json_owned(json: serde_json::Value) -> Value {
        use serde_json::Value as J;
        match json {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(b),
            J::Number(n) => Value::Number(n.as_f64().unwrap_or(0.0)),
            J::String(s) => Value::String(s),
            J::Array(items) => Value::List(items.into_iter().map(Value::from_json_owned).collect()),
            J::Object(map) => Value::Map(
                map.into_iter()
                    .map(|(k, v)| (k, Value::from_json_owned(v)))
                    .collect(),
            ),
        }
    }
}

/// Integers print without a fraction, as Terraform prints them.
pub fn number_to_json(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        serde_json::Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null)
    }
}

/// Formats a number the way Terraform's string conversion does.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

impl fmt::Display for Value {
    /// HCL-like rendering, used in messages and the human plan.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => write!(f, "{}", format_number(*n)),
            Value::String(s) => write!(f, "{}", serde_json::Value::String(s.clone())),
            Value::Unknown => write!(f, "(known after apply)"),
            Value::List(items) | Value::Set(items) => {
                write!(f, "[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{item}")?;
                }
                write!(f, "]")
            }
            Value::Map(map) => {
                write!(f, "{{")?;
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{k} = {v}")?;
                }
                write!(f, "}}")
            }
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Value {
        Value::Number(n)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(n as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_json_conversion_matches_the_borrowing_one() {
        let json = serde_json::json!({"b": [1, 2.5, null, true], "a": {"x": "y"}});
        assert_eq!(
            Value::from_json_owned(json.clone()),
            Value::from_json(&json)
        );
    }

    #[test]
    fn set_sorts_and_dedups() {
        let s = Value::set(vec!["b".into(), "a".into(), "b".into()]);
        assert_eq!(s, Value::Set(vec!["a".into(), "b".into()]));
    }

    #[test]
    fn unknown_mask_marks_nested_unknowns() {
        let v = Value::Map(
            [
                ("id".to_string(), Value::Unknown),
                ("name".to_string(), "x".into()),
            ]
            .into(),
        );
        assert_eq!(v.unknown_mask(), serde_json::json!({"id": true}));
    }

    #[test]
    fn integers_render_without_fraction() {
        assert_eq!(Value::Number(3.0).to_string(), "3");
        assert_eq!(Value::Number(2.5).to_string(), "2.5");
    }
}

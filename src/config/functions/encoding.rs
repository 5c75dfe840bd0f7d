//! Type conversions, JSON and base64 encodings, hashes and UUIDs.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use md5::Md5;
use sha2::{Digest, Sha256, Sha512};

use super::args::{arg, invalid, string};
use super::Outcome;
use crate::config::types::{self, Type};
use crate::value::Value;

/// Converts the only argument to `ty`; unknown and null pass through.
fn convert_to(args: &[Value], ty: Type) -> Outcome {
    let value = arg(args, 0);
    types::convert(value, &ty).map_err(|e| {
        invalid(
            0,
            format!("cannot convert {} to {ty}: {e}", value.type_name()),
        )
    })
}

pub(super) fn tostring(args: &[Value]) -> Outcome {
    convert_to(args, Type::String)
}

pub(super) fn tonumber(args: &[Value]) -> Outcome {
    convert_to(args, Type::Number)
}

pub(super) fn tobool(args: &[Value]) -> Outcome {
    convert_to(args, Type::Bool)
}

pub(super) fn tolist(args: &[Value]) -> Outcome {
    convert_to(args, Type::List(Box::new(Type::Any)))
}

pub(super) fn tomap(args: &[Value]) -> Outcome {
    convert_to(args, Type::Map(Box::new(Type::Any)))
}

/// A set with unknown elements has an unknown size, so the whole set is unknown.
pub(super) fn toset(args: &[Value]) -> Outcome {
    let set = convert_to(args, Type::Set(Box::new(Type::Any)))?;
    Ok(if set.is_wholly_known() {
        set
    } else {
        Value::Unknown
    })
}

/// `sensitive` and `nonsensitive`: amplan does not track sensitivity.
pub(super) fn identity(args: &[Value]) -> Outcome {
    Ok(arg(args, 0).clone())
}

/// amplan does not track sensitivity, so nothing is sensitive.
pub(super) fn issensitive(args: &[Value]) -> Outcome {
    Ok(if arg(args, 0).is_unknown() {
        Value::Unknown
    } else {
        Value::Bool(false)
    })
}

/// `timestamp()` and `uuid()` differ on every run, so plans show them as
/// known after apply.
pub(super) fn after_apply(_args: &[Value]) -> Outcome {
    Ok(Value::Unknown)
}

/// Encodes as Go's `json.Marshal` does, which escapes `<`, `>` and `&`.
pub(super) fn jsonencode(args: &[Value]) -> Outcome {
    let json = arg(args, 0).to_json().to_string();
    let escaped = json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    Ok(escaped
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
        .into())
}

pub(super) fn jsondecode(args: &[Value]) -> Outcome {
    let text = string(args, 0)?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| invalid(0, format!("invalid json: {e}")))?;
    Ok(Value::from_json(&json))
}

pub(super) fn base64encode(args: &[Value]) -> Outcome {
    Ok(STANDARD.encode(string(args, 0)?).into())
}

pub(super) fn base64decode(args: &[Value]) -> Outcome {
    let bytes = STANDARD
        .decode(string(args, 0)?)
        .map_err(|e| invalid(0, format!("invalid base64: {e}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| invalid(0, "the decoded bytes are not valid utf-8"))?;
    Ok(text.into())
}

pub(super) fn md5(args: &[Value]) -> Outcome {
    Ok(hex(&Md5::digest(string(args, 0)?)).into())
}

pub(super) fn sha256(args: &[Value]) -> Outcome {
    Ok(hex(&Sha256::digest(string(args, 0)?)).into())
}

pub(super) fn sha512(args: &[Value]) -> Outcome {
    Ok(hex(&Sha512::digest(string(args, 0)?)).into())
}

pub(super) fn base64sha256(args: &[Value]) -> Outcome {
    Ok(STANDARD.encode(Sha256::digest(string(args, 0)?)).into())
}

pub(super) fn base64sha512(args: &[Value]) -> Outcome {
    Ok(STANDARD.encode(Sha512::digest(string(args, 0)?)).into())
}

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A name-based UUID; the namespace is `dns`, `url`, `oid`, `x500` or a UUID.
pub(super) fn uuidv5(args: &[Value]) -> Outcome {
    let namespace = string(args, 0)?;
    let name = string(args, 1)?;

    let namespace = match namespace.as_str() {
        "dns" => uuid::Uuid::NAMESPACE_DNS,
        "url" => uuid::Uuid::NAMESPACE_URL,
        "oid" => uuid::Uuid::NAMESPACE_OID,
        "x500" => uuid::Uuid::NAMESPACE_X500,
        other => uuid::Uuid::parse_str(other).map_err(|_| {
            invalid(
                0,
                format!("uuidv5 namespace `{other}` is not a known name or a uuid"),
            )
        })?,
    };
    Ok(uuid::Uuid::new_v5(&namespace, name.as_bytes())
        .to_string()
        .into())
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::super::FunctionErrorKind;
    use crate::value::Value;

    fn s(text: &str) -> Value {
        Value::from(text)
    }

    #[test]
    fn conversions_follow_terraform() {
        assert_eq!(run("tostring", vec![Value::Number(5.0)]), Ok(s("5")));
        assert_eq!(run("tostring", vec![Value::Null]), Ok(Value::Null));
        assert_eq!(run("tonumber", vec![s("1.5")]), Ok(Value::Number(1.5)));
        assert_eq!(run("tobool", vec![s("false")]), Ok(Value::Bool(false)));
        assert_eq!(
            run("tonumber", vec![s("x")]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            run("tostring", vec![Value::List(vec![])]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(run("tonumber", vec![Value::Unknown]), Ok(Value::Unknown));
    }

    #[test]
    fn collection_conversions_unify_element_types() {
        let mixed = Value::List(vec![s("b"), Value::Number(1.0), s("b")]);
        assert_eq!(
            run("tolist", vec![mixed.clone()]),
            Ok(Value::List(vec![s("b"), s("1"), s("b")]))
        );
        assert_eq!(
            run("toset", vec![mixed]),
            Ok(Value::set(vec![s("1"), s("b")]))
        );
        assert_eq!(
            run("toset", vec![Value::List(vec![Value::Unknown])]),
            Ok(Value::Unknown)
        );
        assert_eq!(
            run("tolist", vec![Value::List(vec![Value::Unknown, s("a")])]),
            Ok(Value::List(vec![Value::Unknown, s("a")]))
        );
        let object = Value::Map(
            [
                ("a".to_string(), Value::Bool(true)),
                ("b".to_string(), s("x")),
            ]
            .into(),
        );
        assert_eq!(
            run("tomap", vec![object]).unwrap().get("a"),
            Some(&s("true"))
        );
        assert_eq!(
            run("tomap", vec![s("x")]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn json_round_trips_with_integers_and_go_escaping() {
        let value = Value::Map(
            [
                ("a".to_string(), Value::Number(1.0)),
                ("b".to_string(), s("<&>")),
            ]
            .into(),
        );
        let encoded = run("jsonencode", vec![value]).unwrap();
        assert_eq!(encoded, s(r#"{"a":1,"b":"\u003c\u0026\u003e"}"#));
        let decoded = run("jsondecode", vec![encoded]).unwrap();
        assert_eq!(decoded.get("b"), Some(&s("<&>")));
        assert_eq!(run("jsonencode", vec![Value::Null]), Ok(s("null")));
        assert_eq!(
            run("jsondecode", vec![s("{")]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            run("jsonencode", vec![Value::List(vec![Value::Unknown])]),
            Ok(Value::Unknown)
        );
    }

    #[test]
    fn base64_round_trips() {
        assert_eq!(
            run("base64encode", vec![s("Hello World")]),
            Ok(s("SGVsbG8gV29ybGQ="))
        );
        assert_eq!(
            run("base64decode", vec![s("SGVsbG8gV29ybGQ=")]),
            Ok(s("Hello World"))
        );
        assert_eq!(
            run("base64decode", vec![s("!!")]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            run("base64decode", vec![s("/w==")]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn hashes_are_lowercase_hex() {
        assert_eq!(
            run("md5", vec![s("hello world")]),
            Ok(s("5eb63bbbe01eeed093cb22bb8f5acdc3"))
        );
        assert_eq!(
            run("sha256", vec![s("hello world")]),
            Ok(s(
                "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
            ))
        );
        let sha512 = run("sha512", vec![s("hello world")]).unwrap();
        assert!(sha512
            .as_str()
            .is_some_and(|h| h.len() == 128 && h.starts_with("309ecc489c12d6eb4cc40f50c902f2b4")));
        assert_eq!(
            run("base64sha256", vec![s("hello world")]),
            Ok(s("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="))
        );
    }

    #[test]
    fn uuidv5_is_deterministic() {
        assert_eq!(
            run("uuidv5", vec![s("dns"), s("www.terraform.io")]),
            Ok(s("a5008fae-b28c-5ba5-96cd-82b4c53552d6"))
        );
        assert_eq!(
            run("uuidv5", vec![s("nope"), s("x")]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }
}

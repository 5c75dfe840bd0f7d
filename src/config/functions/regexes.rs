//! `regex` and `regexall`. Terraform uses Go's RE2 syntax, which the `regex`
//! crate accepts nearly unchanged (named groups are `(?P<name>...)` in both).
//!
//! A match becomes a value by the shape of the pattern: without capture
//! groups the matched text, with unnamed groups a list of the captures, with
//! named groups a map of them. Groups that took no part in the match are null.

use std::collections::BTreeMap;

use regex::{Captures, Regex};

use super::args::{call_error, invalid, string};
use super::{FunctionError, Outcome};
use crate::value::Value;

/// Compiles a pattern; errors name the argument that held it.
pub(super) fn compile(pattern: &str, index: usize) -> Result<Regex, FunctionError> {
    Regex::new(pattern).map_err(|e| {
        invalid(
            index,
            format!("invalid regular expression: {}", summary(&e.to_string())),
        )
    })
}

/// The regex crate's last line says what is wrong; the rest draws a caret.
fn summary(text: &str) -> String {
    let last = text.lines().last().unwrap_or(text).trim();
    last.strip_prefix("error: ").unwrap_or(last).to_lowercase()
}

pub(super) fn regex(args: &[Value]) -> Outcome {
    let re = compile(&string(args, 0)?, 0)?;
    let text = string(args, 1)?;
    let shape = Shape::of(&re)?;

    let captures = re
        .captures(&text)
        .ok_or_else(|| call_error("pattern did not match any part of the given string"))?;
    Ok(shape.value(&re, &captures))
}

pub(super) fn regexall(args: &[Value]) -> Outcome {
    let re = compile(&string(args, 0)?, 0)?;
    let text = string(args, 1)?;
    let shape = Shape::of(&re)?;

    Ok(Value::List(
        re.captures_iter(&text)
            .map(|c| shape.value(&re, &c))
            .collect(),
    ))
}

/// What a single match turns into.
enum Shape {
    Whole,
    List,
    Map,
}

impl Shape {
    fn of(re: &Regex) -> Result<Shape, FunctionError> {
        let groups: Vec<Option<&str>> = re.capture_names().skip(1).collect();
        let named = groups.iter().filter(|g| g.is_some()).count();
        match (groups.len(), named) {
            (0, _) => Ok(Shape::Whole),
            (_, 0) => Ok(Shape::List),
            (all, named) if all == named => Ok(Shape::Map),
            _ => Err(invalid(
                0,
                "named and unnamed capture groups cannot be mixed in the same pattern",
            )),
        }
    }

    fn value(&self, re: &Regex, captures: &Captures) -> Value {
        let text = |m: Option<regex::Match>| m.map_or(Value::Null, |m| Value::from(m.as_str()));
        match self {
            Shape::Whole => text(captures.get(0)),
            Shape::List => {
                Value::List((1..captures.len()).map(|i| text(captures.get(i))).collect())
            }
            Shape::Map => {
                let names = re.capture_names().flatten();
                Value::Map(
                    names
                        .map(|name| (name.to_string(), text(captures.name(name))))
                        .collect::<BTreeMap<_, _>>(),
                )
            }
        }
    }
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
    fn regex_without_groups_returns_the_match() {
        assert_eq!(run("regex", vec![s("[a-z]+"), s("53ab")]), Ok(s("ab")));
    }

    #[test]
    fn regex_with_unnamed_groups_returns_a_list() {
        let got = run("regex", vec![s(r"(\d\d\d\d)-(\d\d)(x)?"), s("2019-02")]);
        assert_eq!(got, Ok(Value::List(vec![s("2019"), s("02"), Value::Null])));
    }

    #[test]
    fn regex_with_named_groups_returns_a_map() {
        let got = run(
            "regex",
            vec![
                s(r"^(?P<scheme>\w+)://(?P<host>[^/]+)"),
                s("https://example.com/x"),
            ],
        )
        .unwrap();
        assert_eq!(got.get("scheme"), Some(&s("https")));
        assert_eq!(got.get("host"), Some(&s("example.com")));
    }

    #[test]
    fn regex_without_a_match_is_an_error() {
        assert_eq!(
            run("regex", vec![s("z"), s("abc")]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
        assert_eq!(
            run("regex", vec![s("("), s("abc")]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn regexall_lists_every_match() {
        assert_eq!(
            run("regexall", vec![s("[a-z]+"), s("1a2bc3")]),
            Ok(Value::List(vec![s("a"), s("bc")]))
        );
        assert_eq!(
            run("regexall", vec![s("z"), s("abc")]),
            Ok(Value::List(vec![]))
        );
    }
}

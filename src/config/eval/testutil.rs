//! Helpers for the evaluator's tests: a scope shaped like a small estate and
//! one-line evaluation.
#![allow(clippy::result_large_err)]

use std::collections::BTreeMap;

use crate::config::functions::FunctionContext;
use crate::diag::Diagnostic;
use crate::source::SourceFile;
use crate::value::Value;

use super::{eval, EvalContext};

pub fn map(entries: &[(&str, Value)]) -> Value {
    Value::Map(
        entries
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

pub fn list(items: &[Value]) -> Value {
    Value::List(items.to_vec())
}

pub fn strs(items: &[&str]) -> Value {
    Value::List(items.iter().map(|s| Value::from(*s)).collect())
}

/// A scope with variables, locals, resources, data sources and modules.
pub fn scope() -> BTreeMap<String, Value> {
    let var = map(&[
        ("name", "hub".into()),
        ("count", 3.into()),
        ("list", strs(&["a", "b", "c"])),
        ("map", map(&[("a", 1.into()), ("b", 2.into())])),
        ("unknown", Value::Unknown),
        ("nullv", Value::Null),
        ("flag", true.into()),
        ("num_str", "5".into()),
        ("set", Value::set(vec!["y".into(), "x".into()])),
        (
            "objs",
            list(&[
                map(&[("id", "1".into()), ("name", "n1".into())]),
                map(&[("id", "2".into()), ("name", "n2".into())]),
            ]),
        ),
        (
            "nested",
            list(&[
                map(&[("ips", strs(&["i1", "i2"]))]),
                map(&[("ips", strs(&["i3"]))]),
            ]),
        ),
    ]);
    let subnet = map(&[
        (
            "pe",
            map(&[("id", "/subnets/pe".into()), ("name", "pe".into())]),
        ),
        (
            "multi",
            list(&[map(&[("id", "m0".into())]), map(&[("id", "m1".into())])]),
        ),
        (
            "keyed",
            map(&[
                ("a", map(&[("id", "ka".into())])),
                ("b", map(&[("id", "kb".into())])),
            ]),
        ),
        ("pending", map(&[("id", Value::Unknown)])),
    ]);
    let data = map(&[(
        "azurerm_subnet",
        map(&[("s", map(&[("id", "/data/s".into())]))]),
    )]);
    let module = map(&[("hub", map(&[("zone_ids", strs(&["z1", "z2"]))]))]);
    let each = map(&[("key", "k".into()), ("value", map(&[("name", "v".into())]))]);

    [
        ("var", var),
        (
            "local",
            map(&[("prefix", "amp".into()), ("unknown_list", Value::Unknown)]),
        ),
        ("azurerm_subnet", subnet),
        ("data", data),
        ("module", module),
        ("each", each),
        ("count", map(&[("index", 1.into())])),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// Parses and evaluates `src` against the test scope.
pub fn run(src: &str) -> Result<Value, Diagnostic> {
    let expr = hcl_edit::parser::parse_expr(src)
        .unwrap_or_else(|e| panic!("test expression does not parse: {e}"));
    run_expr(&expr, src)
}

/// Evaluates an expression tree parsed from `src` against the test scope.
pub fn run_expr(expr: &hcl_edit::expr::Expression, src: &str) -> Result<Value, Diagnostic> {
    let file = SourceFile::new("test.tf", "test.tf".into(), src.to_string());
    let scope = scope();
    let functions = FunctionContext::default();
    eval(
        expr,
        &EvalContext {
            file: &file,
            scope: &scope,
            functions: &functions,
        },
    )
}

pub fn ok(src: &str) -> Value {
    run(src).unwrap_or_else(|d| panic!("`{src}` failed: {} ({})", d.summary, d.code))
}

pub fn err(src: &str) -> Diagnostic {
    match run(src) {
        Ok(v) => panic!("`{src}` evaluated to {v} but should fail"),
        Err(d) => d,
    }
}

/// The 1-based start and end columns of an error on line 1.
pub fn columns(d: &Diagnostic) -> (usize, usize) {
    let range = d.range.as_ref().expect("error has a range");
    (range.start.column, range.end.column)
}

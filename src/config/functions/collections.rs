//! List and map functions. Several of them are told apart from the strict
//! ones in the table because Terraform keeps their results known when only
//! some elements are unknown: the length of a list, the keys of a map.

use std::collections::BTreeMap;

use super::args::{self, arg, call_error, element_error, invalid, to_str, type_error};
use super::Outcome;
use crate::value::Value;

pub(super) fn length(args: &[Value]) -> Outcome {
    let n = match arg(args, 0) {
        Value::Unknown => return Ok(Value::Unknown),
        Value::String(s) => s.chars().count(),
        Value::List(items) => items.len(),
        // Unknown elements might turn out equal and collapse.
        set @ Value::Set(_) if !set.is_wholly_known() => return Ok(Value::Unknown),
        Value::Set(items) => items.len(),
        Value::Map(map) => map.len(),
        other => {
            return Err(type_error(
                0,
                "string, collection or structural value",
                other,
            ))
        }
    };
    Ok(Value::Number(n as f64))
}

/// Later maps win on conflicting keys; null arguments are skipped.
pub(super) fn merge(args: &[Value]) -> Outcome {
    let mut merged = BTreeMap::new();
    for (index, value) in args.iter().enumerate() {
        match value {
            Value::Null => {}
            Value::Unknown => return Ok(Value::Unknown),
            Value::Map(map) => merged.extend(map.iter().map(|(k, v)| (k.clone(), v.clone()))),
            other => return Err(type_error(index, "map or object", other)),
        }
    }
    Ok(Value::Map(merged))
}

/// The first argument that is neither null nor an empty string. When the
/// arguments mix primitive types, Terraform unifies them to string.
pub(super) fn coalesce(args: &[Value]) -> Outcome {
    let mut found = None;
    for value in args {
        match value {
            Value::Null => {}
            Value::String(s) if s.is_empty() => {}
            Value::Unknown => return Ok(Value::Unknown),
            other => {
                found = Some(other);
                break;
            }
        }
    }
    let found = found.ok_or_else(|| call_error("no non-null, non-empty-string arguments"))?;

    let any_string = args.iter().any(|v| matches!(v, Value::String(_)));
    match found {
        Value::Number(_) | Value::Bool(_) if any_string => {
            Ok(to_str(found).map_or(Value::Null, Value::String))
        }
        other => Ok(other.clone()),
    }
}

/// The first non-empty list argument.
pub(super) fn coalescelist(args: &[Value]) -> Outcome {
    for (index, value) in args.iter().enumerate() {
        match value {
            Value::Null => {}
            Value::Unknown => return Ok(Value::Unknown),
            Value::List(items) | Value::Set(items) if !items.is_empty() => {
                return Ok(Value::List(items.clone()))
            }
            Value::List(_) | Value::Set(_) => {}
            other => return Err(type_error(index, "list", other)),
        }
    }
    Err(call_error("no non-null arguments"))
}

pub(super) fn concat(args: &[Value]) -> Outcome {
    let mut all = Vec::new();
    for (index, value) in args.iter().enumerate() {
        match value {
            Value::Unknown => return Ok(Value::Unknown),
            Value::List(items) | Value::Set(items) => all.extend(items.iter().cloned()),
            other => return Err(type_error(index, "list", other)),
        }
    }
    Ok(Value::List(all))
}

/// Strings and null elements are dropped when empty; other elements become strings.
pub(super) fn compact(args: &[Value]) -> Outcome {
    let mut kept = Vec::new();
    for (i, item) in args::list(args, 0)?.iter().enumerate() {
        if item.is_null() {
            continue;
        }
        let text = to_str(item).ok_or_else(|| element_error(0, i, "string", item))?;
        if !text.is_empty() {
            kept.push(Value::String(text));
        }
    }
    Ok(Value::List(kept))
}

pub(super) fn contains(args: &[Value]) -> Outcome {
    let items = args::list(args, 0)?;
    Ok(Value::Bool(items.contains(arg(args, 1))))
}

pub(super) fn index(args: &[Value]) -> Outcome {
    let items = args::list(args, 0)?;
    let wanted = arg(args, 1);

    let position = items
        .iter()
        .position(|v| v == wanted)
        .ok_or_else(|| invalid(1, "item not found"))?;
    Ok(Value::Number(position as f64))
}

/// Keeps the first occurrence of each element, in order.
pub(super) fn distinct(args: &[Value]) -> Outcome {
    let mut unique: Vec<Value> = Vec::new();
    for item in args::list(args, 0)? {
        if !unique.contains(item) {
            unique.push(item.clone());
        }
    }
    Ok(Value::List(unique))
}

/// A list or tuple argument; sets have no order to index into.
fn sequence(
    args: &[Value],
    index: usize,
    function: &str,
) -> Result<Vec<Value>, super::FunctionError> {
    match arg(args, index) {
        Value::List(items) => Ok(items.clone()),
        Value::Set(_) => Err(invalid(index, format!("cannot use `{function}` on a set, whose elements have no indices; convert it with `tolist` first"))),
        other => Err(type_error(index, "list", other)),
    }
}

/// Indexes with wrap-around, as Terraform's `element` does.
pub(super) fn element(args: &[Value]) -> Outcome {
    if args.iter().any(Value::is_unknown) {
        return Ok(Value::Unknown);
    }
    let items = sequence(args, 0, "element")?;
    let index = args::integer(args, 1)?;

    if items.is_empty() {
        return Err(invalid(0, "cannot use `element` on an empty list"));
    }
    if index < 0 {
        return Err(invalid(1, "cannot use `element` with a negative index"));
    }
    Ok(items[index as usize % items.len()].clone())
}

pub(super) fn slice(args: &[Value]) -> Outcome {
    if args.iter().any(Value::is_unknown) {
        return Ok(Value::Unknown);
    }
    let items = sequence(args, 0, "slice")?;
    let start = args::integer(args, 1)?;
    let end = args::integer(args, 2)?;

    if start < 0 {
        return Err(invalid(1, "start index must not be less than zero"));
    }
    if end > items.len() as i64 {
        return Err(invalid(
            2,
            "end index must not be greater than the length of the list",
        ));
    }
    if start > end {
        return Err(invalid(1, "start index must not be greater than end index"));
    }
    Ok(Value::List(items[start as usize..end as usize].to_vec()))
}

pub(super) fn reverse(args: &[Value]) -> Outcome {
    match arg(args, 0) {
        Value::Unknown => Ok(Value::Unknown),
        Value::List(items) | Value::Set(items) => {
            Ok(Value::List(items.iter().rev().cloned().collect()))
        }
        other => Err(type_error(0, "list", other)),
    }
}

/// Flattens nested lists and sets, however deep; maps stay elements.
pub(super) fn flatten(args: &[Value]) -> Outcome {
    fn walk(items: &[Value], out: &mut Vec<Value>) -> bool {
        for item in items {
            match item {
                Value::Unknown => return false,
                Value::List(inner) | Value::Set(inner) => {
                    if !walk(inner, out) {
                        return false;
                    }
                }
                other => out.push(other.clone()),
            }
        }
        true
    }

    let value = arg(args, 0);
    if value.is_unknown() {
        return Ok(Value::Unknown);
    }
    let mut out = Vec::new();
    let known = walk(args::list(args, 0)?, &mut out);
    Ok(if known {
        Value::List(out)
    } else {
        Value::Unknown
    })
}

/// Sorts strings lexically; numbers are sorted as their string forms.
pub(super) fn sort(args: &[Value]) -> Outcome {
    let mut items = args::string_list(args, 0)?;
    items.sort();
    Ok(Value::List(items.into_iter().map(Value::String).collect()))
}

pub(super) fn keys(args: &[Value]) -> Outcome {
    match arg(args, 0) {
        Value::Unknown => Ok(Value::Unknown),
        Value::Map(map) => Ok(Value::List(
            map.keys().map(|k| Value::String(k.clone())).collect(),
        )),
        other => Err(type_error(0, "map or object", other)),
    }
}

pub(super) fn values(args: &[Value]) -> Outcome {
    match arg(args, 0) {
        Value::Unknown => Ok(Value::Unknown),
        Value::Map(map) => Ok(Value::List(map.values().cloned().collect())),
        other => Err(type_error(0, "map or object", other)),
    }
}

/// `lookup(map, key, default)`; without a default a missing key is an error.
pub(super) fn lookup(args: &[Value]) -> Outcome {
    if arg(args, 0).is_unknown() || arg(args, 1).is_unknown() {
        return Ok(Value::Unknown);
    }
    let map = args::map(args, 0)?;
    let key = args::string(args, 1)?;

    match map.get(&key) {
        Some(value) => Ok(value.clone()),
        None if args.len() == 3 => Ok(args[2].clone()),
        None => Err(invalid(1, format!("key `{key}` is not present in the map"))),
    }
}

pub(super) fn one(args: &[Value]) -> Outcome {
    let value = arg(args, 0);
    if value.is_unknown() || matches!(value, Value::Set(_) if !value.is_wholly_known()) {
        return Ok(Value::Unknown);
    }
    match args::list(args, 0)? {
        [] => Ok(Value::Null),
        [only] => Ok(only.clone()),
        _ => Err(invalid(
            0,
            "must be a list, set, or tuple value with either zero or one elements",
        )),
    }
}

/// `alltrue`: false as soon as a known element is false or null, unknown
/// when an undecided element remains.
pub(super) fn alltrue(args: &[Value]) -> Outcome {
    fold_bools(args, false)
}

/// `anytrue`: true as soon as a known element is true.
pub(super) fn anytrue(args: &[Value]) -> Outcome {
    fold_bools(args, true)
}

/// Looks for an element equal to `decisive`; finding one decides the result.
fn fold_bools(args: &[Value], decisive: bool) -> Outcome {
    if arg(args, 0).is_unknown() {
        return Ok(Value::Unknown);
    }
    let mut undecided = false;
    for (i, item) in args::list(args, 0)?.iter().enumerate() {
        let b = match item {
            Value::Unknown => {
                undecided = true;
                continue;
            }
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::String(s) if s == "true" || s == "false" => s == "true",
            other => return Err(element_error(0, i, "bool", other)),
        };
        if b == decisive {
            return Ok(Value::Bool(decisive));
        }
    }
    Ok(if undecided {
        Value::Unknown
    } else {
        Value::Bool(!decisive)
    })
}

/// Splits a list into chunks of at most `size` elements; size 0 gives one chunk.
pub(super) fn chunklist(args: &[Value]) -> Outcome {
    if args.iter().any(Value::is_unknown) {
        return Ok(Value::Unknown);
    }
    let items = args::list(args, 0)?;
    let size = args::integer(args, 1)?;

    if size < 0 {
        return Err(invalid(1, "the size argument must be positive"));
    }
    if size == 0 {
        return Ok(Value::List(vec![Value::List(items.to_vec())]));
    }
    Ok(Value::List(
        items
            .chunks(size as usize)
            .map(|c| Value::List(c.to_vec()))
            .collect(),
    ))
}

/// The elements of `values` whose corresponding `keys` element is in `searchset`.
pub(super) fn matchkeys(args: &[Value]) -> Outcome {
    let values = args::list(args, 0)?;
    let keys = args::list(args, 1)?;
    let searchset = args::list(args, 2)?;

    if values.len() != keys.len() {
        return Err(call_error("length of keys and values should be equal"));
    }
    let matched = values
        .iter()
        .zip(keys)
        .filter(|(_, key)| searchset.iter().any(|s| loosely_equal(s, key)));
    Ok(Value::List(matched.map(|(v, _)| v.clone()).collect()))
}

/// Equality after Terraform's unification of primitive types to string.
fn loosely_equal(a: &Value, b: &Value) -> bool {
    a == b || matches!((to_str(a), to_str(b)), (Some(x), Some(y)) if x == y)
}

/// Swaps the keys and the values of a map of lists of strings.
pub(super) fn transpose(args: &[Value]) -> Outcome {
    let mut swapped: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (key, list) in args::map(args, 0)? {
        let items = list.as_items().ok_or_else(|| {
            invalid(
                0,
                format!("element `{key}`: list required, got {}", list.type_name()),
            )
        })?;
        for (i, item) in items.iter().enumerate() {
            let value = to_str(item)
                .ok_or_else(|| invalid(0, format!("element `{key}`[{i}]: string required")))?;
            swapped
                .entry(value)
                .or_default()
                .push(Value::String(key.clone()));
        }
    }
    Ok(Value::Map(
        swapped
            .into_iter()
            .map(|(k, v)| (k, Value::List(v)))
            .collect(),
    ))
}

/// Builds a map from a list of keys and a list of values.
pub(super) fn zipmap(args: &[Value]) -> Outcome {
    if !arg(args, 0).is_wholly_known() || arg(args, 1).is_unknown() {
        return Ok(Value::Unknown);
    }
    let keys = args::string_list(args, 0)?;
    let values = args::list(args, 1)?;

    if keys.len() != values.len() {
        return Err(call_error(format!(
            "number of keys ({}) does not match number of values ({})",
            keys.len(),
            values.len()
        )));
    }
    Ok(Value::Map(
        keys.into_iter().zip(values.iter().cloned()).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::super::FunctionErrorKind;
    use crate::value::Value;

    fn s(text: &str) -> Value {
        Value::from(text)
    }

    fn n(v: f64) -> Value {
        Value::Number(v)
    }

    fn list(items: Vec<Value>) -> Value {
        Value::List(items)
    }

    fn map(pairs: &[(&str, Value)]) -> Value {
        Value::Map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn kind(name: &str, args: Vec<Value>) -> FunctionErrorKind {
        run(name, args).unwrap_err().kind
    }

    #[test]
    fn length_counts_what_is_known() {
        assert_eq!(
            run("length", vec![list(vec![Value::Unknown, s("a")])]),
            Ok(n(2.0))
        );
        assert_eq!(run("length", vec![s("héllo")]), Ok(n(5.0)));
        assert_eq!(run("length", vec![map(&[("a", n(1.0))])]), Ok(n(1.0)));
        assert_eq!(run("length", vec![Value::Unknown]), Ok(Value::Unknown));
        assert_eq!(
            run("length", vec![Value::Set(vec![Value::Unknown])]),
            Ok(Value::Unknown)
        );
        assert_eq!(
            kind("length", vec![Value::Null]),
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            kind("length", vec![n(3.0)]),
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn merge_keeps_unknown_values_and_skips_nulls() {
        let got = run(
            "merge",
            vec![
                map(&[("a", n(1.0)), ("b", n(1.0))]),
                Value::Null,
                map(&[("b", Value::Unknown)]),
            ],
        );
        assert_eq!(got, Ok(map(&[("a", n(1.0)), ("b", Value::Unknown)])));
        assert_eq!(
            run("merge", vec![map(&[]), Value::Unknown]),
            Ok(Value::Unknown)
        );
        assert_eq!(
            kind("merge", vec![map(&[]), s("x")]),
            FunctionErrorKind::InvalidArgument(1)
        );
    }

    #[test]
    fn coalesce_returns_the_first_known_non_empty_value() {
        assert_eq!(
            run("coalesce", vec![Value::Null, s(""), s("b"), Value::Unknown]),
            Ok(s("b"))
        );
        assert_eq!(
            run("coalesce", vec![Value::Null, Value::Unknown, s("b")]),
            Ok(Value::Unknown)
        );
        assert_eq!(run("coalesce", vec![n(1.0), s("b")]), Ok(s("1")));
        assert_eq!(
            kind("coalesce", vec![Value::Null, s("")]),
            FunctionErrorKind::Call
        );
    }

    #[test]
    fn coalescelist_returns_the_first_non_empty_list() {
        let got = run(
            "coalescelist",
            vec![list(vec![]), list(vec![s("a")]), Value::Unknown],
        );
        assert_eq!(got, Ok(list(vec![s("a")])));
        assert_eq!(
            kind("coalescelist", vec![list(vec![]), s("x")]),
            FunctionErrorKind::InvalidArgument(1)
        );
    }

    #[test]
    fn concat_keeps_unknown_elements() {
        let got = run(
            "concat",
            vec![list(vec![s("a")]), list(vec![Value::Unknown])],
        );
        assert_eq!(got, Ok(list(vec![s("a"), Value::Unknown])));
        assert_eq!(
            run("concat", vec![list(vec![]), Value::Unknown]),
            Ok(Value::Unknown)
        );
    }

    #[test]
    fn element_wraps_and_rejects_bad_indices() {
        let abc = || list(vec![s("a"), s("b"), s("c")]);
        assert_eq!(run("element", vec![abc(), n(4.0)]), Ok(s("b")));
        assert_eq!(
            kind("element", vec![abc(), n(-1.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            kind("element", vec![list(vec![]), n(0.0)]),
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            kind("element", vec![Value::set(vec![s("a")]), n(0.0)]),
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            run("element", vec![list(vec![Value::Unknown]), n(0.0)]),
            Ok(Value::Unknown)
        );
    }

    #[test]
    fn slice_checks_bounds() {
        let abc = || list(vec![s("a"), s("b"), s("c")]);
        assert_eq!(
            run("slice", vec![abc(), n(1.0), n(3.0)]),
            Ok(list(vec![s("b"), s("c")]))
        );
        assert_eq!(
            kind("slice", vec![abc(), n(2.0), n(1.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            kind("slice", vec![abc(), n(0.0), n(4.0)]),
            FunctionErrorKind::InvalidArgument(2)
        );
    }

    #[test]
    fn flatten_goes_deep_and_stops_at_unknown_lists() {
        let nested = list(vec![s("a"), list(vec![list(vec![s("b")]), list(vec![])])]);
        assert_eq!(run("flatten", vec![nested]), Ok(list(vec![s("a"), s("b")])));
        assert_eq!(
            run("flatten", vec![list(vec![list(vec![]), Value::Unknown])]),
            Ok(Value::Unknown)
        );
    }

    #[test]
    fn lookup_uses_the_default_only_for_missing_keys() {
        let m = || map(&[("a", s("x"))]);
        assert_eq!(run("lookup", vec![m(), s("a"), s("d")]), Ok(s("x")));
        assert_eq!(run("lookup", vec![m(), s("b"), s("d")]), Ok(s("d")));
        assert_eq!(
            kind("lookup", vec![m(), s("b")]),
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            run("lookup", vec![Value::Unknown, s("b")]),
            Ok(Value::Unknown)
        );
    }

    #[test]
    fn keys_and_values_follow_key_order() {
        let m = || map(&[("b", Value::Unknown), ("a", n(1.0))]);
        assert_eq!(run("keys", vec![m()]), Ok(list(vec![s("a"), s("b")])));
        assert_eq!(
            run("values", vec![m()]),
            Ok(list(vec![n(1.0), Value::Unknown]))
        );
    }

    #[test]
    fn one_accepts_zero_or_one_element() {
        assert_eq!(run("one", vec![list(vec![])]), Ok(Value::Null));
        assert_eq!(
            run("one", vec![list(vec![Value::Unknown])]),
            Ok(Value::Unknown)
        );
        assert_eq!(
            kind("one", vec![list(vec![n(1.0), n(2.0)])]),
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn alltrue_and_anytrue_decide_despite_unknowns() {
        let t = Value::Bool(true);
        let f = Value::Bool(false);
        assert_eq!(run("alltrue", vec![list(vec![])]), Ok(t.clone()));
        assert_eq!(run("anytrue", vec![list(vec![])]), Ok(f.clone()));
        assert_eq!(
            run("alltrue", vec![list(vec![Value::Unknown, f.clone()])]),
            Ok(f.clone())
        );
        assert_eq!(
            run("alltrue", vec![list(vec![Value::Unknown, t.clone()])]),
            Ok(Value::Unknown)
        );
        assert_eq!(
            run("anytrue", vec![list(vec![Value::Unknown, s("true")])]),
            Ok(t)
        );
        assert_eq!(
            kind("anytrue", vec![list(vec![n(1.0)])]),
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn list_reshaping_functions() {
        let abc = || list(vec![s("a"), s("b"), s("c")]);
        assert_eq!(
            run("reverse", vec![abc()]),
            Ok(list(vec![s("c"), s("b"), s("a")]))
        );
        assert_eq!(
            run("chunklist", vec![abc(), n(2.0)]),
            Ok(list(vec![list(vec![s("a"), s("b")]), list(vec![s("c")])]))
        );
        assert_eq!(
            kind("chunklist", vec![abc(), n(-1.0)]),
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            run("distinct", vec![list(vec![s("a"), s("b"), s("a")])]),
            Ok(list(vec![s("a"), s("b")]))
        );
        assert_eq!(
            run(
                "compact",
                vec![list(vec![s("a"), s(""), Value::Null, n(1.0)])]
            ),
            Ok(list(vec![s("a"), s("1")]))
        );
        assert_eq!(
            run("sort", vec![list(vec![s("b"), n(10.0), n(9.0)])]),
            Ok(list(vec![s("10"), s("9"), s("b")]))
        );
    }

    #[test]
    fn searching_functions() {
        let abc = || list(vec![s("a"), s("b"), s("c")]);
        assert_eq!(run("contains", vec![abc(), s("b")]), Ok(Value::Bool(true)));
        assert_eq!(run("contains", vec![abc(), s("z")]), Ok(Value::Bool(false)));
        assert_eq!(run("index", vec![abc(), s("c")]), Ok(n(2.0)));
        assert_eq!(
            kind("index", vec![abc(), s("z")]),
            FunctionErrorKind::InvalidArgument(1)
        );
        let got = run(
            "matchkeys",
            vec![
                abc(),
                list(vec![n(1.0), n(2.0), n(1.0)]),
                list(vec![s("1")]),
            ],
        );
        assert_eq!(got, Ok(list(vec![s("a"), s("c")])));
        assert_eq!(
            kind("matchkeys", vec![abc(), list(vec![]), list(vec![])]),
            FunctionErrorKind::Call
        );
    }

    #[test]
    fn zipmap_and_transpose_build_maps() {
        let got = run(
            "zipmap",
            vec![
                list(vec![s("a"), s("b")]),
                list(vec![n(1.0), Value::Unknown]),
            ],
        );
        assert_eq!(got, Ok(map(&[("a", n(1.0)), ("b", Value::Unknown)])));
        assert_eq!(
            kind("zipmap", vec![list(vec![s("a")]), list(vec![])]),
            FunctionErrorKind::Call
        );
        let m = map(&[("a", list(vec![s("1"), s("2")])), ("b", list(vec![s("2")]))]);
        assert_eq!(
            run("transpose", vec![m]),
            Ok(map(&[
                ("1", list(vec![s("a")])),
                ("2", list(vec![s("a"), s("b")]))
            ]))
        );
    }
}

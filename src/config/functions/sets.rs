//! Set algebra. Lists are accepted wherever sets are and lose their order
//! and duplicates, as Terraform's conversion to a set does.

use super::args::{self, call_error};
use super::Outcome;
use crate::value::Value;

/// The most elements `setproduct` builds before giving up.
const MAX_PRODUCT: usize = 1 << 20;

fn members(args: &[Value], index: usize) -> Result<Vec<Value>, super::FunctionError> {
    Ok(args::list(args, index)?.to_vec())
}

pub(super) fn setunion(args: &[Value]) -> Outcome {
    let mut all = Vec::new();
    for index in 0..args.len() {
        all.extend(members(args, index)?);
    }
    Ok(Value::set(all))
}

pub(super) fn setintersection(args: &[Value]) -> Outcome {
    let mut common = members(args, 0)?;
    for index in 1..args.len() {
        let other = members(args, index)?;
        common.retain(|v| other.contains(v));
    }
    Ok(Value::set(common))
}

pub(super) fn setsubtract(args: &[Value]) -> Outcome {
    let mut rest = members(args, 0)?;
    let removed = members(args, 1)?;

    rest.retain(|v| !removed.contains(v));
    Ok(Value::set(rest))
}

/// Every combination of one element from each argument; a list of lists
/// when all arguments are lists, a set of lists otherwise.
pub(super) fn setproduct(args: &[Value]) -> Outcome {
    let all_lists = args.iter().all(|a| matches!(a, Value::List(_)));
    let mut factors = Vec::new();
    for index in 0..args.len() {
        let items = members(args, index)?;
        factors.push(if all_lists { items } else { dedup(items) });
    }

    let size = factors
        .iter()
        .try_fold(1usize, |acc, f| acc.checked_mul(f.len()));
    if size == Some(0) {
        return Ok(if all_lists {
            Value::List(Vec::new())
        } else {
            Value::Set(Vec::new())
        });
    }
    if size.is_none_or(|size| size > MAX_PRODUCT) {
        return Err(call_error(format!(
            "the product would have more than {MAX_PRODUCT} elements"
        )));
    }
    let combinations = factors.iter().fold(vec![Vec::new()], |acc, factor| {
        acc.iter()
            .flat_map(|prefix| {
                factor
                    .iter()
                    .map(move |item| [prefix.clone(), vec![item.clone()]].concat())
            })
            .collect()
    });

    let combinations = combinations.into_iter().map(Value::List).collect();
    Ok(if all_lists {
        Value::List(combinations)
    } else {
        Value::set(combinations)
    })
}

fn dedup(items: Vec<Value>) -> Vec<Value> {
    match Value::set(items) {
        Value::Set(unique) => unique,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::super::FunctionErrorKind;
    use crate::value::Value;

    fn strs(items: &[&str]) -> Vec<Value> {
        items.iter().map(|i| Value::from(*i)).collect()
    }

    fn set(items: &[&str]) -> Value {
        Value::set(strs(items))
    }

    #[test]
    fn set_algebra() {
        assert_eq!(
            run(
                "setunion",
                vec![set(&["a", "b"]), Value::List(strs(&["c", "a"]))]
            ),
            Ok(set(&["a", "b", "c"]))
        );
        assert_eq!(
            run("setintersection", vec![set(&["a", "b"]), set(&["b", "c"])]),
            Ok(set(&["b"]))
        );
        assert_eq!(
            run("setsubtract", vec![set(&["a", "b"]), set(&["b"])]),
            Ok(set(&["a"]))
        );
    }

    #[test]
    fn setproduct_combines_in_order() {
        let got = run(
            "setproduct",
            vec![Value::List(strs(&["a", "b"])), Value::List(strs(&["x"]))],
        )
        .unwrap();
        let expected = Value::List(vec![
            Value::List(strs(&["a", "x"])),
            Value::List(strs(&["b", "x"])),
        ]);
        assert_eq!(got, expected);
        let empty = run("setproduct", vec![set(&["a"]), set(&[])]).unwrap();
        assert_eq!(empty, Value::Set(vec![]));
    }

    #[test]
    fn set_functions_reject_non_collections() {
        let err = run("setunion", vec![set(&["a"]), Value::from("b")]).unwrap_err();
        assert_eq!(err.kind, FunctionErrorKind::InvalidArgument(1));
    }
}

//! `for` expressions: `[for x in l : f(x) if c]`, `{for k, v in m : k => v}`
//! and grouping with `...`. Maps iterate in lexical key order; an unknown
//! collection, condition or key makes the whole result unknown.

use std::collections::BTreeMap;
use std::ops::Range;

use hcl_edit::expr::{ForExpr, ForIntro};
use hcl_edit::Span;

use super::ops::article;
use super::{Env, EvalResult, Evaluator};
use crate::value::Value;

/// The key and value bound for one iteration.
pub(super) type Pair = (Value, Value);

impl Evaluator<'_, '_> {
    pub(super) fn eval_for(&self, f: &ForExpr, env: &Env) -> EvalResult {
        let collection = self.eval(&f.intro.collection_expr, env)?;
        let Some(pairs) = self.iteration_pairs(collection, f.intro.collection_expr.span())? else {
            return Ok(Value::Unknown);
        };

        match f.key_expr {
            Some(_) => self.for_object(f, pairs, env),
            None => self.for_list(f, pairs, env),
        }
    }

    fn for_list(&self, f: &ForExpr, pairs: Vec<Pair>, env: &Env) -> EvalResult {
        let mut items = Vec::new();
        for pair in pairs {
            let child = bind(&f.intro, pair, env);
            match self.keep(f, &child)? {
                Some(true) => items.push(self.eval(&f.value_expr, &child)?),
                Some(false) => {}
                None => return Ok(Value::Unknown),
            }
        }
        Ok(Value::List(items))
    }

    fn for_object(&self, f: &ForExpr, pairs: Vec<Pair>, env: &Env) -> EvalResult {
        let mut single = BTreeMap::new();
        let mut grouped: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        for pair in pairs {
            let child = bind(&f.intro, pair, env);
            match self.keep(f, &child)? {
                Some(true) => {}
                Some(false) => continue,
                None => return Ok(Value::Unknown),
            }
            let Some((key, key_span)) = self.for_key(f, &child)? else {
                return Ok(Value::Unknown);
            };
            let value = self.eval(&f.value_expr, &child)?;
            if f.grouping {
                grouped.entry(key).or_default().push(value);
            } else if single.insert(key.clone(), value).is_some() {
                let summary = format!("two items produced the key `{key}` in this `for` expression; add `...` after the value to group them");
                return Err(self.error("duplicate-key", summary, key_span));
            }
        }

        if f.grouping {
            return Ok(Value::Map(
                grouped
                    .into_iter()
                    .map(|(k, v)| (k, Value::List(v)))
                    .collect(),
            ));
        }
        Ok(Value::Map(single))
    }

    /// The key of one object element with its span; `None` when unknown.
    fn for_key(
        &self,
        f: &ForExpr,
        env: &Env,
    ) -> EvalResult<Option<(String, Option<Range<usize>>)>> {
        let Some(expr) = &f.key_expr else {
            return Ok(None);
        };
        let key = self.eval(expr, env)?;
        Ok(self.key_string(key, expr.span())?.map(|k| (k, expr.span())))
    }

    /// Whether the `if` clause keeps this element; `None` when unknown.
    fn keep(&self, f: &ForExpr, env: &Env) -> EvalResult<Option<bool>> {
        let Some(cond) = &f.cond else {
            return Ok(Some(true));
        };
        let value = self.eval(&cond.expr, env)?;
        self.want_bool(value, cond.expr.span(), "invalid-condition")
    }

    /// The key/value pairs a `for` iterates: list index, set element or map
    /// key as the key. `None` when the collection is unknown.
    pub(super) fn iteration_pairs(
        &self,
        collection: Value,
        span: Option<Range<usize>>,
    ) -> EvalResult<Option<Vec<Pair>>> {
        match collection {
            Value::List(items) => Ok(Some(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| (Value::Number(i as f64), v))
                    .collect(),
            )),
            Value::Set(items) => Ok(Some(items.into_iter().map(|v| (v.clone(), v)).collect())),
            Value::Map(map) => Ok(Some(
                map.into_iter()
                    .map(|(k, v)| (Value::String(k), v))
                    .collect(),
            )),
            Value::Unknown => Ok(None),
            other => Err(self.error(
                "invalid-iteration",
                format!(
                    "a `for` needs a list, set or map to iterate, got {}",
                    article(&other)
                ),
                span,
            )),
        }
    }
}

/// A frame binding the intro's key and value names for one element.
fn bind<'e>(intro: &'e ForIntro, (key, value): Pair, parent: &'e Env<'e>) -> Env<'e> {
    let mut vars = Vec::with_capacity(2);
    if let Some(key_var) = &intro.key_var {
        vars.push((key_var.as_str(), key));
    }
    vars.push((intro.value_var.as_str(), value));
    Env::child(parent, vars)
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{columns, err, list, map, ok, strs};
    use crate::value::Value;

    #[test]
    fn list_for_with_filter() {
        assert_eq!(
            ok("[for x in var.list : \"${x}!\" if x != \"b\"]"),
            strs(&["a!", "c!"])
        );
        assert_eq!(
            ok("[for i, x in var.list : i]"),
            list(&[0.into(), 1.into(), 2.into()])
        );
        assert_eq!(
            ok("[for k, v in var.map : \"${k}=${v}\"]"),
            strs(&["a=1", "b=2"])
        );
        assert_eq!(
            ok("[for k, v in var.set : k == v]"),
            list(&[true.into(), true.into()])
        );
    }

    #[test]
    fn object_for_iterates_maps_in_key_order() {
        assert_eq!(
            ok("{for k, v in {z = 1, a = 2} : v => k}"),
            map(&[("1", "z".into()), ("2", "a".into())])
        );
        assert_eq!(
            ok("{for o in var.objs : o.id => o.name}"),
            map(&[("1", "n1".into()), ("2", "n2".into())])
        );
    }

    #[test]
    fn object_for_groups_with_ellipsis() {
        let v = ok("{for s in [\"ab\", \"ac\", \"b\"] : (s == \"b\" ? \"b\" : \"a\") => s...}");
        assert_eq!(v, map(&[("a", strs(&["ab", "ac"])), ("b", strs(&["b"]))]));
    }

    #[test]
    fn duplicate_keys_without_grouping_fail_at_the_key() {
        let d = err("{for s in [\"x\", \"x\"] : s => 1}");
        assert_eq!((d.code, columns(&d)), ("duplicate-key", (24, 25)));
    }

    #[test]
    fn for_names_shadow_the_scope_and_nest() {
        assert_eq!(
            ok("[for var in [1, 2] : var * 10]"),
            list(&[10.into(), 20.into()])
        );
        assert_eq!(
            ok("[for a in [1, 2] : [for b in [10] : a + b]]"),
            list(&[list(&[11.into()]), list(&[12.into()])])
        );
        assert_eq!(err("[for a in [1] : b]").code, "invalid-reference");
    }

    #[test]
    fn unknowns_make_the_result_unknown() {
        assert_eq!(ok("[for x in var.unknown : x]"), Value::Unknown);
        assert_eq!(ok("[for x in [1, 2] : x if var.unknown]"), Value::Unknown);
        assert_eq!(ok("{for x in [1, 2] : var.unknown => x}"), Value::Unknown);
        assert_eq!(
            ok("[for x in [1, var.unknown] : x]"),
            list(&[1.into(), Value::Unknown])
        );
    }

    #[test]
    fn iterating_non_collections_fails() {
        assert_eq!(err("[for x in var.nullv : x]").code, "invalid-iteration");
        assert_eq!(err("[for x in \"abc\" : x]").code, "invalid-iteration");
        assert_eq!(err("[for x in [1] : x if null]").code, "invalid-condition");
        assert_eq!(err("{for x in [1] : null => x}").code, "invalid-key");
    }
}

//! Variables and traversals: `.attr`, `[index]`, legacy `.0`, and the splat
//! operators `.*` and `[*]`.
//!
//! A traversal rooted at a name walks the scope by reference and clones only
//! its result. The first steps below `var`, `local`, `module`, `data` and
//! resource types name declarations, so a missing key there is an
//! undeclared reference rather than a missing attribute.

use std::borrow::Cow;
use std::ops::Range;

use hcl_edit::expr::{Expression, Traversal, TraversalOperator};
use hcl_edit::{Decorated, Ident, Span};

use super::ops::{article, parse_number};
use super::{join, Env, EvalResult, Evaluator};
use crate::value::{format_number, Value};

/// Where a traversal started: for naming undeclared references.
struct Root<'x> {
    name: &'x str,
    span: Option<Range<usize>>,
    /// How many attribute steps below the root still name declarations.
    levels: usize,
    path: Vec<&'x str>,
}

impl Evaluator<'_, '_> {
    pub(super) fn eval_variable(&self, ident: &Decorated<Ident>, env: &Env) -> EvalResult {
        let value = self.root_value(ident.as_str(), ident.span(), None, env)?;
        Ok(value.clone())
    }

    pub(super) fn eval_traversal(&self, t: &Traversal, env: &Env) -> EvalResult {
        let Expression::Variable(ident) = &t.expr else {
            let base = self.eval(&t.expr, env)?;
            return Ok(self
                .apply(Cow::Owned(base), &t.operators, None, env)?
                .into_owned());
        };

        let name = ident.as_str();
        let first_attr = match t.operators.first().map(|op| op.value()) {
            Some(TraversalOperator::GetAttr(attr)) => Some(attr.as_str()),
            _ => None,
        };
        let base = self.root_value(name, ident.span(), first_attr, env)?;
        let levels = if env.get(name).is_some() {
            0
        } else {
            declaration_levels(name)
        };
        let mut root = Root {
            name,
            span: ident.span(),
            levels,
            path: Vec::new(),
        };
        Ok(self
            .apply(Cow::Borrowed(base), &t.operators, Some(&mut root), env)?
            .into_owned())
    }

    /// The value of a root name: a `for` binding or a scope entry.
    fn root_value<'s>(
        &'s self,
        name: &str,
        span: Option<Range<usize>>,
        attr: Option<&str>,
        env: &'s Env,
    ) -> EvalResult<&'s Value> {
        if let Some(value) = env.get(name).or_else(|| self.ctx.scope.lookup(name)) {
            return Ok(value);
        }

        let path: Vec<&str> = attr.into_iter().collect();
        Err(self.error("invalid-reference", undeclared(name, &path), span))
    }

    /// Applies traversal operators in order; a splat takes the operators
    /// that follow it and applies them to each element.
    fn apply<'v, 'x>(
        &self,
        base: Cow<'v, Value>,
        ops: &'x [Decorated<TraversalOperator>],
        mut root: Option<&mut Root<'x>>,
        env: &Env,
    ) -> EvalResult<Cow<'v, Value>> {
        let mut current = base;
        let mut i = 0;
        while let Some(op) = ops.get(i) {
            let (value, used) = match op.value() {
                TraversalOperator::AttrSplat(_) => {
                    let rest = &ops[i + 1..];
                    let taken = rest
                        .iter()
                        .take_while(|o| {
                            matches!(
                                o.value(),
                                TraversalOperator::GetAttr(_) | TraversalOperator::LegacyIndex(_)
                            )
                        })
                        .count();
                    (
                        Cow::Owned(self.splat(current, &rest[..taken], env)?),
                        1 + taken,
                    )
                }
                TraversalOperator::FullSplat(_) => (
                    Cow::Owned(self.splat(current, &ops[i + 1..], env)?),
                    ops.len() - i,
                ),
                other => (
                    self.step(current, other, op.span(), root.as_deref_mut(), env)?,
                    1,
                ),
            };
            current = value;
            i += used;
        }
        Ok(current)
    }

    /// One attribute or index step.
    fn step<'v, 'x>(
        &self,
        current: Cow<'v, Value>,
        op: &'x TraversalOperator,
        span: Option<Range<usize>>,
        root: Option<&mut Root<'x>>,
        env: &Env,
    ) -> EvalResult<Cow<'v, Value>> {
        match op {
            TraversalOperator::GetAttr(attr) => self.get_attr(current, attr.as_str(), span, root),
            TraversalOperator::Index(expr) => {
                let key = self.eval(expr, env)?;
                self.index(current, key, expr.span())
            }
            TraversalOperator::LegacyIndex(n) => {
                self.index(current, Value::Number(*n.value() as f64), span)
            }
            TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => Err(self.error(
                "internal-error",
                "internal error: splat reached a single step, please report",
                span,
            )),
        }
    }

    fn get_attr<'v, 'x>(
        &self,
        current: Cow<'v, Value>,
        name: &'x str,
        span: Option<Range<usize>>,
        root: Option<&mut Root<'x>>,
    ) -> EvalResult<Cow<'v, Value>> {
        let declares = root.as_ref().is_some_and(|r| r.path.len() < r.levels);
        match current.as_ref() {
            Value::Unknown => return Ok(Cow::Owned(Value::Unknown)),
            Value::Map(map) if map.contains_key(name) => {}
            Value::Map(_) if declares => return Err(self.undeclared_step(root, name, span)),
            Value::Map(_) => {
                return Err(self.error(
                    "unsupported-attribute",
                    format!("this object has no attribute named `{name}`"),
                    span,
                ))
            }
            Value::Null => {
                return Err(self.error(
                    "unsupported-attribute",
                    format!("attempt to get attribute `{name}` from a null value"),
                    span,
                ))
            }
            other => {
                let summary = format!("cannot get attribute `{name}` from {}", article(other));
                return Err(self.error("unsupported-attribute", summary, span));
            }
        }

        if let Some(root) = root {
            root.path.push(name);
        }
        narrow(current, |v| v.get(name)).ok_or_else(|| {
            self.error(
                "internal-error",
                "internal error: attribute vanished, please report",
                span,
            )
        })
    }

    /// The error for a missing declaration, spanning from the root name.
    fn undeclared_step<'x>(
        &self,
        root: Option<&mut Root<'x>>,
        name: &'x str,
        span: Option<Range<usize>>,
    ) -> Box<crate::diag::Diagnostic> {
        let Some(root) = root else {
            return self.error(
                "unsupported-attribute",
                format!("this object has no attribute named `{name}`"),
                span,
            );
        };
        root.path.push(name);
        self.error(
            "invalid-reference",
            undeclared(root.name, &root.path),
            join(root.span.clone(), span),
        )
    }

    fn index<'v>(
        &self,
        current: Cow<'v, Value>,
        key: Value,
        span: Option<Range<usize>>,
    ) -> EvalResult<Cow<'v, Value>> {
        if key.is_unknown() || current.is_unknown() {
            return Ok(Cow::Owned(Value::Unknown));
        }

        match current.as_ref() {
            Value::List(items) => {
                let i = self.list_position(&key, items.len(), span.clone())?;
                narrow(current, |v| v.as_items().and_then(|items| items.get(i)))
            }
            Value::Map(map) => {
                let k = self.map_key(key, span.clone())?;
                if !map.contains_key(&k) {
                    return Err(self.error(
                        "invalid-index",
                        format!(
                            "the given key `{k}` does not identify an element in this collection"
                        ),
                        span,
                    ));
                }
                narrow(current, |v| v.get(&k))
            }
            Value::Set(_) => {
                return Err(self.error(
                    "invalid-index",
                    "elements of a set are identified only by their value and cannot be indexed",
                    span,
                ))
            }
            other => {
                return Err(self.error(
                    "invalid-index",
                    format!("cannot index {}", article(other)),
                    span,
                ))
            }
        }
        .ok_or_else(|| {
            self.error(
                "internal-error",
                "internal error: element vanished, please report",
                span,
            )
        })
    }

    /// A list position from a number or a numeric string.
    fn list_position(
        &self,
        key: &Value,
        len: usize,
        span: Option<Range<usize>>,
    ) -> EvalResult<usize> {
        let n = match key {
            Value::Number(n) => Some(*n),
            Value::String(s) => parse_number(s),
            _ => None,
        };
        let Some(n) = n else {
            return Err(self.error(
                "invalid-index",
                format!("a list index must be a number, got {}", article(key)),
                span,
            ));
        };
        if n.fract() != 0.0 || n < 0.0 {
            return Err(self.error(
                "invalid-index",
                format!(
                    "a list index must be a whole number, got {}",
                    format_number(n)
                ),
                span,
            ));
        }
        if n >= len as f64 {
            return Err(self.error(
                "invalid-index",
                format!(
                    "index {} is out of range for a list of length {len}",
                    format_number(n)
                ),
                span,
            ));
        }
        Ok(n as usize)
    }

    fn map_key(&self, key: Value, span: Option<Range<usize>>) -> EvalResult<String> {
        match key {
            Value::String(s) => Ok(s),
            Value::Number(n) => Ok(format_number(n)),
            Value::Bool(b) => Ok(b.to_string()),
            other => Err(self.error(
                "invalid-index",
                format!("a map key must be a string, got {}", article(&other)),
                span,
            )),
        }
    }

    /// Applies `ops` to each element: null gives an empty list, a single
    /// value acts as a one-element list, unknown stays unknown.
    fn splat(
        &self,
        current: Cow<'_, Value>,
        ops: &[Decorated<TraversalOperator>],
        env: &Env,
    ) -> EvalResult {
        let items: Vec<Cow<Value>> = match current {
            Cow::Borrowed(Value::List(items) | Value::Set(items)) => {
                items.iter().map(Cow::Borrowed).collect()
            }
            Cow::Owned(Value::List(items) | Value::Set(items)) => {
                items.into_iter().map(Cow::Owned).collect()
            }
            Cow::Borrowed(Value::Null) | Cow::Owned(Value::Null) => Vec::new(),
            Cow::Borrowed(Value::Unknown) | Cow::Owned(Value::Unknown) => {
                return Ok(Value::Unknown)
            }
            single => vec![single],
        };

        let results = items
            .into_iter()
            .map(|item| self.apply(item, ops, None, env).map(Cow::into_owned));
        Ok(Value::List(results.collect::<EvalResult<_>>()?))
    }
}

/// How many attribute steps below a root name still name declarations.
fn declaration_levels(root: &str) -> usize {
    match root {
        "var" | "local" | "module" => 1,
        "data" => 2,
        "path" | "terraform" | "each" | "count" | "self" => 0,
        _ => 1,
    }
}

/// "reference to undeclared input variable `var.x`", by kind of root.
fn undeclared(root: &str, path: &[&str]) -> String {
    let mut full = root.to_string();
    for part in path {
        full.push('.');
        full.push_str(part);
    }

    let kind = match root {
        "var" => "input variable",
        "local" => "local value",
        "module" => "module",
        "data" => "data source",
        "each" => return format!("`{full}` can only be used in a block that sets `for_each`"),
        "count" => return format!("`{full}` can only be used in a block that sets `count`"),
        "self" => {
            return format!("`{full}` can only be used inside provisioner and connection blocks")
        }
        "path" | "terraform" => "object",
        _ if path.is_empty() => "name",
        _ => "resource",
    };
    format!("reference to undeclared {kind} `{full}`")
}

/// Narrows a possibly borrowed value to one of its parts: borrowed values
/// stay borrowed, owned temporaries give up a copy of the part.
fn narrow<'v>(
    current: Cow<'v, Value>,
    pick: impl for<'x> Fn(&'x Value) -> Option<&'x Value>,
) -> Option<Cow<'v, Value>> {
    match current {
        Cow::Borrowed(v) => pick(v).map(Cow::Borrowed),
        Cow::Owned(v) => pick(&v).cloned().map(Cow::Owned),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{columns, err, list, map, ok, strs};
    use crate::value::Value;

    #[test]
    fn attributes_and_indexes() {
        assert_eq!(ok("var.name"), Value::from("hub"));
        assert_eq!(ok("azurerm_subnet.pe.id"), Value::from("/subnets/pe"));
        assert_eq!(ok("var.list[1]"), Value::from("b"));
        assert_eq!(ok("var.list[\"2\"]"), Value::from("c"));
        assert_eq!(ok("var.map[\"b\"]"), Value::Number(2.0));
        assert_eq!(ok("azurerm_subnet.keyed[\"a\"].id"), Value::from("ka"));
        assert_eq!(
            ok("azurerm_subnet.multi[count.index].id"),
            Value::from("m1")
        );
        assert_eq!(ok("data.azurerm_subnet.s.id"), Value::from("/data/s"));
        assert_eq!(ok("module.hub.zone_ids[0]"), Value::from("z1"));
        assert_eq!(ok("each.value.name"), Value::from("v"));
        assert_eq!(ok("[10, 20][1]"), Value::Number(20.0));
        assert_eq!(ok("{a = {b = 1}}.a.b"), Value::Number(1.0));
    }

    #[test]
    fn legacy_index_selects_list_elements() {
        assert_eq!(ok("azurerm_subnet.multi.0.id"), Value::from("m0"));
        assert_eq!(ok("var.list.2"), Value::from("c"));
    }

    #[test]
    fn undeclared_names_are_invalid_references() {
        let d = err("var.missing");
        assert_eq!((d.code, columns(&d)), ("invalid-reference", (1, 12)));
        assert!(d.summary.contains("`var.missing`"), "{}", d.summary);
        let d = err("data.azurerm_subnet.nope.id");
        assert_eq!(d.code, "invalid-reference");
        assert!(
            d.summary.contains("`data.azurerm_subnet.nope`"),
            "{}",
            d.summary
        );
        let d = err("azurerm_virtual_network.hub.id");
        assert_eq!((d.code, columns(&d)), ("invalid-reference", (1, 24)));
        assert!(
            d.summary.contains("`azurerm_virtual_network.hub`"),
            "{}",
            d.summary
        );
        assert_eq!(err("azurerm_subnet.nope.id").code, "invalid-reference");
        assert_eq!(err("nothing").code, "invalid-reference");
    }

    #[test]
    fn missing_attributes_and_bad_indexes() {
        let d = err("azurerm_subnet.pe.nope");
        assert_eq!((d.code, columns(&d)), ("unsupported-attribute", (18, 23)));
        assert_eq!(err("var.nullv.x").code, "unsupported-attribute");
        assert_eq!(err("var.list.x").code, "unsupported-attribute");
        let d = err("var.list[3]");
        assert_eq!((d.code, columns(&d)), ("invalid-index", (10, 11)));
        assert_eq!(err("var.list[-1]").code, "invalid-index");
        assert_eq!(err("var.list[0.5]").code, "invalid-index");
        assert_eq!(err("var.list[\"x\"]").code, "invalid-index");
        assert_eq!(err("var.map[\"zz\"]").code, "invalid-index");
        assert_eq!(err("var.set[0]").code, "invalid-index");
        assert_eq!(err("var.name[0]").code, "invalid-index");
        assert_eq!(err("var.nullv[0]").code, "invalid-index");
    }

    #[test]
    fn traversal_into_unknown_is_unknown() {
        assert_eq!(ok("var.unknown.a.b[0]"), Value::Unknown);
        assert_eq!(ok("var.list[var.unknown]"), Value::Unknown);
        assert_eq!(ok("azurerm_subnet.pending.id"), Value::Unknown);
        assert_eq!(ok("var.unknown[*].id"), Value::Unknown);
    }

    #[test]
    fn splats_collect_attributes() {
        assert_eq!(ok("var.objs[*].id"), strs(&["1", "2"]));
        assert_eq!(ok("var.objs.*.name"), strs(&["n1", "n2"]));
        assert_eq!(ok("azurerm_subnet.multi.*.id"), strs(&["m0", "m1"]));
        assert_eq!(ok("var.set[*]"), strs(&["x", "y"]));
    }

    #[test]
    fn full_splat_applies_every_following_step() {
        assert_eq!(ok("var.nested[*].ips[0]"), strs(&["i1", "i3"]));
        assert_eq!(
            ok("var.nested[*].ips[*]"),
            list(&[strs(&["i1", "i2"]), strs(&["i3"])])
        );
    }

    #[test]
    fn attribute_splat_stops_before_brackets() {
        // `.*.ips` makes a list of lists, and `[0]` then picks the first.
        assert_eq!(ok("var.nested.*.ips[0]"), strs(&["i1", "i2"]));
        // Numbers after `.*` are legacy indexes applied to each element.
        assert_eq!(ok("var.nested.*.ips.0"), strs(&["i1", "i3"]));
    }

    #[test]
    fn splat_on_null_is_empty_and_on_single_value_is_a_list() {
        assert_eq!(ok("var.nullv[*]"), list(&[]));
        assert_eq!(ok("var.nullv.*.id"), list(&[]));
        assert_eq!(ok("azurerm_subnet.pe[*].id"), strs(&["/subnets/pe"]));
        assert_eq!(ok("var.name[*]"), strs(&["hub"]));
        assert_eq!(ok("{a = 1}.*.a"), list(&[1.into()]));
        assert_eq!(ok("[for o in var.objs : o][*].id"), strs(&["1", "2"]));
        assert_eq!(ok("var.objs[*]"), ok("var.objs"));
    }

    #[test]
    fn splat_reports_missing_attributes_of_elements() {
        assert_eq!(err("var.objs[*].nope").code, "unsupported-attribute");
    }

    #[test]
    fn results_are_values_not_views() {
        let v = ok("azurerm_subnet.keyed");
        assert_eq!(
            v,
            map(&[
                ("a", map(&[("id", "ka".into())])),
                ("b", map(&[("id", "kb".into())]))
            ])
        );
    }
}

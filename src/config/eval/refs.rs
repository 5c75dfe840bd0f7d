//! Static references in an expression, for dependency edges: each root
//! name with the attribute names and literal string keys after it. Names
//! bound by enclosing `for` expressions and template `for` directives are
//! not references.

use std::ops::Range;

use hcl_edit::expr::{Expression, ForExpr, ObjectKey, Traversal, TraversalOperator};
use hcl_edit::template::{Directive, Element, Template};
use hcl_edit::Span;

use super::MAX_DEPTH;

/// A static reference found in an expression, for dependency edges: root
/// name plus the following attribute names / literal string keys, e.g.
/// `azurerm_subnet.pe.id` -> root "azurerm_subnet", path ["pe", "id"];
/// `module.hub.zone_ids` -> "module", ["hub", "zone_ids"]; `var.x` -> "var",
/// ["x"]; `data.azurerm_subnet.s.id` -> "data", ["azurerm_subnet","s","id"].
/// The path stops at the first index that is not a literal string, or at a
/// splat. `span` is the byte range of the whole traversal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub root: String,
    pub path: Vec<String>,
    pub span: Range<usize>,
}

/// Every static reference in `expr`, in source order. Expressions nested
/// deeper than the evaluator accepts are not searched.
pub fn references(expr: &Expression) -> Vec<Reference> {
    let mut walker = Walker::default();
    walker.expr(expr);
    walker.found
}

#[derive(Default)]
struct Walker<'x> {
    bound: Vec<&'x str>,
    found: Vec<Reference>,
    depth: usize,
}

impl<'x> Walker<'x> {
    fn expr(&mut self, expr: &'x Expression) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        self.expr_inner(expr);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, expr: &'x Expression) {
        match expr {
            Expression::Null(_)
            | Expression::Bool(_)
            | Expression::Number(_)
            | Expression::String(_) => {}
            Expression::Array(items) => items.iter().for_each(|e| self.expr(e)),
            Expression::Object(object) => {
                for (key, value) in object.iter() {
                    if let ObjectKey::Expression(key) = key {
                        if !matches!(key, Expression::Variable(_)) {
                            self.expr(key);
                        }
                    }
                    self.expr(value.expr());
                }
            }
            Expression::StringTemplate(t) => self.template(t),
            Expression::HeredocTemplate(h) => self.template(&h.template),
            Expression::Parenthesis(p) => self.expr(p.inner()),
            Expression::Variable(v) => self.reference(v.as_str(), Vec::new(), v.span()),
            Expression::Conditional(c) => {
                self.expr(&c.cond_expr);
                self.expr(&c.true_expr);
                self.expr(&c.false_expr);
            }
            Expression::FuncCall(call) => call.args.iter().for_each(|e| self.expr(e)),
            Expression::Traversal(t) => self.traversal(t),
            Expression::UnaryOp(op) => self.expr(&op.expr),
            Expression::BinaryOp(op) => {
                self.expr(&op.lhs_expr);
                self.expr(&op.rhs_expr);
            }
            Expression::ForExpr(f) => self.for_expr(f),
        }
    }

    fn traversal(&mut self, t: &'x Traversal) {
        match &t.expr {
            Expression::Variable(root) => self.reference(root.as_str(), static_path(t), t.span()),
            other => self.expr(other),
        }
        for op in &t.operators {
            if let TraversalOperator::Index(index) = op.value() {
                self.expr(index);
            }
        }
    }

    fn for_expr(&mut self, f: &'x ForExpr) {
        self.expr(&f.intro.collection_expr);

        let saved = self.bound.len();
        self.bound
            .extend(f.intro.key_var.iter().map(|k| k.as_str()));
        self.bound.push(f.intro.value_var.as_str());
        if let Some(key) = &f.key_expr {
            self.expr(key);
        }
        self.expr(&f.value_expr);
        if let Some(cond) = &f.cond {
            self.expr(&cond.expr);
        }
        self.bound.truncate(saved);
    }

    fn template(&mut self, t: &'x Template) {
        for element in t.iter() {
            match element {
                Element::Literal(_) => {}
                Element::Interpolation(i) => self.expr(&i.expr),
                Element::Directive(d) => match d.as_ref() {
                    Directive::If(d) => {
                        self.expr(&d.if_expr.cond_expr);
                        self.template(&d.if_expr.template);
                        if let Some(e) = &d.else_expr {
                            self.template(&e.template);
                        }
                    }
                    Directive::For(d) => {
                        let f = &d.for_expr;
                        self.expr(&f.collection_expr);
                        let saved = self.bound.len();
                        self.bound.extend(f.key_var.iter().map(|k| k.as_str()));
                        self.bound.push(f.value_var.as_str());
                        self.template(&f.template);
                        self.bound.truncate(saved);
                    }
                },
            }
        }
    }

    fn reference(&mut self, root: &str, path: Vec<String>, span: Option<Range<usize>>) {
        if self.bound.contains(&root) {
            return;
        }
        self.found.push(Reference {
            root: root.to_string(),
            path,
            span: span.unwrap_or(0..0),
        });
    }
}

/// The attribute names and literal string keys at the head of a traversal.
fn static_path(t: &Traversal) -> Vec<String> {
    let mut path = Vec::new();
    for op in &t.operators {
        match op.value() {
            TraversalOperator::GetAttr(attr) => path.push(attr.as_str().to_string()),
            TraversalOperator::Index(Expression::String(key)) => path.push(key.value().clone()),
            _ => break,
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(src: &str) -> Vec<(String, Vec<String>)> {
        let expr = hcl_edit::parser::parse_expr(src).expect("parses");
        references(&expr)
            .into_iter()
            .map(|r| (r.root, r.path))
            .collect()
    }

    fn r(root: &str, path: &[&str]) -> (String, Vec<String>) {
        (
            root.to_string(),
            path.iter().map(|s| s.to_string()).collect(),
        )
    }

    #[test]
    fn traversals_give_root_and_static_path() {
        assert_eq!(
            refs("azurerm_subnet.pe.id"),
            vec![r("azurerm_subnet", &["pe", "id"])]
        );
        assert_eq!(
            refs("module.hub.zone_ids"),
            vec![r("module", &["hub", "zone_ids"])]
        );
        assert_eq!(refs("var.x"), vec![r("var", &["x"])]);
        assert_eq!(
            refs("data.azurerm_subnet.s.id"),
            vec![r("data", &["azurerm_subnet", "s", "id"])]
        );
        assert_eq!(
            refs("azurerm_subnet.keyed[\"a\"].id"),
            vec![r("azurerm_subnet", &["keyed", "a", "id"])]
        );
        assert_eq!(
            refs("azurerm_subnet.multi[0].id"),
            vec![r("azurerm_subnet", &["multi"])]
        );
        assert_eq!(
            refs("azurerm_subnet.multi[*].id"),
            vec![r("azurerm_subnet", &["multi"])]
        );
        assert_eq!(refs("each"), vec![r("each", &[])]);
    }

    #[test]
    fn references_inside_indexes_calls_and_templates() {
        let found = refs(
            "merge(local.m[var.k], {x = \"${module.a.b}-%{ if var.f }${data.t.n.id}%{ endif }\"})",
        );
        let expected = vec![
            r("local", &["m"]),
            r("var", &["k"]),
            r("module", &["a", "b"]),
            r("var", &["f"]),
            r("data", &["t", "n", "id"]),
        ];
        assert_eq!(found, expected);
        assert_eq!(
            refs("<<EOT\n${azurerm_subnet.pe.id}\nEOT"),
            vec![r("azurerm_subnet", &["pe", "id"])]
        );
        assert_eq!(
            refs("{ (var.k) = 1, plain = local.v }"),
            vec![r("var", &["k"]), r("local", &["v"])]
        );
    }

    #[test]
    fn for_bound_names_are_not_references() {
        let found = refs("{for k, s in azurerm_subnet.multi : k => s.id if s.id != var.skip}");
        assert_eq!(
            found,
            vec![r("azurerm_subnet", &["multi"]), r("var", &["skip"])]
        );
        assert_eq!(
            refs("[for x in var.l : [for y in x : y]]"),
            vec![r("var", &["l"])]
        );
        assert_eq!(
            refs("\"%{ for v in var.l }${v}${local.sep}%{ endfor }\""),
            vec![r("var", &["l"]), r("local", &["sep"])]
        );
        // A name bound by a `for` is free again outside it.
        assert_eq!(refs("[[for x in [] : x], x]"), vec![r("x", &[])]);
    }

    #[test]
    fn spans_cover_the_traversal() {
        let expr = hcl_edit::parser::parse_expr("1 + var.count").expect("parses");
        assert_eq!(references(&expr)[0].span, 4..13);
    }
}

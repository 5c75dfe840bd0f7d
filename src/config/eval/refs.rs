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

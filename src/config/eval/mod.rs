//! The expression evaluator: turns hcl-edit expression trees into [`Value`]s
//! the way Terraform does, with unknown values propagating through every
//! operator, lazy `try`/`can`, splats, `for` expressions and templates.
//!
//! Names are resolved through a [`Scope`] by reference, and only the final
//! result of a traversal is cloned, because a scope can hold tens of
//! thousands of resource instances. Names bound by `for` expressions and
//! template `for` directives live in a chain of [`Env`] frames on the stack.
//! Errors are [`Diagnostic`]s whose range points at the failing
//! sub-expression.

mod call;
mod for_expr;
mod ops;
mod refs;
mod template;
mod traverse;

use std::cell::Cell;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use hcl_edit::expr::{Conditional, Expression, Object, ObjectKey};
use hcl_edit::Span;

use crate::config::functions::FunctionContext;
use crate::diag::Diagnostic;
use crate::source::SourceFile;
use crate::value::Value;

pub use refs::{references, Reference};

/// How many evaluations may nest before evaluation gives up with an error,
/// so that hostile input cannot overflow the stack.
const MAX_DEPTH: usize = 256;

/// How many expression steps one evaluation may take. Nested `for`
/// expressions multiply: three over `range(1024)` would take a billion steps
/// and hang; real configurations stay far below this.
const MAX_STEPS: u64 = 5_000_000;

/// The longest string a template may build, so that strings doubling
/// through locals fail cleanly instead of exhausting memory.
pub const MAX_STRING_BYTES: usize = 16 << 20;

/// Resolves the root names of references: `var`, `local`, `module`, `data`,
/// `path`, `terraform`, `each`, `count`, `self`, and resource types such as
/// `azurerm_subnet` (whose value is a map of resource name -> instance value,
/// or list/map of instances for count/for_each).
pub trait Scope {
    fn lookup(&self, name: &str) -> Option<&Value>;
}

/// A plain map of root names is a scope; `templatefile` variables use it.
impl Scope for BTreeMap<String, Value> {
    fn lookup(&self, name: &str) -> Option<&Value> {
        self.get(name)
    }
}

/// What an evaluation needs: the file for error ranges, the names in scope
/// and the function library's context.
pub struct EvalContext<'a> {
    pub file: &'a SourceFile,
    pub scope: &'a dyn Scope,
    pub functions: &'a FunctionContext,
}

/// Evaluates an expression; an error is a Diagnostic (severity error, stable
/// kebab-case code, summary, detail, range pointing at the offending
/// sub-expression).
// The agreed interface returns the diagnostic by value; it is built once per
// failed evaluation, so its size does not matter here.
#[allow(clippy::result_large_err)]
pub fn eval(expr: &Expression, ctx: &EvalContext) -> Result<Value, Diagnostic> {
    Evaluator::new(ctx).eval(expr, &Env::root()).map_err(|d| *d)
}

/// Renders a template file's text with the given variables (used by
/// `templatefile`). Errors are messages with the line and column inside the
/// template.
pub fn render_template(
    text: &str,
    vars: &BTreeMap<String, Value>,
    functions: &FunctionContext,
) -> Result<Value, String> {
    let template = hcl_edit::parser::parse_template(text).map_err(|e| {
        let at = e.location();
        format!(
            "invalid template at {}:{}: {}",
            at.line(),
            at.column(),
            e.message()
        )
    })?;
    let file = SourceFile::new("template", PathBuf::new(), text.to_string());
    let ctx = EvalContext {
        file: &file,
        scope: vars,
        functions,
    };

    let result = Evaluator::new(&ctx).render(&template, &Env::root());
    result.map_err(|d| match &d.range {
        Some(r) => format!(
            "template at {}:{}: {}",
            r.start.line, r.start.column, d.summary
        ),
        None => format!("template: {}", d.summary),
    })
}

/// The internal result type: boxed so that deep recursion keeps small frames.
type EvalResult<T = Value> = Result<T, Box<Diagnostic>>;

/// One frame of names bound by a `for` expression or directive, linked to
/// the frames around it.
struct Env<'e> {
    vars: Vec<(&'e str, Value)>,
    parent: Option<&'e Env<'e>>,
}

impl<'e> Env<'e> {
    fn root() -> Env<'static> {
        Env {
            vars: Vec::new(),
            parent: None,
        }
    }

    fn child(parent: &'e Env<'e>, vars: Vec<(&'e str, Value)>) -> Env<'e> {
        Env {
            vars,
            parent: Some(parent),
        }
    }

    /// The innermost binding of `name`, if a `for` bound it.
    fn get(&self, name: &str) -> Option<&Value> {
        let own = self
            .vars
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v);
        own.or_else(|| self.parent.and_then(|p| p.get(name)))
    }
}

/// Walks expressions; holds only the context, the nesting depth and the
/// steps taken.
struct Evaluator<'c, 'a> {
    ctx: &'c EvalContext<'a>,
    depth: Cell<usize>,
    steps: Cell<u64>,
}

impl<'c, 'a> Evaluator<'c, 'a> {
    fn new(ctx: &'c EvalContext<'a>) -> Self {
        Evaluator {
            ctx,
            depth: Cell::new(0),
            steps: Cell::new(0),
        }
    }

    /// Evaluates one expression, guarding the nesting depth.
    fn eval(&self, expr: &Expression, env: &Env) -> EvalResult {
        self.nested(expr.span(), || self.eval_inner(expr, env))
    }

    /// Runs one nested step of evaluation, failing cleanly past the depth
    /// or step limit instead of overflowing the stack or hanging.
    fn nested<T>(
        &self,
        span: Option<Range<usize>>,
        step: impl FnOnce() -> EvalResult<T>,
    ) -> EvalResult<T> {
        let depth = self.depth.get();
        if depth >= MAX_DEPTH {
            let summary = format!("expression is nested more than {MAX_DEPTH} levels deep");
            return Err(self.error("nesting-too-deep", summary, span));
        }
        let steps = self.steps.get() + 1;
        if steps > MAX_STEPS {
            let summary = format!("expression takes more than {MAX_STEPS} evaluation steps");
            return Err(self.error("evaluation-limit", summary, span));
        }
        self.steps.set(steps);

        self.depth.set(depth + 1);
        let result = step();
        self.depth.set(depth);
        result
    }

    fn eval_inner(&self, expr: &Expression, env: &Env) -> EvalResult {
        match expr {
            Expression::Null(_) => Ok(Value::Null),
            Expression::Bool(b) => Ok(Value::Bool(*b.value())),
            Expression::Number(n) => self.number(n.value(), expr.span()),
            Expression::String(s) => Ok(Value::String(s.value().clone())),
            Expression::Array(items) => Ok(Value::List(
                items
                    .iter()
                    .map(|e| self.eval(e, env))
                    .collect::<EvalResult<_>>()?,
            )),
            Expression::Object(object) => self.eval_object(object, env),
            Expression::StringTemplate(t) => self.eval_string_template(t, env),
            Expression::HeredocTemplate(h) => self.render(&h.template, env),
            Expression::Parenthesis(p) => self.eval(p.inner(), env),
            Expression::Variable(v) => self.eval_variable(v, env),
            Expression::Conditional(c) => self.eval_conditional(c, env),
            Expression::FuncCall(call) => self.eval_call(call, env),
            Expression::Traversal(t) => self.eval_traversal(t, env),
            Expression::UnaryOp(op) => self.eval_unary(op, env),
            Expression::BinaryOp(op) => self.eval_binary(op, env),
            Expression::ForExpr(f) => self.eval_for(f, env),
        }
    }

    fn number(&self, n: &hcl_edit::Number, span: Option<Range<usize>>) -> EvalResult {
        match n.as_f64() {
            Some(f) if f.is_finite() => Ok(Value::Number(f)),
            _ => Err(self.error("invalid-number", "number literal is out of range", span)),
        }
    }

    /// Builds an object; a later duplicate key replaces an earlier one, as in
    /// Terraform's object constructor. An unknown key makes the whole object
    /// unknown.
    fn eval_object(&self, object: &Object, env: &Env) -> EvalResult {
        let mut map = BTreeMap::new();
        let mut unknown = false;
        for (key, value) in object.iter() {
            let value = self.eval(value.expr(), env)?;
            match self.object_key(key, env)? {
                Some(k) => {
                    map.insert(k, value);
                }
                None => unknown = true,
            }
        }

        Ok(if unknown {
            Value::Unknown
        } else {
            Value::Map(map)
        })
    }

    /// The string of an object key; `None` when it is unknown.
    fn object_key(&self, key: &ObjectKey, env: &Env) -> EvalResult<Option<String>> {
        let expr = match key {
            ObjectKey::Ident(ident) => return Ok(Some(ident.as_str().to_string())),
            ObjectKey::Expression(Expression::Variable(ident)) => {
                return Ok(Some(ident.as_str().to_string()))
            }
            ObjectKey::Expression(expr) => expr,
        };
        if matches!(expr, Expression::Traversal(t) if matches!(t.expr, Expression::Variable(_))) {
            let summary = "ambiguous object key: wrap a reference in parentheses, or a name containing periods in quotes";
            return Err(self.error("ambiguous-key", summary, expr.span()));
        }

        let value = self.eval(expr, env)?;
        self.key_string(value, expr.span())
    }

    /// Converts a computed key to a string, as object and `for` keys need.
    fn key_string(&self, value: Value, span: Option<Range<usize>>) -> EvalResult<Option<String>> {
        match value {
            Value::String(s) => Ok(Some(s)),
            Value::Number(n) => Ok(Some(crate::value::format_number(n))),
            Value::Bool(b) => Ok(Some(b.to_string())),
            Value::Unknown => Ok(None),
            Value::Null => Err(self.error("invalid-key", "object key must not be null", span)),
            other => Err(self.error(
                "invalid-key",
                format!("object key must be a string, got a {}", other.type_name()),
                span,
            )),
        }
    }

    /// Evaluates only the chosen branch; an unknown condition gives unknown.
    fn eval_conditional(&self, c: &Conditional, env: &Env) -> EvalResult {
        let cond = self.eval(&c.cond_expr, env)?;
        match self.want_bool(cond, c.cond_expr.span(), "invalid-condition")? {
            Some(true) => self.eval(&c.true_expr, env),
            Some(false) => self.eval(&c.false_expr, env),
            None => Ok(Value::Unknown),
        }
    }

    /// An error diagnostic at a span of the current file.
    fn error(
        &self,
        code: &'static str,
        summary: impl Into<String>,
        span: Option<Range<usize>>,
    ) -> Box<Diagnostic> {
        Box::new(Diagnostic::error(code, summary).with_range(span.map(|s| self.ctx.file.range(s))))
    }
}

/// The span covering two spans, when both are known.
fn join(a: Option<Range<usize>>, b: Option<Range<usize>>) -> Option<Range<usize>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.start.min(b.start)..a.end.max(b.end)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod testutil;

#[cfg(test)]
mod tests {
    use super::testutil::{columns, err, list, map, ok, run, run_expr, strs};
    use super::*;

    #[test]
    fn nested_for_expressions_past_the_step_limit_fail_cleanly() {
        let d = err(
            "length([for i in range(1024) : [for j in range(1024) : [for k in range(8) : k]]])",
        );
        assert_eq!(d.code, "evaluation-limit");
    }

    #[test]
    fn literals_evaluate_to_values() {
        assert_eq!(ok("null"), Value::Null);
        assert_eq!(ok("true"), Value::Bool(true));
        assert_eq!(ok("1.5"), Value::Number(1.5));
        assert_eq!(ok("\"a\\tb\""), Value::from("a\tb"));
        assert_eq!(
            ok("[1, \"x\", [true]]"),
            list(&[1.into(), "x".into(), list(&[true.into()])])
        );
        assert_eq!(ok("(((2)))"), Value::Number(2.0));
    }

    #[test]
    fn object_keys_may_be_names_strings_or_expressions() {
        let v = ok(r#"{ a = 1, "b c" = 2, (var.name) = 3, 4 = "four" }"#);
        assert_eq!(
            v,
            map(&[
                ("a", 1.into()),
                ("b c", 2.into()),
                ("hub", 3.into()),
                ("4", "four".into())
            ])
        );
    }

    #[test]
    fn object_with_naked_traversal_key_is_ambiguous() {
        assert_eq!(err("{ var.name = 1 }").code, "ambiguous-key");
    }

    #[test]
    fn object_with_unknown_key_is_unknown() {
        assert_eq!(ok("{ (var.unknown) = 1 }"), Value::Unknown);
        assert_eq!(ok("{ a = var.unknown }"), map(&[("a", Value::Unknown)]));
    }

    #[test]
    fn conditional_evaluates_only_the_chosen_branch() {
        assert_eq!(ok("true ? 1 : var.undeclared"), Value::Number(1.0));
        assert_eq!(ok("var.count > 5 ? 1/0 : \"small\""), Value::from("small"));
        assert_eq!(ok("\"false\" ? 1 : 2"), Value::Number(2.0));
    }

    #[test]
    fn conditional_on_unknown_is_unknown_and_on_null_fails() {
        assert_eq!(ok("var.unknown ? 1 : 2"), Value::Unknown);
        let d = err("var.nullv ? 1 : 2");
        assert_eq!(d.code, "invalid-condition");
        assert_eq!(columns(&d), (1, 10));
    }

    #[test]
    fn deep_nesting_fails_cleanly() {
        // The parser stops at 64 levels, so build deeper trees by hand.
        let nested =
            |levels: usize| (0..levels).fold(Expression::from(1), |e, _| Expression::from(vec![e]));
        let d = run_expr(&nested(300), "").expect_err("too deep");
        assert_eq!(d.code, "nesting-too-deep");
        assert!(run_expr(&nested(200), "").is_ok());
        let src = format!("{}1{}", "[".repeat(60), "]".repeat(60));
        assert!(run(&src).is_ok());
    }

    #[test]
    fn scope_lookups_do_not_copy_beyond_the_result() {
        // A scope with a large map still answers a single attribute.
        let big: BTreeMap<String, Value> = (0..20_000)
            .map(|i| {
                (
                    format!("r{i}"),
                    map(&[("id", Value::from(format!("id{i}")))]),
                )
            })
            .collect();
        let scope: BTreeMap<String, Value> =
            [("azurerm_subnet".to_string(), Value::Map(big))].into();
        let file = SourceFile::new("t.tf", "t.tf".into(), String::new());
        let functions = FunctionContext::default();
        let ctx = EvalContext {
            file: &file,
            scope: &scope,
            functions: &functions,
        };
        let expr = hcl_edit::parser::parse_expr("azurerm_subnet.r19999.id").expect("parses");
        assert_eq!(eval(&expr, &ctx), Ok(Value::from("id19999")));
    }

    #[test]
    fn render_template_uses_variables_and_reports_positions() {
        let vars: BTreeMap<String, Value> = [
            ("name".to_string(), Value::from("hub")),
            ("ids".to_string(), strs(&["a", "b"])),
        ]
        .into();
        let functions = FunctionContext::default();
        let text = "name=${name}\n%{ for id in ids ~}\n- ${id}\n%{ endfor ~}\n";
        assert_eq!(
            render_template(text, &vars, &functions),
            Ok(Value::from("name=hub\n- a\n- b\n"))
        );

        let e =
            render_template("ok\n  ${missing}", &vars, &functions).expect_err("undeclared name");
        assert!(e.starts_with("template at 2:5:"), "{e}");
        assert!(render_template("${", &vars, &functions).is_err());
    }
}

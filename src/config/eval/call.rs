//! Function calls: arguments are evaluated here and handed to the function
//! library, except `try` and `can`, which must evaluate their arguments
//! lazily and catch the errors of the expressions themselves.

use hcl_edit::expr::{Expression, FuncCall};
use hcl_edit::Span;

use super::ops::article;
use super::{Env, EvalResult, Evaluator};
use crate::config::functions::{self, FunctionError, FunctionErrorKind};
use crate::diag::Diagnostic;
use crate::value::Value;

/// Errors that `try` and `can` must not hide: they are static mistakes in
/// Terraform (undeclared names, unknown functions), or the evaluator giving
/// up, and hiding them would silently plan a fallback value.
fn is_static(d: &Diagnostic) -> bool {
    matches!(
        d.code,
        "invalid-reference"
            | "unknown-function"
            | "unsupported-function"
            | "nesting-too-deep"
            | "internal-error"
    )
}

impl Evaluator<'_, '_> {
    pub(super) fn eval_call(&self, call: &FuncCall, env: &Env) -> EvalResult {
        if call.name.is_namespaced() {
            let mut full: Vec<&str> = call.name.namespace.iter().map(|n| n.as_str()).collect();
            full.push(call.name.name.as_str());
            let summary = format!(
                "provider-defined function `{}` is not supported",
                full.join("::")
            );
            return Err(self.error("unsupported-function", summary, call.span()));
        }

        let args: Vec<&Expression> = call.args.iter().collect();
        match call.name.name.as_str() {
            "try" | "can" if call.args.expand_final() => {
                let summary = format!(
                    "`{}` does not accept an expanded argument list",
                    call.name.name.as_str()
                );
                Err(self.error("invalid-function-call", summary, call.span()))
            }
            "try" => self.eval_try(call, &args, env),
            "can" => self.eval_can(call, &args, env),
            name => self.eval_function(name, call, &args, env),
        }
    }

    /// The first argument that evaluates without error; unknown when that
    /// value is not wholly known, since a later error could still surface.
    fn eval_try(&self, call: &FuncCall, args: &[&Expression], env: &Env) -> EvalResult {
        let mut failures = Vec::new();
        for arg in args {
            match self.eval(arg, env) {
                Ok(v) if v.is_wholly_known() => return Ok(v),
                Ok(_) => return Ok(Value::Unknown),
                Err(d) if is_static(&d) => return Err(d),
                Err(d) => failures.push(d.summary),
            }
        }

        let summary = if args.is_empty() {
            "`try` needs at least one argument"
        } else {
            "no expression given to `try` succeeded"
        };
        Err(Box::new(
            (*self.error("invalid-function-call", summary, call.span()))
                .with_detail(failures.join("; ")),
        ))
    }

    /// True when the single argument evaluates without error.
    fn eval_can(&self, call: &FuncCall, args: &[&Expression], env: &Env) -> EvalResult {
        let [arg] = args else {
            return Err(self.error(
                "invalid-function-call",
                format!("`can` takes exactly one argument, got {}", args.len()),
                call.span(),
            ));
        };

        match self.eval(arg, env) {
            Ok(v) if v.is_wholly_known() => Ok(Value::Bool(true)),
            Ok(_) => Ok(Value::Unknown),
            Err(d) if is_static(&d) => Err(d),
            Err(_) => Ok(Value::Bool(false)),
        }
    }

    /// Evaluates the arguments, expands a final `...` argument and calls the
    /// library. A wholly unknown argument makes the result unknown without a
    /// call, as Terraform does for functions that do not accept unknowns.
    fn eval_function(
        &self,
        name: &str,
        call: &FuncCall,
        args: &[&Expression],
        env: &Env,
    ) -> EvalResult {
        let mut values = args
            .iter()
            .map(|arg| self.eval(arg, env))
            .collect::<EvalResult<Vec<_>>>()?;
        if call.args.expand_final() {
            let Some(last) = values.pop() else {
                return Err(self.error(
                    "invalid-function-call",
                    "`...` needs an argument to expand",
                    call.span(),
                ));
            };
            match last {
                Value::List(items) | Value::Set(items) => values.extend(items),
                Value::Unknown => return Ok(Value::Unknown),
                other => {
                    let summary = format!(
                        "the argument expanded with `...` must be a list, set or tuple, got {}",
                        article(&other)
                    );
                    return Err(self.error(
                        "invalid-function-argument",
                        summary,
                        args.last().and_then(|a| a.span()),
                    ));
                }
            }
        }
        if values.iter().any(Value::is_unknown) {
            return Ok(Value::Unknown);
        }

        functions::call(name, values, self.ctx.functions)
            .map_err(|e| self.function_error(name, e, call, args))
    }

    /// Points a library error at the function name, the failing argument or
    /// the whole call.
    fn function_error(
        &self,
        name: &str,
        e: FunctionError,
        call: &FuncCall,
        args: &[&Expression],
    ) -> Box<Diagnostic> {
        match e.kind {
            FunctionErrorKind::UnknownFunction => self.error(
                "unknown-function",
                e.message,
                call.name.name.span().or_else(|| call.span()),
            ),
            FunctionErrorKind::InvalidArgument(i) => {
                // Arguments expanded from a final `...` all point at it.
                let arg = args.get(i).or(args.last()).and_then(|a| a.span());
                let d = self.error(
                    "invalid-function-argument",
                    e.message,
                    arg.or_else(|| call.span()),
                );
                Box::new((*d).with_detail(format!("argument {} of `{name}`", i + 1)))
            }
            FunctionErrorKind::Call => {
                let d = self.error("invalid-function-call", e.message, call.span());
                Box::new((*d).with_detail(format!("in a call to `{name}`")))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{columns, err, ok, scope};
    use super::super::{EvalContext, Evaluator};
    use crate::config::functions::{FunctionContext, FunctionError, FunctionErrorKind};
    use crate::source::SourceFile;
    use crate::value::Value;
    use hcl_edit::expr::{Expression, FuncCall};

    #[test]
    fn unknown_functions_point_at_the_name() {
        let d = err("[nosuchfn(1)]");
        assert_eq!((d.code, columns(&d)), ("unknown-function", (2, 10)));
    }

    #[test]
    fn provider_functions_are_reported_by_full_name() {
        let d = err("provider::azurerm::parse_resource_id(\"x\")");
        assert_eq!(d.code, "unsupported-function");
        assert!(
            d.summary.contains("`provider::azurerm::parse_resource_id`"),
            "{}",
            d.summary
        );
    }

    #[test]
    fn try_returns_the_first_success_lazily() {
        assert_eq!(
            ok("try(var.map.nope, var.list[7], \"fallback\")"),
            Value::from("fallback")
        );
        assert_eq!(ok("try(var.name, var.undeclared)"), Value::from("hub"));
        assert_eq!(ok("try(1/0, 2)"), Value::Number(2.0));
        assert_eq!(ok("try(var.nullv, 2)"), Value::Null);
    }

    #[test]
    fn try_with_unknown_result_is_unknown() {
        assert_eq!(ok("try(var.unknown, 1)"), Value::Unknown);
        assert_eq!(ok("try([var.unknown], 1)"), Value::Unknown);
        assert_eq!(
            ok("try(var.map.nope, azurerm_subnet.pending)"),
            Value::Unknown
        );
    }

    #[test]
    fn try_fails_when_nothing_succeeds_or_a_name_is_undeclared() {
        let d = err("try(var.map.nope, 1/0)");
        assert_eq!((d.code, columns(&d)), ("invalid-function-call", (1, 23)));
        assert_eq!(err("try(var.undeclared, 1)").code, "invalid-reference");
        assert_eq!(err("try()").code, "invalid-function-call");
        assert_eq!(err("try(provider::a::b(), 1)").code, "unsupported-function");
    }

    #[test]
    fn can_reports_whether_evaluation_succeeds() {
        assert_eq!(ok("can(var.map.a)"), Value::Bool(true));
        assert_eq!(ok("can(var.map.nope)"), Value::Bool(false));
        assert_eq!(err("can(nosuchfn())").code, "unknown-function");
        assert_eq!(ok("can(var.unknown)"), Value::Unknown);
        assert_eq!(err("can(1, 2)").code, "invalid-function-call");
        assert_eq!(err("can(var.undeclared)").code, "invalid-reference");
    }

    #[test]
    fn unknown_arguments_skip_the_call() {
        // The stub library knows no functions, so reaching it would fail.
        assert_eq!(ok("nosuchfn(1, var.unknown)"), Value::Unknown);
        assert_eq!(ok("nosuchfn(var.unknown...)"), Value::Unknown);
    }

    #[test]
    fn expanded_argument_must_be_a_collection() {
        let d = err("nosuchfn(1, var.name...)");
        assert_eq!(
            (d.code, columns(&d)),
            ("invalid-function-argument", (13, 21))
        );
        assert_eq!(err("nosuchfn(1, var.list...)").code, "unknown-function");
    }

    #[test]
    fn argument_errors_point_at_the_argument_even_when_expanded() {
        let src = "f(1, [2, 3]...)";
        let expr = hcl_edit::parser::parse_expr(src).expect("parses");
        let Expression::FuncCall(call) = &expr else {
            panic!("not a call")
        };
        let file = SourceFile::new("t.tf", "t.tf".into(), src.to_string());
        let (scope, functions) = (scope(), FunctionContext::default());
        let ctx = EvalContext {
            file: &file,
            scope: &scope,
            functions: &functions,
        };
        let at = |i: usize| argument_error_columns(&Evaluator::new(&ctx), call, i);

        assert_eq!(at(0), (3, 4));
        assert_eq!(at(1), (6, 12));
        assert_eq!(at(2), (6, 12));
    }

    fn argument_error_columns(ev: &Evaluator, call: &FuncCall, i: usize) -> (usize, usize) {
        let args: Vec<&Expression> = call.args.iter().collect();
        let e = FunctionError {
            kind: FunctionErrorKind::InvalidArgument(i),
            message: "bad".into(),
        };
        let d = ev.function_error("f", e, call, &args);
        assert_eq!(d.code, "invalid-function-argument");
        columns(&d)
    }
}

//! Unary and binary operators with Terraform's conversions: numeric strings
//! act as numbers, `"true"`/`"false"` as bools, and unknown operands make
//! unknown results. `&&` and `||` short-circuit.

use std::ops::Range;

use hcl_edit::expr::{BinaryOp, BinaryOperator, UnaryOp, UnaryOperator};
use hcl_edit::Span;

use super::{Env, EvalResult, Evaluator};
use crate::value::Value;

impl Evaluator<'_, '_> {
    pub(super) fn eval_unary(&self, op: &UnaryOp, env: &Env) -> EvalResult {
        let value = self.eval(&op.expr, env)?;
        let span = op.expr.span();

        match op.operator.value() {
            UnaryOperator::Neg => Ok(self
                .want_number(value, span)?
                .map_or(Value::Unknown, |n| Value::Number(-n))),
            UnaryOperator::Not => Ok(self
                .want_bool(value, span, "invalid-operand")?
                .map_or(Value::Unknown, |b| Value::Bool(!b))),
        }
    }

    pub(super) fn eval_binary(&self, op: &BinaryOp, env: &Env) -> EvalResult {
        let operator = *op.operator.value();
        if matches!(operator, BinaryOperator::And | BinaryOperator::Or) {
            return self.eval_logical(op, operator == BinaryOperator::And, env);
        }

        let lhs = self.eval(&op.lhs_expr, env)?;
        let rhs = self.eval(&op.rhs_expr, env)?;
        match operator {
            BinaryOperator::Eq => Ok(equal(&lhs, &rhs)),
            BinaryOperator::NotEq => Ok(match equal(&lhs, &rhs) {
                Value::Bool(b) => Value::Bool(!b),
                other => other,
            }),
            _ => self.numeric(op, operator, lhs, rhs),
        }
    }

    /// Arithmetic and ordering: both operands must be numbers.
    fn numeric(
        &self,
        op: &BinaryOp,
        operator: BinaryOperator,
        lhs: Value,
        rhs: Value,
    ) -> EvalResult {
        let lhs = self.want_number(lhs, op.lhs_expr.span())?;
        let rhs = self.want_number(rhs, op.rhs_expr.span())?;
        let (Some(a), Some(b)) = (lhs, rhs) else {
            return Ok(Value::Unknown);
        };

        let zero_divisor =
            b == 0.0 && matches!(operator, BinaryOperator::Div | BinaryOperator::Mod);
        if zero_divisor {
            let summary = format!("division by zero in `{}`", operator.as_str());
            return Err(self.error("division-by-zero", summary, op.span()));
        }
        Ok(match operator {
            BinaryOperator::Plus => Value::Number(a + b),
            BinaryOperator::Minus => Value::Number(a - b),
            BinaryOperator::Mul => Value::Number(a * b),
            BinaryOperator::Div => Value::Number(a / b),
            BinaryOperator::Mod => Value::Number(a % b),
            BinaryOperator::Less => Value::Bool(a < b),
            BinaryOperator::LessEq => Value::Bool(a <= b),
            BinaryOperator::Greater => Value::Bool(a > b),
            BinaryOperator::GreaterEq => Value::Bool(a >= b),
            BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::And
            | BinaryOperator::Or => {
                return Err(self.error(
                    "internal-error",
                    "internal error: logical operator reached arithmetic, please report",
                    op.span(),
                ))
            }
        })
    }

    /// `&&` and `||`: the right side is evaluated only when the left side
    /// does not decide; a known deciding value wins over an unknown.
    fn eval_logical(&self, op: &BinaryOp, is_and: bool, env: &Env) -> EvalResult {
        let decisive = !is_and;
        let lhs = self.eval(&op.lhs_expr, env)?;
        let lhs = self.want_bool(lhs, op.lhs_expr.span(), "invalid-operand")?;
        if lhs == Some(decisive) {
            return Ok(Value::Bool(decisive));
        }

        let rhs = self.eval(&op.rhs_expr, env)?;
        let rhs = self.want_bool(rhs, op.rhs_expr.span(), "invalid-operand")?;
        Ok(match (lhs, rhs) {
            (_, Some(b)) if b == decisive => Value::Bool(b),
            (Some(_), Some(b)) => Value::Bool(b),
            _ => Value::Unknown,
        })
    }

    /// A number operand; `None` when unknown.
    pub(super) fn want_number(
        &self,
        value: Value,
        span: Option<Range<usize>>,
    ) -> EvalResult<Option<f64>> {
        match value {
            Value::Number(n) => Ok(Some(n)),
            Value::String(ref s) => match parse_number(s) {
                Some(n) => Ok(Some(n)),
                None => Err(self.error(
                    "invalid-operand",
                    format!("a number is required, got the string {value}"),
                    span,
                )),
            },
            Value::Unknown => Ok(None),
            other => Err(self.error(
                "invalid-operand",
                format!("a number is required, got {}", article(&other)),
                span,
            )),
        }
    }

    /// A bool operand or condition; `None` when unknown. `code` lets
    /// conditions report differently from operators.
    pub(super) fn want_bool(
        &self,
        value: Value,
        span: Option<Range<usize>>,
        code: &'static str,
    ) -> EvalResult<Option<bool>> {
        match value {
            Value::Bool(b) => Ok(Some(b)),
            Value::String(s) if s == "true" => Ok(Some(true)),
            Value::String(s) if s == "false" => Ok(Some(false)),
            Value::Unknown => Ok(None),
            other => Err(self.error(
                code,
                format!("a bool is required, got {}", article(&other)),
                span,
            )),
        }
    }
}

/// Type-strict equality (lists and tuples are one type here); unknown when
/// either side is not wholly known.
fn equal(lhs: &Value, rhs: &Value) -> Value {
    if !lhs.is_wholly_known() || !rhs.is_wholly_known() {
        return Value::Unknown;
    }
    Value::Bool(lhs == rhs)
}

/// Terraform's string-to-number conversion: decimal notation only, so
/// `"inf"` or `"nan"` stay strings.
pub(super) fn parse_number(s: &str) -> Option<f64> {
    let starts_numeric =
        s.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+' || c == '.');
    let n: f64 = if starts_numeric {
        s.parse().ok()?
    } else {
        return None;
    };
    n.is_finite().then_some(n)
}

/// "null", "a string", "an object": for error messages.
pub(super) fn article(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Unknown => "an unknown value".to_string(),
        Value::List(_) => "a list".to_string(),
        Value::Map(_) => "an object".to_string(),
        other => format!("a {}", other.type_name()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{columns, err, ok};
    use crate::value::Value;

    #[test]
    fn arithmetic_converts_numeric_strings() {
        assert_eq!(ok("1 + 2 * 3"), Value::Number(7.0));
        assert_eq!(ok("\"5\" + 1"), Value::Number(6.0));
        assert_eq!(ok("var.num_str * 2"), Value::Number(10.0));
        assert_eq!(ok("7 % 3"), Value::Number(1.0));
        assert_eq!(ok("-7 % 3"), Value::Number(-1.0));
        assert_eq!(ok("7 / 2"), Value::Number(3.5));
        assert_eq!(ok("-var.count"), Value::Number(-3.0));
    }

    #[test]
    fn arithmetic_rejects_non_numbers_at_the_operand() {
        let d = err("1 + \"abc\"");
        assert_eq!(d.code, "invalid-operand");
        assert_eq!(columns(&d), (5, 10));
        assert_eq!(err("true + 1").code, "invalid-operand");
        assert_eq!(err("var.nullv - 1").code, "invalid-operand");
        assert_eq!(err("\"inf\" * 1").code, "invalid-operand");
    }

    #[test]
    fn division_by_zero_points_at_the_operation() {
        let d = err("var.count + 10 / (2 - 2)");
        assert_eq!(d.code, "division-by-zero");
        assert_eq!(columns(&d), (13, 25));
        assert_eq!(err("5 % 0").code, "division-by-zero");
    }

    #[test]
    fn comparisons_and_equality() {
        assert_eq!(ok("1 < 2"), Value::Bool(true));
        assert_eq!(ok("\"10\" >= 9"), Value::Bool(true));
        assert_eq!(ok("1 == 1.0"), Value::Bool(true));
        assert_eq!(ok("\"1\" == 1"), Value::Bool(false));
        assert_eq!(ok("[1, 2] == [1, 2]"), Value::Bool(true));
        assert_eq!(ok("var.list == [\"a\", \"b\", \"c\"]"), Value::Bool(true));
        assert_eq!(ok("{a = 1} != {a = 2}"), Value::Bool(true));
        assert_eq!(ok("var.nullv == null"), Value::Bool(true));
        assert_eq!(err("\"a\" < \"b\"").code, "invalid-operand");
    }

    #[test]
    fn logical_operators_short_circuit() {
        assert_eq!(ok("false && var.undeclared"), Value::Bool(false));
        assert_eq!(ok("true || 1/0 == 1"), Value::Bool(true));
        assert_eq!(ok("true && \"true\""), Value::Bool(true));
        assert_eq!(ok("!var.flag || false"), Value::Bool(false));
        assert_eq!(err("true && var.undeclared").code, "invalid-reference");
        assert_eq!(err("1 && true").code, "invalid-operand");
    }

    #[test]
    fn unknown_propagates_through_operators() {
        assert_eq!(ok("var.unknown + 1"), Value::Unknown);
        assert_eq!(ok("-var.unknown"), Value::Unknown);
        assert_eq!(ok("!var.unknown"), Value::Unknown);
        assert_eq!(ok("var.unknown == 1"), Value::Unknown);
        assert_eq!(ok("[var.unknown] == [1]"), Value::Unknown);
        assert_eq!(ok("var.unknown < 1"), Value::Unknown);
        assert_eq!(ok("var.unknown && true"), Value::Unknown);
        assert_eq!(ok("true && var.unknown"), Value::Unknown);
        assert_eq!(ok("false && var.unknown"), Value::Bool(false));
        assert_eq!(ok("var.unknown && false"), Value::Bool(false));
        assert_eq!(ok("var.unknown || true"), Value::Bool(true));
        assert_eq!(ok("var.unknown / 0"), Value::Unknown);
    }
}

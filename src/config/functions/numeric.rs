//! Number functions. Terraform computes with arbitrary precision; amplan
//! uses `f64`, which is exact for the counts, ports and prefix lengths that
//! configurations compute with.

use super::args::{self, arg, call_error, element_error, invalid, number, to_number};
use super::Outcome;
use crate::value::Value;

/// Terraform refuses to build a `range` longer than this.
const MAX_RANGE: usize = 1024;

fn finite(n: f64) -> Outcome {
    if n.is_finite() {
        Ok(Value::Number(n))
    } else {
        Err(call_error("the result is not a finite number"))
    }
}

pub(super) fn abs(args: &[Value]) -> Outcome {
    finite(number(args, 0)?.abs())
}

pub(super) fn ceil(args: &[Value]) -> Outcome {
    finite(number(args, 0)?.ceil())
}

pub(super) fn floor(args: &[Value]) -> Outcome {
    finite(number(args, 0)?.floor())
}

pub(super) fn signum(args: &[Value]) -> Outcome {
    let n = number(args, 0)?;
    finite(if n == 0.0 { 0.0 } else { n.signum() })
}

pub(super) fn pow(args: &[Value]) -> Outcome {
    finite(number(args, 0)?.powf(number(args, 1)?))
}

/// `log(number, base)`.
pub(super) fn log(args: &[Value]) -> Outcome {
    finite(number(args, 0)?.ln() / number(args, 1)?.ln())
}

pub(super) fn max(args: &[Value]) -> Outcome {
    extreme(args, f64::max)
}

pub(super) fn min(args: &[Value]) -> Outcome {
    extreme(args, f64::min)
}

fn extreme(args: &[Value], pick: fn(f64, f64) -> f64) -> Outcome {
    let mut best = number(args, 0)?;
    for index in 1..args.len() {
        best = pick(best, number(args, index)?);
    }
    finite(best)
}

pub(super) fn sum(args: &[Value]) -> Outcome {
    let items = args::list(args, 0)?;
    if items.is_empty() {
        return Err(invalid(0, "cannot sum an empty list"));
    }

    let mut total = 0.0;
    for (i, item) in items.iter().enumerate() {
        total += to_number(item).ok_or_else(|| element_error(0, i, "number", item))?;
    }
    finite(total)
}

/// `range(limit)`, `range(start, limit)` or `range(start, limit, step)`.
pub(super) fn range(args: &[Value]) -> Outcome {
    let (start, limit) = match args.len() {
        1 => (0.0, number(args, 0)?),
        _ => (number(args, 0)?, number(args, 1)?),
    };
    let step = match args.len() {
        3 => number(args, 2)?,
        _ if limit < start => -1.0,
        _ => 1.0,
    };
    if step == 0.0 {
        return Err(invalid(2, "step must not be zero"));
    }

    let mut values = Vec::new();
    let mut current = start;
    while (step > 0.0 && current < limit) || (step < 0.0 && current > limit) {
        if values.len() == MAX_RANGE {
            return Err(call_error(format!("more than {MAX_RANGE} values were generated; either decrease the difference between start and limit or use a smaller step")));
        }
        values.push(Value::Number(current));
        current = start + step * values.len() as f64;
    }
    Ok(Value::List(values))
}

/// Parses an integer written in any base from 2 to 62.
pub(super) fn parseint(args: &[Value]) -> Outcome {
    let text = match arg(args, 0) {
        Value::String(s) => s.clone(),
        other => return Err(args::type_error(0, "string", other)),
    };
    let base = args::integer(args, 1)?;
    if !(2..=62).contains(&base) {
        return Err(invalid(
            1,
            "base must be a whole number between 2 and 62 inclusive",
        ));
    }

    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    if digits.is_empty() {
        return Err(invalid(
            0,
            format!("cannot parse `{text}` as a base {base} integer"),
        ));
    }
    let mut total = 0.0f64;
    for c in digits.chars() {
        let digit = digit_value(c, base as u32)
            .ok_or_else(|| invalid(0, format!("cannot parse `{text}` as a base {base} integer")))?;
        total = total * base as f64 + digit as f64;
    }
    finite(if negative { -total } else { total })
}

/// Go's digit values: case-insensitive letters up to base 36, then lower
/// case for 10 to 35 and upper case for 36 to 61.
fn digit_value(c: char, base: u32) -> Option<u32> {
    let value = match c {
        '0'..='9' => c as u32 - '0' as u32,
        'a'..='z' => c as u32 - 'a' as u32 + 10,
        'A'..='Z' if base <= 36 => c as u32 - 'A' as u32 + 10,
        'A'..='Z' => c as u32 - 'A' as u32 + 36,
        _ => return None,
    };
    (value < base).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::super::FunctionErrorKind;
    use crate::value::Value;

    fn n(v: f64) -> Value {
        Value::Number(v)
    }

    fn nums(items: &[f64]) -> Value {
        Value::List(items.iter().map(|i| n(*i)).collect())
    }

    #[test]
    fn arithmetic_functions() {
        assert_eq!(run("abs", vec![n(-2.5)]), Ok(n(2.5)));
        assert_eq!(run("ceil", vec![n(4.1)]), Ok(n(5.0)));
        assert_eq!(run("floor", vec![Value::from("4.9")]), Ok(n(4.0)));
        assert_eq!(run("signum", vec![n(-7.0)]), Ok(n(-1.0)));
        assert_eq!(run("signum", vec![n(0.0)]), Ok(n(0.0)));
        assert_eq!(run("pow", vec![n(2.0), n(10.0)]), Ok(n(1024.0)));
        assert_eq!(
            run("pow", vec![n(10.0), n(400.0)]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
        assert_eq!(
            run("max", vec![n(1.0), Value::from("7"), n(3.0)]),
            Ok(n(7.0))
        );
        assert_eq!(run("min", vec![n(1.0), n(-7.0)]), Ok(n(-7.0)));
        assert_eq!(run("log", vec![n(8.0), n(2.0)]), Ok(n(3.0)));
        assert_eq!(
            run("log", vec![n(0.0), n(2.0)]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
        assert_eq!(
            run("max", vec![n(1.0), Value::from("x")]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(1)
        );
    }

    #[test]
    fn sum_adds_and_rejects_empty_lists() {
        assert_eq!(run("sum", vec![nums(&[1.0, 2.5])]), Ok(n(3.5)));
        assert_eq!(
            run("sum", vec![nums(&[])]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn range_follows_terraform_directions() {
        assert_eq!(run("range", vec![n(3.0)]), Ok(nums(&[0.0, 1.0, 2.0])));
        assert_eq!(
            run("range", vec![n(4.0), n(1.0)]),
            Ok(nums(&[4.0, 3.0, 2.0]))
        );
        assert_eq!(
            run("range", vec![n(1.0), n(8.0), n(3.0)]),
            Ok(nums(&[1.0, 4.0, 7.0]))
        );
        assert_eq!(run("range", vec![n(0.0), n(3.0), n(-1.0)]), Ok(nums(&[])));
        assert_eq!(run("range", vec![n(0.0)]), Ok(nums(&[])));
        assert_eq!(
            run("range", vec![n(0.0), n(1.0), n(0.0)]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(2)
        );
    }

    #[test]
    fn range_is_bounded() {
        assert_eq!(
            run("range", vec![n(1e300)]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
        assert_eq!(
            run("range", vec![n(1024.0)]).map(|v| v.as_items().map(<[Value]>::len)),
            Ok(Some(1024))
        );
    }

    #[test]
    fn parseint_handles_bases() {
        assert_eq!(
            run("parseint", vec![Value::from("FF"), n(16.0)]),
            Ok(n(255.0))
        );
        assert_eq!(
            run("parseint", vec![Value::from("-1010"), n(2.0)]),
            Ok(n(-10.0))
        );
        assert_eq!(
            run("parseint", vec![Value::from("aA"), n(62.0)]),
            Ok(n(10.0 * 62.0 + 36.0))
        );
        assert_eq!(
            run("parseint", vec![Value::from("12"), n(2.0)])
                .unwrap_err()
                .kind,
            FunctionErrorKind::InvalidArgument(0)
        );
        assert_eq!(
            run("parseint", vec![Value::from("1"), n(63.0)])
                .unwrap_err()
                .kind,
            FunctionErrorKind::InvalidArgument(1)
        );
        assert_eq!(
            run("parseint", vec![n(12.0), n(10.0)]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }
}

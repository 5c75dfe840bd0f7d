//! `format` and `formatlist`: Terraform's printf-like verbs.
//!
//! Supported: `%%`, `%v` (`%#v` for JSON), `%s`, `%q`, `%t`, `%d`, `%b`,
//! `%o`, `%x`, `%X`, `%f`, `%e`, `%E`, `%g`, `%G`, the flags `-+ 0#`, a
//! width, a precision and explicit argument indexes like `%[2]s`. As in
//! Terraform, every argument must be used.

use std::iter::Peekable;
use std::str::Chars;

use super::args::{self, call_error, invalid, string, to_number, to_str};
use super::{FunctionError, Outcome};
use crate::value::{format_number, Value};

pub(super) fn format(args: &[Value]) -> Outcome {
    let template = string(args, 0)?;
    render(&template, &args[1..]).map(Value::String)
}

/// Formats once per element of the list arguments; other arguments repeat.
pub(super) fn formatlist(args: &[Value]) -> Outcome {
    let template = string(args, 0)?;
    let mut length: Option<(usize, usize)> = None;
    for (index, value) in args.iter().enumerate().skip(1) {
        let Some(items) = value.as_items() else {
            continue;
        };
        match length {
            Some((n, first)) if n != items.len() => {
                return Err(invalid(index, format!("argument {index} has length {}, which is inconsistent with length {n} of argument {first}", items.len())));
            }
            _ => length = Some((items.len(), index)),
        }
    }

    let rows = length.map_or(1, |(n, _)| n);
    let mut results = Vec::with_capacity(rows);
    for row in 0..rows {
        let values: Vec<Value> = args[1..]
            .iter()
            .map(|v| {
                v.as_items()
                    .map_or_else(|| v.clone(), |items| items[row].clone())
            })
            .collect();
        results.push(Value::String(render(&template, &values)?));
    }
    Ok(Value::List(results))
}

#[derive(Debug, Default)]
struct Spec {
    minus: bool,
    plus: bool,
    space: bool,
    zero: bool,
    sharp: bool,
    width: Option<usize>,
    precision: Option<usize>,
    verb: char,
}

/// Renders a format string; `values[i]` is function argument `i + 1`.
fn render(template: &str, values: &[Value]) -> Result<String, FunctionError> {
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    let mut next = 0;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            out.push('%');
            continue;
        }

        let spec = parse_spec(&mut chars, &mut next)?;
        let value = values
            .get(next)
            .ok_or_else(|| call_error(format!("not enough arguments for `%{}`", spec.verb)))?;
        out.push_str(&format_value(&spec, value, next + 1)?);
        next += 1;
    }
    // Terraform counts from where the last verb left off, even after `%[n]`.
    if next < values.len() {
        return Err(call_error(format!(
            "too many arguments; only {next} used by the format string"
        )));
    }
    Ok(out)
}

/// Reads flags, an optional `[n]` index, width, precision and the verb.
fn parse_spec(chars: &mut Peekable<Chars>, next: &mut usize) -> Result<Spec, FunctionError> {
    let mut spec = Spec::default();
    while let Some(&c) = chars.peek() {
        match c {
            '-' => spec.minus = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '0' => spec.zero = true,
            '#' => spec.sharp = true,
            _ => break,
        }
        chars.next();
    }
    explicit_index(chars, next)?;
    spec.width = digits(chars);
    if chars.peek() == Some(&'.') {
        chars.next();
        spec.precision = Some(digits(chars).unwrap_or(0));
    }
    explicit_index(chars, next)?;
    spec.verb = chars
        .next()
        .ok_or_else(|| invalid(0, "the format string ends with an incomplete verb"))?;
    Ok(spec)
}

/// `[n]` selects argument n (1-based) for this verb; later verbs continue from it.
fn explicit_index(chars: &mut Peekable<Chars>, next: &mut usize) -> Result<(), FunctionError> {
    if chars.peek() != Some(&'[') {
        return Ok(());
    }
    chars.next();
    let n = digits(chars).filter(|n| *n > 0);
    match (n, chars.next()) {
        (Some(n), Some(']')) => {
            *next = n - 1;
            Ok(())
        }
        _ => Err(invalid(0, "invalid argument index in the format string")),
    }
}

fn digits(chars: &mut Peekable<Chars>) -> Option<usize> {
    let mut number: Option<usize> = None;
    while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
        chars.next();
        number = Some(
            number
                .unwrap_or(0)
                .saturating_mul(10)
                .saturating_add(d as usize)
                .min(1 << 16),
        );
    }
    number
}

fn format_value(spec: &Spec, value: &Value, index: usize) -> Result<String, FunctionError> {
    let unsupported = || {
        invalid(
            index,
            format!(
                "unsupported value for `%{}`: {} given",
                spec.verb,
                value.type_name()
            ),
        )
    };
    if value.is_null() && spec.verb != 'v' {
        return Err(invalid(
            index,
            format!(
                "unsupported value for `%{}`: null value cannot be formatted",
                spec.verb
            ),
        ));
    }
    let text = match spec.verb {
        'v' if spec.sharp => json(value),
        'v' => match value {
            Value::String(s) => s.clone(),
            Value::List(_) | Value::Set(_) | Value::Map(_) => json(value),
            other => other.to_string(),
        },
        's' => {
            let text = to_str(value).ok_or_else(unsupported)?;
            spec.precision
                .map_or(text.clone(), |p| text.chars().take(p).collect())
        }
        'q' => json(&Value::String(to_str(value).ok_or_else(unsupported)?)),
        't' => args::boolean(std::slice::from_ref(value), 0)
            .map_err(|_| unsupported())?
            .to_string(),
        'd' | 'b' | 'o' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
            let n = to_number(value).ok_or_else(unsupported)?;
            return number(spec, n, index);
        }
        verb => return Err(invalid(0, format!("unsupported format verb `%{verb}`"))),
    };
    Ok(pad(spec, "", &text, false))
}

fn json(value: &Value) -> String {
    value.to_json().to_string()
}

/// Formats a number: integer verbs need a whole number.
fn number(spec: &Spec, n: f64, index: usize) -> Result<String, FunctionError> {
    let magnitude = n.abs();
    let digits = match spec.verb {
        'd' | 'b' | 'o' | 'x' | 'X' => {
            if n.fract() != 0.0 || magnitude >= 1.8e19 {
                return Err(invalid(
                    index,
                    format!(
                        "`%{}` requires a whole number, got {}",
                        spec.verb,
                        format_number(n)
                    ),
                ));
            }
            let whole = magnitude as u64;
            match spec.verb {
                'b' => format!("{whole:b}"),
                'o' => format!("{whole:o}"),
                'x' => format!("{whole:x}"),
                'X' => format!("{whole:X}"),
                _ => whole.to_string(),
            }
        }
        'e' | 'E' => exponent(magnitude, spec.precision.unwrap_or(6), spec.verb == 'E'),
        'g' | 'G' => general(magnitude, spec.precision, spec.verb == 'G'),
        _ => format!("{magnitude:.*}", spec.precision.unwrap_or(6)),
    };

    let sign = match (n.is_sign_negative() && n != 0.0, spec.plus, spec.space) {
        (true, _, _) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    };
    Ok(pad(spec, sign, &digits, true))
}

/// Go's `%e`: `1.500000e+03`, with at least two exponent digits.
fn exponent(n: f64, precision: usize, upper: bool) -> String {
    let rust = format!("{n:.precision$e}");
    let (mantissa, exp) = rust.split_once('e').unwrap_or((&rust, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}{e}{sign}{:02}", exp.abs())
}

/// Go's `%g`: the shorter of `%e` and `%f`.
fn general(n: f64, precision: Option<usize>, upper: bool) -> String {
    let exp = if n == 0.0 {
        0
    } else {
        n.log10().floor() as i32
    };
    let limit = precision.map_or(21, |p| p.max(1) as i32);
    if exp < -4 || exp >= limit {
        let text = exponent(n, precision.map_or(16, |p| p.max(1) - 1), upper);
        return trim_mantissa(&text, upper);
    }
    match precision {
        Some(p) => {
            let decimals = (p.max(1) as i32 - 1 - exp).max(0) as usize;
            let text = format!("{n:.decimals$}");
            if text.contains('.') {
                text.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                text
            }
        }
        None => format!("{n}"),
    }
}

fn trim_mantissa(text: &str, upper: bool) -> String {
    let e = if upper { 'E' } else { 'e' };
    let (mantissa, exp) = text.split_once(e).unwrap_or((text, ""));
    let mantissa = if mantissa.contains('.') {
        mantissa.trim_end_matches('0').trim_end_matches('.')
    } else {
        mantissa
    };
    format!("{mantissa}{e}{exp}")
}

/// Pads to the width: left-justified with `-`; numbers zero-filled after the sign with `0`.
fn pad(spec: &Spec, sign: &str, body: &str, numeric: bool) -> String {
    let len = sign.chars().count() + body.chars().count();
    let fill = spec.width.unwrap_or(0).saturating_sub(len);
    if spec.minus {
        format!("{sign}{body}{}", " ".repeat(fill))
    } else if spec.zero && numeric {
        format!("{sign}{}{body}", "0".repeat(fill))
    } else {
        format!("{}{sign}{body}", " ".repeat(fill))
    }
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

    fn format(template: &str, args: Vec<Value>) -> Result<Value, FunctionErrorKind> {
        let mut all = vec![s(template)];
        all.extend(args);
        run("format", all).map_err(|e| e.kind)
    }

    #[test]
    fn string_and_default_verbs() {
        assert_eq!(
            format("Hello, %s!", vec![s("Ander")]),
            Ok(s("Hello, Ander!"))
        );
        assert_eq!(
            format("%s-%s", vec![n(1.0), Value::Bool(true)]),
            Ok(s("1-true"))
        );
        assert_eq!(format("%q", vec![s("a\"b")]), Ok(s(r#""a\"b""#)));
        assert_eq!(format("%v %v", vec![s("x"), n(2.5)]), Ok(s("x 2.5")));
        assert_eq!(
            format("%v", vec![Value::List(vec![n(1.0), s("a")])]),
            Ok(s(r#"[1,"a"]"#))
        );
        assert_eq!(format("%#v", vec![s("x")]), Ok(s(r#""x""#)));
        assert_eq!(format("%t", vec![Value::Bool(false)]), Ok(s("false")));
        assert_eq!(format("100%%", vec![]), Ok(s("100%")));
        assert_eq!(format("%.3s", vec![s("abcdef")]), Ok(s("abc")));
    }

    #[test]
    fn number_verbs() {
        assert_eq!(format("%d", vec![s("42")]), Ok(s("42")));
        assert_eq!(
            format("%03d|%-4d|%+d", vec![n(7.0), n(7.0), n(7.0)]),
            Ok(s("007|7   |+7"))
        );
        assert_eq!(format("%05d", vec![n(-42.0)]), Ok(s("-0042")));
        assert_eq!(format("%.2f", vec![n(1.23456)]), Ok(s("1.23")));
        assert_eq!(format("%f", vec![n(1.0)]), Ok(s("1.000000")));
        assert_eq!(
            format("%x %X %o %b", vec![n(255.0), n(255.0), n(8.0), n(5.0)]),
            Ok(s("ff FF 10 101"))
        );
        assert_eq!(format("%e", vec![n(1500.0)]), Ok(s("1.500000e+03")));
        assert_eq!(format("%g", vec![n(0.5)]), Ok(s("0.5")));
        assert_eq!(format("%6.2f", vec![n(1.23456)]), Ok(s("  1.23")));
    }

    #[test]
    fn explicit_indexes_and_width() {
        assert_eq!(
            format("%[2]s %[1]s %[2]s", vec![s("a"), s("b")]),
            Ok(s("b a b"))
        );
        assert_eq!(
            format("%[2]s %[1]s", vec![s("a"), s("b")]),
            Err(FunctionErrorKind::Call)
        );
        assert_eq!(format("%[2]v", vec![s("a"), s("b")]), Ok(s("b")));
        assert_eq!(
            format("%5s|%-5s|", vec![s("ab"), s("cd")]),
            Ok(s("   ab|cd   |"))
        );
    }

    #[test]
    fn format_errors_name_the_bad_argument() {
        assert_eq!(
            format("%d", vec![n(1.5)]),
            Err(FunctionErrorKind::InvalidArgument(1))
        );
        assert_eq!(
            format("%s %d", vec![s("a"), s("x")]),
            Err(FunctionErrorKind::InvalidArgument(2))
        );
        assert_eq!(
            format("%s", vec![Value::List(vec![])]),
            Err(FunctionErrorKind::InvalidArgument(1))
        );
        assert_eq!(
            format("%s", vec![Value::Null]),
            Err(FunctionErrorKind::InvalidArgument(1))
        );
        assert_eq!(format("%s %s", vec![s("a")]), Err(FunctionErrorKind::Call));
        assert_eq!(
            format("%s", vec![s("a"), s("b")]),
            Err(FunctionErrorKind::Call)
        );
        assert_eq!(
            format("%z", vec![s("a")]),
            Err(FunctionErrorKind::InvalidArgument(0))
        );
        assert_eq!(
            format("abc%", vec![]),
            Err(FunctionErrorKind::InvalidArgument(0))
        );
        assert_eq!(format("%s", vec![Value::Unknown]), Ok(Value::Unknown));
    }

    #[test]
    fn formatlist_repeats_scalars_along_lists() {
        let names = Value::List(vec![s("a"), s("b")]);
        let got = run("formatlist", vec![s("%s=%s"), names, s("x")]);
        assert_eq!(got, Ok(Value::List(vec![s("a=x"), s("b=x")])));
        let got = run("formatlist", vec![s("%s"), s("only")]);
        assert_eq!(got, Ok(Value::List(vec![s("only")])));
        let err = run(
            "formatlist",
            vec![s("%s%s"), Value::List(vec![s("a")]), Value::List(vec![])],
        )
        .unwrap_err();
        assert_eq!(err.kind, FunctionErrorKind::InvalidArgument(2));
    }
}

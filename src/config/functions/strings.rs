//! String functions. Offsets and lengths count Unicode scalar values, where
//! Terraform counts grapheme clusters; the two agree for the names, tags and
//! addresses that configurations manipulate.

use super::args::{self, invalid, string, string_list};
use super::{regexes, Outcome};
use crate::value::Value;

pub(super) fn upper(args: &[Value]) -> Outcome {
    Ok(string(args, 0)?.to_uppercase().into())
}

pub(super) fn lower(args: &[Value]) -> Outcome {
    Ok(string(args, 0)?.to_lowercase().into())
}

pub(super) fn strrev(args: &[Value]) -> Outcome {
    Ok(string(args, 0)?.chars().rev().collect::<String>().into())
}

pub(super) fn trimspace(args: &[Value]) -> Outcome {
    Ok(string(args, 0)?.trim().into())
}

/// Removes every trailing line break, whatever its style.
pub(super) fn chomp(args: &[Value]) -> Outcome {
    Ok(string(args, 0)?.trim_end_matches(['\n', '\r']).into())
}

/// Removes any of the characters in the cut set from both ends.
pub(super) fn trim(args: &[Value]) -> Outcome {
    let text = string(args, 0)?;
    let cutset: Vec<char> = string(args, 1)?.chars().collect();

    Ok(text.trim_matches(|c| cutset.contains(&c)).into())
}

pub(super) fn trimprefix(args: &[Value]) -> Outcome {
    let text = string(args, 0)?;
    let prefix = string(args, 1)?;
    Ok(text.strip_prefix(prefix.as_str()).unwrap_or(&text).into())
}

pub(super) fn trimsuffix(args: &[Value]) -> Outcome {
    let text = string(args, 0)?;
    let suffix = string(args, 1)?;
    Ok(text.strip_suffix(suffix.as_str()).unwrap_or(&text).into())
}

pub(super) fn startswith(args: &[Value]) -> Outcome {
    Ok(string(args, 0)?
        .starts_with(string(args, 1)?.as_str())
        .into())
}

pub(super) fn endswith(args: &[Value]) -> Outcome {
    Ok(string(args, 0)?.ends_with(string(args, 1)?.as_str()).into())
}

pub(super) fn strcontains(args: &[Value]) -> Outcome {
    Ok(string(args, 0)?.contains(string(args, 1)?.as_str()).into())
}

/// Upper-cases the first letter of each word, as Go's `strings.Title` does.
pub(super) fn title(args: &[Value]) -> Outcome {
    let mut after_separator = true;
    let titled = string(args, 0)?
        .chars()
        .map(|c| {
            let out = if after_separator {
                c.to_uppercase().to_string()
            } else {
                c.to_string()
            };
            after_separator = is_word_separator(c);
            out
        })
        .collect::<String>();
    Ok(titled.into())
}

/// Go's rule: ASCII punctuation and any white space separate words.
fn is_word_separator(c: char) -> bool {
    if c.is_ascii() {
        !(c.is_ascii_alphanumeric() || c == '_')
    } else {
        !c.is_alphanumeric() && c.is_whitespace()
    }
}

/// Indents every line but the first by the given number of spaces.
pub(super) fn indent(args: &[Value]) -> Outcome {
    let spaces = args::integer(args, 0)?;
    let text = string(args, 1)?;
    if !(0..=1024).contains(&spaces) {
        return Err(invalid(0, "indentation must be between 0 and 1024 spaces"));
    }

    let pad = " ".repeat(spaces as usize);
    Ok(text.replace('\n', &format!("\n{pad}")).into())
}

/// Escapes for a URL query, as Go's `url.QueryEscape` does.
pub(super) fn urlencode(args: &[Value]) -> Outcome {
    let mut out = String::new();
    for byte in string(args, 0)?.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    Ok(out.into())
}

/// Replaces a substring, or a regular expression written as `/re/`.
pub(super) fn replace(args: &[Value]) -> Outcome {
    let text = string(args, 0)?;
    let search = string(args, 1)?;
    let replacement = string(args, 2)?;

    let pattern = search.strip_prefix('/').and_then(|s| s.strip_suffix('/'));
    match pattern {
        Some(pattern) if search.len() > 1 => {
            let re = regexes::compile(pattern, 1)?;
            Ok(re
                .replace_all(&text, replacement.as_str())
                .into_owned()
                .into())
        }
        _ => Ok(text.replace(&search, &replacement).into()),
    }
}

/// Splits by a separator; an empty separator splits into characters.
pub(super) fn split(args: &[Value]) -> Outcome {
    let separator = string(args, 0)?;
    let text = string(args, 1)?;

    let parts: Vec<Value> = if separator.is_empty() {
        text.chars().map(|c| Value::String(c.to_string())).collect()
    } else {
        text.split(separator.as_str()).map(Value::from).collect()
    };
    Ok(Value::List(parts))
}

/// Joins the elements of one or more lists.
pub(super) fn join(args: &[Value]) -> Outcome {
    let separator = string(args, 0)?;
    let mut parts = Vec::new();
    for index in 1..args.len() {
        parts.extend(string_list(args, index)?);
    }
    Ok(parts.join(&separator).into())
}

/// Terraform's `substr`: a negative offset counts from the end and clamps at
/// the start, an offset past the end gives `""`, a negative length means
/// "the rest".
pub(super) fn substr(args: &[Value]) -> Outcome {
    let chars: Vec<char> = string(args, 0)?.chars().collect();
    let offset = args::integer(args, 1)?;
    let length = args::integer(args, 2)?;

    let total = chars.len() as i64;
    let start = if offset < 0 {
        (total + offset).max(0)
    } else {
        offset.min(total)
    };
    let end = if length < 0 {
        total
    } else {
        start.saturating_add(length).min(total)
    };
    Ok(chars[start as usize..end as usize]
        .iter()
        .collect::<String>()
        .into())
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::super::FunctionErrorKind;
    use crate::value::Value;

    fn s(text: &str) -> Value {
        Value::from(text)
    }

    fn list(items: &[&str]) -> Value {
        Value::List(items.iter().map(|i| s(i)).collect())
    }

    #[test]
    fn case_functions_are_unicode_aware() {
        assert_eq!(run("upper", vec![s("straße")]), Ok(s("STRASSE")));
        assert_eq!(run("lower", vec![s("ÀB")]), Ok(s("àb")));
        assert_eq!(
            run("title", vec![s("hello world-wide o'neil")]),
            Ok(s("Hello World-Wide O'Neil"))
        );
        assert_eq!(run("strrev", vec![s("añb")]), Ok(s("bña")));
    }

    #[test]
    fn trimming_functions() {
        assert_eq!(run("trimspace", vec![s("  x \n")]), Ok(s("x")));
        assert_eq!(run("chomp", vec![s("x\r\n\n")]), Ok(s("x")));
        assert_eq!(run("trim", vec![s("?!hello?!"), s("!?")]), Ok(s("hello")));
        assert_eq!(
            run("trimprefix", vec![s("helloworld"), s("hello")]),
            Ok(s("world"))
        );
        assert_eq!(
            run("trimsuffix", vec![s("helloworld"), s("world")]),
            Ok(s("hello"))
        );
        assert_eq!(run("trimprefix", vec![s("abc"), s("x")]), Ok(s("abc")));
    }

    #[test]
    fn predicates() {
        assert_eq!(
            run("startswith", vec![s("hello"), s("he")]),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            run("endswith", vec![s("hello"), s("he")]),
            Ok(Value::Bool(false))
        );
        assert_eq!(
            run("strcontains", vec![s("hello"), s("ll")]),
            Ok(Value::Bool(true))
        );
    }

    #[test]
    fn replace_handles_substrings_and_regexes() {
        assert_eq!(
            run("replace", vec![s("1 + 2 + 3"), s("+"), s("-")]),
            Ok(s("1 - 2 - 3"))
        );
        assert_eq!(
            run(
                "replace",
                vec![s("hello world"), s("/w(.*)d/"), s("W${1}D")]
            ),
            Ok(s("hello WorlD"))
        );
        assert_eq!(run("replace", vec![s("a/b"), s("/"), s("-")]), Ok(s("a-b")));
        let err = run("replace", vec![s("x"), s("/(/"), s("y")]).unwrap_err();
        assert_eq!(err.kind, FunctionErrorKind::InvalidArgument(1));
    }

    #[test]
    fn split_and_join_round_trip() {
        assert_eq!(
            run("split", vec![s(","), s("a,b,,c")]),
            Ok(list(&["a", "b", "", "c"]))
        );
        assert_eq!(run("split", vec![s(","), s("")]), Ok(list(&[""])));
        assert_eq!(run("split", vec![s(""), s("ab")]), Ok(list(&["a", "b"])));
        let joined = run(
            "join",
            vec![
                s("-"),
                list(&["a", "b"]),
                Value::List(vec![Value::Number(1.0)]),
            ],
        );
        assert_eq!(joined, Ok(s("a-b-1")));
    }

    #[test]
    fn join_rejects_null_elements_with_the_argument_index() {
        let err = run(
            "join",
            vec![s(","), list(&["a"]), Value::List(vec![Value::Null])],
        )
        .unwrap_err();
        assert_eq!(err.kind, FunctionErrorKind::InvalidArgument(2));
    }

    #[test]
    fn substr_follows_terraform_offsets() {
        let hello = || s("hello world");
        let n = |v: f64| Value::Number(v);
        assert_eq!(run("substr", vec![hello(), n(1.0), n(4.0)]), Ok(s("ello")));
        assert_eq!(
            run("substr", vec![hello(), n(-5.0), n(-1.0)]),
            Ok(s("world"))
        );
        assert_eq!(
            run("substr", vec![hello(), n(6.0), n(10.0)]),
            Ok(s("world"))
        );
        assert_eq!(run("substr", vec![hello(), n(40.0), n(2.0)]), Ok(s("")));
        assert_eq!(run("substr", vec![hello(), n(-40.0), n(2.0)]), Ok(s("he")));
        assert_eq!(run("substr", vec![s("🤔🤷"), n(0.0), n(1.0)]), Ok(s("🤔")));
        assert_eq!(
            run("substr", vec![hello(), n(1.5), n(1.0)])
                .unwrap_err()
                .kind,
            FunctionErrorKind::InvalidArgument(1)
        );
    }

    #[test]
    fn indent_pads_following_lines() {
        assert_eq!(
            run("indent", vec![Value::Number(2.0), s("a\nb\n")]),
            Ok(s("a\n  b\n  "))
        );
        assert_eq!(
            run("indent", vec![Value::Number(-1.0), s("a")])
                .unwrap_err()
                .kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }

    #[test]
    fn urlencode_escapes_like_go() {
        assert_eq!(
            run("urlencode", vec![s("Hello World!")]),
            Ok(s("Hello+World%21"))
        );
        assert_eq!(
            run("urlencode", vec![s("a/b?c=é")]),
            Ok(s("a%2Fb%3Fc%3D%C3%A9"))
        );
    }

    #[test]
    fn string_functions_convert_numbers() {
        assert_eq!(run("upper", vec![Value::Number(12.0)]), Ok(s("12")));
        assert_eq!(
            run("upper", vec![Value::Null]).unwrap_err().kind,
            FunctionErrorKind::InvalidArgument(0)
        );
    }
}

//! Terraform's built-in function library, applied to evaluated [`Value`]s.
//!
//! [`call`] looks a function up by name, checks its arity and, for most
//! functions, answers [`Value::Unknown`] as soon as an argument is not wholly
//! known, as Terraform does at plan time. Functions that can say something
//! useful about partly unknown values (`length`, `merge`, `coalesce`, ...)
//! handle unknowns themselves. `try` and `can` need unevaluated expressions,
//! so the evaluator implements them; asking this module for them is an error.

mod args;
mod cidr;
mod collections;
mod encoding;
mod files;
mod format;
mod numeric;
mod regexes;
mod sets;
mod strings;

use std::path::PathBuf;

use crate::config::eval::MAX_STRING_BYTES;
use crate::value::Value;

/// What functions need from their surroundings.
#[derive(Debug, Clone, Default)]
pub struct FunctionContext {
    /// The module directory: `file` and `templatefile` read relative to it.
    pub base_dir: PathBuf,
}

/// Why a function call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FunctionErrorKind {
    /// No function of that name exists.
    UnknownFunction,
    /// The argument at this 0-based position is wrong.
    InvalidArgument(usize),
    /// The call is wrong as a whole (arity, or a failure inside).
    Call,
}

/// A failed function call: what kind of failure, and a lowercase message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionError {
    pub kind: FunctionErrorKind,
    pub message: String,
}

/// Calls the Terraform function `name` with evaluated arguments.
pub fn call(name: &str, args: Vec<Value>, ctx: &FunctionContext) -> Result<Value, FunctionError> {
    let Some(spec) = lookup(name) else {
        return Err(FunctionError {
            kind: FunctionErrorKind::UnknownFunction,
            message: format!("call to unknown function `{name}`"),
        });
    };
    spec.arity.check(name, args.len())?;

    if spec.unknowns == Unknowns::Strict && !args.iter().all(Value::is_wholly_known) {
        return Ok(Value::Unknown);
    }
    let result = match spec.run {
        Run::Pure(run) => run(&args),
        Run::WithContext(run) => run(&args, ctx),
    };
    within_size(name, result)
}

/// Fails a string result longer than the evaluator allows a template to
/// build, so that `join`, `format` and the like cannot grow strings past it.
fn within_size(name: &str, result: Result<Value, FunctionError>) -> Result<Value, FunctionError> {
    match result {
        Ok(Value::String(s)) if s.len() > MAX_STRING_BYTES => Err(FunctionError {
            kind: FunctionErrorKind::Call,
            message: format!(
                "the result of `{name}` is longer than {} MiB",
                MAX_STRING_BYTES >> 20
            ),
        }),
        other => other,
    }
}

/// Whether `name` is a Terraform function amplan knows, including `try`
/// and `can`, which the evaluator implements itself.
pub fn exists(name: &str) -> bool {
    lookup(name).is_some()
}

/// How many arguments a function takes.
#[derive(Debug, Clone, Copy)]
enum Arity {
    Exactly(usize),
    Between(usize, usize),
    AtLeast(usize),
}

impl Arity {
    fn check(self, name: &str, given: usize) -> Result<(), FunctionError> {
        let (min, max) = match self {
            Arity::Exactly(n) => (n, Some(n)),
            Arity::Between(min, max) => (min, Some(max)),
            Arity::AtLeast(min) => (min, None),
        };
        if given >= min && max.is_none_or(|max| given <= max) {
            return Ok(());
        }
        let expected = match self {
            Arity::Exactly(n) => plural(n),
            Arity::Between(min, max) => format!("{min} to {max} arguments"),
            Arity::AtLeast(min) => format!("at least {}", plural(min)),
        };
        Err(args::call_error(format!(
            "function `{name}` expects {expected}, got {given}"
        )))
    }
}

fn plural(n: usize) -> String {
    if n == 1 {
        "1 argument".to_string()
    } else {
        format!("{n} arguments")
    }
}

/// Whether `call` short-circuits on unknown arguments or the function decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unknowns {
    Strict,
    Handled,
}

type Outcome = Result<Value, FunctionError>;

#[derive(Clone, Copy)]
enum Run {
    Pure(fn(&[Value]) -> Outcome),
    WithContext(fn(&[Value], &FunctionContext) -> Outcome),
}

#[derive(Clone, Copy)]
struct Spec {
    arity: Arity,
    unknowns: Unknowns,
    run: Run,
}

fn strict(arity: Arity, run: fn(&[Value]) -> Outcome) -> Spec {
    Spec {
        arity,
        unknowns: Unknowns::Strict,
        run: Run::Pure(run),
    }
}

fn handled(arity: Arity, run: fn(&[Value]) -> Outcome) -> Spec {
    Spec {
        arity,
        unknowns: Unknowns::Handled,
        run: Run::Pure(run),
    }
}

fn with_context(
    arity: Arity,
    unknowns: Unknowns,
    run: fn(&[Value], &FunctionContext) -> Outcome,
) -> Spec {
    Spec {
        arity,
        unknowns,
        run: Run::WithContext(run),
    }
}

/// The function table.
fn lookup(name: &str) -> Option<Spec> {
    use Arity::{AtLeast, Between, Exactly};
    let spec = match name {
        // Strings.
        "chomp" => strict(Exactly(1), strings::chomp),
        "endswith" => strict(Exactly(2), strings::endswith),
        "format" => strict(AtLeast(1), format::format),
        "formatlist" => strict(AtLeast(1), format::formatlist),
        "indent" => strict(Exactly(2), strings::indent),
        "join" => strict(AtLeast(2), strings::join),
        "lower" => strict(Exactly(1), strings::lower),
        "regex" => strict(Exactly(2), regexes::regex),
        "regexall" => strict(Exactly(2), regexes::regexall),
        "replace" => strict(Exactly(3), strings::replace),
        "split" => strict(Exactly(2), strings::split),
        "startswith" => strict(Exactly(2), strings::startswith),
        "strcontains" => strict(Exactly(2), strings::strcontains),
        "strrev" => strict(Exactly(1), strings::strrev),
        "substr" => strict(Exactly(3), strings::substr),
        "title" => strict(Exactly(1), strings::title),
        "trim" => strict(Exactly(2), strings::trim),
        "trimprefix" => strict(Exactly(2), strings::trimprefix),
        "trimspace" => strict(Exactly(1), strings::trimspace),
        "trimsuffix" => strict(Exactly(2), strings::trimsuffix),
        "upper" => strict(Exactly(1), strings::upper),
        "urlencode" => strict(Exactly(1), strings::urlencode),

        // Collections.
        "alltrue" => handled(Exactly(1), collections::alltrue),
        "anytrue" => handled(Exactly(1), collections::anytrue),
        "chunklist" => handled(Exactly(2), collections::chunklist),
        "coalesce" => handled(AtLeast(1), collections::coalesce),
        "coalescelist" => handled(AtLeast(1), collections::coalescelist),
        "compact" => strict(Exactly(1), collections::compact),
        "concat" => handled(AtLeast(0), collections::concat),
        "contains" => strict(Exactly(2), collections::contains),
        "distinct" => strict(Exactly(1), collections::distinct),
        "element" => handled(Exactly(2), collections::element),
        "flatten" => handled(Exactly(1), collections::flatten),
        "index" => strict(Exactly(2), collections::index),
        "keys" => handled(Exactly(1), collections::keys),
        "length" => handled(Exactly(1), collections::length),
        "lookup" => handled(Between(2, 3), collections::lookup),
        "matchkeys" => strict(Exactly(3), collections::matchkeys),
        "merge" => handled(AtLeast(0), collections::merge),
        "one" => handled(Exactly(1), collections::one),
        "reverse" => handled(Exactly(1), collections::reverse),
        "slice" => handled(Exactly(3), collections::slice),
        "sort" => strict(Exactly(1), collections::sort),
        "transpose" => strict(Exactly(1), collections::transpose),
        "values" => handled(Exactly(1), collections::values),
        "zipmap" => handled(Exactly(2), collections::zipmap),

        // Sets.
        "setintersection" => strict(AtLeast(1), sets::setintersection),
        "setproduct" => strict(AtLeast(1), sets::setproduct),
        "setsubtract" => strict(Exactly(2), sets::setsubtract),
        "setunion" => strict(AtLeast(1), sets::setunion),

        // Numbers.
        "abs" => strict(Exactly(1), numeric::abs),
        "ceil" => strict(Exactly(1), numeric::ceil),
        "floor" => strict(Exactly(1), numeric::floor),
        "log" => strict(Exactly(2), numeric::log),
        "max" => strict(AtLeast(1), numeric::max),
        "min" => strict(AtLeast(1), numeric::min),
        "parseint" => strict(Exactly(2), numeric::parseint),
        "pow" => strict(Exactly(2), numeric::pow),
        "range" => strict(Between(1, 3), numeric::range),
        "signum" => strict(Exactly(1), numeric::signum),
        "sum" => strict(Exactly(1), numeric::sum),

        // Conversions and encodings.
        "base64decode" => strict(Exactly(1), encoding::base64decode),
        "base64encode" => strict(Exactly(1), encoding::base64encode),
        "base64sha256" => strict(Exactly(1), encoding::base64sha256),
        "base64sha512" => strict(Exactly(1), encoding::base64sha512),
        "jsondecode" => strict(Exactly(1), encoding::jsondecode),
        "jsonencode" => strict(Exactly(1), encoding::jsonencode),
        "md5" => strict(Exactly(1), encoding::md5),
        "issensitive" => handled(Exactly(1), encoding::issensitive),
        "nonsensitive" => handled(Exactly(1), encoding::identity),
        "sensitive" => handled(Exactly(1), encoding::identity),
        "sha256" => strict(Exactly(1), encoding::sha256),
        "sha512" => strict(Exactly(1), encoding::sha512),
        "timestamp" => handled(Exactly(0), encoding::after_apply),
        "tobool" => handled(Exactly(1), encoding::tobool),
        "tolist" => handled(Exactly(1), encoding::tolist),
        "tomap" => handled(Exactly(1), encoding::tomap),
        "tonumber" => handled(Exactly(1), encoding::tonumber),
        "toset" => handled(Exactly(1), encoding::toset),
        "tostring" => handled(Exactly(1), encoding::tostring),
        "uuid" => handled(Exactly(0), encoding::after_apply),
        "uuidv5" => strict(Exactly(2), encoding::uuidv5),

        // Networking.
        "cidrhost" => strict(Exactly(2), cidr::cidrhost),
        "cidrnetmask" => strict(Exactly(1), cidr::cidrnetmask),
        "cidrsubnet" => strict(Exactly(3), cidr::cidrsubnet),
        "cidrsubnets" => strict(AtLeast(1), cidr::cidrsubnets),

        // Paths and files.
        "abspath" => strict(Exactly(1), files::abspath),
        "basename" => strict(Exactly(1), files::basename),
        "dirname" => strict(Exactly(1), files::dirname),
        "file" => with_context(Exactly(1), Unknowns::Strict, files::file),
        "filebase64" => with_context(Exactly(1), Unknowns::Strict, files::filebase64),
        "fileexists" => with_context(Exactly(1), Unknowns::Strict, files::fileexists),
        "filebase64sha256" => with_context(Exactly(1), Unknowns::Strict, files::filebase64sha256),
        "filebase64sha512" => with_context(Exactly(1), Unknowns::Strict, files::filebase64sha512),
        "filemd5" => with_context(Exactly(1), Unknowns::Strict, files::filemd5),
        "filesha256" => with_context(Exactly(1), Unknowns::Strict, files::filesha256),
        "filesha512" => with_context(Exactly(1), Unknowns::Strict, files::filesha512),
        "templatefile" => with_context(Exactly(2), Unknowns::Handled, files::templatefile),

        // Evaluated lazily by the evaluator, which must never get here.
        "try" | "can" => handled(AtLeast(0), lazy),
        _ => return None,
    };
    Some(spec)
}

fn lazy(_args: &[Value]) -> Outcome {
    Err(args::call_error(
        "`try` and `can` must be evaluated by the expression evaluator",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn run(name: &str, args: Vec<Value>) -> Result<Value, FunctionError> {
        call(name, args, &FunctionContext::default())
    }

    #[test]
    fn string_result_past_the_size_limit_is_an_error() {
        let chunk = Value::from("x".repeat(1 << 20));
        let parts = Value::List(vec![chunk; 17]);
        let e = run("join", vec!["".into(), parts]).unwrap_err();
        assert_eq!(e.kind, FunctionErrorKind::Call);
    }

    #[test]
    fn unknown_function_is_reported_by_name() {
        let err = run("frobnicate", vec![]).unwrap_err();
        assert_eq!(err.kind, FunctionErrorKind::UnknownFunction);
        assert_eq!(err.message, "call to unknown function `frobnicate`");
    }

    #[test]
    fn exists_knows_the_table() {
        assert!(exists("cidrsubnet"));
        assert!(exists("try"));
        assert!(!exists("frobnicate"));
    }

    #[test]
    fn wrong_arity_is_a_call_error() {
        assert_eq!(
            run("upper", vec![]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
        assert_eq!(
            run("upper", vec!["a".into(), "b".into()]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
        assert_eq!(
            run("lookup", vec![Value::Null]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
        assert_eq!(
            run("max", vec![]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
    }

    #[test]
    fn try_and_can_are_left_to_the_evaluator() {
        assert_eq!(
            run("try", vec![Value::Null]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
        assert_eq!(
            run("can", vec![Value::Null]).unwrap_err().kind,
            FunctionErrorKind::Call
        );
    }

    #[test]
    fn strict_functions_turn_unknown_arguments_into_unknown() {
        assert_eq!(run("upper", vec![Value::Unknown]), Ok(Value::Unknown));
        let partly = Value::List(vec!["a".into(), Value::Unknown]);
        assert_eq!(run("join", vec![",".into(), partly]), Ok(Value::Unknown));
    }

    #[test]
    fn timestamp_and_uuid_are_known_after_apply() {
        assert_eq!(run("timestamp", vec![]), Ok(Value::Unknown));
        assert_eq!(run("uuid", vec![]), Ok(Value::Unknown));
    }

    /// Every function name in the table, read from this file so the list cannot go stale.
    fn all_names() -> Vec<String> {
        let re = regex::Regex::new(r#"(?m)^\s+"([a-z0-9]+)" =>"#).expect("valid pattern");
        re.captures_iter(include_str!("mod.rs"))
            .map(|c| c[1].to_string())
            .collect()
    }

    #[test]
    fn no_function_panics_on_odd_arguments() {
        let samples = vec![
            Value::Null,
            Value::Unknown,
            Value::Bool(true),
            Value::Number(-1.0),
            Value::Number(1e300),
            Value::Number(f64::NAN),
            Value::from("%[9]*.-5é/"),
            Value::from("10.0.0.0/8"),
            Value::List(vec![Value::Null, Value::from("a"), Value::Number(2.0)]),
            Value::Map([("a".to_string(), Value::List(vec![Value::Bool(false)]))].into()),
        ];
        let names = all_names();
        assert!(names.len() > 90, "found {} names", names.len());

        let mut panics = Vec::new();
        for name in &names {
            for arity in 0..=3u32 {
                for combo in 0..samples.len().pow(arity) {
                    let args: Vec<Value> = (0..arity)
                        .map(|i| samples[combo / samples.len().pow(i) % samples.len()].clone())
                        .collect();
                    let shown = format!("{name}({args:?})");
                    if std::panic::catch_unwind(|| run(name, args)).is_err() {
                        panics.push(shown);
                    }
                }
            }
        }
        assert!(panics.is_empty(), "panicked: {panics:#?}");
    }
}

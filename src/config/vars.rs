//! Root module variable values, gathered with Terraform's precedence:
//! defaults, then `TF_VAR_*`, `terraform.tfvars`, `terraform.tfvars.json`,
//! `*.auto.tfvars` in lexical order, then `--var-file` and `--var` in the
//! order given on the command line. Later sources win.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hcl_edit::structure::Structure;

use crate::config::eval::{self, EvalContext, Scope};
use crate::config::functions::FunctionContext;
use crate::config::load::{char_end, display_path, parse_body, read_text};
use crate::config::model::Module;
use crate::config::types::Type;
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{SourceFile, SourceMap, SourceRange};
use crate::value::Value;

/// A variable value given on the command line: `--var NAME=VALUE` or `--var-file FILE`.
#[derive(Debug, Clone, PartialEq)]
pub enum CliVar {
    Var(String),
    File(PathBuf),
}

/// The raw values given for root variables, before type conversion.
#[derive(Debug, Default)]
pub struct RawValues {
    pub values: BTreeMap<String, Value>,
    /// Where a value was assigned, for values from variables files.
    pub ranges: BTreeMap<String, SourceRange>,
    pub diagnostics: Diagnostics,
}

/// Gathers the root module's variable values from every source.
pub fn gather(
    root: &Module,
    dir: &Path,
    cli: &[CliVar],
    env: &[(String, String)],
    sources: &mut SourceMap,
) -> RawValues {
    let mut raw = RawValues::default();
    for (key, text) in env {
        if let Some(name) = key.strip_prefix("TF_VAR_") {
            if let Some(var) = root.variables.get(name) {
                let value = parse_cli_value(
                    text,
                    var.ty.as_ref(),
                    &format!("TF_VAR_{name}"),
                    &mut raw.diagnostics,
                );
                raw.ranges.remove(name);
                raw.ranges.remove(name);
                raw.values.insert(name.to_string(), value);
            }
        }
    }
    for file in default_var_files(dir) {
        read_var_file(root, &file, false, sources, &mut raw);
    }
    for item in cli {
        match item {
            CliVar::File(path) => read_var_file(root, path, true, sources, &mut raw),
            CliVar::Var(text) => cli_var(root, text, &mut raw),
        }
    }
    raw
}

/// `terraform.tfvars`, `terraform.tfvars.json` and `*.auto.tfvars(.json)`, in that order.
fn default_var_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["terraform.tfvars", "terraform.tfvars.json"]
        .iter()
        .map(|n| dir.join(n))
        .filter(|p| p.is_file())
        .collect();
    let mut auto: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    auto.retain(|p| {
        p.is_file()
            && p.file_name().is_some_and(|n| {
                n.to_string_lossy().ends_with(".auto.tfvars")
                    || n.to_string_lossy().ends_with(".auto.tfvars.json")
            })
    });
    auto.sort();
    files.extend(auto);
    files
}

fn read_var_file(
    root: &Module,
    path: &Path,
    explicit: bool,
    sources: &mut SourceMap,
    raw: &mut RawValues,
) {
    let name = display_path(path);
    let text = match read_text(path, &name) {
        Ok(text) => text,
        Err(d) => return raw.diagnostics.push(d),
    };
    let file = SourceFile::new(name.clone(), path.to_path_buf(), text);
    sources.insert(file.clone());
    let values = if name.ends_with(".json") {
        json_var_file(&file)
    } else {
        hcl_var_file(&file)
    };
    match values {
        Ok(values) => {
            for (var, value, range) in values {
                if root.variables.contains_key(&var) {
                    raw.ranges.insert(var.clone(), range);
                    raw.values.insert(var, value);
                } else {
                    undeclared(&var, range, explicit, raw);
                }
            }
        }
        Err(d) => raw.diagnostics.extend(d),
    }
}

/// A value set for a variable the root module does not declare: Terraform warns
/// for files it finds itself and fails for files the user names.
fn undeclared(var: &str, range: SourceRange, explicit: bool, raw: &mut RawValues) {
    let summary = format!("value for undeclared variable `{var}`");
    let detail = "the root module does not declare a variable of this name; declare it with a `variable` block or remove the assignment";
    let d = if explicit {
        Diagnostic::error("undeclared-variable", summary)
    } else {
        Diagnostic::warning("undeclared-variable", summary)
    };
    raw.diagnostics.push(d.with_detail(detail).at(range));
}

type Assignments = Vec<(String, Value, SourceRange)>;

fn hcl_var_file(file: &SourceFile) -> Result<Assignments, Diagnostics> {
    let body = parse_body(file).map_err(Diagnostics::from)?;
    let mut out = Vec::new();
    let mut diagnostics = Diagnostics::default();
    for structure in body.iter() {
        match structure {
            Structure::Attribute(attr) => match constant(&attr.value, file) {
                Ok(value) => out.push((
                    attr.key.as_str().to_string(),
                    value,
                    expr_range(file, &attr.value),
                )),
                Err(d) => diagnostics.push(d),
            },
            Structure::Block(block) => {
                let d = Diagnostic::error(
                    "unsupported-block",
                    "blocks are not allowed in a variables file",
                )
                .with_detail("a `.tfvars` file holds only `name = value` assignments");
                diagnostics.push(d.at(expr_range_span(file, hcl_edit::Span::span(block))));
            }
        }
    }
    if diagnostics.is_empty() {
        Ok(out)
    } else {
        Err(diagnostics)
    }
}

fn json_var_file(file: &SourceFile) -> Result<Assignments, Diagnostics> {
    let json: serde_json::Value = serde_json::from_str(&file.text).map_err(|e| {
        let start = offset_of(&file.text, e.line(), e.column());
        let range = file.range(start..char_end(&file.text, start));
        // The range places it; serde_json's own " at line 3 column 1" would say it twice.
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        Diagnostics::from(
            Diagnostic::error("syntax-error", format!("invalid JSON: {message}")).at(range),
        )
    })?;
    let Some(object) = json.as_object() else {
        return Err(Diagnostic::error(
            "syntax-error",
            "a `.tfvars.json` file must hold one JSON object",
        )
        .at(SourceRange::file(file.name.clone()))
        .into());
    };
    Ok(object
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                Value::from_json(v),
                SourceRange::file(file.name.clone()),
            )
        })
        .collect())
}

fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

fn cli_var(root: &Module, text: &str, raw: &mut RawValues) {
    let Some((name, value)) = text.split_once('=') else {
        let d = Diagnostic::error(
            "invalid-variable-value",
            format!("`--var {text}` is not of the form NAME=VALUE"),
        );
        return raw.diagnostics.push(d);
    };
    let name = name.trim();
    match root.variables.get(name) {
        Some(var) => {
            let value = parse_cli_value(
                value,
                var.ty.as_ref(),
                &format!("--var {name}"),
                &mut raw.diagnostics,
            );
            raw.ranges.remove(name);
            raw.values.insert(name.to_string(), value);
        }
        None => {
            let d = Diagnostic::error("undeclared-variable", format!("value for undeclared variable `{name}`"))
                .with_detail("the root module does not declare a variable of this name; declare it with a `variable` block");
            raw.diagnostics.push(d);
        }
    }
}

/// A value from the command line or the environment: a primitive type takes
/// the text as it is, any other type parses it as an HCL expression.
fn parse_cli_value(
    text: &str,
    ty: Option<&Type>,
    origin: &str,
    diagnostics: &mut Diagnostics,
) -> Value {
    if ty.is_none_or(is_primitive) {
        return Value::String(text.to_string());
    }
    let file = SourceFile::new(origin, PathBuf::from(origin), text.to_string());
    match hcl_edit::parser::parse_expr(text) {
        Ok(expr) => constant(&expr, &file).unwrap_or_else(|d| {
            diagnostics.push(d);
            Value::Null
        }),
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                "invalid-variable-value",
                format!(
                    "the value of `{origin}` is not a valid expression: {}",
                    e.message()
                ),
            ));
            Value::Null
        }
    }
}

fn is_primitive(ty: &Type) -> bool {
    matches!(ty, Type::String | Type::Number | Type::Bool | Type::Any)
}

/// Evaluates an expression that may not refer to anything.
pub fn constant(expr: &hcl_edit::expr::Expression, file: &SourceFile) -> Result<Value, Diagnostic> {
    let functions = FunctionContext {
        base_dir: file
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default(),
    };
    eval::eval(
        expr,
        &EvalContext {
            file,
            scope: &NoScope,
            functions: &functions,
        },
    )
}

struct NoScope;

impl Scope for NoScope {
    fn lookup(&self, _name: &str) -> Option<&Value> {
        None
    }
}

fn expr_range(file: &SourceFile, expr: &hcl_edit::expr::Expression) -> SourceRange {
    expr_range_span(file, hcl_edit::Span::span(expr))
}

fn expr_range_span(file: &SourceFile, span: Option<std::ops::Range<usize>>) -> SourceRange {
    span.map_or_else(|| SourceRange::file(file.name.clone()), |s| file.range(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tfvars_json_syntax_error_underlines_where_it_is() {
        let text = "{\n  \"location\": \"westeurope\",\n}\n";
        let file = SourceFile::new("a.tfvars.json", "a.tfvars.json".into(), text.into());

        let Err(diagnostics) = json_var_file(&file) else {
            panic!("a trailing comma is invalid JSON");
        };

        let d = &diagnostics.0[0];
        let range = d.range.as_ref().expect("a range");
        assert_eq!(d.code, "syntax-error");
        assert_eq!((range.start.line, range.start.column), (3, 1));
        assert_eq!((range.end.line, range.end.column), (3, 2));
        assert!(!d.summary.contains(" at line "), "{}", d.summary);
    }
}

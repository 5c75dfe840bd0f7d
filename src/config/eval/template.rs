//! String templates and heredocs: interpolations, `%{if}` and `%{for}`
//! directives, and the `~` strip markers that trim whitespace (including
//! newlines) from the literal next to them.
//!
//! A string made of a single interpolation, `"${x}"`, yields `x` unchanged,
//! as in Terraform. Any unknown part makes the whole template unknown, but
//! the remaining parts are still evaluated so that their errors surface.
//! The parser already dedents `<<-` heredocs.

use std::ops::Range;

use hcl_edit::template::{
    Directive, Element, ForDirective, IfDirective, StringTemplate, Strip, Template,
};
use hcl_edit::Span;

use super::{Env, EvalResult, Evaluator, MAX_STRING_BYTES};
use crate::value::{format_number, Value};

/// The text rendered so far and whether an unknown part was seen.
#[derive(Default)]
struct Output {
    text: String,
    unknown: bool,
}

impl Evaluator<'_, '_> {
    pub(super) fn eval_string_template(&self, t: &StringTemplate, env: &Env) -> EvalResult {
        if let Some(Element::Interpolation(interp)) = t.as_single_element() {
            if interp.strip == Strip::None {
                return self.eval(&interp.expr, env);
            }
        }
        self.render(t, env)
    }

    /// Renders a template to a string, or unknown.
    pub(super) fn render(&self, t: &Template, env: &Env) -> EvalResult {
        let mut out = Output::default();
        self.render_into(t, (false, false), env, &mut out)?;

        Ok(if out.unknown {
            Value::Unknown
        } else {
            Value::String(out.text)
        })
    }

    /// Renders elements; `strip` says whether the enclosing directive trims
    /// the leading and the trailing literal.
    fn render_into(
        &self,
        t: &Template,
        strip: (bool, bool),
        env: &Env,
        out: &mut Output,
    ) -> EvalResult<()> {
        self.nested(t.span(), || self.render_elements(t, strip, env, out))
    }

    fn render_elements(
        &self,
        t: &Template,
        strip: (bool, bool),
        env: &Env,
        out: &mut Output,
    ) -> EvalResult<()> {
        let elements: Vec<&Element> = t.iter().collect();
        for (i, element) in elements.iter().enumerate() {
            match element {
                Element::Literal(text) => {
                    let trim_start = if i == 0 {
                        strip.0
                    } else {
                        strips_following(elements[i - 1])
                    };
                    let trim_end = elements
                        .get(i + 1)
                        .map_or(strip.1, |next| strips_preceding(next));
                    out.text.push_str(trim(text, trim_start, trim_end));
                }
                Element::Interpolation(interp) => {
                    let value = self.eval(&interp.expr, env)?;
                    self.append(value, interp.expr.span(), out)?;
                }
                Element::Directive(directive) => match directive.as_ref() {
                    Directive::If(d) => self.render_if(d, env, out)?,
                    Directive::For(d) => self.render_for(d, env, out)?,
                },
            }
            self.check_length(out, t.span())?;
        }
        Ok(())
    }

    fn render_if(&self, d: &IfDirective, env: &Env, out: &mut Output) -> EvalResult<()> {
        let cond = self.eval(&d.if_expr.cond_expr, env)?;
        let endif_strip = d.endif_expr.strip.strip_start();

        match self.want_bool(cond, d.if_expr.cond_expr.span(), "invalid-condition")? {
            None => out.unknown = true,
            Some(true) => {
                let strip_end = d
                    .else_expr
                    .as_ref()
                    .map_or(endif_strip, |e| e.strip.strip_start());
                self.render_into(
                    &d.if_expr.template,
                    (d.if_expr.strip.strip_end(), strip_end),
                    env,
                    out,
                )?;
            }
            Some(false) => {
                if let Some(e) = &d.else_expr {
                    self.render_into(&e.template, (e.strip.strip_end(), endif_strip), env, out)?;
                }
            }
        }
        Ok(())
    }

    fn render_for(&self, d: &ForDirective, env: &Env, out: &mut Output) -> EvalResult<()> {
        let f = &d.for_expr;
        let collection = self.eval(&f.collection_expr, env)?;
        let Some(pairs) = self.iteration_pairs(collection, f.collection_expr.span())? else {
            out.unknown = true;
            return Ok(());
        };

        let strip = (f.strip.strip_end(), d.endfor_expr.strip.strip_start());
        for (key, value) in pairs {
            let mut vars = Vec::with_capacity(2);
            if let Some(key_var) = &f.key_var {
                vars.push((key_var.as_str(), key));
            }
            vars.push((f.value_var.as_str(), value));
            self.render_into(&f.template, strip, &Env::child(env, vars), out)?;
        }
        Ok(())
    }

    /// Fails once the string being built passes [`MAX_STRING_BYTES`].
    fn check_length(&self, out: &Output, span: Option<Range<usize>>) -> EvalResult<()> {
        if out.text.len() <= MAX_STRING_BYTES {
            return Ok(());
        }
        let summary = format!(
            "string template result is longer than {} MiB",
            MAX_STRING_BYTES >> 20
        );
        Err(self.error("evaluation-limit", summary, span))
    }

    /// Appends an interpolated value: primitives convert to strings.
    fn append(&self, value: Value, span: Option<Range<usize>>, out: &mut Output) -> EvalResult<()> {
        match value {
            Value::String(s) => out.text.push_str(&s),
            Value::Number(n) => out.text.push_str(&format_number(n)),
            Value::Bool(b) => out.text.push_str(if b { "true" } else { "false" }),
            Value::Unknown => out.unknown = true,
            Value::Null => {
                return Err(self.error(
                    "invalid-interpolation",
                    "cannot include a null value in a string template",
                    span,
                ))
            }
            other => {
                let summary = format!(
                    "cannot include a {} in a string template: a string is required",
                    other.type_name()
                );
                return Err(self.error("invalid-interpolation", summary, span));
            }
        }
        Ok(())
    }
}

/// Whether an element's closing `~` trims the literal after it.
fn strips_following(element: &Element) -> bool {
    match element {
        Element::Literal(_) => false,
        Element::Interpolation(i) => i.strip.strip_end(),
        Element::Directive(d) => match d.as_ref() {
            Directive::If(d) => d.endif_expr.strip.strip_end(),
            Directive::For(d) => d.endfor_expr.strip.strip_end(),
        },
    }
}

/// Whether an element's opening `~` trims the literal before it.
fn strips_preceding(element: &Element) -> bool {
    match element {
        Element::Literal(_) => false,
        Element::Interpolation(i) => i.strip.strip_start(),
        Element::Directive(d) => match d.as_ref() {
            Directive::If(d) => d.if_expr.strip.strip_start(),
            Directive::For(d) => d.for_expr.strip.strip_start(),
        },
    }
}

fn trim(text: &str, start: bool, end: bool) -> &str {
    let text = if start { text.trim_start() } else { text };
    if end {
        text.trim_end()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{columns, err, ok, strs};
    use crate::value::Value;

    #[test]
    fn template_longer_than_the_limit_fails_cleanly() {
        let block = "0123456789abcdef".repeat(2048);
        let src = format!("\"%{{ for i in range(1024) }}{block}%{{ endfor }}\"");
        let d = err(&src);
        assert_eq!(d.code, "evaluation-limit");
    }

    #[test]
    fn interpolation_converts_primitives() {
        assert_eq!(
            ok(r#""${var.name}-${var.count}-${var.flag}-${1.5}""#),
            Value::from("hub-3-true-1.5")
        );
        assert_eq!(ok(r#""n=${2 * 3}""#), Value::from("n=6"));
        assert_eq!(ok(r#""$${literal} %%{x}""#), Value::from("${literal} %{x}"));
    }

    #[test]
    fn single_interpolation_keeps_the_value() {
        assert_eq!(ok(r#""${var.list}""#), strs(&["a", "b", "c"]));
        assert_eq!(ok(r#""${var.count}""#), Value::Number(3.0));
    }

    #[test]
    fn interpolating_collections_or_null_fails_at_the_value() {
        let d = err(r#""x${var.list}""#);
        assert_eq!((d.code, columns(&d)), ("invalid-interpolation", (5, 13)));
        assert_eq!(err(r#""x${var.nullv}""#).code, "invalid-interpolation");
    }

    #[test]
    fn unknown_part_makes_the_template_unknown_but_errors_still_surface() {
        assert_eq!(ok(r#""a-${var.unknown}-b""#), Value::Unknown);
        assert_eq!(
            err(r#""${var.unknown}-${var.missing}""#).code,
            "invalid-reference"
        );
        assert_eq!(ok(r#""%{ if var.unknown }x%{ endif }""#), Value::Unknown);
        assert_eq!(
            ok(r#""%{ for x in var.unknown }x%{ endfor }""#),
            Value::Unknown
        );
    }

    #[test]
    fn if_directive_with_else() {
        assert_eq!(
            ok(r#""%{ if var.flag }yes%{ else }no%{ endif }""#),
            Value::from("yes")
        );
        assert_eq!(
            ok(r#""%{ if !var.flag }yes%{ else }no%{ endif }""#),
            Value::from("no")
        );
        assert_eq!(ok(r#""[%{ if false }yes%{ endif }]""#), Value::from("[]"));
        assert_eq!(
            err(r#""%{ if var.nullv }x%{ endif }""#).code,
            "invalid-condition"
        );
    }

    #[test]
    fn for_directive_over_lists_and_maps() {
        assert_eq!(
            ok(r#""%{ for x in var.list }${x},%{ endfor }""#),
            Value::from("a,b,c,")
        );
        assert_eq!(
            ok(r#""%{ for k, v in var.map }${k}=${v};%{ endfor }""#),
            Value::from("a=1;b=2;")
        );
        assert_eq!(
            ok(r#""%{ for i, x in var.list }${i}%{ endfor }""#),
            Value::from("012")
        );
    }

    #[test]
    fn strip_markers_trim_adjacent_whitespace() {
        assert_eq!(ok(r#""a  ${~ "b" ~}  c""#), Value::from("abc"));
        assert_eq!(ok(r#""a  ${~ "b"}  c""#), Value::from("ab  c"));
        assert_eq!(ok(r#""a  ${"b" ~}  c""#), Value::from("a  bc"));
        assert_eq!(
            ok(r#""[ %{~ if true ~} yes %{~ else ~} no %{~ endif ~} ]""#),
            Value::from("[yes]")
        );
        assert_eq!(
            ok(r#""[ %{~ if false ~} yes %{~ else ~} no %{~ endif ~} ]""#),
            Value::from("[no]")
        );
        assert_eq!(
            ok(r#""%{ for x in var.list ~} ${x} %{~ endfor }""#),
            Value::from("abc")
        );
    }

    #[test]
    fn heredoc_keeps_lines_and_directives() {
        let src =
            "<<EOT\nhello ${var.name}\n%{ for x in var.list ~}\n- ${x}\n%{ endfor ~}\nend\nEOT";
        assert_eq!(ok(src), Value::from("hello hub\n- a\n- b\n- c\nend\n"));
    }

    #[test]
    fn indented_heredoc_is_dedented() {
        let src = "<<-EOT\n    first\n      second ${var.count}\n    EOT";
        assert_eq!(ok(src), Value::from("first\n  second 3\n"));
    }
}

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

use super::{Env, EvalResult, Evaluator};
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

//! The dependency graph of one module's declarations: which variable, local,
//! resource, module call and output refers to which, in an order that
//! evaluates every declaration after the ones it uses.

use std::collections::BTreeSet;

use indexmap::{IndexMap, IndexSet};

use crate::config::eval::{self, Reference};
use crate::config::model::{Expr, Module};
use crate::diag::Diagnostic;
use crate::source::SourceRange;

/// A declaration of a module, keyed as Terraform writes references to it:
/// `var.x`, `local.x`, `module.x`, `output.x`, `azurerm_subnet.x`, `data.t.x`.
#[derive(Debug)]
pub struct Node {
    pub key: String,
    pub range: SourceRange,
    /// The keys of the declarations this one refers to, in first-use order.
    pub uses: IndexSet<String>,
}

/// The declarations of a module in evaluation order.
#[derive(Debug)]
pub struct Graph {
    pub order: Vec<String>,
    pub nodes: IndexMap<String, Node>,
}

/// Builds the graph; undeclared references and cycles are errors.
pub fn build(module: &Module) -> Result<Graph, Vec<Diagnostic>> {
    let mut nodes = IndexMap::new();
    let mut errors = Vec::new();
    for (key, range, exprs) in declarations(module) {
        let mut uses = IndexSet::new();
        for (expr, bound) in exprs {
            for reference in eval::references(&expr.expr)
                .into_iter()
                .filter(|r| !bound.contains(&r.root))
            {
                match reference_key(&reference) {
                    // A variable's validation refers to the variable itself.
                    Ok(Some(target)) if target == key && key.starts_with("var.") => {}
                    Ok(Some(target)) if declared(module, &target) => {
                        uses.insert(target);
                    }
                    Ok(Some(target)) => errors.push(undeclared(&target, expr, &reference)),
                    Ok(None) => {}
                    Err(message) => errors.push(
                        Diagnostic::error("invalid-reference", message)
                            .at(expr.file.range(reference.span.clone())),
                    ),
                }
            }
        }
        nodes.insert(key.clone(), Node { key, range, uses });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    match topological_order(&nodes) {
        Ok(order) => Ok(Graph { order, nodes }),
        Err(cycles) => Err(cycles.iter().map(|c| cycle_error(&nodes, c)).collect()),
    }
}

/// Every declaration with the expressions it evaluates.
fn free(e: &Expr) -> (&Expr, &[String]) {
    (e, &[])
}

/// A declaration's key and range, and its expressions with the names bound around each.
type Declaration<'m> = (String, SourceRange, Vec<(&'m Expr, &'m [String])>);

fn declarations(module: &Module) -> Vec<Declaration<'_>> {
    let mut out = Vec::new();
    for (name, var) in &module.variables {
        let exprs = var
            .validations
            .iter()
            .flat_map(|v| std::iter::once(&v.condition).chain(v.error_message.as_ref()))
            .map(free)
            .collect();
        out.push((format!("var.{name}"), var.range.clone(), exprs));
    }
    for (name, local) in &module.locals {
        out.push((
            format!("local.{name}"),
            local.expr.range(),
            vec![free(&local.expr)],
        ));
    }
    for (key, resource) in &module.resources {
        let mut exprs: Vec<_> = resource
            .count
            .iter()
            .chain(&resource.for_each)
            .chain(&resource.depends_on)
            .map(free)
            .collect();
        exprs.extend(
            resource
                .body_exprs
                .iter()
                .map(|(e, bound)| (e, bound.as_slice())),
        );
        out.push((key.clone(), resource.range.clone(), exprs));
    }
    for (name, call) in &module.module_calls {
        let exprs = call
            .count
            .iter()
            .chain(&call.for_each)
            .chain(&call.depends_on)
            .chain(call.inputs.values())
            .map(free)
            .collect();
        out.push((format!("module.{name}"), call.range.clone(), exprs));
    }
    for (name, output) in &module.outputs {
        let exprs = std::iter::once(&output.value)
            .chain(&output.depends_on)
            .map(free)
            .collect();
        out.push((format!("output.{name}"), output.range.clone(), exprs));
    }
    out
}

/// The declaration a reference points at; `None` for `each`, `count`, `path` and the like.
pub fn reference_key(reference: &Reference) -> Result<Option<String>, String> {
    let first = reference.path.first();
    let key = match (reference.root.as_str(), first) {
        ("each" | "count" | "path" | "terraform" | "self", _) => return Ok(None),
        ("var" | "local" | "module", Some(name)) => format!("{}.{name}", reference.root),
        ("data", Some(type_name)) => match reference.path.get(1) {
            Some(name) => format!("data.{type_name}.{name}"),
            None => {
                return Err(format!(
                    "a reference to a data resource needs a type and a name: `data.{type_name}`"
                ))
            }
        },
        (root, Some(name)) => format!("{root}.{name}"),
        (root, None) => return Err(format!("`{root}` alone is not a valid reference")),
    };
    Ok(Some(key))
}

fn declared(module: &Module, key: &str) -> bool {
    match key.split_once('.') {
        Some(("var", name)) => module.variables.contains_key(name),
        Some(("local", name)) => module.locals.contains_key(name),
        Some(("module", name)) => module.module_calls.contains_key(name),
        _ => module.resources.contains_key(key),
    }
}

fn undeclared(target: &str, expr: &Expr, reference: &Reference) -> Diagnostic {
    let what = match target.split_once('.').map(|(root, _)| root) {
        Some("var") => "input variable",
        Some("local") => "local value",
        Some("module") => "module call",
        Some("data") => "data resource",
        _ => "resource",
    };
    Diagnostic::error(
        "undeclared-reference",
        format!("reference to undeclared {what} `{target}`"),
    )
    .with_detail(format!(
        "no {what} named `{target}` is declared in this module"
    ))
    .at(expr.file.range(reference.span.clone()))
}

/// Kahn's algorithm in declaration order, so that output is deterministic.
fn topological_order(nodes: &IndexMap<String, Node>) -> Result<Vec<String>, Vec<Vec<String>>> {
    let mut pending: Vec<usize> = nodes.values().map(|n| n.uses.len()).collect();
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (i, node) in nodes.values().enumerate() {
        for used in &node.uses {
            if let Some(j) = nodes.get_index_of(used) {
                users[j].push(i);
            }
        }
    }
    let mut ready: BTreeSet<usize> = (0..nodes.len()).filter(|&i| pending[i] == 0).collect();
    let mut order = Vec::with_capacity(nodes.len());
    while let Some(i) = ready.pop_first() {
        order.push(nodes[i].key.clone());
        for &user in &users[i] {
            pending[user] -= 1;
            if pending[user] == 0 {
                ready.insert(user);
            }
        }
    }
    if order.len() == nodes.len() {
        return Ok(order);
    }
    Err(find_cycles(nodes, &pending))
}

/// Every distinct cycle among the declarations left unevaluated: follows
/// unfinished uses from each such node until one repeats.
fn find_cycles(nodes: &IndexMap<String, Node>, pending: &[usize]) -> Vec<Vec<String>> {
    let mut seen = vec![false; nodes.len()];
    let mut cycles = Vec::new();
    for start in (0..nodes.len()).filter(|&i| pending[i] > 0) {
        let mut path: Vec<usize> = Vec::new();
        let mut current = start;
        while !seen[current] {
            if let Some(at) = path.iter().position(|&i| i == current) {
                let mut cycle: Vec<String> =
                    path[at..].iter().map(|&i| nodes[i].key.clone()).collect();
                cycle.push(nodes[current].key.clone());
                cycles.push(cycle);
                break;
            }
            path.push(current);
            let next = nodes[current]
                .uses
                .iter()
                .filter_map(|k| nodes.get_index_of(k))
                .find(|&j| pending[j] > 0);
            match next {
                Some(next) => current = next,
                None => break,
            }
        }
        path.iter().for_each(|&i| seen[i] = true);
    }
    cycles
}

fn cycle_error(nodes: &IndexMap<String, Node>, cycle: &[String]) -> Diagnostic {
    let positions: Vec<String> = cycle
        .iter()
        .take(cycle.len().saturating_sub(1))
        .filter_map(|k| nodes.get(k))
        .map(|n| format!("`{}` at {}", n.key, n.range))
        .collect();
    let first = cycle
        .first()
        .and_then(|k| nodes.get(k))
        .map(|n| n.range.clone());
    Diagnostic::error("cycle", format!("cycle: {}", cycle.join(" -> ")))
        .with_detail(format!(
            "these declarations refer to each other, so none can be evaluated first: {}",
            positions.join(", ")
        ))
        .with_range(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::load::load_root;

    fn module(text: &str) -> Module {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("main.tf"), text).expect("write");
        let loaded = load_root(dir.path());
        assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics);
        loaded.root
    }

    #[test]
    fn order_puts_every_declaration_after_what_it_uses() {
        let m = module("output \"o\" {\n  value = local.b\n}\nlocals {\n  b = local.a\n  a = var.x\n}\nvariable \"x\" {}\n");
        let order = build(&m).expect("no cycle").order;
        let pos = |k: &str| order.iter().position(|o| o == k).expect(k);
        assert!(
            pos("var.x") < pos("local.a")
                && pos("local.a") < pos("local.b")
                && pos("local.b") < pos("output.o")
        );
    }

    #[test]
    fn every_cycle_is_reported_with_its_members() {
        let m = module("locals {\n  a = local.b\n  b = local.a\n  c = local.d\n  d = local.c\n  e = local.a\n}\n");
        let errors = build(&m).expect_err("cycles");
        assert_eq!(errors.len(), 2);
        assert!(errors.iter().all(|d| d.code == "cycle"));
        assert_eq!(errors[0].summary, "cycle: local.a -> local.b -> local.a");
        assert_eq!(errors[0].range.as_ref().map(|r| r.start.line), Some(2));
    }

    #[test]
    fn undeclared_reference_points_at_the_reference() {
        let m = module("locals {\n  a = azurerm_subnet.missing.id\n}\n");
        let errors = build(&m).expect_err("undeclared");
        assert_eq!(errors[0].code, "undeclared-reference");
        let range = errors[0].range.as_ref().expect("range");
        assert_eq!((range.start.line, range.start.column), (2, 7));
    }

    #[test]
    fn dynamic_iterator_names_are_not_references() {
        let m = module("resource \"x\" \"y\" {\n  dynamic \"rule\" {\n    for_each = [1]\n    content {\n      v = rule.value\n    }\n  }\n}\n");
        assert!(build(&m).is_ok());
    }
}

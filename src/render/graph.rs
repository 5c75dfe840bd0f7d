//! The plan as a graph picture: Graphviz DOT or Mermaid.
//!
//! One node per step of the execution order (a replacement is two steps),
//! labelled with the step's action symbol and the instance address, and
//! ranked by wave: the steps of one wave share a row, waves go top to
//! bottom. Unchanged instances can be added as a row of their own.
//!
//! The edges are the execution order's own (`Plan::step_edges`), added with
//! [`Graph::add_step_edges`], plus the two halves of each replacement.

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::plan::{Action, Plan};

/// What a graph picture draws.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Graph {
    pub nodes: Vec<Node>,
    /// `(a, b)`: node `a` runs before node `b` (indices into `nodes`).
    pub edges: Vec<(usize, usize)>,
}

/// One step, or one unchanged instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The step number; `None` for an unchanged instance.
    pub step: Option<usize>,
    /// The wave; `None` for an unchanged instance.
    pub wave: Option<usize>,
    pub action: Action,
    /// The action symbol and the instance address.
    pub label: String,
}

impl Graph {
    /// The steps of `plan`, and with `all` its unchanged instances too.
    pub fn from_plan(plan: &Plan, all: bool) -> Graph {
        let mut graph = Graph::default();
        for step in &plan.steps {
            let replace = plan
                .changes
                .iter()
                .any(|c| c.addr == step.addr && c.action.is_replace());
            let suffix = if replace { " (replace)" } else { "" };
            graph.nodes.push(Node {
                step: Some(step.number),
                wave: Some(step.wave),
                action: step.action,
                label: format!("{} {}{suffix}", symbol(step.action), step.addr),
            });
        }
        graph.edges = replacement_edges(plan);
        if all {
            let unchanged = plan.changes.iter().filter(|c| c.action == Action::NoOp);
            graph.nodes.extend(unchanged.map(|c| Node {
                step: None,
                wave: None,
                action: Action::NoOp,
                label: c.addr.to_string(),
            }));
        }
        graph
    }

    /// Adds "step `a` runs before step `b`" edges, by step number; unknown numbers are skipped.
    pub fn add_step_edges(&mut self, edges: &[(usize, usize)]) {
        let index: BTreeMap<usize, usize> = self
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| n.step.map(|s| (s, i)))
            .collect();
        for (a, b) in edges {
            if let (Some(&x), Some(&y)) = (index.get(a), index.get(b)) {
                if !self.edges.contains(&(x, y)) {
                    self.edges.push((x, y));
                }
            }
        }
    }

    /// The node indices per wave, in wave order; unchanged instances last, under `None`.
    fn rows(&self) -> Vec<(Option<usize>, Vec<usize>)> {
        let mut rows: BTreeMap<(bool, usize), Vec<usize>> = BTreeMap::new();
        for (i, node) in self.nodes.iter().enumerate() {
            let key = (node.wave.is_none(), node.wave.unwrap_or(0));
            rows.entry(key).or_default().push(i);
        }
        rows.into_iter()
            .map(|((unchanged, wave), nodes)| ((!unchanged).then_some(wave), nodes))
            .collect()
    }
}

/// The two halves of each replacement, in the order they run.
fn replacement_edges(plan: &Plan) -> Vec<(usize, usize)> {
    let mut first: BTreeMap<String, usize> = BTreeMap::new();
    let mut edges = Vec::new();
    for (i, step) in plan.steps.iter().enumerate() {
        match first.get(&step.addr.to_string()) {
            Some(&earlier) => edges.push((earlier, i)),
            None => {
                first.insert(step.addr.to_string(), i);
            }
        }
    }
    edges
}

fn symbol(action: Action) -> &'static str {
    match action {
        Action::Create => "+",
        Action::Update => "~",
        Action::Delete => "-",
        Action::DeleteThenCreate => "-/+",
        Action::CreateThenDelete => "+/-",
        Action::Read => "<=",
        Action::NoOp => "",
    }
}

fn class(action: Action) -> &'static str {
    match action {
        Action::Create => "create",
        Action::Update => "update",
        Action::Delete => "delete",
        Action::DeleteThenCreate | Action::CreateThenDelete => "replace",
        Action::Read => "read",
        Action::NoOp => "noop",
    }
}

fn dot_color(action: Action) -> &'static str {
    match action {
        Action::Create => "green4",
        Action::Update => "goldenrod3",
        Action::Delete => "red3",
        Action::DeleteThenCreate | Action::CreateThenDelete => "darkorange3",
        Action::Read => "dodgerblue3",
        Action::NoOp => "gray50",
    }
}

fn row_name(wave: Option<usize>) -> String {
    match wave {
        Some(w) => format!("wave {w}"),
        None => "unchanged".to_string(),
    }
}

/// The graph in Graphviz DOT: a `rank = same` subgraph per wave with a
/// plain-text wave label, the labels chained invisibly to keep waves in order.
pub fn write_dot(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    let mut text = String::from(
        "digraph amplan {\n  rankdir = TB;\n  node [shape = box, fontname = \"monospace\"];\n",
    );
    let rows = graph.rows();
    for (r, (wave, nodes)) in rows.iter().enumerate() {
        text.push_str(&format!("  subgraph row{r} {{\n    rank = same;\n"));
        text.push_str(&format!(
            "    row{r} [shape = plaintext, label = {}];\n",
            dot_string(&row_name(*wave))
        ));
        for &i in nodes {
            let node = &graph.nodes[i];
            text.push_str(&format!(
                "    n{i} [label = {}, color = {}];\n",
                dot_string(&node.label),
                dot_color(node.action)
            ));
        }
        text.push_str("  }\n");
    }
    for r in 1..rows.len() {
        text.push_str(&format!("  row{} -> row{r} [style = invis];\n", r - 1));
    }
    for (a, b) in &graph.edges {
        text.push_str(&format!("  n{a} -> n{b};\n"));
    }
    text.push_str("}\n");
    out.write_all(text.as_bytes())
}

/// A DOT double-quoted string: quotes and backslashes escaped, so that a
/// label cannot end early or use Graphviz's `\N`, `\G` and `\l` escapes.
pub(crate) fn dot_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The graph as a Mermaid flowchart: a subgraph per wave, linked invisibly
/// to keep waves in order, and a class per action for the colours.
pub fn write_mermaid(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    let mut text = String::from("flowchart TB\n");
    let rows = graph.rows();
    for (r, (wave, nodes)) in rows.iter().enumerate() {
        text.push_str(&format!(
            "  subgraph row{r}[{}]\n",
            mermaid_string(&row_name(*wave))
        ));
        for &i in nodes {
            let node = &graph.nodes[i];
            text.push_str(&format!("    n{i}[{}]\n", mermaid_string(&node.label)));
        }
        text.push_str("  end\n");
    }
    for r in 1..rows.len() {
        text.push_str(&format!("  row{} ~~~ row{r}\n", r - 1));
    }
    for (a, b) in &graph.edges {
        text.push_str(&format!("  n{a} --> n{b}\n"));
    }
    text.push_str(&mermaid_classes(graph));
    out.write_all(text.as_bytes())
}

fn mermaid_classes(graph: &Graph) -> String {
    let mut by_class: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        by_class
            .entry(class(node.action))
            .or_default()
            .push(format!("n{i}"));
    }
    let mut text = String::new();
    for (name, ids) in by_class {
        let color = mermaid_color(name);
        text.push_str(&format!(
            "  classDef {name} stroke:{color},stroke-width:2px\n"
        ));
        text.push_str(&format!("  class {} {name}\n", ids.join(",")));
    }
    text
}

fn mermaid_color(class: &str) -> &'static str {
    match class {
        "create" => "#2da44e",
        "update" => "#bf8700",
        "delete" => "#cf222e",
        "replace" => "#bc4c00",
        "read" => "#0969da",
        _ => "#8c959f",
    }
}

/// A quoted Mermaid label. Mermaid has no backslash escapes: quotes and the
/// characters it or its HTML labels give meaning to become entity codes
/// (`#quot;`), and backticks too, so that the text can sit in a Markdown fence.
pub(crate) fn mermaid_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '`' => out.push_str("#96;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{InstanceKey, Mode, ModulePath, ResourceAddr};
    use crate::plan::{ResourceChange, Step};

    fn addr(name: &str, key: Option<&str>) -> crate::addr::InstanceAddr {
        ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_subnet", name)
            .instance(key.map(|k| InstanceKey::Str(k.into())))
    }

    fn change(name: &str, action: Action) -> ResourceChange {
        ResourceChange {
            addr: addr(name, None),
            action,
            reason: None,
            before: None,
            after: None,
            replace_paths: Vec::new(),
            schema_known: true,
            sensitive: Vec::new(),
            range: None,
        }
    }

    fn step(number: usize, wave: usize, name: &str, action: Action) -> Step {
        Step {
            number,
            wave,
            addr: addr(name, None),
            action,
        }
    }

    fn replacing_plan() -> Plan {
        Plan {
            changes: vec![
                change("a", Action::DeleteThenCreate),
                change("b", Action::Create),
                change("c", Action::NoOp),
            ],
            steps: vec![
                step(1, 1, "a", Action::Delete),
                step(2, 1, "b", Action::Create),
                step(3, 2, "a", Action::Create),
            ],
            ..Plan::default()
        }
    }

    #[test]
    fn steps_become_nodes_ranked_by_wave_with_replacement_edges() {
        let graph = Graph::from_plan(&replacing_plan(), false);
        let labels: Vec<&str> = graph.nodes.iter().map(|n| n.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "- azurerm_subnet.a (replace)",
                "+ azurerm_subnet.b",
                "+ azurerm_subnet.a (replace)"
            ]
        );
        assert_eq!(graph.edges, [(0, 2)]);
        assert_eq!(graph.rows(), [(Some(1), vec![0, 1]), (Some(2), vec![2])]);
    }

    #[test]
    fn all_adds_unchanged_instances_in_a_row_of_their_own() {
        let graph = Graph::from_plan(&replacing_plan(), true);
        assert_eq!(graph.nodes.len(), 4);
        assert_eq!(graph.rows().last(), Some(&(None, vec![3])));
    }

    #[test]
    fn step_edges_join_known_steps_once() {
        let mut graph = Graph::from_plan(&replacing_plan(), false);
        graph.add_step_edges(&[(2, 3), (1, 3), (9, 1)]);
        assert_eq!(graph.edges, [(0, 2), (1, 2)]);
    }

    #[test]
    fn dot_strings_escape_quotes_and_backslashes() {
        assert_eq!(dot_string(r#"a["x\"y"]\N"#), r#""a[\"x\\\"y\"]\\N""#);
        assert_eq!(dot_string("a\nb"), r#""a\nb""#);
    }

    #[test]
    fn mermaid_strings_use_entity_codes() {
        assert_eq!(
            mermaid_string("a[\"#1\"]<`>&"),
            "\"a[#quot;#35;1#quot;]#lt;#96;#gt;#amp;\""
        );
    }

    #[test]
    fn dot_output_ranks_waves_and_draws_edges() {
        let mut out = Vec::new();
        write_dot(&Graph::from_plan(&replacing_plan(), false), &mut out).expect("in memory");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(text.contains("  subgraph row1 {\n    rank = same;\n    row1 [shape = plaintext, label = \"wave 2\"];\n"));
        assert!(text.contains("  row0 -> row1 [style = invis];\n  n0 -> n2;\n"));
    }

    #[test]
    fn mermaid_output_has_subgraphs_links_and_classes() {
        let mut out = Vec::new();
        write_mermaid(&Graph::from_plan(&replacing_plan(), false), &mut out).expect("in memory");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(text.starts_with("flowchart TB\n  subgraph row0[\"wave 1\"]\n"));
        assert!(text.contains("  row0 ~~~ row1\n  n0 --> n2\n"));
        assert!(text.contains("  class n1,n2 create\n"));
    }
}

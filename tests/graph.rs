//! `amplan graph`: the DOT output parsed (and drawn by Graphviz when it is
//! installed), the Mermaid output checked line by line, with hostile names.

mod common;

use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

use amplan::plan::Plan;
use amplan::render::graph::{self, Graph};

fn dot(plan: &Plan, all: bool) -> String {
    let mut out = Vec::new();
    graph::write_dot(&Graph::from_plan(plan, all), &mut out).expect("render to memory");
    String::from_utf8(out).expect("UTF-8")
}

fn mermaid(plan: &Plan, all: bool) -> String {
    let mut out = Vec::new();
    graph::write_mermaid(&Graph::from_plan(plan, all), &mut out).expect("render to memory");
    String::from_utf8(out).expect("UTF-8")
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Id(String),
    Quoted(String),
    Punct(&'static str),
}

/// DOT's tokens, as far as amplan writes them: identifiers, double-quoted
/// strings with `\"` and `\\`, and punctuation.
fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            '"' => {
                let mut s = String::new();
                loop {
                    match chars.next().expect("a quoted string ends") {
                        '"' => break,
                        '\\' => {
                            let e = chars.next().expect("an escape has a character");
                            assert!(matches!(e, '"' | '\\' | 'n'), "escape \\{e} in {text}");
                            s.push(if e == 'n' { '\n' } else { e });
                        }
                        '\n' => panic!("a newline inside a quoted string"),
                        c => s.push(c),
                    }
                }
                out.push(Token::Quoted(s));
            }
            '-' if chars.peek() == Some(&'>') => {
                chars.next();
                out.push(Token::Punct("->"));
            }
            '{' => out.push(Token::Punct("{")),
            '}' => out.push(Token::Punct("}")),
            '[' => out.push(Token::Punct("[")),
            ']' => out.push(Token::Punct("]")),
            ';' => out.push(Token::Punct(";")),
            '=' => out.push(Token::Punct("=")),
            ',' => out.push(Token::Punct(",")),
            c if c.is_alphanumeric() || c == '_' => {
                let mut id = c.to_string();
                while let Some(&n) = chars.peek().filter(|n| n.is_alphanumeric() || **n == '_') {
                    id.push(n);
                    chars.next();
                }
                out.push(Token::Id(id));
            }
            c => panic!("unexpected character {c:?} in DOT"),
        }
    }
    out
}

/// A DOT graph: node ids with their labels, and edges.
#[derive(Debug, Default)]
struct DotGraph {
    labels: Vec<(String, String)>,
    edges: Vec<(String, String, bool)>,
    subgraphs: usize,
}

/// Parses `digraph ID { stmt* }` with node, edge, attribute and subgraph statements.
fn parse_dot(text: &str) -> DotGraph {
    let toks = tokens(text);
    let mut graph = DotGraph::default();
    assert_eq!(toks[0], Token::Id("digraph".into()));
    assert!(matches!(toks[1], Token::Id(_)));
    assert_eq!(toks[2], Token::Punct("{"));
    let end = statements(&toks, 3, &mut graph);
    assert_eq!(toks[end], Token::Punct("}"));
    assert_eq!(end + 1, toks.len(), "text after the graph");
    graph
}

fn statements(toks: &[Token], mut at: usize, graph: &mut DotGraph) -> usize {
    while toks[at] != Token::Punct("}") {
        at = statement(toks, at, graph);
        if toks[at] == Token::Punct(";") {
            at += 1;
        }
    }
    at
}

fn id(tok: &Token) -> String {
    match tok {
        Token::Id(s) | Token::Quoted(s) => s.clone(),
        Token::Punct(p) => panic!("expected an id, found {p}"),
    }
}

fn statement(toks: &[Token], at: usize, graph: &mut DotGraph) -> usize {
    if toks[at] == Token::Id("subgraph".into()) {
        graph.subgraphs += 1;
        assert_eq!(toks[at + 2], Token::Punct("{"));
        let end = statements(toks, at + 3, graph);
        return end + 1;
    }
    let first = id(&toks[at]);
    match &toks[at + 1] {
        Token::Punct("=") => {
            id(&toks[at + 2]);
            at + 3
        }
        Token::Punct("->") => {
            let second = id(&toks[at + 2]);
            let (attrs, next) = attributes(toks, at + 3);
            let invisible = attrs.iter().any(|(k, v)| k == "style" && v == "invis");
            graph.edges.push((first, second, invisible));
            next
        }
        _ => {
            let (attrs, next) = attributes(toks, at + 1);
            if !matches!(first.as_str(), "node" | "edge" | "graph") {
                let label = attrs
                    .into_iter()
                    .find(|(k, _)| k == "label")
                    .map(|(_, v)| v);
                graph.labels.push((first, label.unwrap_or_default()));
            }
            next
        }
    }
}

fn attributes(toks: &[Token], mut at: usize) -> (Vec<(String, String)>, usize) {
    let mut attrs = Vec::new();
    if toks[at] != Token::Punct("[") {
        return (attrs, at);
    }
    at += 1;
    while toks[at] != Token::Punct("]") {
        let key = id(&toks[at]);
        assert_eq!(toks[at + 1], Token::Punct("="));
        attrs.push((key, id(&toks[at + 2])));
        at += 3;
        if toks[at] == Token::Punct(",") {
            at += 1;
        }
    }
    (attrs, at + 1)
}

/// Draws the graph with Graphviz when it is installed; `.ci/run` does not install it.
fn graphviz_accepts(text: &str) {
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("graphviz is not installed; the DOT output is checked by the parser only");
        return;
    };
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(text.as_bytes())
        .expect("write to dot");
    let out = child.wait_with_output().expect("dot runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "dot: {stderr}\n{text}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
}

fn check_dot(plan: &Plan, all: bool) -> DotGraph {
    let text = dot(plan, all);
    let graph = parse_dot(&text);
    graphviz_accepts(&text);
    let declared: BTreeSet<&str> = graph.labels.iter().map(|(id, _)| id.as_str()).collect();
    for (a, b, _) in &graph.edges {
        assert!(
            declared.contains(a.as_str()) && declared.contains(b.as_str()),
            "edge {a} -> {b}"
        );
    }
    graph
}

#[test]
fn quickstart_dot_has_a_node_per_step_and_a_row_per_wave() {
    let outcome = common::plan("examples/quickstart", |_| {});
    let plan = &outcome.plan;
    let graph = check_dot(plan, false);
    let waves: BTreeSet<usize> = plan.steps.iter().map(|s| s.wave).collect();
    assert_eq!(graph.subgraphs, waves.len());
    let steps: Vec<&String> = graph
        .labels
        .iter()
        .filter(|(id, _)| id.starts_with('n'))
        .map(|(_, label)| label)
        .collect();
    assert_eq!(steps.len(), plan.steps.len());
    for step in &plan.steps {
        assert!(
            steps.iter().any(|l| l.ends_with(&step.addr.to_string())),
            "{}",
            step.addr
        );
    }
}

#[test]
fn replacements_draw_the_edge_between_their_halves() {
    let outcome = common::plan("testdata/replace-pe-subnet", |_| {});
    let graph = check_dot(&outcome.plan, true);
    let real: Vec<_> = graph
        .edges
        .iter()
        .filter(|(_, _, invisible)| !invisible)
        .collect();
    let replaced = outcome
        .plan
        .changes
        .iter()
        .filter(|c| c.action.is_replace())
        .count();
    assert!(replaced > 0);
    assert_eq!(real.len(), replaced);
    let label = |id: &str| {
        graph
            .labels
            .iter()
            .find(|(n, _)| n == id)
            .map(|(_, l)| l.clone())
    };
    for (a, b, _) in real {
        let (a, b) = (label(a).expect("declared"), label(b).expect("declared"));
        assert!(a.ends_with("(replace)") && b.ends_with("(replace)"));
        assert_eq!(a[2..], b[2..], "the halves of one replacement");
    }
}

const HOSTILE: &str = "x\"y\\N\\\"];z` #35; <b>&amp; \"]\n end";

fn hostile_plan() -> (tempfile::TempDir, Plan) {
    let dir = tempfile::tempdir().expect("temp dir");
    let tf = format!(
        "resource \"azurerm_resource_group\" \"rg\" {{\n  for_each = toset([{}, \"plain\"])\n  name     = \"rg\"\n  location = \"westeurope\"\n}}\n",
        serde_json::Value::String(HOSTILE.into())
    );
    std::fs::write(dir.path().join("main.tf"), tf).expect("write config");
    let outcome = amplan::pipeline::plan(&amplan::pipeline::Options {
        dir: dir.path().to_path_buf(),
        ..Default::default()
    });
    assert!(
        !outcome.plan.diagnostics.has_errors(),
        "{:?}",
        outcome.plan.diagnostics
    );
    (dir, outcome.plan)
}

#[test]
fn hostile_keys_stay_inside_dot_labels() {
    let (_dir, plan) = hostile_plan();
    let graph = check_dot(&plan, false);
    let expected = format!(
        "+ azurerm_resource_group.rg[{}]",
        serde_json::Value::String(HOSTILE.into())
    );
    assert!(
        graph.labels.iter().any(|(_, l)| *l == expected),
        "{:?}",
        graph.labels
    );
}

/// Checks the Mermaid flowchart line by line: the statements amplan writes,
/// quoted labels without quotes, backticks or newlines inside, balanced
/// subgraphs, links only between declared nodes. Returns the labels.
fn check_mermaid(text: &str) -> Vec<String> {
    let id = r"[A-Za-z][A-Za-z0-9_]*";
    let label = r#""([^"`\n]*)""#;
    let pattern = |p: String| regex::Regex::new(&format!("^{p}$")).expect("valid pattern");
    let subgraph = pattern(format!(r"  subgraph ({id})\[{label}\]"));
    let node = pattern(format!(r"    ({id})\[{label}\]"));
    let link = pattern(format!(r"  ({id}) (-->|~~~) ({id})"));
    let class_def = pattern(format!(
        r"  classDef ({id}) [a-z-]+:#[0-9a-f]{{6}}(,[a-z-]+:[0-9a-z#]+)*"
    ));
    let class = pattern(format!(r"  class ({id}(,{id})*) ({id})"));
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("flowchart TB"));
    let mut declared = BTreeSet::new();
    let mut labels = Vec::new();
    let mut depth = 0;
    for line in lines {
        if let Some(c) = subgraph.captures(line).or_else(|| node.captures(line)) {
            assert!(depth <= 1);
            depth += usize::from(line.starts_with("  subgraph"));
            declared.insert(c[1].to_string());
            labels.push(c[2].to_string());
        } else if line == "  end" {
            assert_eq!(depth, 1, "`end` without `subgraph`");
            depth -= 1;
        } else if let Some(c) = link.captures(line) {
            assert!(
                declared.contains(&c[1]) && declared.contains(&c[3]),
                "{line}"
            );
        } else if let Some(c) = class.captures(line) {
            c[1].split(',')
                .for_each(|n| assert!(declared.contains(n), "{line}"));
        } else {
            assert!(class_def.is_match(line), "unexpected Mermaid line {line:?}");
        }
    }
    assert_eq!(depth, 0, "a subgraph is left open");
    labels
}

#[test]
fn quickstart_mermaid_is_well_formed() {
    let outcome = common::plan("examples/quickstart", |_| {});
    let labels = check_mermaid(&mermaid(&outcome.plan, true));
    assert!(labels.iter().any(|l| l.starts_with("~ module.hub.")));
    assert!(labels.contains(&"wave 1".to_string()) && labels.contains(&"unchanged".to_string()));
}

#[test]
fn hostile_keys_stay_inside_mermaid_labels() {
    let (_dir, plan) = hostile_plan();
    let labels = check_mermaid(&mermaid(&plan, false));
    let hostile = labels
        .iter()
        .find(|l| l.contains(r"x\#quot;y"))
        .expect("the hostile node");
    assert!(
        hostile.contains("#35;35;")
            && hostile.contains("#lt;b#gt;#amp;amp;")
            && hostile.contains("#96;")
    );
}

#[test]
fn graph_command_writes_dot_and_mermaid() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_amplan"))
            .args(args)
            .current_dir(common::root())
            .output()
            .expect("the binary runs")
    };
    let dot = run(&["graph", "examples/quickstart"]);
    assert_eq!(dot.status.code(), Some(0));
    parse_dot(&String::from_utf8(dot.stdout).expect("UTF-8"));
    let mermaid = run(&[
        "graph",
        "examples/quickstart",
        "--format",
        "mermaid",
        "--all",
    ]);
    assert_eq!(mermaid.status.code(), Some(0));
    check_mermaid(&String::from_utf8(mermaid.stdout).expect("UTF-8"));
    let broken = run(&["graph", "testdata/cycle"]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(broken.stdout.is_empty() && !broken.stderr.is_empty());
}

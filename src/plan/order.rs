//! Execution order: the plan's changes as steps, each after the steps it
//! needs, grouped into waves that could run in parallel.
//!
//! Besides the references and `depends_on` that Terraform sees, objects are
//! ordered by the Azure ids they mention: an object whose attributes name
//! another object's id, or whose id lies under it (a subnet in its VNet, a
//! link in its zone, anything in its resource group), is created after it and
//! deleted before it. So a scoped service goes before the workspace it scopes
//! is deleted, even when the two live in different modules.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::addr::{InstanceAddr, ResourceAddr};
use crate::diag::Diagnostic;
use crate::plan::{Action, ResourceChange, Step};
use crate::value::Value;

/// The dependencies of one change: the resources its configuration (or, for
/// an object being deleted, its state) says it needs.
pub type DependsOn = BTreeMap<InstanceAddr, BTreeSet<ResourceAddr>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Half {
    /// Create, update or read.
    Apply,
    Delete,
}

/// Orders the changes; a cycle is an error naming every step in it.
pub fn order(changes: &[ResourceChange], depends_on: &DependsOn) -> Result<Ordered, Diagnostic> {
    let graph = StepGraph::build(changes, depends_on);
    let waves = graph
        .waves()
        .map_err(|cycle| cycle_error(&graph, changes, &cycle))?;
    Ok(graph.ordered(changes, &waves))
}

/// The execution order: the steps, and which step waits for which.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ordered {
    pub steps: Vec<Step>,
    /// `(a, b)`: step `a` runs before step `b`, by step number.
    pub edges: Vec<(usize, usize)>,
}

struct StepGraph {
    /// (change index, half) per node.
    nodes: Vec<(usize, Half)>,
    index: HashMap<(usize, Half), usize>,
    /// `edges[a]` holds the nodes that must wait for node `a`.
    edges: Vec<BTreeSet<usize>>,
}

impl StepGraph {
    fn build(changes: &[ResourceChange], depends_on: &DependsOn) -> StepGraph {
        let mut graph = StepGraph {
            nodes: Vec::new(),
            index: HashMap::new(),
            edges: Vec::new(),
        };
        for (i, change) in changes.iter().enumerate() {
            graph.add_nodes(i, change.action);
        }
        let by_resource = instances_by_resource(changes);
        for (x, change) in changes.iter().enumerate() {
            let named = depends_on.get(&change.addr).into_iter().flatten();
            let ys = named.flat_map(|r| by_resource.get(r).into_iter().flatten().copied());
            for y in ys.filter(|&y| y != x) {
                graph.depend(changes, x, y);
            }
        }
        for (x, y) in azure_dependencies(changes) {
            graph.depend(changes, x, y);
        }
        graph
    }

    fn add_nodes(&mut self, i: usize, action: Action) {
        let halves: &[Half] = match action {
            Action::NoOp => &[],
            Action::Create | Action::Update | Action::Read => &[Half::Apply],
            Action::Delete => &[Half::Delete],
            Action::DeleteThenCreate | Action::CreateThenDelete => &[Half::Apply, Half::Delete],
        };
        for &half in halves {
            self.index.insert((i, half), self.nodes.len());
            self.nodes.push((i, half));
            self.edges.push(BTreeSet::new());
        }
        match action {
            Action::DeleteThenCreate => self.edge((i, Half::Delete), (i, Half::Apply)),
            Action::CreateThenDelete => self.edge((i, Half::Apply), (i, Half::Delete)),
            _ => {}
        }
    }

    fn edge(&mut self, first: (usize, Half), then: (usize, Half)) {
        if let (Some(&a), Some(&b)) = (self.index.get(&first), self.index.get(&then)) {
            self.edges[a].insert(b);
        }
    }

    /// Change `x` depends on change `y`.
    fn depend(&mut self, changes: &[ResourceChange], x: usize, y: usize) {
        self.edge((y, Half::Apply), (x, Half::Apply));
        self.edge((x, Half::Delete), (y, Half::Delete));
        if matches!(changes[y].action, Action::CreateThenDelete | Action::Delete) {
            // The dependent lets go of the old object before it goes.
            self.edge((x, Half::Apply), (y, Half::Delete));
        }
    }

    /// Longest-path layering (Kahn's algorithm); `Err` holds a cycle's nodes.
    fn waves(&self) -> Result<Vec<usize>, Vec<usize>> {
        let mut pending = vec![0usize; self.nodes.len()];
        for targets in &self.edges {
            for &t in targets {
                pending[t] += 1;
            }
        }
        let mut wave = vec![1usize; self.nodes.len()];
        let mut ready: Vec<usize> = (0..self.nodes.len()).filter(|&n| pending[n] == 0).collect();
        let mut done = 0;
        while let Some(n) = ready.pop() {
            done += 1;
            for &t in &self.edges[n] {
                wave[t] = wave[t].max(wave[n] + 1);
                pending[t] -= 1;
                if pending[t] == 0 {
                    ready.push(t);
                }
            }
        }
        if done == self.nodes.len() {
            return Ok(wave);
        }
        Err(self.find_cycle(&pending))
    }

    fn find_cycle(&self, pending: &[usize]) -> Vec<usize> {
        let start = (0..self.nodes.len()).find(|&n| pending[n] > 0).unwrap_or(0);
        let mut path = vec![start];
        loop {
            let current = path[path.len() - 1];
            let Some(&next) = self.edges[current].iter().find(|&&t| pending[t] > 0) else {
                return path;
            };
            if let Some(at) = path.iter().position(|&n| n == next) {
                let mut cycle = path[at..].to_vec();
                cycle.push(next);
                return cycle;
            }
            path.push(next);
        }
    }

    /// The steps numbered in wave order, and the graph's edges by step number.
    fn ordered(&self, changes: &[ResourceChange], waves: &[usize]) -> Ordered {
        let key = |n: usize| {
            let (i, half) = self.nodes[n];
            (waves[n], half, &changes[i].addr)
        };
        let mut nodes: Vec<usize> = (0..self.nodes.len()).collect();
        nodes.sort_by(|&a, &b| key(a).cmp(&key(b)));
        let mut number = vec![0; self.nodes.len()];
        let steps = nodes
            .iter()
            .enumerate()
            .map(|(k, &n)| {
                number[n] = k + 1;
                let (i, half) = self.nodes[n];
                Step {
                    number: k + 1,
                    wave: waves[n],
                    addr: changes[i].addr.clone(),
                    action: step_action(changes[i].action, half),
                }
            })
            .collect();
        let mut edges: Vec<(usize, usize)> = self
            .edges
            .iter()
            .enumerate()
            .flat_map(|(a, targets)| targets.iter().map(move |&b| (a, b)))
            .map(|(a, b)| (number[a], number[b]))
            .collect();
        edges.sort();
        Ordered { steps, edges }
    }
}

fn step_action(action: Action, half: Half) -> Action {
    match (action, half) {
        (_, Half::Delete) => Action::Delete,
        (Action::DeleteThenCreate | Action::CreateThenDelete, Half::Apply) => Action::Create,
        (other, Half::Apply) => other,
    }
}

fn instances_by_resource(changes: &[ResourceChange]) -> HashMap<&ResourceAddr, Vec<usize>> {
    let mut map: HashMap<&ResourceAddr, Vec<usize>> = HashMap::new();
    for (i, change) in changes.iter().enumerate() {
        map.entry(&change.addr.resource).or_default().push(i);
    }
    map
}

/// Pairs (x, y) where change x names y's Azure id or lies under it.
fn azure_dependencies(changes: &[ResourceChange]) -> Vec<(usize, usize)> {
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, change) in changes.iter().enumerate() {
        for id in own_ids(change) {
            by_id.entry(id).or_insert(i);
        }
    }
    let mut pairs = BTreeSet::new();
    for (x, change) in changes.iter().enumerate() {
        let mut mentioned = Vec::new();
        for value in change.before.iter().chain(&change.after) {
            collect_ids(value, &mut mentioned);
        }
        let own = own_ids(change);
        // An object that lists its own children (a VNet its subnets) does not depend on them.
        mentioned.retain(|m| {
            !own.iter()
                .any(|o| m.starts_with(o.as_str()) && m[o.len()..].starts_with('/'))
        });
        for id in mentioned.iter().chain(&own) {
            for candidate in id_and_parents(id) {
                match by_id.get(&candidate) {
                    Some(&y) if y != x => {
                        pairs.insert((x, y));
                    }
                    _ => {}
                }
            }
        }
    }
    pairs.into_iter().collect()
}

fn own_ids(change: &ResourceChange) -> Vec<String> {
    let ids = change
        .before
        .iter()
        .chain(&change.after)
        .filter_map(|v| v.get("id"))
        .filter_map(Value::as_str);
    let mut ids: Vec<String> = ids.map(str::to_ascii_lowercase).collect();
    ids.dedup();
    ids
}

/// Every string under `value` that looks like an Azure resource id, except the object's own `id`.
fn collect_ids(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) if s.starts_with("/subscriptions/") => out.push(s.to_ascii_lowercase()),
        Value::List(items) | Value::Set(items) => items.iter().for_each(|v| collect_ids(v, out)),
        Value::Map(map) => map
            .iter()
            .filter(|(k, _)| k.as_str() != "id")
            .for_each(|(_, v)| collect_ids(v, out)),
        _ => {}
    }
}

/// An id and the ids of the objects that contain it, down to the resource group:
/// `/subscriptions/s/resourceGroups/rg/providers/N/t/a/sub/b` gives itself,
/// `.../t/a` and `/subscriptions/s/resourceGroups/rg`.
fn id_and_parents(id: &str) -> Vec<String> {
    let segments: Vec<&str> = id.trim_end_matches('/').split('/').collect();
    let mut out = vec![segments.join("/")];
    let providers = segments.iter().position(|s| *s == "providers");
    let mut end = segments.len();
    while let Some(p) = providers {
        if end < p + 5 {
            break;
        }
        end -= 2;
        if end >= p + 3 {
            out.push(segments[..end].join("/"));
        }
    }
    if let Some(p) = providers {
        out.push(segments[..p].join("/"));
    }
    out
}

fn cycle_error(graph: &StepGraph, changes: &[ResourceChange], cycle: &[usize]) -> Diagnostic {
    let name = |n: usize| {
        let (i, half) = graph.nodes[n];
        let verb = if half == Half::Delete {
            "delete"
        } else {
            "apply"
        };
        format!("{} ({verb})", changes[i].addr)
    };
    let names: Vec<String> = cycle.iter().map(|&n| name(n)).collect();
    let positions: Vec<String> = cycle
        .iter()
        .filter_map(|&n| {
            changes[graph.nodes[n].0]
                .range
                .as_ref()
                .map(|r| format!("`{}` at {r}", changes[graph.nodes[n].0].addr))
        })
        .collect();
    let first = cycle
        .first()
        .and_then(|&n| changes[graph.nodes[n].0].range.clone());
    Diagnostic::error("cycle", format!("cycle: {}", names.join(" -> ")))
        .with_detail(format!(
            "these steps wait for each other, so none can run first; declared at {}",
            positions.join(", ")
        ))
        .with_range(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{Mode, ModulePath};

    fn change(name: &str, action: Action, id: &str, refs: &[(&str, &str)]) -> ResourceChange {
        let mut attrs: BTreeMap<String, Value> = refs
            .iter()
            .map(|(k, v)| (k.to_string(), Value::string(*v)))
            .collect();
        attrs.insert("id".into(), Value::string(id));
        let object = Some(Value::Map(attrs));
        let (before, after) = match action {
            Action::Create => (None, object),
            Action::Delete => (object, None),
            _ => (object.clone(), object),
        };
        ResourceChange {
            addr: ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_x", name)
                .instance(None),
            action,
            reason: None,
            before,
            after,
            replace_paths: Vec::new(),
            schema_known: true,
            sensitive: Vec::new(),
            range: None,
        }
    }

    const RG: &str = "/subscriptions/s/resourceGroups/rg";
    const WS: &str =
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/w";
    const SCOPE: &str =
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Insights/privateLinkScopes/p";

    #[test]
    fn scoped_service_is_deleted_before_the_workspace_it_scopes() {
        let scoped = format!("{SCOPE}/scopedResources/w");
        let changes = vec![
            change("ws", Action::Delete, WS, &[]),
            change(
                "scoped",
                Action::Delete,
                &scoped,
                &[("linked_resource_id", WS)],
            ),
        ];
        let steps = order(&changes, &DependsOn::new()).unwrap().steps;
        let names: Vec<String> = steps.iter().map(|s| s.addr.resource.name.clone()).collect();
        assert_eq!(names, ["scoped", "ws"]);
        assert_eq!((steps[0].wave, steps[1].wave), (1, 2));
    }

    #[test]
    fn resource_group_is_created_first_and_deleted_last() {
        let create = vec![
            change("ws", Action::Create, WS, &[]),
            change("rg", Action::Create, RG, &[]),
        ];
        let steps = order(&create, &DependsOn::new()).unwrap().steps;
        assert_eq!(steps[0].addr.resource.name, "rg");
        let delete = vec![
            change("ws", Action::Delete, WS, &[]),
            change("rg", Action::Delete, RG, &[]),
        ];
        let steps = order(&delete, &DependsOn::new()).unwrap().steps;
        assert_eq!(steps[1].addr.resource.name, "rg");
    }

    #[test]
    fn replacement_splits_into_two_steps() {
        let changes = vec![change("a", Action::DeleteThenCreate, WS, &[])];
        let steps = order(&changes, &DependsOn::new()).unwrap().steps;
        assert_eq!(
            steps.iter().map(|s| s.action).collect::<Vec<_>>(),
            [Action::Delete, Action::Create]
        );
    }

    #[test]
    fn independent_changes_share_a_wave() {
        let changes = vec![
            change(
                "a",
                Action::Create,
                "/subscriptions/s/resourceGroups/a",
                &[],
            ),
            change(
                "b",
                Action::Create,
                "/subscriptions/s/resourceGroups/b",
                &[],
            ),
        ];
        let steps = order(&changes, &DependsOn::new()).unwrap().steps;
        assert!(steps.iter().all(|s| s.wave == 1));
    }

    #[test]
    fn a_cycle_names_every_step() {
        let a = change(
            "a",
            Action::Create,
            "/subscriptions/s/resourceGroups/a",
            &[],
        );
        let b = change(
            "b",
            Action::Create,
            "/subscriptions/s/resourceGroups/b",
            &[],
        );
        let mut deps = DependsOn::new();
        deps.insert(a.addr.clone(), [b.addr.resource.clone()].into());
        deps.insert(b.addr.clone(), [a.addr.resource.clone()].into());
        let err = order(&[a, b], &deps).unwrap_err();
        assert_eq!(err.code, "cycle");
        assert!(
            err.summary
                .contains("azurerm_x.a (apply) -> azurerm_x.b (apply) -> azurerm_x.a (apply)")
                || err
                    .summary
                    .contains("azurerm_x.b (apply) -> azurerm_x.a (apply) -> azurerm_x.b (apply)")
        );
    }

    #[test]
    fn parents_of_an_id_stop_at_the_resource_group() {
        let parents = id_and_parents("/subscriptions/s/resourceGroups/rg/providers/N/t/a/sub/b");
        assert_eq!(
            parents,
            [
                "/subscriptions/s/resourceGroups/rg/providers/N/t/a/sub/b",
                "/subscriptions/s/resourceGroups/rg/providers/N/t/a",
                "/subscriptions/s/resourceGroups/rg"
            ]
        );
    }
}

//! The DNS topology as a picture: VNets, private DNS zones and their links,
//! private endpoints with their AMPLS and the zones they write, peerings.
//! An overriding endpoint and the VNets it cuts off are marked.

use std::collections::BTreeSet;

use crate::diag::Diagnostic;
use crate::network::model::{Id, Network};
use crate::render::graph::{dot_string, mermaid_string};

/// What to draw, and what to mark.
#[derive(Debug, Default)]
pub struct Topology {
    vnets: BTreeSet<Id>,
    zones: BTreeSet<Id>,
    endpoints: BTreeSet<usize>,
    /// Endpoint addresses that override other VNets' DNS.
    overriding: BTreeSet<String>,
    /// Names of VNets that lose Azure Monitor.
    cut_off: BTreeSet<String>,
}

impl Topology {
    /// The whole network.
    pub fn all(network: &Network, diagnostics: &[Diagnostic]) -> Topology {
        let mut t = Topology {
            vnets: network.vnets.keys().cloned().collect(),
            zones: network.zones.keys().cloned().collect(),
            endpoints: (0..network.endpoints.len()).collect(),
            ..Topology::default()
        };
        t.mark(diagnostics);
        t
    }

    /// The part that matters to the named VNets: their zones, the endpoints
    /// writing into those zones, and those endpoints' VNets.
    pub fn around(
        network: &Network,
        vnet_names: &BTreeSet<String>,
        diagnostics: &[Diagnostic],
    ) -> Topology {
        let mut t = Topology::default();
        t.vnets = network
            .vnets
            .values()
            .filter(|v| vnet_names.contains(&v.name))
            .map(|v| v.id.clone())
            .collect();
        t.zones = network
            .links
            .iter()
            .filter(|l| t.vnets.contains(&l.vnet))
            .map(|l| l.zone.clone())
            .collect();
        t.endpoints = network
            .endpoints
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.zone_ids.iter().any(|z| t.zones.contains(z)) || t.vnets.contains(&e.vnet)
            })
            .map(|(i, _)| i)
            .collect();
        let endpoint_vnets: Vec<Id> = t
            .endpoints
            .iter()
            .map(|&i| network.endpoints[i].vnet.clone())
            .collect();
        t.vnets.extend(
            endpoint_vnets
                .into_iter()
                .filter(|v| network.vnets.contains_key(v)),
        );
        t.mark(diagnostics);
        t
    }

    fn mark(&mut self, diagnostics: &[Diagnostic]) {
        for d in diagnostics.iter().filter(|d| d.code == "dns-override") {
            self.overriding.extend(d.address.clone());
            if d.impact == Some("unreachable") {
                self.cut_off.extend(d.affected_vnets.iter().cloned());
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.vnets.is_empty() && self.zones.is_empty()
    }
}

fn vnet_node(network: &Network, ids: &BTreeSet<Id>, id: &str) -> Option<String> {
    ids.iter()
        .position(|v| v == id)
        .map(|i| format!("v{i}"))
        .filter(|_| network.vnets.contains_key(id))
}

fn zone_node(ids: &BTreeSet<Id>, id: &str) -> Option<String> {
    ids.iter().position(|z| z == id).map(|i| format!("z{i}"))
}

/// The drawable parts: nodes (id, label, class) and edges (from, to, label, style).
struct Parts {
    nodes: Vec<(String, String, &'static str)>,
    edges: Vec<(String, String, String, &'static str)>,
}

fn parts(network: &Network, t: &Topology) -> Parts {
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for (i, id) in t.vnets.iter().enumerate() {
        let Some(v) = network.vnets.get(id) else {
            continue;
        };
        let class = if t.cut_off.contains(&v.name) {
            "cutoff"
        } else {
            "vnet"
        };
        nodes.push((format!("v{i}"), format!("VNet {}", v.name), class));
    }
    for (i, id) in t.zones.iter().enumerate() {
        let name = network.zones.get(id).map_or_else(
            || id.rsplit('/').next().unwrap_or_default().to_string(),
            |z| z.name.clone(),
        );
        nodes.push((format!("z{i}"), name, "zone"));
    }
    for &i in &t.endpoints {
        let e = &network.endpoints[i];
        let ampls = e.ampls.as_ref().map(|id| {
            network.ampls.get(id).map_or_else(
                || id.rsplit('/').next().unwrap_or_default().to_string(),
                |a| a.name.clone(),
            )
        });
        let label = format!(
            "{}\nAMPLS {}",
            e.address,
            ampls.unwrap_or_else(|| "-".to_string())
        );
        let class = if t.overriding.contains(&e.address) {
            "override"
        } else {
            "endpoint"
        };
        nodes.push((format!("e{i}"), label, class));
        if let Some(v) = vnet_node(network, &t.vnets, &e.vnet) {
            edges.push((format!("e{i}"), v, "in".to_string(), "plain"));
        }
        for z in e.zone_ids.iter().filter_map(|z| zone_node(&t.zones, z)) {
            edges.push((format!("e{i}"), z, "writes".to_string(), "writes"));
        }
    }
    for l in &network.links {
        if let (Some(v), Some(z)) = (
            vnet_node(network, &t.vnets, &l.vnet),
            zone_node(&t.zones, &l.zone),
        ) {
            edges.push((v, z, "linked".to_string(), "plain"));
        }
    }
    let mut seen = BTreeSet::new();
    for p in &network.peerings {
        let pair = if p.from < p.to {
            (&p.from, &p.to)
        } else {
            (&p.to, &p.from)
        };
        if !network.peered(&p.from, &p.to) || !seen.insert(pair) {
            continue;
        }
        if let (Some(a), Some(b)) = (
            vnet_node(network, &t.vnets, pair.0),
            vnet_node(network, &t.vnets, pair.1),
        ) {
            edges.push((a, b, "peered".to_string(), "peering"));
        }
    }
    Parts { nodes, edges }
}

/// The topology as a Mermaid flowchart (without a code fence).
pub fn mermaid(network: &Network, t: &Topology) -> String {
    let p = parts(network, t);
    let mut text = String::from("flowchart LR\n");
    for (id, label, class) in &p.nodes {
        let label = mermaid_string(&label.replace('\n', " | "));
        let shape = if *class == "zone" {
            format!("{id}[({label})]")
        } else {
            format!("{id}[{label}]")
        };
        text.push_str(&format!("  {shape}:::{class}\n"));
    }
    for (a, b, label, style) in &p.edges {
        let arrow = match *style {
            "peering" => "<-->",
            "writes" => "-.->",
            _ => "---",
        };
        text.push_str(&format!("  {a} {arrow}|{label}| {b}\n"));
    }
    text.push_str("  classDef vnet stroke:#1f6feb,stroke-width:2px\n  classDef cutoff stroke:#d1242f,stroke-width:4px\n  classDef zone stroke:#8250df\n  classDef endpoint stroke:#1a7f37\n  classDef override stroke:#d1242f,stroke-width:4px\n");
    text
}

/// The topology as Graphviz DOT.
pub fn dot(network: &Network, t: &Topology) -> String {
    let p = parts(network, t);
    let mut text =
        String::from("digraph dns {\n  rankdir = LR;\n  node [fontname = \"monospace\"];\n");
    for (id, label, class) in &p.nodes {
        let attrs = match *class {
            "zone" => "shape = cylinder, color = purple4",
            "cutoff" => "shape = box, color = red3, penwidth = 3",
            "override" => "shape = box, style = rounded, color = red3, penwidth = 3",
            "endpoint" => "shape = box, style = rounded, color = green4",
            _ => "shape = box, color = blue3",
        };
        text.push_str(&format!(
            "  {id} [label = {}, {attrs}];\n",
            dot_string(label)
        ));
    }
    for (a, b, label, style) in &p.edges {
        let attrs = match *style {
            "peering" => "dir = both",
            "writes" => "style = dashed",
            _ => "arrowhead = none",
        };
        text.push_str(&format!(
            "  {a} -> {b} [label = {}, {attrs}];\n",
            dot_string(label)
        ));
    }
    text.push_str("}\n");
    text
}

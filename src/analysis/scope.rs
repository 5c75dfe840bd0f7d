//! The AMPLS rules: `out-of-scope-resource`, `private-only-without-endpoint`
//! and `ampls-limits`.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::Diagnostic;
use crate::network::catalog::Limits;
use crate::network::model::{AccessMode, Ampls, Id, Monitored, MonitoredKind, Network};
use crate::network::resolve::Resolver;

/// The name whose answer tells which AMPLS serves a view.
const PROBE: &str = "api.monitor.azure.com";

/// `out-of-scope-resource`: a resource a view cannot reach because the
/// serving AMPLS is `PrivateOnly` and does not scope it, or is `Open` and the
/// resource refuses public traffic.
pub(super) fn out_of_scope(resolver: &mut Resolver) -> Vec<Diagnostic> {
    let network = resolver.network;
    // The VNets each AMPLS serves, so each AMPLS's resources are checked
    // once rather than once per VNet.
    let mut served: BTreeMap<&Id, BTreeSet<String>> = BTreeMap::new();
    for vnet in network.vnets.keys() {
        let key = resolver.view_key(vnet);
        let Some(endpoint) = resolver
            .resolve_view(key, PROBE)
            .endpoint
            .map(|i| &network.endpoints[i])
        else {
            continue;
        };
        let Some(ampls) = endpoint.ampls.as_ref().and_then(|id| network.ampls.get(id)) else {
            continue;
        };
        served
            .entry(&ampls.id)
            .or_default()
            .insert(network.vnet_name(vnet));
    }
    let mut blocked: BTreeMap<(&Id, &Id), Blocked> = BTreeMap::new();
    for (ampls, vnets) in served {
        let Some(ampls) = network.ampls.get(ampls) else {
            continue;
        };
        for resource in network
            .monitored
            .values()
            .filter(|r| !ampls.scoped.contains(&r.id))
        {
            let traffic = blocked_traffic(ampls, resource);
            if !traffic.is_empty() {
                let entry = blocked.entry((&ampls.id, &resource.id)).or_default();
                entry.0.extend(vnets.iter().cloned());
                entry.1.extend(traffic);
            }
        }
    }
    blocked
        .into_iter()
        .map(|((ampls, resource), (vnets, traffic))| {
            out_of_scope_diagnostic(
                &network.ampls[ampls],
                &network.monitored[resource],
                vnets,
                traffic,
            )
        })
        .collect()
}

/// The VNets from which a resource is refused, and which traffic.
type Blocked = (BTreeSet<String>, BTreeSet<&'static str>);

/// Which traffic to a resource outside the serving AMPLS is refused.
fn blocked_traffic(ampls: &Ampls, resource: &Monitored) -> Vec<&'static str> {
    let mut out = Vec::new();
    if ampls.query == AccessMode::PrivateOnly || !resource.accepts_public_query {
        out.push("query");
    }
    // Log Analytics ingestion uses per-workspace names and ignores access modes.
    let mode_applies =
        resource.kind != MonitoredKind::Workspace && ampls.ingestion == AccessMode::PrivateOnly;
    if mode_applies || !resource.accepts_public_ingestion {
        out.push("ingestion");
    }
    out
}

fn out_of_scope_diagnostic(
    ampls: &Ampls,
    resource: &Monitored,
    vnets: BTreeSet<String>,
    traffic: BTreeSet<&str>,
) -> Diagnostic {
    let traffic: Vec<&str> = traffic.into_iter().collect();
    let detail = format!(
        "these VNets reach Azure Monitor through AMPLS `{}` (ingestion {:?}, query {:?}), which does not scope `{}`; its {} traffic from them is refused. Scope the resource into `{}`, or let it accept public traffic where the AMPLS is Open.",
        ampls.name, ampls.ingestion, ampls.query, resource.name, traffic.join(" and "), ampls.name
    );
    let mut d = Diagnostic::warning(
        "out-of-scope-resource",
        format!(
            "`{}` is out of scope for {} VNet(s) served by AMPLS `{}`",
            resource.name,
            vnets.len(),
            ampls.name
        ),
    )
    .with_detail(detail)
    .with_address(resource.address.clone())
    .with_range(resource.range.clone());
    d.affected_vnets = vnets.into_iter().collect();
    d
}

/// `private-only-without-endpoint`: a `PrivateOnly` AMPLS nothing connects to.
pub(super) fn private_only_without_endpoint(network: &Network) -> Vec<Diagnostic> {
    let connected: BTreeSet<&Id> = network
        .endpoints
        .iter()
        .filter_map(|e| e.ampls.as_ref())
        .collect();
    network
        .ampls
        .values()
        .filter(|a| (a.ingestion == AccessMode::PrivateOnly || a.query == AccessMode::PrivateOnly) && !connected.contains(&a.id))
        .map(|a| {
            Diagnostic::warning("private-only-without-endpoint", format!("AMPLS `{}` is PrivateOnly but has no private endpoint", a.name))
                .with_detail("PrivateOnly only matters for traffic that arrives through one of the scope's private endpoints; with none, the setting protects nothing and suggests a missing endpoint")
                .with_address(a.address.clone())
                .with_range(a.range.clone())
        })
        .collect()
}

/// `ampls-limits`: endpoints and scoped resources per AMPLS, and AMPLS per resource.
pub(super) fn limits(network: &Network, limits: &Limits) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for ampls in network.ampls.values() {
        let endpoints = network
            .endpoints
            .iter()
            .filter(|e| e.ampls.as_ref() == Some(&ampls.id))
            .count();
        let count = |kind| {
            ampls
                .scoped
                .iter()
                .filter(|id| network.monitored.get(*id).is_some_and(|m| m.kind == kind))
                .count()
        };
        let checks = [
            ("private endpoints", endpoints, limits.endpoints_per_ampls),
            (
                "workspaces",
                count(MonitoredKind::Workspace),
                limits.workspaces_per_ampls,
            ),
            (
                "Application Insights components",
                count(MonitoredKind::Component),
                limits.components_per_ampls,
            ),
        ];
        for (what, n, max) in checks.into_iter().filter(|(_, n, max)| n > max) {
            out.push(limit_diagnostic(
                &ampls.address,
                ampls.range.clone(),
                format!(
                    "AMPLS `{}` has {n} {what}; the {} limit is {max}",
                    ampls.name, limits.name
                ),
            ));
        }
    }
    let mut per_resource: BTreeMap<&Id, usize> = BTreeMap::new();
    for id in network.ampls.values().flat_map(|a| a.scoped.iter()) {
        *per_resource.entry(id).or_default() += 1;
    }
    for (id, n) in per_resource
        .into_iter()
        .filter(|(_, n)| *n > limits.ampls_per_resource)
    {
        if let Some(m) = network.monitored.get(id) {
            out.push(limit_diagnostic(
                &m.address,
                m.range.clone(),
                format!(
                    "`{}` is scoped into {n} AMPLS; the {} limit is {}",
                    m.name, limits.name, limits.ampls_per_resource
                ),
            ));
        }
    }
    out
}

fn limit_diagnostic(
    address: &str,
    range: Option<crate::source::SourceRange>,
    summary: String,
) -> Diagnostic {
    Diagnostic::error("ampls-limits", summary)
        .with_detail("Azure refuses the change beyond this limit (`--limits conservative` checks the limits from before the preview)")
        .with_address(address.to_string())
        .with_range(range)
}

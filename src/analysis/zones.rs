//! The zone and endpoint rules: `missing-zone-group`,
//! `incomplete-zone-group`, `misnamed-zone`, `unlinked-zone`,
//! `manual-record-conflict`, `duplicate-zone-link`, `subnet-capacity` and
//! `static-ip-members`.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::Diagnostic;
use crate::network::catalog;
use crate::network::model::{Endpoint, Id, Network};
use crate::network::resolve::{members, Resolver};

pub(super) fn findings(resolver: &Resolver) -> Vec<Diagnostic> {
    let network = resolver.network;
    let mut out = Vec::new();
    for endpoint in network.endpoints.iter().filter(|e| e.ampls.is_some()) {
        out.extend(zone_group(network, endpoint));
        out.extend(static_members(network, endpoint));
    }
    out.extend(zone_names(network));
    out.extend(manual_records(resolver));
    out.extend(duplicate_links(network));
    out.extend(subnet_capacity(network));
    out
}

fn at(d: Diagnostic, endpoint: &Endpoint) -> Diagnostic {
    d.with_address(endpoint.address.clone())
        .with_range(endpoint.range.clone())
}

/// `missing-zone-group` and `incomplete-zone-group`.
fn zone_group(network: &Network, endpoint: &Endpoint) -> Option<Diagnostic> {
    if !endpoint.has_zone_group {
        let d = Diagnostic::warning("missing-zone-group", format!("AMPLS private endpoint `{}` has no private DNS zone group", endpoint.name))
            .with_detail("without a `private_dns_zone_group` Azure writes no DNS records for the endpoint, so no VNet resolves Azure Monitor names to it");
        return Some(at(d, endpoint));
    }
    if endpoint.zone_ids_unknown {
        return None;
    }
    let names: BTreeSet<String> = endpoint
        .zone_ids
        .iter()
        .map(|id| {
            network.zones.get(id).map_or_else(
                || id.rsplit('/').next().unwrap_or_default().to_string(),
                |z| z.name.clone(),
            )
        })
        .collect();
    let missing: Vec<&str> = catalog::ZONES
        .iter()
        .map(|z| z.private)
        .filter(|z| !names.contains(*z))
        .collect();
    if missing.is_empty() {
        return None;
    }
    let d = Diagnostic::warning(
        "incomplete-zone-group",
        format!(
            "the zone group of `{}` misses {} of the five Azure Monitor zones",
            endpoint.name,
            missing.len()
        ),
    )
    .with_detail(format!(
        "missing: {}; the names of those zones are left unanswered by this endpoint",
        missing
            .iter()
            .map(|z| format!("`{z}`"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let mut d = at(d, endpoint);
    d.names = missing.iter().map(|z| z.to_string()).collect();
    Some(d)
}

/// `static-ip-members`: static IP configurations must name every member.
fn static_members(network: &Network, endpoint: &Endpoint) -> Option<Diagnostic> {
    if endpoint.static_ips.is_empty() {
        return None;
    }
    let given: BTreeSet<String> = endpoint
        .static_ips
        .iter()
        .map(|(m, _)| m.to_ascii_lowercase())
        .collect();
    let missing: Vec<String> = members(network, endpoint.ampls.as_deref()?)
        .into_iter()
        .filter(|m| !given.contains(m))
        .collect();
    if missing.is_empty() {
        return None;
    }
    let d = Diagnostic::error("static-ip-members", format!("the static IP configuration of `{}` misses {} endpoint member(s)", endpoint.name, missing.len()))
        .with_detail(format!("Azure rejects an AMPLS endpoint whose `ip_configuration` blocks leave out a member; missing: {}", missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")));
    Some(at(d, endpoint))
}

/// `misnamed-zone` and `unlinked-zone`.
fn zone_names(network: &Network) -> Vec<Diagnostic> {
    let linked: BTreeSet<&Id> = network.links.iter().map(|l| &l.zone).collect();
    let mut out = Vec::new();
    for zone in network.zones.values() {
        if let Some(right) = catalog::is_misnamed_zone(&zone.name) {
            let d = Diagnostic::warning("misnamed-zone", format!("zone `{}` lacks the `privatelink.` prefix", zone.name))
                .with_detail(format!("Azure Monitor names go to `{}`; a private zone named `{}` shadows the whole public zone for the VNets linked to it", right.private, zone.name));
            out.push(
                d.with_address(zone.address.clone())
                    .with_range(zone.range.clone()),
            );
        } else if catalog::monitor_zone(&zone.name).is_some() && !linked.contains(&zone.id) {
            let d = Diagnostic::warning("unlinked-zone", format!("zone `{}` is linked to no VNet", zone.name)).with_detail("no VNet resolves through this zone, so its records serve nobody; link it to the VNets that use Azure Monitor");
            out.push(
                d.with_address(zone.address.clone())
                    .with_range(zone.range.clone()),
            );
        }
    }
    out
}

/// `manual-record-conflict`: a hand-made A record next to a zone group's record of the same name.
fn manual_records(resolver: &Resolver) -> Vec<Diagnostic> {
    let network = resolver.network;
    let written = |zone: &str, name: &str| {
        resolver
            .records
            .by_zone
            .get(zone)
            .is_some_and(|r| r.contains_key(name))
    };
    network
        .manual_records
        .iter()
        .filter(|m| written(&m.zone, &m.name))
        .map(|m| {
            Diagnostic::warning("manual-record-conflict", format!("A record `{}` competes with a private endpoint's zone group", m.name))
                .with_detail("the zone group writes and maintains this record itself; a hand-made record with guessed addresses overwrites it or is overwritten, depending on which was written last")
                .with_address(m.address.clone())
                .with_range(m.range.clone())
        })
        .collect()
}

/// `duplicate-zone-link`: a VNet linked to two zones of the same name.
fn duplicate_links(network: &Network) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<(&Id, String), &Id> = BTreeMap::new();
    let mut out = Vec::new();
    for link in &network.links {
        let name = network.zones.get(&link.zone).map_or_else(
            || link.zone.rsplit('/').next().unwrap_or_default().to_string(),
            |z| z.name.clone(),
        );
        match seen.get(&(&link.vnet, name.clone())) {
            Some(first) if *first != &link.zone => {
                let d = Diagnostic::error(
                    "duplicate-zone-link",
                    format!(
                        "VNet `{}` is linked to two zones named `{name}`",
                        network.vnet_name(&link.vnet)
                    ),
                )
                .with_detail(
                    "Azure refuses a second link from one VNet to a zone of the same name",
                );
                let mut d = d
                    .with_address(link.address.clone())
                    .with_range(link.range.clone());
                d.affected_vnets = vec![network.vnet_name(&link.vnet)];
                out.push(d);
            }
            Some(_) => {}
            None => {
                seen.insert((&link.vnet, name), &link.zone);
            }
        }
    }
    out
}

/// `subnet-capacity`: the subnet lacks the free addresses its endpoints' members need.
fn subnet_capacity(network: &Network) -> Vec<Diagnostic> {
    let mut by_subnet: BTreeMap<&Id, Vec<&Endpoint>> = BTreeMap::new();
    for e in &network.endpoints {
        by_subnet.entry(&e.subnet).or_default().push(e);
    }
    let mut out = Vec::new();
    for (subnet, endpoints) in by_subnet {
        let Some(prefixes) = network
            .vnets
            .get(&crate::network::model::parent_id(subnet))
            .and_then(|v| v.subnets.get(subnet))
        else {
            continue;
        };
        let capacity: u64 = prefixes
            .iter()
            .map(|p| {
                (1u64 << (p.max_prefix_len() - p.prefix_len()).min(63))
                    .saturating_sub(u64::from(catalog::RESERVED_LOW + catalog::RESERVED_HIGH))
            })
            .sum();
        let needed: u64 = endpoints
            .iter()
            .map(|e| {
                e.ampls
                    .as_deref()
                    .map_or(1, |a| members(network, a).len() as u64)
            })
            .sum();
        if needed > capacity {
            let last = endpoints
                .iter()
                .max_by_key(|e| (e.order, e.address.clone()))
                .copied();
            if let Some(e) = last {
                let d = Diagnostic::error("subnet-capacity", format!("subnet `{}` has {capacity} usable addresses; its private endpoints need {needed}", subnet.rsplit('/').next().unwrap_or_default()))
                    .with_detail(format!("an AMPLS endpoint takes one address per member (the global names, and each workspace region's names); Azure reserves five addresses of every subnet; the documented minimum for an AMPLS endpoint subnet is /{}", catalog::MIN_ENDPOINT_PREFIX));
                out.push(at(d, e));
            }
        }
    }
    out
}

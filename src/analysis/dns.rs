//! Resolution changes and the DNS rules: `dns-override`,
//! `conflicting-endpoints`, `vnet-multiple-ampls` and `empty-monitor-zone`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::diag::Diagnostic;
use crate::network::model::{Id, Network};
use crate::network::resolve::{Resolution, Resolver, ViewKey};
use crate::plan::{Answer, DnsChange};
use crate::source::SourceRange;

/// A changed answer with what the resolvers know about it.
pub(super) struct Change {
    pub change: DnsChange,
    pub vnet: Id,
    pub before: Resolution,
    pub after: Resolution,
}

/// The answers that change, for every VNet that exists before and after.
pub(super) fn changes(
    before: &mut Resolver,
    after: &mut Resolver,
    names: &[String],
) -> Vec<Change> {
    let vnets: Vec<Id> = before
        .network
        .vnets
        .keys()
        .filter(|id| after.network.vnets.contains_key(*id))
        .cloned()
        .collect();
    // VNets with the same pair of views get the same answers: compare each
    // pair's answers once, not once per VNet.
    let mut differing: HashMap<(ViewKey, ViewKey), Vec<usize>> = HashMap::new();
    let mut out = Vec::new();
    for vnet in vnets {
        let keys = (before.view_key(&vnet), after.view_key(&vnet));
        let names_changed = differing.entry(keys).or_insert_with(|| {
            (0..names.len())
                .filter(|&i| {
                    before.resolve_view(keys.0, &names[i]).answer
                        != after.resolve_view(keys.1, &names[i]).answer
                })
                .collect()
        });
        for &i in names_changed.iter() {
            let fqdn = &names[i];
            let b = before.resolve_view(keys.0, fqdn).clone();
            let a = after.resolve_view(keys.1, fqdn).clone();
            let reachable = reachable(after.network, &vnet, &a);
            let change = DnsChange {
                vnet: after.network.vnet_name(&vnet),
                fqdn: fqdn.clone(),
                before: b.answer.clone(),
                after: a.answer.clone(),
                reachable,
            };
            out.push(Change {
                change,
                vnet: vnet.clone(),
                before: b,
                after: a,
            });
        }
    }
    out.sort_by(|x, y| x.change.cmp(&y.change));
    out
}

/// Whether `vnet` can route to a private answer; `None` for other answers.
pub(super) fn reachable(network: &Network, vnet: &str, resolution: &Resolution) -> Option<bool> {
    if let Some(i) = resolution.endpoint {
        return Some(network.reaches(vnet, &network.endpoints[i].vnet));
    }
    let Answer::Private { addresses, .. } = &resolution.answer else {
        return None;
    };
    let holder = addresses
        .iter()
        .filter_map(|a| a.parse().ok())
        .find_map(|ip| network.vnet_holding(ip))?;
    Some(network.reaches(vnet, &holder.id))
}

/// One `dns-override` being gathered: its victims and names.
#[derive(Default)]
struct Override {
    vnets: BTreeSet<String>,
    names: BTreeSet<String>,
    out_of_scope: BTreeSet<String>,
    previous: BTreeSet<String>,
}

/// `dns-override`: an answer moves to an endpoint in another VNet that the
/// VNet cannot reach, or that is served by another AMPLS.
pub(super) fn overrides(
    changes: &[Change],
    before: &Resolver,
    after: &Resolver,
) -> Vec<Diagnostic> {
    let mut groups: BTreeMap<(usize, &'static str), Override> = BTreeMap::new();
    for c in changes {
        let Some(new) = c.after.endpoint else {
            continue;
        };
        let endpoint = &after.network.endpoints[new];
        let old = c.before.endpoint.map(|i| &before.network.endpoints[i]);
        if endpoint.vnet == c.vnet || old.is_some_and(|o| o.address == endpoint.address) {
            continue;
        }
        let old_ampls = old.and_then(|o| o.ampls.clone());
        let impact = if !after.network.reaches(&c.vnet, &endpoint.vnet) {
            "unreachable"
        } else if old_ampls.is_some() && old_ampls != endpoint.ampls {
            "scope-change"
        } else {
            continue;
        };
        let group = groups.entry((new, impact)).or_default();
        group.vnets.insert(c.change.vnet.clone());
        group.names.insert(c.change.fqdn.clone());
        group.previous.extend(old.map(|o| o.address.clone()));
        if let (Some(old), Some(new)) = (&old_ampls, &endpoint.ampls) {
            group
                .out_of_scope
                .extend(fell_out_of_scope(before.network, old, after.network, new));
        }
    }
    groups
        .into_iter()
        .map(|((i, impact), g)| override_diagnostic(after.network, i, impact, g))
        .collect()
}

/// Names of the resources scoped in the old AMPLS but not in the new one.
fn fell_out_of_scope(before: &Network, old: &str, after: &Network, new: &str) -> Vec<String> {
    let Some(old_scope) = before.ampls.get(old) else {
        return Vec::new();
    };
    let new_scope = after
        .ampls
        .get(new)
        .map(|a| a.scoped.clone())
        .unwrap_or_default();
    old_scope
        .scoped
        .difference(&new_scope)
        .map(|id| {
            before.monitored.get(id).map_or_else(
                || id.rsplit('/').next().unwrap_or_default().to_string(),
                |m| m.name.clone(),
            )
        })
        .collect()
}

fn override_diagnostic(
    network: &Network,
    endpoint: usize,
    impact: &'static str,
    g: Override,
) -> Diagnostic {
    let e = &network.endpoints[endpoint];
    let ampls = e
        .ampls
        .as_ref()
        .map(|id| {
            network
                .ampls
                .get(id)
                .map_or(id.as_str(), |a| a.name.as_str())
        })
        .unwrap_or_default();
    let vnets: Vec<String> = g.vnets.into_iter().collect();
    let list = vnets
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let previously = if g.previous.is_empty() {
        String::new()
    } else {
        format!(
            " Before this plan the answers came from `{}`.",
            g.previous.into_iter().collect::<Vec<_>>().join("`, `")
        )
    };
    let (summary, detail) = if impact == "unreachable" {
        (
            format!("private endpoint `{}` overrides Azure Monitor DNS for {} VNet(s) that cannot reach it", e.address, vnets.len()),
            format!("impact: unreachable. Its zone group writes the shared Azure Monitor names into private DNS zones that {list} {resolve} through, so the answers move to addresses in VNet `{}`, which is not peered with {them}: {they} Azure Monitor.{previously} A DNS view can serve only one AMPLS: peer the VNet with the new endpoint's VNet, or give it its own zone instances.", network.vnet_name(&e.vnet), resolve = if vnets.len() == 1 { "resolves" } else { "resolve" }, them = if vnets.len() == 1 { "it" } else { "them" }, they = if vnets.len() == 1 { "it loses" } else { "they lose" }),
        )
    } else {
        let lost = if g.out_of_scope.is_empty() {
            "no resource falls out of scope".to_string()
        } else {
            format!(
                "resources only in the previous AMPLS fall out of scope: {}",
                g.out_of_scope
                    .iter()
                    .map(|r| format!("`{r}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        (
            format!("private endpoint `{}` moves {} VNet(s) to AMPLS `{ampls}`", e.address, vnets.len()),
            format!("impact: scope-change. {list} can reach the new addresses, but their Azure Monitor traffic is now governed by AMPLS `{ampls}`; {lost}.{previously}"),
        )
    };
    let mut d = Diagnostic::warning("dns-override", summary)
        .with_detail(detail)
        .with_address(e.address.clone())
        .with_range(e.range.clone());
    d.affected_vnets = vnets;
    d.names = g.names.into_iter().collect();
    d.impact = Some(impact);
    d
}

/// `conflicting-endpoints`: endpoints writing the same names into one zone.
pub(super) fn conflicts(resolver: &mut Resolver) -> Vec<Diagnostic> {
    let network = resolver.network;
    let mut groups: BTreeMap<Vec<usize>, (BTreeSet<Id>, BTreeSet<String>, usize)> = BTreeMap::new();
    for (zone, records) in &resolver.records.by_zone {
        for (name, writers) in records {
            let mut endpoints: Vec<usize> = writers.iter().map(|w| w.endpoint).collect();
            let winner = endpoints[endpoints.len() - 1];
            endpoints.sort();
            endpoints.dedup();
            if endpoints.len() < 2 {
                continue;
            }
            let group = groups
                .entry(endpoints)
                .or_insert_with(|| (BTreeSet::new(), BTreeSet::new(), winner));
            group.0.insert(zone.clone());
            group.1.insert(public_name(network, zone, name));
            group.2 = winner;
        }
    }
    let mut out = Vec::new();
    for (endpoints, (zones, names, winner)) in groups {
        let viewers = viewers(resolver, &zones, &names);
        out.extend(conflict_diagnostic(
            network, &endpoints, &viewers, names, winner,
        ));
    }
    out
}

/// The VNets whose answers come from these zones, directly or through
/// custom DNS servers and forwarding rulesets.
fn viewers(
    resolver: &mut Resolver,
    zones: &BTreeSet<Id>,
    names: &BTreeSet<String>,
) -> BTreeSet<Id> {
    let Some(probe) = names.iter().next() else {
        return BTreeSet::new();
    };
    let vnets: Vec<Id> = resolver.network.vnets.keys().cloned().collect();
    vnets
        .into_iter()
        .filter(|v| {
            resolver
                .resolve(v, probe)
                .zone
                .is_some_and(|z| zones.contains(&z))
        })
        .collect()
}

fn public_name(network: &Network, zone: &str, record: &str) -> String {
    let zone_name = network.zones.get(zone).map_or("", |z| z.name.as_str());
    let public = crate::network::catalog::monitor_zone(zone_name).map_or(zone_name, |z| z.public);
    format!("{record}.{public}")
}

fn conflict_diagnostic(
    network: &Network,
    endpoints: &[usize],
    viewers: &BTreeSet<Id>,
    names: BTreeSet<String>,
    winner: usize,
) -> Option<Diagnostic> {
    let eps: Vec<_> = endpoints.iter().map(|&i| &network.endpoints[i]).collect();
    let w = &network.endpoints[winner];
    let cut_off: Vec<String> = viewers
        .iter()
        .filter(|v| !network.reaches(v, &w.vnet))
        .map(|v| network.vnet_name(v))
        .collect();
    let ampls: BTreeSet<_> = eps.iter().map(|e| e.ampls.clone()).collect();
    let one_vnet = eps.iter().all(|e| e.vnet == eps[0].vnet);
    if (ampls.len() < 2 && cut_off.is_empty()) || (one_vnet && ampls.len() > 1) {
        return None;
    }
    let list = eps
        .iter()
        .map(|e| format!("`{}`", e.address))
        .collect::<Vec<_>>()
        .join(", ");
    let victims = if cut_off.is_empty() {
        "every VNet using these zones can reach it".to_string()
    } else {
        format!(
            "VNets that cannot reach it: {}",
            cut_off
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let detail = format!("{list} write the same Azure Monitor records into shared private DNS zones; the last writer, `{}`, wins and overwrites the others' records; {victims}.", w.address);
    let mut d = Diagnostic::warning(
        "conflicting-endpoints",
        format!(
            "{} private endpoints write the same Azure Monitor names into one zone set",
            eps.len()
        ),
    )
    .with_detail(detail)
    .with_address(w.address.clone())
    .with_range(w.range.clone());
    d.affected_vnets = cut_off;
    d.names = names.into_iter().collect();
    Some(d)
}

/// `vnet-multiple-ampls`: one VNet holds endpoints of more than one AMPLS.
pub(super) fn multiple_ampls(network: &Network) -> Vec<Diagnostic> {
    let mut by_vnet: BTreeMap<&Id, BTreeMap<&Id, Vec<usize>>> = BTreeMap::new();
    for (i, e) in network.endpoints.iter().enumerate() {
        if let Some(ampls) = &e.ampls {
            by_vnet
                .entry(&e.vnet)
                .or_default()
                .entry(ampls)
                .or_default()
                .push(i);
        }
    }
    let mut out = Vec::new();
    for (vnet, scopes) in by_vnet.into_iter().filter(|(_, s)| s.len() > 1) {
        let last = scopes
            .values()
            .flatten()
            .copied()
            .max_by_key(|&i| {
                (
                    network.endpoints[i].order,
                    network.endpoints[i].address.clone(),
                )
            })
            .unwrap_or(0);
        let e = &network.endpoints[last];
        let names: Vec<String> = scopes
            .keys()
            .map(|id| {
                network
                    .ampls
                    .get(*id)
                    .map_or_else(|| (*id).clone(), |a| a.name.clone())
            })
            .collect();
        let detail = format!("VNet `{}` holds private endpoints of AMPLS {}; its DNS can serve only one of them, so the others' traffic goes to the wrong scope or nowhere. Use one AMPLS per DNS view.", network.vnet_name(vnet), names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", "));
        let mut d = Diagnostic::error(
            "vnet-multiple-ampls",
            format!(
                "VNet `{}` connects to {} AMPLS",
                network.vnet_name(vnet),
                names.len()
            ),
        )
        .with_detail(detail)
        .with_address(e.address.clone())
        .with_range(e.range.clone());
        d.affected_vnets = vec![network.vnet_name(vnet)];
        out.push(d);
    }
    out
}

/// `empty-monitor-zone`: a VNet's view holds a monitor zone without the records the public chain sends there.
pub(super) fn empty_zones(resolver: &mut Resolver, names: &[String]) -> Vec<Diagnostic> {
    let vnets: Vec<Id> = resolver.network.vnets.keys().cloned().collect();
    let mut by_zone: BTreeMap<Id, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    // Answers depend on the view only: find each view's empty names once.
    let mut empty: HashMap<ViewKey, Vec<(Id, usize)>> = HashMap::new();
    for vnet in &vnets {
        let key = resolver.view_key(vnet);
        let hits = empty.entry(key).or_insert_with(|| {
            let mut hits = Vec::new();
            for (i, fqdn) in names.iter().enumerate() {
                let r = resolver.resolve_view(key, fqdn);
                if let (Answer::NxDomain, Some(zone)) = (&r.answer, r.zone.clone()) {
                    if !outside_the_scope(resolver, &zone, fqdn) {
                        hits.push((zone, i));
                    }
                }
            }
            hits
        });
        for (zone, i) in hits.iter() {
            let entry = by_zone.entry(zone.clone()).or_default();
            entry.0.insert(resolver.network.vnet_name(vnet));
            entry.1.insert(names[*i].clone());
        }
    }
    by_zone
        .into_iter()
        .map(|(zone, (vnets, names))| empty_zone_diagnostic(resolver.network, &zone, vnets, names))
        .collect()
}

/// A workspace's name missing from a zone that endpoints do write: the
/// workspace is outside the AMPLS serving this view, which is what isolated
/// designs intend, not an empty zone.
fn outside_the_scope(resolver: &Resolver, zone: &str, fqdn: &str) -> bool {
    let global = crate::network::catalog::GLOBAL_NAMES
        .iter()
        .any(|n| n.fqdn.eq_ignore_ascii_case(fqdn));
    let network = resolver.network;
    // A workspace whose GUID is known only after apply writes a record too.
    let writes_workspaces = |e: &crate::network::model::Endpoint| {
        e.zone_ids.iter().any(|z| z == zone)
            && e.ampls
                .as_ref()
                .and_then(|a| network.ampls.get(a))
                .is_some_and(|a| {
                    a.scoped.iter().any(|id| {
                        network.monitored.get(id).is_some_and(|m| {
                            m.kind == crate::network::model::MonitoredKind::Workspace
                        })
                    })
                })
    };
    !global
        && (resolver
            .records
            .by_zone
            .get(zone)
            .is_some_and(|records| !records.is_empty())
            || network.endpoints.iter().any(writes_workspaces))
}

fn empty_zone_diagnostic(
    network: &Network,
    zone: &str,
    vnets: BTreeSet<String>,
    names: BTreeSet<String>,
) -> Diagnostic {
    let (address, name, range): (String, String, Option<SourceRange>) =
        match network.zones.get(zone) {
            Some(z) => (z.address.clone(), z.name.clone(), z.range.clone()),
            None => (
                zone.to_string(),
                zone.rsplit('/').next().unwrap_or_default().to_string(),
                None,
            ),
        };
    let detail = format!("Azure Monitor's public DNS sends these names into `{name}`, which the VNets resolve through but which has no record for them, and no link sets `resolution_policy = \"NxDomainRedirect\"`: they get NXDOMAIN. Add a private endpoint zone group that writes the records (scope the resources into the AMPLS), or set the redirect on the links.");
    let mut d = Diagnostic::warning(
        "empty-monitor-zone",
        format!(
            "zone `{name}` leaves {} Azure Monitor name(s) unresolved",
            names.len()
        ),
    )
    .with_detail(detail)
    .with_address(address)
    .with_range(range);
    d.affected_vnets = vnets.into_iter().collect();
    d.names = names.into_iter().collect();
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::catalog;
    use crate::network::model::{
        AccessMode, Ampls, Endpoint, Monitored, MonitoredKind, Vnet, Zone, ZoneLink,
    };

    fn workspace(id: &str, guid: &str) -> Monitored {
        Monitored {
            id: id.to_string(),
            kind: MonitoredKind::Workspace,
            name: id.to_string(),
            address: id.to_string(),
            region: "westeurope".to_string(),
            guid: Some(guid.to_string()),
            accepts_public_ingestion: true,
            accepts_public_query: true,
            range: None,
        }
    }

    /// VNet `a` linked to the ods zone; workspaces `in` (scoped) and `out` (not scoped).
    fn network(with_endpoint: bool) -> Network {
        let mut n = Network::default();
        n.vnets.insert(
            "a".into(),
            Vnet {
                id: "a".into(),
                name: "a".into(),
                ..Vnet::default()
            },
        );
        n.zones.insert(
            "ods".into(),
            Zone {
                id: "ods".into(),
                name: catalog::ODS.into(),
                address: "zone".into(),
                range: None,
            },
        );
        n.links.push(ZoneLink {
            address: "link".into(),
            zone: "ods".into(),
            vnet: "a".into(),
            nxdomain_redirect: false,
            range: None,
        });
        n.monitored.insert("in".into(), workspace("in", "guid-in"));
        n.monitored
            .insert("out".into(), workspace("out", "guid-out"));
        n.ampls.insert(
            "ampls".into(),
            Ampls {
                id: "ampls".into(),
                name: "ampls".into(),
                address: "ampls".into(),
                ingestion: AccessMode::Open,
                query: AccessMode::Open,
                scoped: ["in".to_string()].into(),
                range: None,
            },
        );
        if with_endpoint {
            n.endpoints.push(Endpoint {
                address: "pe".into(),
                vnet: "a".into(),
                ampls: Some("ampls".into()),
                has_zone_group: true,
                zone_ids: vec!["ods".into()],
                ..Endpoint::default()
            });
        }
        n
    }

    #[test]
    fn a_workspace_outside_the_serving_ampls_does_not_make_its_zone_empty() {
        let names = ["guid-out.ods.opinsights.azure.com".to_string()];
        let n = network(true);
        assert!(empty_zones(&mut Resolver::new(&n), &names).is_empty());
        let n = network(false);
        let found = empty_zones(&mut Resolver::new(&n), &names);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, "empty-monitor-zone");
        assert_eq!(found[0].affected_vnets, ["a"]);
    }
}

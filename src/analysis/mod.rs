//! The analysis: what every VNet resolves each Azure Monitor name to before
//! and after the plan, and the diagnostics for the ways these setups break
//! (DOMAIN.md §2). One file per rule family.
//!
//! Rules that describe a state (not a change) run on both the before and the
//! after model; a finding present in both is reported once, marked
//! `existing`, so that a first plan of an existing estate audits it.

mod dns;
mod scope;
mod zones;

use std::collections::{BTreeSet, HashSet};

use crate::diag::Diagnostic;
use crate::network::catalog::{self, Limits};
use crate::network::model::{Id, MonitoredKind, Network};
use crate::network::resolve::Resolver;
use crate::plan::DnsChange;
use crate::render::dns::ResolveRow;

/// The analysis of one plan.
#[derive(Debug, Default)]
pub struct Analysis {
    pub dns_changes: Vec<DnsChange>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Compares the network before and after the plan.
pub fn analyse(before: &Network, after: &Network, limits: &Limits) -> Analysis {
    let mut before_resolver = Resolver::new(before);
    let mut after_resolver = Resolver::new(after);
    let changes = dns::changes(&mut before_resolver, &mut after_resolver, &names(after));
    let overrides = dns::overrides(&changes, &before_resolver, &after_resolver);

    let before_findings = audit(&mut before_resolver, &names(before), limits);
    let old: HashSet<(&str, Option<String>)> = before_findings
        .iter()
        .map(|d| (d.code, d.address.clone()))
        .collect();
    let mut findings = audit(&mut after_resolver, &names(after), limits);
    for d in &mut findings {
        d.existing = old.contains(&(d.code, d.address.clone()));
    }
    // The override is the more specific report of the same conflict.
    let overriding: HashSet<Option<String>> = overrides.iter().map(|d| d.address.clone()).collect();
    findings.retain(|d| !(d.code == "conflicting-endpoints" && overriding.contains(&d.address)));

    let mut diagnostics = overrides;
    diagnostics.extend(findings);
    diagnostics
        .sort_by(|a, b| (a.severity, a.code, &a.address).cmp(&(b.severity, b.code, &b.address)));
    Analysis {
        dns_changes: changes.into_iter().map(|c| c.change).collect(),
        diagnostics,
    }
}

/// What every VNet (or the one named `only`, by name) resolves each name to.
pub fn resolution_rows(network: &Network, only: Option<&str>) -> Vec<ResolveRow> {
    let mut resolver = Resolver::new(network);
    let names = names(network);
    let mut vnets: Vec<(&String, &Id)> = network
        .vnets
        .values()
        .map(|v| (&v.name, &v.id))
        .filter(|(name, _)| only.is_none_or(|o| o.eq_ignore_ascii_case(name)))
        .collect();
    vnets.sort();
    let mut rows = Vec::new();
    for (name, id) in vnets {
        for fqdn in &names {
            let resolution = resolver.resolve(id, fqdn);
            let reachable = dns::reachable(network, id, &resolution);
            rows.push(ResolveRow {
                vnet: name.clone(),
                fqdn: fqdn.clone(),
                answer: resolution.answer,
                reachable,
            });
        }
    }
    rows
}

/// The findings that describe one model.
fn audit(resolver: &mut Resolver, names: &[String], limits: &Limits) -> Vec<Diagnostic> {
    let mut out = dns::conflicts(resolver);
    out.extend(dns::multiple_ampls(resolver.network));
    out.extend(dns::empty_zones(resolver, names));
    out.extend(scope::out_of_scope(resolver));
    out.extend(scope::private_only_without_endpoint(resolver.network));
    out.extend(scope::limits(resolver.network, limits));
    out.extend(zones::findings(resolver));
    out
}

/// The public names resolved for every VNet: the global names and each workspace's.
pub fn names(network: &Network) -> Vec<String> {
    let mut names: Vec<String> = catalog::GLOBAL_NAMES
        .iter()
        .map(|n| n.fqdn.to_string())
        .collect();
    let guids: BTreeSet<&String> = network
        .monitored
        .values()
        .filter(|m| m.kind == MonitoredKind::Workspace)
        .filter_map(|m| m.guid.as_ref())
        .collect();
    for guid in guids {
        for zone in [catalog::OMS, catalog::ODS, catalog::AGENTSVC] {
            let public = catalog::ZONES
                .iter()
                .find(|z| z.private == zone)
                .map(|z| z.public)
                .unwrap_or_default();
            names.push(format!("{guid}.{public}"));
        }
    }
    names
}

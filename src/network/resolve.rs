//! DNS resolution of Azure Monitor names from each VNet.
//!
//! A VNet sees the private zones linked to it. A VNet with custom DNS
//! servers sees what the server's VNet sees (a forwarder or a resolver
//! inbound endpoint), or an unknown view when the server is outside every
//! known VNet. A forwarding ruleset linked to the resolving VNet sends its
//! domains to the target's VNet first. Where several endpoints write one
//! record into one zone, the last writer wins.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

use crate::network::catalog::{self, GLOBAL_RECORDS, WORKSPACE_RECORDS};
use crate::network::model::{Endpoint, Id, MonitoredKind, Network};
use crate::plan::Answer;

/// How many custom-DNS or forwarding hops are followed before the view is unknown.
const MAX_HOPS: usize = 8;

/// One record an endpoint writes into a zone.
#[derive(Debug, Clone)]
pub struct Written {
    /// Index into `Network::endpoints`.
    pub endpoint: usize,
    pub addresses: Vec<String>,
}

/// Every record of every zone instance, with its writers in write order.
#[derive(Debug, Default)]
pub struct Records {
    /// Zone id to record name to writers, first writer first.
    pub by_zone: HashMap<Id, BTreeMap<String, Vec<Written>>>,
}

impl Records {
    /// The records the endpoints' zone groups write.
    pub fn of(network: &Network) -> Records {
        let mut records = Records::default();
        let mut order: Vec<usize> = (0..network.endpoints.len()).collect();
        order.sort_by_key(|&i| {
            (
                network.endpoints[i].order,
                network.endpoints[i].address.clone(),
            )
        });
        for i in order {
            for (zone_id, name, addresses) in written_by(network, &network.endpoints[i]) {
                records
                    .by_zone
                    .entry(zone_id)
                    .or_default()
                    .entry(name)
                    .or_default()
                    .push(Written {
                        endpoint: i,
                        addresses,
                    });
            }
        }
        records
    }

    /// The winning writer of a record: the last one.
    pub fn winner(&self, zone: &str, name: &str) -> Option<&Written> {
        self.by_zone.get(zone)?.get(name)?.last()
    }
}

/// The records one endpoint writes: (zone id, record name, addresses known so far).
pub fn written_by(network: &Network, endpoint: &Endpoint) -> Vec<(Id, String, Vec<String>)> {
    let Some(ampls) = endpoint.ampls.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for zone_id in &endpoint.zone_ids {
        let zone_name = network.zones.get(zone_id).map_or_else(
            || zone_id.rsplit('/').next().unwrap_or_default().to_string(),
            |z| z.name.clone(),
        );
        for (record, member) in records_for_zone(network, ampls, &zone_name) {
            let addresses = endpoint_addresses(endpoint, &zone_name, &record, &member);
            out.push((zone_id.clone(), record, addresses));
        }
    }
    out
}

/// The record names (and their members) an endpoint of `ampls` writes into a zone of this name.
pub fn records_for_zone(network: &Network, ampls: &str, zone: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = GLOBAL_RECORDS
        .iter()
        .filter(|r| r.zone == zone)
        .map(|r| (r.name.to_string(), r.member.to_string()))
        .collect();
    let scoped = network
        .ampls
        .get(ampls)
        .map(|a| a.scoped.clone())
        .unwrap_or_default();
    for resource in scoped.iter().filter_map(|id| network.monitored.get(id)) {
        match resource.kind {
            MonitoredKind::Workspace => {
                let member = WORKSPACE_RECORDS
                    .iter()
                    .find(|(z, _)| *z == zone)
                    .map(|(_, m)| format!("{m}-{}", resource.region));
                if let (Some(member), Some(guid)) = (member, &resource.guid) {
                    out.push((guid.clone(), member));
                }
            }
            MonitoredKind::CollectionEndpoint if zone == catalog::MONITOR => {
                for suffix in catalog::DCE_RECORD_SUFFIXES {
                    let name = format!(
                        "{}.{}.{suffix}",
                        resource.name.to_ascii_lowercase(),
                        resource.region
                    );
                    out.push((name.clone(), name));
                }
            }
            MonitoredKind::Component if zone == catalog::MONITOR => {
                let instance = format!(
                    "{}-{}.in.ai",
                    resource.region,
                    catalog::APP_INSIGHTS_INSTANCE
                );
                let live = format!("{}.livediagnostics", resource.region);
                out.push((instance.clone(), instance));
                out.push((live.clone(), live));
            }
            _ => {}
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Every endpoint member an endpoint of `ampls` needs: one IP each.
pub fn members(network: &Network, ampls: &str) -> Vec<String> {
    let mut out: Vec<String> = catalog::ZONES
        .iter()
        .flat_map(|z| records_for_zone(network, ampls, z.private))
        .map(|(_, member)| member)
        .collect();
    out.sort();
    out.dedup();
    out
}

fn endpoint_addresses(endpoint: &Endpoint, zone: &str, record: &str, member: &str) -> Vec<String> {
    if let Some(known) = endpoint.known_ips.get(&format!("{zone}/{record}")) {
        return known.clone();
    }
    endpoint
        .static_ips
        .iter()
        .filter(|(m, _)| m.eq_ignore_ascii_case(member))
        .map(|(_, ip)| ip.clone())
        .collect()
}

/// The answer for one name from one VNet, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    pub answer: Answer,
    /// The endpoint that wrote the answering record (index into `Network::endpoints`).
    pub endpoint: Option<usize>,
    /// The zone instance that answered.
    pub zone: Option<Id>,
}

impl Resolution {
    fn plain(answer: Answer) -> Resolution {
        Resolution {
            answer,
            endpoint: None,
            zone: None,
        }
    }
}

/// Resolves names over one network model, caching per view.
pub struct Resolver<'n> {
    pub network: &'n Network,
    pub records: Records,
    cache: HashMap<(Option<Id>, String), Resolution>,
}

impl<'n> Resolver<'n> {
    pub fn new(network: &'n Network) -> Resolver<'n> {
        Resolver {
            network,
            records: Records::of(network),
            cache: HashMap::new(),
        }
    }

    /// What `fqdn` resolves to from the VNet `vnet`.
    pub fn resolve(&mut self, vnet: &str, fqdn: &str) -> Resolution {
        let view = self.resolving_vnet(vnet, 0);
        let key = (view.clone(), fqdn.to_ascii_lowercase());
        if let Some(hit) = self.cache.get(&key) {
            return hit.clone();
        }
        let resolution = match &view {
            Some(resolving) => self.resolve_in(resolving, fqdn, 0),
            None => Resolution::plain(Answer::Unknown),
        };
        self.cache.insert(key, resolution.clone());
        resolution
    }

    /// The VNet whose Azure DNS answers for `vnet`: itself, or where its custom DNS server lives.
    pub fn resolving_vnet(&self, vnet: &str, hops: usize) -> Option<Id> {
        let v = self.network.vnets.get(vnet)?;
        let Some(server) = v.dns_servers.first() else {
            return Some(vnet.to_string());
        };
        if hops >= MAX_HOPS {
            return None;
        }
        let holder = self.network.vnet_holding(*server)?;
        if holder.id == vnet {
            return Some(vnet.to_string());
        }
        self.resolving_vnet(&holder.id.clone(), hops + 1)
    }

    fn resolve_in(&self, vnet: &str, fqdn: &str, hops: usize) -> Resolution {
        if let Some(target) = self.forwarded(vnet, fqdn) {
            return match (hops < MAX_HOPS)
                .then(|| self.network.vnet_holding(target))
                .flatten()
                .and_then(|h| self.resolving_vnet(&h.id, hops + 1))
            {
                Some(next) if next != vnet => self.resolve_in(&next, fqdn, hops + 1),
                _ => Resolution::plain(Answer::Unknown),
            };
        }
        let Some((zone_name, record)) = catalog::private_target(fqdn) else {
            return Resolution::plain(Answer::Public);
        };
        let linked = self
            .network
            .links
            .iter()
            .filter(|l| l.vnet == vnet)
            .filter(|l| self.zone_name(&l.zone) == zone_name);
        let Some(link) = linked.min_by(|a, b| a.zone.cmp(&b.zone)) else {
            return Resolution::plain(Answer::Public);
        };
        match self.records.winner(&link.zone, &record) {
            Some(written) => Resolution {
                answer: self.private(written),
                endpoint: Some(written.endpoint),
                zone: Some(link.zone.clone()),
            },
            None => self.manual_or_missing(&link.zone, &record, link.nxdomain_redirect),
        }
    }

    fn manual_or_missing(&self, zone: &str, record: &str, redirect: bool) -> Resolution {
        let manual = self
            .network
            .manual_records
            .iter()
            .find(|m| m.zone == zone && m.name == record);
        let answer = match manual {
            Some(m) => Answer::Private {
                addresses: m.ips.clone(),
                endpoint: m.address.clone(),
                ampls: String::new(),
            },
            None if redirect => Answer::Public,
            None => Answer::NxDomain,
        };
        Resolution {
            answer,
            endpoint: None,
            zone: Some(zone.to_string()),
        }
    }

    fn private(&self, written: &Written) -> Answer {
        let endpoint = &self.network.endpoints[written.endpoint];
        let ampls = endpoint.ampls.as_ref().map(|id| {
            self.network.ampls.get(id).map_or_else(
                || id.rsplit('/').next().unwrap_or_default().to_string(),
                |a| a.name.clone(),
            )
        });
        Answer::Private {
            addresses: written.addresses.clone(),
            endpoint: endpoint.address.clone(),
            ampls: ampls.unwrap_or_default(),
        }
    }

    fn zone_name(&self, zone: &str) -> String {
        self.network.zones.get(zone).map_or_else(
            || zone.rsplit('/').next().unwrap_or_default().to_string(),
            |z| z.name.clone(),
        )
    }

    /// The target of the most specific enabled forwarding rule for `fqdn` in a ruleset linked to `vnet`.
    fn forwarded(&self, vnet: &str, fqdn: &str) -> Option<IpAddr> {
        let fqdn = fqdn.to_ascii_lowercase();
        let private =
            catalog::private_target(&fqdn).map(|(zone, record)| format!("{record}.{zone}"));
        let matches = |domain: &str| {
            [Some(&fqdn), private.as_ref()]
                .into_iter()
                .flatten()
                .any(|n| n == domain || n.ends_with(&format!(".{domain}")))
        };
        self.network
            .rules
            .iter()
            .filter(|r| {
                r.enabled
                    && self
                        .network
                        .ruleset_links
                        .get(&r.ruleset)
                        .is_some_and(|vnets| vnets.contains(vnet))
            })
            .filter(|r| matches(&r.domain))
            .max_by_key(|r| r.domain.len())
            .and_then(|r| r.targets.first().copied())
    }
}

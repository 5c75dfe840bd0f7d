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
use crate::network::model::{Endpoint, Id, MonitoredKind, Network, ZoneLink};
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
    // A workspace whose GUID is known only after apply writes no record yet,
    // but its region's members are needed all the same.
    let scoped = network.ampls.get(ampls).map(|a| &a.scoped);
    for resource in scoped
        .into_iter()
        .flatten()
        .filter_map(|id| network.monitored.get(id))
        .filter(|m| m.kind == MonitoredKind::Workspace)
    {
        out.extend(
            WORKSPACE_RECORDS
                .iter()
                .map(|(_, m)| format!("{m}-{}", resource.region)),
        );
    }
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

/// What decides a VNet's answers: the zone links (zone id and redirect
/// flag) and forwarding rulesets of the VNet whose Azure DNS answers for it.
/// VNets with equal views get equal answers, so each view is resolved once
/// however many VNets share it. `None` is the unknown view (custom DNS
/// outside every known VNet).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct View {
    links: Vec<(Id, bool)>,
    rulesets: Vec<Id>,
}

/// A view interned by a [`Resolver`]: VNets with equal views get equal keys.
/// Comparing and hashing a key is cheap, unlike the view's links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ViewKey(usize);

/// The cache slot of the unknown view; interned views follow it.
const UNKNOWN_VIEW: ViewKey = ViewKey(0);

/// Resolves names over one network model, caching per view.
pub struct Resolver<'n> {
    pub network: &'n Network,
    pub records: Records,
    /// Indices into `Network::links` by VNet, so a view is read without scanning every link.
    links_by_vnet: HashMap<Id, Vec<usize>>,
    /// Each VNet's view with the VNet whose Azure DNS answers for it, computed once.
    views: HashMap<Id, Option<(Id, View)>>,
    /// Each VNet's interned view.
    keys: HashMap<Id, ViewKey>,
    /// Interned views to their keys.
    interned: HashMap<View, ViewKey>,
    /// Per key: the VNet whose Azure DNS answers for the view (the first
    /// VNet seen with it; `None` for the unknown view), and the answers by
    /// lower-cased name.
    caches: Vec<(Option<Id>, HashMap<String, Resolution>)>,
    resolutions: usize,
}

impl<'n> Resolver<'n> {
    pub fn new(network: &'n Network) -> Resolver<'n> {
        let mut links_by_vnet: HashMap<Id, Vec<usize>> = HashMap::new();
        for (i, link) in network.links.iter().enumerate() {
            links_by_vnet.entry(link.vnet.clone()).or_default().push(i);
        }
        Resolver {
            network,
            records: Records::of(network),
            links_by_vnet,
            views: HashMap::new(),
            keys: HashMap::new(),
            interned: HashMap::new(),
            caches: vec![(None, HashMap::new())],
            resolutions: 0,
        }
    }

    /// What `fqdn` resolves to from the VNet `vnet`.
    pub fn resolve(&mut self, vnet: &str, fqdn: &str) -> Resolution {
        let key = self.view_key(vnet);
        self.resolve_view(key, fqdn).clone()
    }

    /// The key of the view `vnet` resolves through: resolve many names from
    /// one VNet, or group VNets by view, without hashing VNet ids per name.
    pub fn view_key(&mut self, vnet: &str) -> ViewKey {
        if let Some(&key) = self.keys.get(vnet) {
            return key;
        }
        let key = match self.view(vnet) {
            None => UNKNOWN_VIEW,
            Some((resolving, view)) => match self.interned.get(&view) {
                Some(&key) => key,
                None => {
                    let key = ViewKey(self.caches.len());
                    self.caches.push((Some(resolving), HashMap::new()));
                    self.interned.insert(view, key);
                    key
                }
            },
        };
        self.keys.insert(vnet.to_string(), key);
        key
    }

    /// What `fqdn` resolves to in the view `key` (from [`Resolver::view_key`]).
    pub fn resolve_view(&mut self, key: ViewKey, fqdn: &str) -> &Resolution {
        let lower: std::borrow::Cow<str> = if fqdn.bytes().any(|b| b.is_ascii_uppercase()) {
            fqdn.to_ascii_lowercase().into()
        } else {
            fqdn.into()
        };
        if !self.caches[key.0].1.contains_key(lower.as_ref()) {
            self.resolutions += 1;
            let resolution = match &self.caches[key.0].0 {
                Some(resolving) => self.resolve_in(resolving, fqdn, 0),
                None => Resolution::plain(Answer::Unknown),
            };
            self.caches[key.0]
                .1
                .insert(lower.clone().into_owned(), resolution);
        }
        &self.caches[key.0].1[lower.as_ref()]
    }

    /// How many (view, name) pairs were resolved: VNets sharing a view share its resolutions.
    pub fn resolutions(&self) -> usize {
        self.resolutions
    }

    /// The view `vnet` resolves through, with the VNet whose Azure DNS answers for it.
    pub fn view(&mut self, vnet: &str) -> Option<(Id, View)> {
        if let Some(view) = self.views.get(vnet) {
            return view.clone();
        }
        let view = self.resolving_vnet(vnet, 0).map(|resolving| {
            let mut links: Vec<(Id, bool)> = self
                .links_of(&resolving)
                .map(|l| (l.zone.clone(), l.nxdomain_redirect))
                .collect();
            links.sort();
            let rulesets = self
                .network
                .ruleset_links
                .iter()
                .filter(|(_, vnets)| vnets.contains(&resolving))
                .map(|(id, _)| id.clone())
                .collect();
            (resolving, View { links, rulesets })
        });
        self.views.insert(vnet.to_string(), view.clone());
        view
    }

    fn links_of<'s>(&'s self, vnet: &str) -> impl Iterator<Item = &'n ZoneLink> + 's {
        let network = self.network;
        self.links_by_vnet
            .get(vnet)
            .into_iter()
            .flatten()
            .map(move |&i| &network.links[i])
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
            .links_of(vnet)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::model::{Ampls, Monitored, Vnet, Zone};

    const SUB: &str = "/subscriptions/s/resourcegroups/r/providers/microsoft.network";

    fn vnet(name: &str, cidr: &str, dns: &[&str]) -> Vnet {
        Vnet {
            id: format!("{SUB}/virtualnetworks/{name}"),
            name: name.to_string(),
            address_space: vec![cidr.parse().unwrap()],
            dns_servers: dns.iter().map(|d| d.parse().unwrap()).collect(),
            ..Vnet::default()
        }
    }

    fn link(network: &mut Network, zone: &str, vnet: &str) {
        network.links.push(ZoneLink {
            address: format!("link {vnet}"),
            zone: format!("{SUB}/privatednszones/{zone}"),
            vnet: format!("{SUB}/virtualnetworks/{vnet}"),
            nxdomain_redirect: false,
            range: None,
        });
    }

    /// `count` spokes linked to the monitor zone, and `count` spokes whose DNS server is in the hub.
    fn estate(count: usize) -> Network {
        let mut network = Network::default();
        let zone = format!("{SUB}/privatednszones/{}", catalog::MONITOR);
        network.zones.insert(
            zone.clone(),
            Zone {
                id: zone.clone(),
                name: catalog::MONITOR.to_string(),
                address: "zone".to_string(),
                range: None,
            },
        );
        let hub = vnet("hub", "10.0.0.0/24", &[]);
        network.vnets.insert(hub.id.clone(), hub);
        link(&mut network, catalog::MONITOR, "hub");
        for i in 0..count {
            let linked = vnet(
                &format!("linked{i}"),
                &format!("10.{}.{}.0/24", 1 + i / 250, i % 250),
                &[],
            );
            network.vnets.insert(linked.id.clone(), linked);
            link(&mut network, catalog::MONITOR, &format!("linked{i}"));
            let custom = vnet(
                &format!("custom{i}"),
                &format!("10.{}.{}.0/24", 101 + i / 250, i % 250),
                &["10.0.0.4"],
            );
            network.vnets.insert(custom.id.clone(), custom);
        }
        network.ampls.insert(
            "ampls".to_string(),
            Ampls {
                id: "ampls".to_string(),
                name: "ampls".to_string(),
                address: "ampls".to_string(),
                ingestion: crate::network::model::AccessMode::Open,
                query: crate::network::model::AccessMode::Open,
                scoped: Default::default(),
                range: None,
            },
        );
        network.endpoints.push(Endpoint {
            address: "pe".to_string(),
            vnet: format!("{SUB}/virtualnetworks/hub"),
            ampls: Some("ampls".to_string()),
            has_zone_group: true,
            zone_ids: vec![zone],
            ..Endpoint::default()
        });
        network
    }

    #[test]
    fn vnets_sharing_a_view_are_resolved_once() {
        let network = estate(50);
        let mut resolver = Resolver::new(&network);
        let vnets: Vec<Id> = network.vnets.keys().cloned().collect();
        for vnet in &vnets {
            let r = resolver.resolve(vnet, "api.monitor.azure.com");
            assert_eq!(r.endpoint, Some(0), "{vnet}");
            resolver.resolve(vnet, "example.com");
        }
        // The hub, the linked spokes and the custom-DNS spokes all see the hub's one link.
        assert_eq!(resolver.resolutions(), 2);
    }

    #[test]
    fn a_dns_server_outside_every_vnet_gives_the_unknown_view() {
        let mut network = estate(0);
        let onprem = vnet("onprem-dns", "10.9.0.0/24", &["192.168.0.1"]);
        let id = onprem.id.clone();
        network.vnets.insert(id.clone(), onprem);
        let mut resolver = Resolver::new(&network);
        assert_eq!(
            resolver.resolve(&id, "api.monitor.azure.com").answer,
            Answer::Unknown
        );
    }

    #[test]
    fn members_count_workspaces_whose_guid_is_not_known_yet() {
        let mut network = estate(0);
        network.monitored.insert(
            "ws".to_string(),
            Monitored {
                id: "ws".to_string(),
                kind: MonitoredKind::Workspace,
                name: "log".to_string(),
                address: "ws".to_string(),
                region: "northeurope".to_string(),
                guid: None,
                accepts_public_ingestion: true,
                accepts_public_query: true,
                range: None,
            },
        );
        network
            .ampls
            .get_mut("ampls")
            .unwrap()
            .scoped
            .insert("ws".to_string());
        let members = members(&network, "ampls");
        assert_eq!(members.len(), 11);
        assert!(members.contains(&"ods-northeurope".to_string()));
    }
}

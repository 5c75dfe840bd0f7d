//! The Azure network as amplan models it: VNets with their address spaces,
//! subnets, custom DNS servers and peerings; private DNS zones, their links
//! and manual records; AMPLS with their scoped resources; private endpoints
//! and the records their zone groups write; resolver forwarding rulesets.
//!
//! A model is built from plain objects (resource type and attribute values),
//! so the same code builds the state before a plan (prior and context
//! states) and after it (planned values over the same context). Azure ids
//! are compared case-insensitively, as Azure does.

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;

use ipnet::IpNet;

use crate::source::SourceRange;
use crate::value::Value;

/// A lower-cased Azure resource id, or a placeholder when the id is unknown.
pub type Id = String;

/// One object to model: a resource instance from a state or a plan.
#[derive(Debug, Clone)]
pub struct Object<'a> {
    /// The Terraform address, with the state it came from for context objects.
    pub address: String,
    pub type_name: &'a str,
    pub values: &'a Value,
    pub range: Option<SourceRange>,
    /// When the object's DNS records were (or will be) written; the last writer wins.
    pub order: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Vnet {
    pub id: Id,
    pub name: String,
    pub address: String,
    pub address_space: Vec<IpNet>,
    pub dns_servers: Vec<IpAddr>,
    /// Subnet id to its prefixes.
    pub subnets: BTreeMap<Id, Vec<IpNet>>,
}

#[derive(Debug, Clone)]
pub struct Peering {
    pub address: String,
    pub from: Id,
    pub to: Id,
    pub allows_access: bool,
}

#[derive(Debug, Clone)]
pub struct Zone {
    pub id: Id,
    pub name: String,
    pub address: String,
    pub range: Option<SourceRange>,
}

#[derive(Debug, Clone)]
pub struct ZoneLink {
    pub address: String,
    pub zone: Id,
    pub vnet: Id,
    /// `resolution_policy = "NxDomainRedirect"`: names missing from the zone fall back to public DNS.
    pub nxdomain_redirect: bool,
    pub range: Option<SourceRange>,
}

/// An A record created by hand (`azurerm_private_dns_a_record`).
#[derive(Debug, Clone)]
pub struct ManualRecord {
    pub address: String,
    pub zone: Id,
    pub name: String,
    pub ips: Vec<String>,
    pub range: Option<SourceRange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessMode {
    Open,
    PrivateOnly,
}

#[derive(Debug, Clone)]
pub struct Ampls {
    pub id: Id,
    pub name: String,
    pub address: String,
    pub ingestion: AccessMode,
    pub query: AccessMode,
    /// Ids of the scoped workspaces, components and data collection endpoints.
    pub scoped: BTreeSet<Id>,
    pub range: Option<SourceRange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MonitoredKind {
    Workspace,
    Component,
    CollectionEndpoint,
}

/// A workspace, Application Insights component or data collection endpoint.
#[derive(Debug, Clone)]
pub struct Monitored {
    pub id: Id,
    pub kind: MonitoredKind,
    pub name: String,
    pub address: String,
    pub region: String,
    /// A workspace's customer GUID (its `workspace_id`), the name of its records.
    pub guid: Option<String>,
    pub accepts_public_ingestion: bool,
    pub accepts_public_query: bool,
    pub range: Option<SourceRange>,
}

#[derive(Debug, Clone, Default)]
pub struct Endpoint {
    pub id: Id,
    pub name: String,
    pub address: String,
    pub subnet: Id,
    pub vnet: Id,
    /// The AMPLS the endpoint connects to, when it is an `azuremonitor` endpoint.
    pub ampls: Option<Id>,
    pub has_zone_group: bool,
    pub zone_ids: Vec<Id>,
    /// The zone group's zone ids are not all known yet (they come from unresolved data sources).
    pub zone_ids_unknown: bool,
    /// Static `ip_configuration` blocks: member name and address.
    pub static_ips: Vec<(String, String)>,
    /// Known addresses by `zone/record`, from the endpoint's recorded DNS configuration.
    pub known_ips: BTreeMap<String, Vec<String>>,
    pub order: usize,
    pub range: Option<SourceRange>,
}

/// A DNS forwarding rule of a resolver ruleset.
#[derive(Debug, Clone)]
pub struct ForwardingRule {
    pub ruleset: Id,
    pub domain: String,
    pub targets: Vec<IpAddr>,
    pub enabled: bool,
}

/// The whole modelled estate.
#[derive(Debug, Clone, Default)]
pub struct Network {
    pub vnets: BTreeMap<Id, Vnet>,
    pub peerings: Vec<Peering>,
    pub zones: BTreeMap<Id, Zone>,
    pub links: Vec<ZoneLink>,
    pub manual_records: Vec<ManualRecord>,
    pub ampls: BTreeMap<Id, Ampls>,
    pub monitored: BTreeMap<Id, Monitored>,
    pub endpoints: Vec<Endpoint>,
    pub rules: Vec<ForwardingRule>,
    /// Ruleset id to the VNets linked to it.
    pub ruleset_links: BTreeMap<Id, BTreeSet<Id>>,
}

impl Network {
    /// Builds the model from objects; types amplan does not model are skipped.
    pub fn build<'a>(objects: impl IntoIterator<Item = Object<'a>>) -> Network {
        let mut network = Network::default();
        let mut later = Vec::new();
        for object in objects {
            if !network.add_primary(&object) {
                later.push(object);
            }
        }
        // Children refer to VNets, zones and AMPLS, so they come second.
        for object in &later {
            network.add_child(object);
        }
        network.endpoints.sort_by(|a, b| a.address.cmp(&b.address));
        network
    }

    fn add_primary(&mut self, o: &Object) -> bool {
        match o.type_name {
            "azurerm_virtual_network" => self.add_vnet(o),
            "azurerm_private_dns_zone" => {
                let zone = Zone {
                    id: id_of(o),
                    name: text(o.values, "name").to_ascii_lowercase(),
                    address: o.address.clone(),
                    range: o.range.clone(),
                };
                self.zones.insert(zone.id.clone(), zone);
            }
            "azurerm_monitor_private_link_scope" => {
                let ampls = Ampls {
                    id: id_of(o),
                    name: text(o.values, "name"),
                    address: o.address.clone(),
                    ingestion: access_mode(o.values, "ingestion_access_mode"),
                    query: access_mode(o.values, "query_access_mode"),
                    scoped: BTreeSet::new(),
                    range: o.range.clone(),
                };
                self.ampls.insert(ampls.id.clone(), ampls);
            }
            "azurerm_log_analytics_workspace" => self.add_monitored(o, MonitoredKind::Workspace),
            "azurerm_application_insights" => self.add_monitored(o, MonitoredKind::Component),
            "azurerm_monitor_data_collection_endpoint" => {
                self.add_monitored(o, MonitoredKind::CollectionEndpoint)
            }
            _ => return false,
        }
        true
    }

    fn add_child(&mut self, o: &Object) {
        let v = o.values;
        match o.type_name {
            "azurerm_subnet" => {
                let id = id_of(o);
                if let Some(vnet) = self.vnets.get_mut(&parent_id(&id)) {
                    vnet.subnets.insert(id, nets(v.get("address_prefixes")));
                }
            }
            "azurerm_virtual_network_dns_servers" => {
                if let Some(vnet) = self.vnets.get_mut(&lower(v, "virtual_network_id")) {
                    vnet.dns_servers = ips(v.get("dns_servers"));
                }
            }
            "azurerm_virtual_network_peering" => self.peerings.push(Peering {
                address: o.address.clone(),
                from: parent_id(&id_of(o)),
                to: lower(v, "remote_virtual_network_id"),
                allows_access: v
                    .get("allow_virtual_network_access")
                    .and_then(Value::as_bool)
                    .unwrap_or(true),
            }),
            "azurerm_private_dns_zone_virtual_network_link" => self.links.push(ZoneLink {
                address: o.address.clone(),
                zone: parent_id(&id_of(o)),
                vnet: lower(v, "virtual_network_id"),
                nxdomain_redirect: text(v, "resolution_policy")
                    .eq_ignore_ascii_case("NxDomainRedirect"),
                range: o.range.clone(),
            }),
            "azurerm_private_dns_a_record" => self.manual_records.push(ManualRecord {
                address: o.address.clone(),
                zone: parent_id(&id_of(o)),
                name: text(v, "name").to_ascii_lowercase(),
                ips: strings(v.get("records")),
                range: o.range.clone(),
            }),
            "azurerm_monitor_private_link_scoped_service" => {
                let scope = parent_id(&id_of(o));
                if let Some(ampls) = self.ampls.get_mut(&scope) {
                    ampls.scoped.insert(lower(v, "linked_resource_id"));
                }
            }
            "azurerm_private_endpoint" => self.add_endpoint(o),
            "azurerm_private_dns_resolver_forwarding_rule" => self.rules.push(ForwardingRule {
                ruleset: lower(v, "dns_forwarding_ruleset_id"),
                domain: text(v, "domain_name")
                    .trim_end_matches('.')
                    .to_ascii_lowercase(),
                targets: v
                    .get("target_dns_servers")
                    .and_then(Value::as_items)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|t| t.get("ip_address")?.as_str()?.parse().ok())
                    .collect(),
                enabled: v.get("enabled").and_then(Value::as_bool).unwrap_or(true),
            }),
            "azurerm_private_dns_resolver_virtual_network_link" => {
                self.ruleset_links
                    .entry(lower(v, "dns_forwarding_ruleset_id"))
                    .or_default()
                    .insert(lower(v, "virtual_network_id"));
            }
            _ => {}
        }
    }

    fn add_vnet(&mut self, o: &Object) {
        let v = o.values;
        let mut vnet = Vnet {
            id: id_of(o),
            name: text(v, "name"),
            address: o.address.clone(),
            address_space: nets(v.get("address_space")),
            dns_servers: ips(v.get("dns_servers")),
            subnets: BTreeMap::new(),
        };
        for subnet in v
            .get("subnet")
            .and_then(Value::as_items)
            .unwrap_or_default()
        {
            let id = subnet
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_ascii_lowercase);
            let id = id.unwrap_or_else(|| {
                format!(
                    "{}/subnets/{}",
                    vnet.id,
                    text(subnet, "name").to_ascii_lowercase()
                )
            });
            let mut prefixes = nets(subnet.get("address_prefixes"));
            prefixes.extend(nets(subnet.get("address_prefix")));
            vnet.subnets.insert(id, prefixes);
        }
        self.vnets.insert(vnet.id.clone(), vnet);
    }

    fn add_monitored(&mut self, o: &Object, kind: MonitoredKind) {
        let v = o.values;
        let monitored = Monitored {
            id: id_of(o),
            kind,
            name: text(v, "name"),
            address: o.address.clone(),
            region: text(v, "location").to_ascii_lowercase().replace(' ', ""),
            guid: v
                .get("workspace_id")
                .and_then(Value::as_str)
                .map(str::to_ascii_lowercase),
            accepts_public_ingestion: accepts_public(
                v,
                "internet_ingestion_enabled",
                "internet_ingestion_access_type",
            ),
            accepts_public_query: accepts_public(
                v,
                "internet_query_enabled",
                "internet_query_access_type",
            ),
            range: o.range.clone(),
        };
        self.monitored.insert(monitored.id.clone(), monitored);
    }

    fn add_endpoint(&mut self, o: &Object) {
        let v = o.values;
        let connection = first(v, "private_service_connection");
        let target = connection
            .map(|c| lower(c, "private_connection_resource_id"))
            .unwrap_or_default();
        let group = first(v, "private_dns_zone_group");
        let subnet = lower(v, "subnet_id");
        let endpoint = Endpoint {
            id: id_of(o),
            name: text(v, "name"),
            address: o.address.clone(),
            vnet: parent_id(&subnet),
            subnet,
            ampls: self
                .ampls
                .contains_key(&target)
                .then_some(target.clone())
                .or_else(|| target.contains("/privatelinkscopes/").then_some(target)),
            has_zone_group: group.is_some(),
            zone_ids: group
                .map(|g| {
                    strings(g.get("private_dns_zone_ids"))
                        .iter()
                        .map(|s| s.to_ascii_lowercase())
                        .collect()
                })
                .unwrap_or_default(),
            zone_ids_unknown: group
                .and_then(|g| g.get("private_dns_zone_ids"))
                .is_some_and(|ids| !ids.is_wholly_known()),
            static_ips: v
                .get("ip_configuration")
                .and_then(Value::as_items)
                .unwrap_or_default()
                .iter()
                .map(|c| (text(c, "member_name"), text(c, "private_ip_address")))
                .collect(),
            known_ips: known_ips(v),
            order: o.order,
            range: o.range.clone(),
        };
        self.endpoints.push(endpoint);
    }

    /// The VNet whose address space holds `ip`.
    pub fn vnet_holding(&self, ip: IpAddr) -> Option<&Vnet> {
        self.vnets
            .values()
            .find(|v| v.address_space.iter().any(|net| net.contains(&ip)))
    }

    /// True when traffic flows both ways between two VNets through direct peerings.
    pub fn peered(&self, a: &str, b: &str) -> bool {
        let one_way = |from: &str, to: &str| {
            self.peerings
                .iter()
                .any(|p| p.from == from && p.to == to && p.allows_access)
        };
        one_way(a, b) && one_way(b, a)
    }

    /// True when a VNet can route to addresses in another (itself or a direct two-way peer).
    pub fn reaches(&self, from: &str, to: &str) -> bool {
        from == to || self.peered(from, to)
    }

    /// The display name of a VNet id.
    pub fn vnet_name(&self, id: &str) -> String {
        self.vnets.get(id).map_or_else(
            || id.rsplit('/').next().unwrap_or(id).to_string(),
            |v| v.name.clone(),
        )
    }
}

/// The endpoint's recorded addresses by `zone/record`, from `private_dns_zone_configs`.
fn known_ips(v: &Value) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for config in v
        .get("private_dns_zone_configs")
        .and_then(Value::as_items)
        .unwrap_or_default()
    {
        let zone = recorded_zone_name(config);
        for set in config
            .get("record_sets")
            .and_then(Value::as_items)
            .unwrap_or_default()
        {
            let name = text(set, "name").to_ascii_lowercase();
            out.insert(format!("{zone}/{name}"), strings(set.get("ip_addresses")));
        }
    }
    out
}

/// The zone a recorded `private_dns_zone_configs` entry writes into. The
/// entry's `name` spells the zone with dashes for dots
/// (`privatelink-monitor-azure-com`), which cannot be undone for zones whose
/// names hold dashes (`azure-automation`), so the zone id's last segment
/// is preferred.
fn recorded_zone_name(config: &Value) -> String {
    let from_id = text(config, "private_dns_zone_id")
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !from_id.is_empty() {
        return from_id;
    }
    let name = text(config, "name").to_ascii_lowercase();
    crate::network::catalog::ZONES
        .iter()
        .find(|z| z.private.replace('.', "-") == name)
        .map_or(name, |z| z.private.to_string())
}

fn accepts_public(v: &Value, flag: &str, access_type: &str) -> bool {
    match v.get(access_type).and_then(Value::as_str) {
        Some(t) if !t.is_empty() => t.eq_ignore_ascii_case("Enabled"),
        _ => v.get(flag).and_then(Value::as_bool).unwrap_or(true),
    }
}

fn access_mode(v: &Value, name: &str) -> AccessMode {
    if text(v, name).eq_ignore_ascii_case("PrivateOnly") {
        AccessMode::PrivateOnly
    } else {
        AccessMode::Open
    }
}

fn first<'v>(v: &'v Value, block: &str) -> Option<&'v Value> {
    v.get(block)
        .and_then(Value::as_items)
        .and_then(<[Value]>::first)
}

fn id_of(o: &Object) -> Id {
    match o.values.get("id").and_then(Value::as_str) {
        Some(id) if !id.is_empty() => id.to_ascii_lowercase(),
        _ => format!("unknown-id:{}", o.address),
    }
}

/// The id of the object containing this one: `.../vnets/a/subnets/b` -> `.../vnets/a`.
pub fn parent_id(id: &str) -> Id {
    let mut parts = id.rsplitn(3, '/');
    let (_, _, rest) = (parts.next(), parts.next(), parts.next());
    rest.unwrap_or_default().to_string()
}

fn text(v: &Value, name: &str) -> String {
    v.get(name)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn lower(v: &Value, name: &str) -> Id {
    text(v, name).to_ascii_lowercase()
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_items)
        .unwrap_or_default()
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

fn nets(v: Option<&Value>) -> Vec<IpNet> {
    match v {
        Some(Value::String(s)) => s.parse().into_iter().collect(),
        other => strings(other)
            .iter()
            .filter_map(|s| s.parse().ok())
            .collect(),
    }
}

fn ips(v: Option<&Value>) -> Vec<IpAddr> {
    strings(v).iter().filter_map(|s| s.parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_addresses_are_keyed_by_the_dotted_zone_name() {
        let pe = Value::from_json(&serde_json::json!({
            "private_dns_zone_configs": [
                {
                    "name": "privatelink-agentsvc-azure-automation-net",
                    "private_dns_zone_id": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/privateDnsZones/privatelink.agentsvc.azure-automation.net",
                    "record_sets": [{"name": "ws", "ip_addresses": ["10.0.0.13"]}]
                },
                {
                    "name": "privatelink-monitor-azure-com",
                    "record_sets": [{"name": "api", "ip_addresses": ["10.0.0.4"]}]
                }
            ]
        }));
        let ips = known_ips(&pe);
        assert_eq!(
            ips.get("privatelink.agentsvc.azure-automation.net/ws"),
            Some(&vec!["10.0.0.13".to_string()])
        );
        assert_eq!(
            ips.get("privatelink.monitor.azure.com/api"),
            Some(&vec!["10.0.0.4".to_string()])
        );
    }

    #[test]
    fn parent_of_a_subnet_is_its_vnet() {
        assert_eq!(
            parent_id("/subscriptions/s/resourcegroups/r/providers/n/virtualnetworks/a/subnets/b"),
            "/subscriptions/s/resourcegroups/r/providers/n/virtualnetworks/a"
        );
    }
}

//! The simulated Azure: every object by its lower-cased id, the NIC of
//! every private endpoint with its member addresses, and the checks Azure
//! makes before it creates or deletes something.
//!
//! It is seeded from the prior state and the context states, so that an
//! endpoint of another configuration holds its addresses and its records.

use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use super::addresses;
use super::refusal::{Refusal, RefusalKind};
use crate::addr::{InstanceAddr, Mode};
use crate::network::catalog::Limits;
use crate::network::model::{parent_id, Network, Object};
use crate::state::State;
use crate::value::Value;

/// A lower-cased Azure resource id.
pub type Id = String;

/// Who manages an object: this configuration, or another one whose state
/// was given with `--context`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    Managed(InstanceAddr),
    Context { state: String, addr: InstanceAddr },
}

impl Owner {
    /// The address as the network model and messages show it.
    pub fn label(&self) -> String {
        match self {
            Owner::Managed(addr) => addr.to_string(),
            Owner::Context { state, addr } => format!("{addr} ({state})"),
        }
    }
}

/// One object in the simulated Azure.
#[derive(Debug, Clone)]
pub struct CloudObject {
    pub type_name: String,
    pub owner: Owner,
    pub values: Value,
}

/// The NIC of a private endpoint: its subnet and one address per member.
#[derive(Debug, Clone, Default)]
pub struct Nic {
    pub subnet: Id,
    /// Member name and address, in allocation order.
    pub members: Vec<(String, Ipv4Addr)>,
    /// When the endpoint last wrote its DNS records; the last writer wins.
    pub written: usize,
}

/// The whole simulated estate.
#[derive(Debug, Clone)]
pub struct Cloud {
    pub objects: BTreeMap<Id, CloudObject>,
    pub nics: BTreeMap<Id, Nic>,
    pub limits: Limits,
    /// The write counter: the next write happens at `writes + 1`.
    pub writes: usize,
    /// Endpoints whose values changed as a side effect since the last take.
    pub touched: BTreeSet<Id>,
}

impl Cloud {
    /// The estate before the apply: context objects, then the prior
    /// state's managed objects (which win where an id is in both).
    pub fn seed(prior: &State, contexts: &[(String, State)], limits: Limits) -> Cloud {
        let mut cloud = Cloud {
            objects: BTreeMap::new(),
            nics: BTreeMap::new(),
            limits,
            writes: 0,
            touched: BTreeSet::new(),
        };
        for (name, state) in contexts {
            for (addr, values) in current(state) {
                let owner = Owner::Context {
                    state: name.clone(),
                    addr: addr.clone(),
                };
                cloud.insert(owner, &addr.resource.type_name, values.clone());
            }
        }
        let mut order = BTreeMap::new();
        for (i, (addr, values)) in current(prior).enumerate() {
            order.insert(id_of(values), i + 1);
            cloud.insert(
                Owner::Managed(addr.clone()),
                &addr.resource.type_name,
                values.clone(),
            );
        }
        cloud.writes = order.len();
        super::endpoints::seed_nics(&mut cloud, &order);
        cloud
    }

    fn insert(&mut self, owner: Owner, type_name: &str, values: Value) {
        let id = id_of(&values);
        if id.is_empty() {
            return;
        }
        let object = CloudObject {
            type_name: type_name.to_string(),
            owner,
            values,
        };
        self.objects.insert(id, object);
    }

    /// Puts an endpoint in place without Azure's side effects.
    #[cfg(test)]
    pub fn insert_for_tests(&mut self, owner: Owner, values: Value) {
        self.insert(owner, "azurerm_private_endpoint", values);
    }

    /// The next write order number.
    pub fn next_write(&mut self) -> usize {
        self.writes += 1;
        self.writes
    }

    /// The network model of the estate as it is now, with each endpoint's
    /// member addresses from its NIC.
    pub fn network(&self) -> Network {
        let labels: Vec<(String, &CloudObject, usize)> = self
            .objects
            .iter()
            .map(|(id, o)| {
                let order = self.nics.get(id).map_or(0, |n| n.written);
                (o.owner.label(), o, order)
            })
            .collect();
        let objects = labels.iter().map(|(label, o, order)| Object {
            address: label.clone(),
            type_name: &o.type_name,
            values: &o.values,
            range: None,
            order: *order,
        });
        let mut network = Network::build(objects);
        for endpoint in &mut network.endpoints {
            if let Some(nic) = self.nics.get(&endpoint.id) {
                endpoint.known_ips.clear();
                endpoint.static_ips = nic
                    .members
                    .iter()
                    .map(|(m, ip)| (m.clone(), ip.to_string()))
                    .collect();
            }
        }
        network
    }

    /// Creates an object after Azure's checks; returns notes for the log.
    pub fn create(
        &mut self,
        owner: Owner,
        type_name: &str,
        mut values: Value,
    ) -> Result<Vec<String>, Refusal> {
        let id = id_of(&values);
        let mut notes = Vec::new();
        if let Some(existing) = self.objects.get(&id) {
            if existing.owner != owner {
                return Err(Refusal::new(
                    RefusalKind::DuplicateId,
                    format!(
                        "the id `{}` is already used by `{}`",
                        text(&values, "id"),
                        existing.owner.label()
                    ),
                ));
            }
            notes.push(format!("warning: the new object has the id of the object it replaces (`{}`); Azure would not create a second object under one id, so the real apply would update the old one or fail", text(&values, "id")));
        }
        match type_name {
            "azurerm_private_endpoint" => self.check_endpoint_limit(&id, &values)?,
            "azurerm_private_dns_zone_virtual_network_link" => {
                self.check_zone_link(&id, &values)?
            }
            "azurerm_private_dns_resolver_inbound_endpoint" => {
                self.allocate_inbound(&mut values)?
            }
            _ => {}
        }
        self.insert(owner, type_name, values);
        notes.extend(self.after_write(&id, type_name)?);
        Ok(notes)
    }

    /// Updates an object in place; returns notes for the log.
    pub fn update(
        &mut self,
        owner: Owner,
        type_name: &str,
        values: Value,
    ) -> Result<Vec<String>, Refusal> {
        let id = id_of(&values);
        self.insert(owner, type_name, values);
        self.after_write(&id, type_name)
    }

    /// What Azure does besides storing the object: an endpoint allocates
    /// its addresses and writes its records; a scoped service makes every
    /// endpoint of its AMPLS rewrite theirs.
    fn after_write(&mut self, id: &str, type_name: &str) -> Result<Vec<String>, Refusal> {
        match type_name {
            "azurerm_private_endpoint" => super::endpoints::connect(self, id).map(|_| Vec::new()),
            "azurerm_monitor_private_link_scoped_service" => {
                super::endpoints::rewrite_scope(self, &parent_id(id), None)
            }
            _ => Ok(Vec::new()),
        }
    }

    /// Deletes an object after Azure's checks; returns notes for the log.
    pub fn delete(&mut self, id: &str) -> Result<Vec<String>, Refusal> {
        let Some(object) = self.objects.get(id) else {
            return Ok(Vec::new());
        };
        let type_name = object.type_name.clone();
        self.check_delete(id, &type_name)?;
        self.objects.remove(id);
        self.nics.remove(id);
        match type_name.as_str() {
            "azurerm_monitor_private_link_scoped_service" => {
                super::endpoints::rewrite_scope(self, &parent_id(id), None)
            }
            _ => Ok(Vec::new()),
        }
    }

    fn check_delete(&self, id: &str, type_name: &str) -> Result<(), Refusal> {
        match type_name {
            "azurerm_log_analytics_workspace"
            | "azurerm_application_insights"
            | "azurerm_monitor_data_collection_endpoint" => self.check_not_scoped(id),
            "azurerm_resource_group" => self.check_group_empty(id),
            "azurerm_subnet" | "azurerm_virtual_network" => self.check_no_endpoints(id),
            _ => Ok(()),
        }
    }

    fn check_not_scoped(&self, id: &str) -> Result<(), Refusal> {
        let scoping = self.objects.values().find(|o| {
            o.type_name == "azurerm_monitor_private_link_scoped_service"
                && lower(&o.values, "linked_resource_id") == id
        });
        match scoping {
            Some(o) => Err(Refusal::new(
                RefusalKind::StillScoped,
                format!("the resource is still scoped by `{}` to the AMPLS `{}`; remove the scoped service first", o.owner.label(), last_segment(&parent_id(&lower(&o.values, "id")))),
            )),
            None => Ok(()),
        }
    }

    fn check_group_empty(&self, id: &str) -> Result<(), Refusal> {
        let prefix = format!("{id}/");
        let held: Vec<String> = self
            .objects
            .iter()
            .filter(|(other, _)| other.starts_with(&prefix))
            .map(|(_, o)| format!("`{}`", o.owner.label()))
            .collect();
        if held.is_empty() {
            return Ok(());
        }
        let shown = held.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        let more = held.len().saturating_sub(3);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        Err(Refusal::new(
            RefusalKind::GroupNotEmpty,
            format!("the resource group still holds {} resources ({shown}{more}); the provider refuses to delete a resource group that is not empty (`prevent_deletion_if_contains_resources`)", held.len()),
        ))
    }

    fn check_no_endpoints(&self, id: &str) -> Result<(), Refusal> {
        let prefix = format!("{id}/");
        let holder = self
            .nics
            .iter()
            .find(|(_, nic)| nic.subnet == id || nic.subnet.starts_with(&prefix));
        match holder.and_then(|(pe, _)| self.objects.get(pe)) {
            Some(o) => Err(Refusal::new(
                RefusalKind::SubnetInUse,
                format!(
                    "the subnet is still in use by the private endpoint `{}`",
                    o.owner.label()
                ),
            )),
            None => Ok(()),
        }
    }

    fn check_endpoint_limit(&self, id: &str, values: &Value) -> Result<(), Refusal> {
        let target = connection_target(values);
        if !target.contains("/privatelinkscopes/") {
            return Ok(());
        }
        let others = self
            .objects
            .iter()
            .filter(|(other, o)| {
                other.as_str() != id
                    && o.type_name == "azurerm_private_endpoint"
                    && connection_target(&o.values) == target
            })
            .count();
        if others < self.limits.endpoints_per_ampls {
            return Ok(());
        }
        Err(Refusal::new(
            RefusalKind::EndpointLimit,
            format!("the AMPLS `{}` already has {others} private endpoints, the most Azure allows ({} limits)", last_segment(&target), self.limits.name),
        ))
    }

    fn check_zone_link(&self, id: &str, values: &Value) -> Result<(), Refusal> {
        let vnet = lower(values, "virtual_network_id");
        let zone_name = self.zone_name(&parent_id(id));
        let clash = self.objects.iter().find(|(other, o)| {
            other.as_str() != id
                && o.type_name == "azurerm_private_dns_zone_virtual_network_link"
                && lower(&o.values, "virtual_network_id") == vnet
                && self.zone_name(&parent_id(other)) == zone_name
        });
        match clash {
            Some((_, o)) => Err(Refusal::new(
                RefusalKind::DuplicateZoneLink,
                format!("the VNet `{}` is already linked to a zone named `{zone_name}` by `{}`; a VNet cannot be linked to two zones of one name", last_segment(&vnet), o.owner.label()),
            )),
            None => Ok(()),
        }
    }

    /// The lower-cased name of a zone, from its object or its id.
    pub fn zone_name(&self, zone_id: &str) -> String {
        self.objects
            .get(zone_id)
            .map(|o| lower(&o.values, "name"))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| last_segment(zone_id))
    }

    /// A resolver inbound endpoint's dynamic address: the lowest free one.
    fn allocate_inbound(&self, values: &mut Value) -> Result<(), Refusal> {
        let Value::Map(map) = values else {
            return Ok(());
        };
        let Some(Value::List(configs)) = map.get_mut("ip_configurations") else {
            return Ok(());
        };
        for config in configs.iter_mut() {
            let Value::Map(c) = config else { continue };
            if !c.get("private_ip_address").is_some_and(Value::is_unknown) {
                continue;
            }
            let subnet = c
                .get("subnet_id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_ascii_lowercase();
            let net = self.subnet_prefix(&subnet)?;
            let ip = addresses::lowest_free(&net, &self.used(&subnet))
                .ok_or_else(|| full(&subnet, 1, &net))?;
            c.insert("private_ip_address".into(), Value::string(ip.to_string()));
        }
        Ok(())
    }

    /// The subnet's IPv4 prefix, from an `azurerm_subnet` or its VNet's inline blocks.
    pub fn subnet_prefix(&self, subnet: &str) -> Result<Ipv4Net, Refusal> {
        let prefixes = match self.objects.get(subnet) {
            Some(o) if o.type_name == "azurerm_subnet" => strings(o.values.get("address_prefixes")),
            _ => self.inline_subnet_prefixes(subnet),
        };
        addresses::first_v4(&prefixes).ok_or_else(|| {
            Refusal::new(
                RefusalKind::UnknownSubnet,
                format!("the subnet `{subnet}` is in neither the state nor the context states, so amplan cannot allocate addresses in it; pass the state that manages it with `--context FILE`"),
            )
        })
    }

    fn inline_subnet_prefixes(&self, subnet: &str) -> Vec<String> {
        let Some(vnet) = self.objects.get(&parent_id(subnet)) else {
            return Vec::new();
        };
        let name = last_segment(subnet);
        let blocks = vnet
            .values
            .get("subnet")
            .and_then(Value::as_items)
            .unwrap_or_default();
        let block = blocks
            .iter()
            .find(|b| lower(b, "id") == subnet || lower(b, "name") == name);
        block.map_or_else(Vec::new, |b| {
            let mut all = strings(b.get("address_prefixes"));
            all.extend(
                b.get("address_prefix")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            );
            all
        })
    }

    /// Every address taken in a subnet: endpoint members and resolver inbound endpoints.
    pub fn used(&self, subnet: &str) -> BTreeSet<Ipv4Addr> {
        let mut used: BTreeSet<Ipv4Addr> = self
            .nics
            .values()
            .filter(|n| n.subnet == subnet)
            .flat_map(|n| n.members.iter().map(|(_, ip)| *ip))
            .collect();
        for o in self
            .objects
            .values()
            .filter(|o| o.type_name == "azurerm_private_dns_resolver_inbound_endpoint")
        {
            for c in o
                .values
                .get("ip_configurations")
                .and_then(Value::as_items)
                .unwrap_or_default()
            {
                if lower(c, "subnet_id") == subnet {
                    used.extend(
                        c.get("private_ip_address")
                            .and_then(Value::as_str)
                            .and_then(|s| s.parse::<Ipv4Addr>().ok()),
                    );
                }
            }
        }
        used
    }
}

/// The refusal for a subnet that cannot give `wanted` more addresses.
pub fn full(subnet: &str, wanted: usize, net: &Ipv4Net) -> Refusal {
    Refusal::new(
        RefusalKind::SubnetFull,
        format!("the subnet `{}` ({net}) has no free address left for {wanted} more; Azure reserves the first four addresses and the last", last_segment(subnet)),
    )
}

/// The current objects of a state's managed instances, in address order.
fn current(state: &State) -> impl Iterator<Item = (&InstanceAddr, &Value)> {
    state
        .instances
        .iter()
        .filter(|(a, i)| a.resource.mode == Mode::Managed && !i.deposed_only)
        .map(|(a, i)| (a, &i.attributes))
}

/// The private endpoint's target: the lower-cased `private_connection_resource_id`.
pub fn connection_target(values: &Value) -> Id {
    values
        .get("private_service_connection")
        .and_then(Value::as_items)
        .and_then(<[Value]>::first)
        .map(|c| lower(c, "private_connection_resource_id"))
        .unwrap_or_default()
}

pub fn id_of(values: &Value) -> Id {
    lower(values, "id")
}

pub fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

pub fn lower(v: &Value, key: &str) -> String {
    text(v, key).to_ascii_lowercase()
}

pub fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_items)
        .unwrap_or_default()
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

pub fn last_segment(id: &str) -> String {
    id.rsplit('/').next().unwrap_or(id).to_string()
}

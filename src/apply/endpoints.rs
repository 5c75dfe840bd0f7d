//! Private endpoints in the simulated Azure: one address per member on the
//! NIC, and the DNS configuration Azure reports back (`custom_dns_configs`,
//! `private_dns_zone_configs`, the connection's `private_ip_address`).
//!
//! Which records and members an AMPLS endpoint has comes from the network
//! model (`records_for_zone`, `members`), so the simulation writes exactly
//! the records the DNS analysis expects. Records are listed in the order
//! Azure lists them: zone by zone, the global names first.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use super::addresses;
use super::cloud::{self, full, last_segment, lower, strings, text, Cloud, Id, Nic};
use super::exports::guid;
use super::refusal::{Refusal, RefusalKind};
use crate::network::catalog::{self, GLOBAL_RECORDS, ZONES};
use crate::network::model::{Endpoint, Network};
use crate::network::resolve;
use crate::value::Value;

/// One record an endpoint needs: zone name, record name, member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needed {
    pub zone: String,
    pub record: String,
    pub member: String,
}

/// The records an endpoint of `ampls` writes, in Azure's order.
pub fn ampls_records(network: &Network, ampls: &str) -> Vec<Needed> {
    let mut out = Vec::new();
    for zone in ZONES {
        let mut records = resolve::records_for_zone(network, ampls, zone.private);
        records.sort_by_key(|(record, _)| {
            let global = GLOBAL_RECORDS
                .iter()
                .position(|g| g.zone == zone.private && g.name == record);
            (global.unwrap_or(GLOBAL_RECORDS.len()), record.clone())
        });
        out.extend(records.into_iter().map(|(record, member)| Needed {
            zone: zone.private.to_string(),
            record,
            member,
        }));
    }
    out
}

/// The records of an endpoint to anything else (a storage account's
/// `blob`): the target's name in each zone of its zone group, one member.
fn other_records(cloud: &Cloud, endpoint: &Endpoint, values: &Value) -> Vec<Needed> {
    let member = values
        .get("private_service_connection")
        .and_then(Value::as_items)
        .and_then(<[Value]>::first)
        .map(|c| strings(c.get("subresource_names")))
        .and_then(|s| s.into_iter().next())
        .unwrap_or_else(|| "default".to_string());
    let record = last_segment(&cloud::connection_target(values));
    let mut out: Vec<Needed> = endpoint
        .zone_ids
        .iter()
        .map(|z| Needed {
            zone: cloud.zone_name(z),
            record: record.clone(),
            member: member.clone(),
        })
        .collect();
    if out.is_empty() {
        out.push(Needed {
            zone: format!("privatelink.{member}.core.windows.net"),
            record,
            member,
        });
    }
    out
}

/// What an endpoint needs, given the current model.
fn needed(cloud: &Cloud, network: &Network, endpoint: &Endpoint, values: &Value) -> Vec<Needed> {
    match &endpoint.ampls {
        Some(ampls) => ampls_records(network, ampls),
        None => other_records(cloud, endpoint, values),
    }
}

/// The members in the order of their first record.
fn member_order(needed: &[Needed]) -> Vec<String> {
    let mut members: Vec<String> = Vec::new();
    for n in needed {
        if !members.contains(&n.member) {
            members.push(n.member.clone());
        }
    }
    members
}

/// Builds the NICs of the endpoints already in the estate from what their
/// state recorded: static addresses, then the addresses of their records.
pub fn seed_nics(cloud: &mut Cloud, order: &BTreeMap<Id, usize>) {
    let network = cloud.network();
    for endpoint in &network.endpoints {
        let Some(object) = cloud.objects.get(&endpoint.id) else {
            continue;
        };
        let needed = needed(cloud, &network, endpoint, &object.values);
        let nic = Nic {
            subnet: endpoint.subnet.clone(),
            members: recorded_members(&object.values, &needed),
            written: order.get(&endpoint.id).copied().unwrap_or(0),
        };
        cloud.nics.insert(endpoint.id.clone(), nic);
    }
}

/// Member addresses from an endpoint's recorded values. Addresses that no
/// member claims (records of a catalog amplan does not share) stay held.
fn recorded_members(values: &Value, needed: &[Needed]) -> Vec<(String, Ipv4Addr)> {
    let statics = static_addresses(values);
    let found = recorded_addresses(values);
    let mut members: Vec<(String, Ipv4Addr)> = Vec::new();
    for n in needed {
        if members.iter().any(|(m, _)| *m == n.member) {
            continue;
        }
        let ip = statics
            .get(&n.member.to_ascii_lowercase())
            .or_else(|| found.get(&(n.zone.clone(), n.record.to_ascii_lowercase())));
        if let Some(ip) = ip.and_then(|s| s.parse().ok()) {
            members.push((n.member.clone(), ip));
        }
    }
    let mut leftovers: Vec<Ipv4Addr> = found
        .values()
        .chain(statics.values())
        .filter_map(|s| s.parse().ok())
        .collect();
    leftovers.extend(connection_address(values).and_then(|s| s.parse::<Ipv4Addr>().ok()));
    leftovers.sort();
    leftovers.dedup();
    for ip in leftovers {
        if !members.iter().any(|(_, held)| *held == ip) {
            members.push((format!("unclaimed-{ip}"), ip));
        }
    }
    members
}

/// Static `ip_configuration` addresses by lower-cased member name.
fn static_addresses(values: &Value) -> BTreeMap<String, String> {
    values
        .get("ip_configuration")
        .and_then(Value::as_items)
        .unwrap_or_default()
        .iter()
        .map(|c| (lower(c, "member_name"), text(c, "private_ip_address")))
        .filter(|(_, ip)| !ip.is_empty())
        .collect()
}

/// Recorded addresses by (zone name, record name), from both DNS configurations.
fn recorded_addresses(values: &Value) -> BTreeMap<(String, String), String> {
    let mut found = BTreeMap::new();
    for config in items(values, "custom_dns_configs") {
        let ip = strings(config.get("ip_addresses")).into_iter().next();
        if let (Some((zone, record)), Some(ip)) =
            (catalog::private_target(&text(config, "fqdn")), ip)
        {
            found.insert((zone.to_string(), record), ip);
        }
    }
    for config in items(values, "private_dns_zone_configs") {
        let zone = last_segment(&lower(config, "private_dns_zone_id"));
        for set in config
            .get("record_sets")
            .and_then(Value::as_items)
            .unwrap_or_default()
        {
            if let Some(ip) = strings(set.get("ip_addresses")).into_iter().next() {
                found.insert((zone.clone(), lower(set, "name")), ip);
            }
        }
    }
    found
}

fn connection_address(values: &Value) -> Option<String> {
    values
        .get("private_service_connection")
        .and_then(Value::as_items)
        .and_then(<[Value]>::first)
        .and_then(|c| c.get("private_ip_address"))
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn items<'v>(values: &'v Value, key: &str) -> &'v [Value] {
    values
        .get(key)
        .and_then(Value::as_items)
        .unwrap_or_default()
}

/// Allocates an endpoint's addresses and writes its DNS configuration:
/// members it already holds keep their addresses, new ones get the lowest
/// free addresses (or their static ones), members no longer needed are freed.
/// Returns how many addresses were allocated and freed.
pub fn connect(cloud: &mut Cloud, id: &str) -> Result<(usize, usize), Refusal> {
    let network = cloud.network();
    let Some(endpoint) = network.endpoints.iter().find(|e| e.id == id) else {
        return Ok((0, 0));
    };
    let Some(values) = cloud.objects.get(id).map(|o| o.values.clone()) else {
        return Ok((0, 0));
    };
    let needed = needed(cloud, &network, endpoint, &values);
    let net = cloud.subnet_prefix(&endpoint.subnet)?;
    let old = cloud
        .nics
        .remove(id)
        .filter(|n| n.subnet == endpoint.subnet);
    let members = allocate(
        cloud,
        &endpoint.subnet,
        &net,
        &values,
        &needed,
        old.as_ref(),
    )?;
    let kept = |m: &(String, Ipv4Addr)| old.as_ref().is_some_and(|o| o.members.contains(m));
    let allocated = members.iter().filter(|m| !kept(m)).count();
    let freed = old.as_ref().map_or(0, |o| {
        o.members.iter().filter(|m| !members.contains(m)).count()
    });

    let written = cloud.next_write();
    let nic = Nic {
        subnet: endpoint.subnet.clone(),
        members,
        written,
    };
    let updated = dns_values(cloud, id, &values, &needed, &nic);
    cloud.nics.insert(id.to_string(), nic);
    if let Some(object) = cloud.objects.get_mut(id) {
        object.values = updated;
    }
    cloud.touched.insert(id.to_string());
    Ok((allocated, freed))
}

fn allocate(
    cloud: &Cloud,
    subnet: &str,
    net: &ipnet::Ipv4Net,
    values: &Value,
    needed: &[Needed],
    old: Option<&Nic>,
) -> Result<Vec<(String, Ipv4Addr)>, Refusal> {
    let order = member_order(needed);
    let statics = static_addresses(values);
    let mut used = cloud.used(subnet);
    if !statics.is_empty() {
        return static_members(net, &order, &statics, &used);
    }
    let mut members = Vec::new();
    for member in &order {
        let held = old.and_then(|o| o.members.iter().find(|(m, _)| m == member));
        if let Some(held) = held {
            used.insert(held.1);
            members.push(held.clone());
        }
    }
    let missing = order.len() - members.len();
    for member in &order {
        if members.iter().any(|(m, _)| m == member) {
            continue;
        }
        let ip = addresses::lowest_free(net, &used).ok_or_else(|| full(subnet, missing, net))?;
        used.insert(ip);
        members.push((member.clone(), ip));
    }
    members.sort_by_key(|(m, _)| order.iter().position(|o| o == m));
    Ok(members)
}

fn static_members(
    net: &ipnet::Ipv4Net,
    order: &[String],
    statics: &BTreeMap<String, String>,
    used: &std::collections::BTreeSet<Ipv4Addr>,
) -> Result<Vec<(String, Ipv4Addr)>, Refusal> {
    let mut members = Vec::new();
    for member in order {
        let Some(text) = statics.get(&member.to_ascii_lowercase()) else {
            return Err(Refusal::new(
                RefusalKind::StaticAddress,
                format!("the static `ip_configuration` blocks name no address for the member `{member}`; Azure requires one for every member of the AMPLS"),
            ));
        };
        let ip: Ipv4Addr = text.parse().map_err(|_| {
            Refusal::new(
                RefusalKind::StaticAddress,
                format!("`{text}` is not an IPv4 address"),
            )
        })?;
        if !addresses::is_usable(net, ip) || used.contains(&ip) {
            return Err(Refusal::new(
                RefusalKind::StaticAddress,
                format!("the static address `{ip}` of the member `{member}` is outside the subnet {net}, reserved by Azure or already taken"),
            ));
        }
        members.push((member.clone(), ip));
    }
    Ok(members)
}

/// The endpoint's values with its NIC and DNS configuration filled in.
fn dns_values(cloud: &Cloud, id: &str, values: &Value, needed: &[Needed], nic: &Nic) -> Value {
    let ip_of = |member: &str| {
        nic.members
            .iter()
            .find(|(m, _)| m == member)
            .map(|(_, ip)| Value::string(ip.to_string()))
    };
    let mut map = values.as_map().cloned().unwrap_or_default();
    let custom: Vec<Value> = needed
        .iter()
        .filter_map(|n| {
            let public = n.zone.strip_prefix("privatelink.").unwrap_or(&n.zone);
            let fqdn = Value::string(format!("{}.{public}", n.record));
            Some(object(&[
                ("fqdn", fqdn),
                ("ip_addresses", Value::List(vec![ip_of(&n.member)?])),
            ]))
        })
        .collect();
    map.insert("custom_dns_configs".into(), Value::List(custom));
    map.insert(
        "private_dns_zone_configs".into(),
        Value::List(zone_configs(cloud, id, values, needed, &ip_of)),
    );
    if map
        .get("network_interface")
        .is_none_or(|v| !v.is_wholly_known() || v.as_items().is_some_and(<[Value]>::is_empty))
    {
        map.insert("network_interface".into(), network_interface(id, values));
    }
    let first = nic
        .members
        .first()
        .map(|(_, ip)| Value::string(ip.to_string()));
    if let Some(Value::List(connections)) = map.get_mut("private_service_connection") {
        if let Some(Value::Map(c)) = connections.first_mut() {
            c.insert(
                "private_ip_address".into(),
                first.unwrap_or_else(|| Value::string("")),
            );
        }
    }
    Value::Map(map)
}

fn zone_configs(
    cloud: &Cloud,
    id: &str,
    values: &Value,
    needed: &[Needed],
    ip_of: &dyn Fn(&str) -> Option<Value>,
) -> Vec<Value> {
    let Some(group) = values
        .get("private_dns_zone_group")
        .and_then(Value::as_items)
        .and_then(<[Value]>::first)
    else {
        return Vec::new();
    };
    let pe_id = text(values, "id");
    let group_name = text(group, "name");
    strings(group.get("private_dns_zone_ids"))
        .into_iter()
        .map(|zone_id| {
            let zone = cloud.zone_name(&zone_id.to_ascii_lowercase());
            let config_name = zone.replace('.', "-");
            let sets: Vec<Value> = needed
                .iter()
                .filter(|n| n.zone == zone)
                .filter_map(|n| Some(record_set(&n.record, &zone, ip_of(&n.member)?)))
                .collect();
            object(&[
                ("id", Value::string(format!("{pe_id}/privateDnsZoneGroups/{group_name}/privateDnsZoneConfigs/{config_name}"))),
                ("name", Value::string(config_name)),
                ("private_dns_zone_id", Value::string(zone_id)),
                ("record_sets", Value::List(sets)),
            ])
        })
        .filter(|_| !id.is_empty())
        .collect()
}

fn record_set(record: &str, zone: &str, ip: Value) -> Value {
    object(&[
        ("fqdn", Value::string(format!("{record}.{zone}"))),
        ("ip_addresses", Value::List(vec![ip])),
        ("name", Value::string(record)),
        ("ttl", Value::Number(10.0)),
        ("type", Value::string("A")),
    ])
}

/// The NIC Azure creates: `<endpoint>.nic.<guid>` in the endpoint's resource group.
fn network_interface(id: &str, values: &Value) -> Value {
    let pe_id = text(values, "id");
    let custom = text(values, "custom_network_interface_name");
    let name = if custom.is_empty() {
        format!("{}.nic.{}", text(values, "name"), guid(id, "nic"))
    } else {
        custom
    };
    let group = pe_id
        .split("/providers/")
        .next()
        .unwrap_or_default()
        .to_string();
    let nic_id = format!("{group}/providers/Microsoft.Network/networkInterfaces/{name}");
    Value::List(vec![object(&[
        ("id", Value::string(nic_id)),
        ("name", Value::string(name)),
    ])])
}

fn object(pairs: &[(&str, Value)]) -> Value {
    Value::Map(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

/// Every endpoint of an AMPLS rewrites its records after the scope
/// changed, allocating addresses for new members. Returns notes naming the
/// endpoints rewritten, except `skip`.
pub fn rewrite_scope(
    cloud: &mut Cloud,
    ampls: &str,
    skip: Option<&str>,
) -> Result<Vec<String>, Refusal> {
    let endpoints: Vec<Id> = cloud
        .objects
        .iter()
        .filter(|(id, o)| {
            o.type_name == "azurerm_private_endpoint"
                && cloud::connection_target(&o.values) == ampls
                && Some(id.as_str()) != skip
        })
        .map(|(id, _)| id.clone())
        .collect();
    let mut notes = Vec::new();
    for id in endpoints {
        let label = cloud
            .objects
            .get(&id)
            .map(|o| o.owner.label())
            .unwrap_or_default();
        let (allocated, freed) = connect(cloud, &id).map_err(|r| Refusal {
            reason: format!(
                "Azure must rewrite the records of the AMPLS endpoint `{label}`, and {}",
                r.reason
            ),
            ..r
        })?;
        notes.push(format!("Azure rewrote the DNS records of `{label}` ({allocated} addresses allocated, {freed} freed)"));
    }
    Ok(notes)
}

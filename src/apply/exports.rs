//! The attributes Azure assigns when it creates an object, which the plan
//! shows as unknown: GUIDs, keys, endpoints and the provider's computed
//! defaults. Every value is derived from the object's id, so a run repeats
//! byte for byte. A private endpoint's NIC and DNS configuration need the
//! rest of the simulated estate and are filled in `endpoints`.

use std::collections::BTreeMap;

use base64::Engine;
use sha2::{Digest, Sha512};

use crate::schema::{self, AttrType, Attribute, BlockType, Presence};
use crate::value::Value;

/// A deterministic GUID for one purpose of one object.
pub fn guid(id: &str, purpose: &str) -> String {
    let name = format!("amplan:{}:{purpose}", id.to_ascii_lowercase());
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes()).to_string()
}

/// A deterministic stand-in for a 64-byte key, base64 as Azure shows keys.
fn key(id: &str, purpose: &str) -> String {
    let digest = Sha512::digest(format!("amplan:{}:{purpose}", id.to_ascii_lowercase()));
    base64::engine::general_purpose::STANDARD.encode(digest)
}

/// Fills every unknown exported attribute of a new or updated object:
/// the type's own exports first, then the provider's defaults and zero
/// values for the remaining computed attributes.
pub fn fill(type_name: &str, values: &mut Value) {
    let Value::Map(map) = values else {
        return;
    };
    let id = text(map, "id");
    let fills = own_exports(type_name, map, &id);
    for (name, value) in fills {
        if map.get(name).is_none_or(Value::is_unknown) {
            map.insert(name.to_string(), value);
        }
    }
    if let Some(schema) = schema::resource(type_name) {
        fill_attributes(schema.attributes, map);
        fill_blocks(schema.blocks, map);
    }
}

/// The exports of one type that are derived from the object itself.
fn own_exports(
    type_name: &str,
    map: &BTreeMap<String, Value>,
    id: &str,
) -> Vec<(&'static str, Value)> {
    let region = text(map, "location");
    let name = text(map, "name").to_ascii_lowercase();
    match type_name {
        "azurerm_log_analytics_workspace" => vec![
            ("workspace_id", Value::string(guid(id, "workspace_id"))),
            ("primary_shared_key", Value::string(key(id, "primary"))),
            ("secondary_shared_key", Value::string(key(id, "secondary"))),
            ("sku", Value::string("PerGB2018")),
            ("retention_in_days", Value::Number(30.0)),
            ("local_authentication_enabled", Value::Bool(true)),
        ],
        "azurerm_application_insights" => {
            let ikey = guid(id, "instrumentation_key");
            let app_id = guid(id, "app_id");
            let connection = format!("InstrumentationKey={ikey};IngestionEndpoint=https://{region}-0.in.applicationinsights.azure.com/;LiveEndpoint=https://{region}.livediagnostics.monitor.azure.com/;ApplicationId={app_id}");
            vec![
                ("app_id", Value::string(app_id)),
                ("instrumentation_key", Value::string(ikey)),
                ("connection_string", Value::string(connection)),
            ]
        }
        "azurerm_monitor_data_collection_endpoint" => {
            let tag = &guid(id, "dce")[..4];
            let host =
                |kind: &str| format!("https://{name}-{tag}.{region}-1.{kind}.monitor.azure.com");
            vec![
                (
                    "configuration_access_endpoint",
                    Value::string(host("handler.control")),
                ),
                ("logs_ingestion_endpoint", Value::string(host("ingest"))),
                (
                    "metrics_ingestion_endpoint",
                    Value::string(host("metrics.ingest")),
                ),
                (
                    "immutable_id",
                    Value::string(format!("dce-{}", guid(id, "immutable_id").replace('-', ""))),
                ),
            ]
        }
        "azurerm_virtual_network" => vec![("guid", Value::string(guid(id, "guid")))],
        "azurerm_private_dns_zone" => vec![
            ("number_of_record_sets", Value::Number(1.0)),
            ("max_number_of_record_sets", Value::Number(25000.0)),
            ("max_number_of_virtual_network_links", Value::Number(1000.0)),
            (
                "max_number_of_virtual_network_links_with_registration",
                Value::Number(100.0),
            ),
            ("soa_record", soa_record(&name)),
        ],
        "azurerm_private_dns_zone_virtual_network_link" => {
            vec![("resolution_policy", Value::string("Default"))]
        }
        _ => Vec::new(),
    }
}

/// The SOA record Azure creates with a private zone.
fn soa_record(zone: &str) -> Value {
    let fields = [
        ("email", Value::string("azureprivatedns-host.microsoft.com")),
        ("expire_time", Value::Number(2419200.0)),
        ("fqdn", Value::string(format!("{zone}."))),
        ("host_name", Value::string("azureprivatedns.net")),
        ("minimum_ttl", Value::Number(10.0)),
        ("refresh_time", Value::Number(3600.0)),
        ("retry_time", Value::Number(300.0)),
        ("serial_number", Value::Number(1.0)),
        ("tags", Value::Map(BTreeMap::new())),
        ("ttl", Value::Number(3600.0)),
    ];
    let element = fields.into_iter().map(|(k, v)| (k.to_string(), v));
    Value::List(vec![Value::Map(element.collect())])
}

fn fill_attributes(attributes: &[Attribute], map: &mut BTreeMap<String, Value>) {
    for attr in attributes {
        let computed = matches!(
            attr.presence,
            Presence::Computed | Presence::OptionalComputed
        );
        if computed && map.get(attr.name).is_some_and(Value::is_unknown) {
            let value = attr
                .default
                .map_or_else(|| zero(&attr.ty), |d| d.to_value());
            map.insert(attr.name.to_string(), value);
        }
    }
}

fn fill_blocks(blocks: &[BlockType], map: &mut BTreeMap<String, Value>) {
    for block in blocks {
        match map.get_mut(block.name) {
            Some(Value::Unknown) if block.computed => {
                let empty = if block.set {
                    Value::Set(Vec::new())
                } else {
                    Value::List(Vec::new())
                };
                map.insert(block.name.to_string(), empty);
            }
            Some(Value::List(items) | Value::Set(items)) => {
                for item in items.iter_mut() {
                    if let Value::Map(element) = item {
                        fill_attributes(block.attributes, element);
                        fill_blocks(block.blocks, element);
                    }
                }
            }
            Some(Value::Map(element)) if block.single => {
                fill_attributes(block.attributes, element);
            }
            _ => {}
        }
    }
}

/// The value SDKv2 stores for an attribute nobody set.
fn zero(ty: &AttrType) -> Value {
    match ty {
        AttrType::String => Value::string(""),
        AttrType::Number => Value::Number(0.0),
        AttrType::Bool => Value::Bool(false),
        AttrType::List(_) => Value::List(Vec::new()),
        AttrType::Set(_) => Value::Set(Vec::new()),
        AttrType::Map(_) | AttrType::Object(_) => Value::Map(BTreeMap::new()),
    }
}

/// The path of the first value still unknown, e.g. `subnet_id` or
/// `private_service_connection[0].private_ip_address`.
pub fn first_unknown(value: &Value) -> Option<String> {
    match value {
        Value::Unknown => Some(String::new()),
        Value::List(items) | Value::Set(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| first_unknown(v).map(|rest| join(&format!("[{i}]"), &rest))),
        Value::Map(map) => map
            .iter()
            .find_map(|(k, v)| first_unknown(v).map(|rest| join(&format!(".{k}"), &rest))),
        _ => None,
    }
    .map(|p| p.trim_start_matches('.').to_string())
}

fn join(head: &str, rest: &str) -> String {
    if rest.is_empty() || rest.starts_with('[') {
        format!("{head}{rest}")
    } else {
        format!("{head}.{rest}")
    }
}

pub(crate) fn text(map: &BTreeMap<String, Value>, key: &str) -> String {
    map.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(pairs: &[(&str, Value)]) -> Value {
        Value::Map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn workspace_gets_a_repeatable_guid_and_keys() {
        let id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log";
        let mut a = object(&[
            ("id", Value::string(id)),
            ("workspace_id", Value::Unknown),
            ("primary_shared_key", Value::Unknown),
        ]);
        let mut b = a.clone();
        fill("azurerm_log_analytics_workspace", &mut a);
        fill("azurerm_log_analytics_workspace", &mut b);
        assert_eq!(a, b);
        let guid = a.get("workspace_id").and_then(Value::as_str).unwrap();
        assert!(uuid::Uuid::parse_str(guid).is_ok());
        assert_eq!(
            a.get("primary_shared_key")
                .and_then(Value::as_str)
                .map(str::len),
            Some(88)
        );
    }

    #[test]
    fn known_values_are_kept() {
        let mut v = object(&[("id", Value::string("x")), ("guid", Value::string("g"))]);
        fill("azurerm_virtual_network", &mut v);
        assert_eq!(v.get("guid"), Some(&Value::string("g")));
    }

    #[test]
    fn computed_blocks_and_attributes_get_zero_values() {
        let mut v = object(&[
            ("id", Value::string("x")),
            ("dns_servers", Value::Unknown),
            ("subnet", Value::Unknown),
        ]);
        fill("azurerm_virtual_network", &mut v);
        assert_eq!(v.get("dns_servers"), Some(&Value::List(Vec::new())));
        assert!(first_unknown(&v).is_none());
    }

    #[test]
    fn first_unknown_names_the_path() {
        let v = object(&[("psc", Value::List(vec![object(&[("ip", Value::Unknown)])]))]);
        assert_eq!(first_unknown(&v).as_deref(), Some("psc[0].ip"));
        assert_eq!(first_unknown(&Value::string("x")), None);
    }
}

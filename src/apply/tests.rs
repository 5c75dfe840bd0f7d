//! Azure's refusals in the simulated cloud, one test each, on small estates.

use super::cloud::{Cloud, Owner};
use super::refusal::RefusalKind;
use crate::network::catalog::Limits;
use crate::state::{self, State};
use crate::value::Value;

const SUB: &str = "/subscriptions/s/resourceGroups/rg/providers";

fn ws_id() -> String {
    format!("{SUB}/Microsoft.OperationalInsights/workspaces/log")
}

fn ampls_id() -> String {
    format!("{SUB}/Microsoft.Insights/privateLinkScopes/ampls")
}

/// A state of one resource group holding an AMPLS, a workspace scoped to
/// it, and a VNet with a /29 subnet.
fn estate() -> State {
    let resources = [
        (
            "azurerm_resource_group",
            "rg",
            serde_json::json!({"id": "/subscriptions/s/resourceGroups/rg", "name": "rg", "location": "westeurope"}),
        ),
        (
            "azurerm_monitor_private_link_scope",
            "ampls",
            serde_json::json!({"id": ampls_id(), "name": "ampls"}),
        ),
        (
            "azurerm_log_analytics_workspace",
            "log",
            serde_json::json!({"id": ws_id(), "name": "log", "location": "westeurope", "workspace_id": "7dbccac3-f0f3-4b0a-a82b-fc3638e75ebd"}),
        ),
        (
            "azurerm_monitor_private_link_scoped_service",
            "log",
            serde_json::json!({"id": format!("{}/scopedResources/log", ampls_id()), "linked_resource_id": ws_id()}),
        ),
        (
            "azurerm_virtual_network",
            "hub",
            serde_json::json!({"id": format!("{SUB}/Microsoft.Network/virtualNetworks/hub"), "name": "hub", "address_space": ["10.0.0.0/24"]}),
        ),
        (
            "azurerm_subnet",
            "pe",
            serde_json::json!({"id": format!("{SUB}/Microsoft.Network/virtualNetworks/hub/subnets/pe"), "name": "pe", "address_prefixes": ["10.0.0.0/27"]}),
        ),
        (
            "azurerm_subnet",
            "tiny",
            serde_json::json!({"id": format!("{SUB}/Microsoft.Network/virtualNetworks/hub/subnets/tiny"), "name": "tiny", "address_prefixes": ["10.0.0.64/29"]}),
        ),
    ];
    let resources: Vec<serde_json::Value> = resources
        .iter()
        .map(|(t, n, attrs)| serde_json::json!({"mode": "managed", "type": t, "name": n, "provider": "provider[\"registry.terraform.io/hashicorp/azurerm\"]", "instances": [{"schema_version": 0, "attributes": attrs}]}))
        .collect();
    let text = serde_json::json!({"version": 4, "terraform_version": "1.5.7", "serial": 1, "lineage": "l", "outputs": {}, "resources": resources});
    state::parse(&text.to_string(), "t.tfstate").expect("valid state")
}

fn cloud() -> Cloud {
    Cloud::seed(&estate(), &[], Limits::CURRENT)
}

fn lower(id: &str) -> String {
    id.to_ascii_lowercase()
}

fn owner(name: &str) -> Owner {
    let addr = crate::state::parse_instance_addr(&format!("azurerm_private_endpoint.{name}"))
        .expect("address");
    Owner::Managed(addr)
}

fn endpoint(name: &str, subnet: &str) -> Value {
    Value::from_json(&serde_json::json!({
        "id": format!("{SUB}/Microsoft.Network/privateEndpoints/{name}"),
        "name": name,
        "subnet_id": format!("{SUB}/Microsoft.Network/virtualNetworks/hub/subnets/{subnet}"),
        "private_service_connection": [{"private_connection_resource_id": ampls_id(), "subresource_names": ["azuremonitor"], "private_ip_address": null}],
        "custom_dns_configs": null,
        "private_dns_zone_configs": null,
        "network_interface": null,
    }))
}

#[test]
fn deleting_a_scoped_workspace_is_refused() {
    let err = cloud().delete(&lower(&ws_id())).unwrap_err();
    assert_eq!(err.kind, RefusalKind::StillScoped);
}

#[test]
fn deleting_a_workspace_after_its_scoped_service_succeeds() {
    let mut cloud = cloud();
    cloud
        .delete(&lower(&format!("{}/scopedResources/log", ampls_id())))
        .unwrap();
    cloud.delete(&lower(&ws_id())).unwrap();
}

#[test]
fn deleting_a_resource_group_that_holds_resources_is_refused() {
    let err = cloud()
        .delete("/subscriptions/s/resourcegroups/rg")
        .unwrap_err();
    assert_eq!(err.kind, RefusalKind::GroupNotEmpty);
}

#[test]
fn two_objects_with_one_id_are_refused() {
    let mut cloud = cloud();
    let values = Value::from_json(&serde_json::json!({"id": ws_id(), "name": "log"}));
    let err = cloud
        .create(owner("other"), "azurerm_log_analytics_workspace", values)
        .unwrap_err();
    assert_eq!(err.kind, RefusalKind::DuplicateId);
}

#[test]
fn an_endpoint_gets_the_lowest_free_addresses_one_per_member() {
    let mut cloud = cloud();
    cloud
        .create(owner("a"), "azurerm_private_endpoint", endpoint("a", "pe"))
        .unwrap();
    let id = lower(&format!("{SUB}/Microsoft.Network/privateEndpoints/a"));
    let nic = &cloud.nics[&id];
    // Seven global members, one blob, three for the westeurope workspace.
    assert_eq!(nic.members.len(), 11);
    assert_eq!(nic.members[0].1.to_string(), "10.0.0.4");
    assert_eq!(nic.members[10].1.to_string(), "10.0.0.14");
    let values = &cloud.objects[&id].values;
    let first = values
        .get("private_service_connection")
        .and_then(Value::as_items)
        .and_then(|c| c[0].get("private_ip_address"))
        .cloned();
    assert_eq!(first, Some(Value::string("10.0.0.4")));
}

#[test]
fn an_endpoint_in_a_subnet_without_free_addresses_is_refused() {
    let err = cloud()
        .create(
            owner("a"),
            "azurerm_private_endpoint",
            endpoint("a", "tiny"),
        )
        .unwrap_err();
    assert_eq!(err.kind, RefusalKind::SubnetFull);
}

#[test]
fn deleting_an_endpoint_frees_its_addresses() {
    let mut cloud = cloud();
    cloud
        .create(owner("a"), "azurerm_private_endpoint", endpoint("a", "pe"))
        .unwrap();
    let a = lower(&format!("{SUB}/Microsoft.Network/privateEndpoints/a"));
    let err = cloud
        .delete(&lower(&format!(
            "{SUB}/Microsoft.Network/virtualNetworks/hub/subnets/pe"
        )))
        .unwrap_err();
    assert_eq!(err.kind, RefusalKind::SubnetInUse);
    cloud.delete(&a).unwrap();
    assert!(cloud
        .used(&lower(&format!(
            "{SUB}/Microsoft.Network/virtualNetworks/hub/subnets/pe"
        )))
        .is_empty());
}

#[test]
fn the_ampls_endpoint_limit_holds() {
    let mut cloud = cloud();
    for i in 0..10 {
        let name = format!("e{i}");
        let mut values = endpoint(&name, "pe");
        // Placed without allocation: the limit counts endpoints, not addresses.
        if let Value::Map(m) = &mut values {
            m.insert(
                "subnet_id".into(),
                Value::string(format!(
                    "{SUB}/Microsoft.Network/virtualNetworks/hub/subnets/none"
                )),
            );
        }
        cloud.insert_for_tests(owner(&name), values);
    }
    let err = cloud
        .create(
            owner("eleven"),
            "azurerm_private_endpoint",
            endpoint("eleven", "pe"),
        )
        .unwrap_err();
    assert_eq!(err.kind, RefusalKind::EndpointLimit);
}

//! Reading and writing together: a state in Terraform's own layout comes
//! back byte for byte, and states amplan builds are written in that layout.

use std::collections::BTreeMap;

use super::*;
use crate::addr::{InstanceKey, Mode, ModulePath};

const CANONICAL: &str = include_str!("testdata/canonical.tfstate");

fn canonical() -> State {
    parse(CANONICAL, "canonical.tfstate").unwrap()
}

fn addr(text: &str) -> InstanceAddr {
    parse_instance_addr(text).unwrap()
}

#[test]
fn terraform_layout_round_trips_byte_for_byte() {
    assert_eq!(to_json(&canonical()), CANONICAL);
}

#[test]
fn parse_write_parse_gives_an_equal_state() {
    let state = canonical();
    let again = parse(&to_json(&state), "again").unwrap();
    assert_eq!(again, state);
    assert_eq!(to_json(&again), to_json(&state));
}

#[test]
fn instances_are_keyed_by_full_address() {
    let state = canonical();
    assert_eq!(state.instances.len(), 9);
    assert!(state
        .instances
        .contains_key(&addr("data.azurerm_client_config.current")));
    assert!(state.instances.contains_key(&addr(
        r#"module.spoke["a"].azurerm_private_endpoint.ampls[10]"#
    )));
    let link = &state.instances[&addr(
        r#"module.spoke["b"].module.dns.azurerm_private_dns_zone_virtual_network_link.link["privatelink.monitor.azure.com"]"#,
    )];
    assert_eq!(
        link.provider,
        r#"provider["registry.terraform.io/hashicorp/azurerm"].spoke"#
    );
}

#[test]
fn object_metadata_is_read() {
    let state = canonical();
    let rg = &state.instances[&addr("azurerm_resource_group.hub")];
    assert!(rg.tainted && rg.create_before_destroy && !rg.deposed_only);
    assert_eq!(rg.deposed.len(), 1);
    assert_eq!(rg.deposed[0].0, "3f2a9c1b");
    assert_eq!(
        rg.deposed[0].1.get("id").and_then(Value::as_str),
        Some("/subscriptions/000/resourceGroups/rg-hub-old")
    );
    assert_eq!(
        rg.attributes
            .get("tags")
            .and_then(|t| t.get("env"))
            .and_then(Value::as_str),
        Some("a&b")
    );

    let pe = &state.instances[&addr(r#"module.spoke["a"].azurerm_private_endpoint.ampls[0]"#)];
    let deps: Vec<String> = pe.dependencies.iter().map(ToString::to_string).collect();
    assert_eq!(
        deps,
        [
            "azurerm_monitor_private_link_scope.hub",
            "module.spoke.azurerm_subnet.pe"
        ]
    );

    let ampls = &state.instances[&addr("azurerm_monitor_private_link_scope.hub")];
    assert!(ampls
        .private
        .as_deref()
        .is_some_and(|p| p.starts_with("eyJ")));
}

#[test]
fn unmodelled_object_fields_are_kept() {
    let subnet = &canonical().instances[&addr(r#"module.spoke["a"].azurerm_subnet.pe"#)];
    assert_eq!(
        subnet.extra.get("identity_schema_version"),
        Some(&serde_json::json!(0))
    );
    assert_eq!(subnet.sensitive_attributes[0][0]["value"], "name");
}

#[test]
fn outputs_are_read_with_type_and_sensitivity() {
    let state = canonical();
    assert_eq!(state.outputs["secret"].value, Value::from("p<q>&r"));
    assert!(state.outputs["secret"].sensitive);
    assert!(!state.outputs["ampls_id"].sensitive);
    assert_eq!(
        state.outputs["endpoint_ips"].type_json,
        serde_json::json!(["list", "string"])
    );
}

fn instance(attributes: Value) -> InstanceState {
    InstanceState {
        provider: "provider[\"registry.terraform.io/hashicorp/azurerm\"]".into(),
        attributes,
        ..InstanceState::default()
    }
}

fn resource_order(text: &str) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(text).unwrap();
    let resources = json["resources"].as_array().unwrap();
    resources
        .iter()
        .map(|r| {
            format!(
                "{}|{}|{}|{}",
                r["module"].as_str().unwrap_or(""),
                r["mode"].as_str().unwrap(),
                r["type"].as_str().unwrap(),
                r["name"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn resources_sort_by_module_text_then_mode_type_and_name() {
    let mut state = State::empty();
    for text in [
        r#"module.a[9].azurerm_x.b"#,
        r#"module.a[10].azurerm_x.b"#,
        "azurerm_x.b",
        "data.azurerm_x.a",
        "azurerm_x.a",
        "azurerm_w.z",
        r#"module.a["x"].azurerm_x.a"#,
    ] {
        state
            .instances
            .insert(addr(text), instance(Value::Map(BTreeMap::new())));
    }

    let order = resource_order(&to_json(&state));
    let expected = [
        "|data|azurerm_x|a",
        "|managed|azurerm_w|z",
        "|managed|azurerm_x|a",
        "|managed|azurerm_x|b",
        "module.a[\"x\"]|managed|azurerm_x|a",
        "module.a[10]|managed|azurerm_x|b",
        "module.a[9]|managed|azurerm_x|b",
    ];
    assert_eq!(order, expected);
}

#[test]
fn instances_sort_by_key_numbers_numerically() {
    let mut state = State::empty();
    let resource = ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_x", "a");
    for key in [
        InstanceKey::Int(10),
        InstanceKey::Int(2),
        InstanceKey::Int(0),
    ] {
        state.instances.insert(
            resource.instance(Some(key)),
            instance(Value::Map(BTreeMap::new())),
        );
    }

    let json: serde_json::Value = serde_json::from_str(&to_json(&state)).unwrap();
    let keys: Vec<i64> = json["resources"][0]["instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["index_key"].as_i64().unwrap())
        .collect();
    assert_eq!(keys, [0, 2, 10]);
    assert!(json["resources"][0].get("each").is_none());
}

#[test]
fn unknown_values_are_written_as_null() {
    let mut state = State::empty();
    let attrs = Value::Map(
        [
            ("id".to_string(), Value::Unknown),
            ("list".to_string(), Value::List(vec![Value::Unknown])),
        ]
        .into(),
    );
    state.instances.insert(addr("azurerm_x.a"), instance(attrs));

    let json: serde_json::Value = serde_json::from_str(&to_json(&state)).unwrap();
    assert_eq!(
        json["resources"][0]["instances"][0]["attributes"],
        serde_json::json!({"id": null, "list": [null]})
    );
}

#[test]
fn optional_object_fields_are_omitted_when_empty() {
    let mut state = State::empty();
    state
        .instances
        .insert(addr("azurerm_x.a"), instance(Value::Null));

    let json: serde_json::Value = serde_json::from_str(&to_json(&state)).unwrap();
    let object = json["resources"][0]["instances"][0].as_object().unwrap();
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["schema_version", "attributes", "sensitive_attributes"]
    );
    assert_eq!(object["attributes"], serde_json::json!({}));
}

#[test]
fn instance_with_only_deposed_objects_writes_no_current_object() {
    let mut state = State::empty();
    let mut only = instance(Value::Null);
    only.deposed_only = true;
    only.schema_version = 2;
    only.deposed = vec![
        ("bbbbbbbb".into(), Value::Map(BTreeMap::new())),
        ("aaaaaaaa".into(), Value::Map(BTreeMap::new())),
    ];
    state.instances.insert(addr("azurerm_x.a[0]"), only);

    let text = to_json(&state);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let objects = json["resources"][0]["instances"].as_array().unwrap();
    let deposed: Vec<&str> = objects
        .iter()
        .map(|o| o["deposed"].as_str().unwrap())
        .collect();
    assert_eq!(deposed, ["aaaaaaaa", "bbbbbbbb"]);
    assert_eq!(objects[0]["schema_version"], 2);

    let again = parse(&text, "x").unwrap();
    assert!(again.instances[&addr("azurerm_x.a[0]")].deposed_only);
}

#[test]
fn empty_state_layout() {
    let mut state = State::empty();
    state.lineage = "l".into();
    let expected = "{\n  \"version\": 4,\n  \"terraform_version\": \"1.5.7\",\n  \"serial\": 0,\n  \"lineage\": \"l\",\n  \"outputs\": {},\n  \"resources\": [],\n  \"check_results\": null\n}\n";
    assert_eq!(to_json(&state), expected);
    assert_eq!(parse(expected, "x").unwrap(), state);
}

#[test]
fn each_mode_from_older_terraform_is_accepted_and_dropped() {
    let text = r#"{"version": 4, "serial": 1, "lineage": "l", "resources": [
        {"mode": "managed", "type": "azurerm_x", "name": "a", "each": "map", "provider": "p",
         "instances": [{"index_key": "k", "attributes": {"id": "1"}}]}]}"#;
    let state = parse(text, "x").unwrap();
    assert_eq!(
        state.instances.keys().next().and_then(|a| a.key.clone()),
        Some(InstanceKey::Str("k".into()))
    );
    assert!(!to_json(&state).contains("\"each\""));
}

#[test]
fn check_results_are_kept_verbatim() {
    let text = r#"{"version": 4, "serial": 1, "lineage": "l", "check_results": [{"object_kind": "resource", "config_addr": "azurerm_x.a", "status": "pass", "objects": null}]}"#;
    let state = parse(text, "x").unwrap();
    let json: serde_json::Value = serde_json::from_str(&to_json(&state)).unwrap();
    assert_eq!(json["check_results"][0]["status"], "pass");
    assert_eq!(json["check_results"][0]["objects"], serde_json::Value::Null);
}

#[test]
fn no_prefix_of_a_state_makes_the_reader_panic() {
    let end = CANONICAL.trim_end().len();
    let cuts = CANONICAL
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i < end);
    for cut in cuts {
        let result = parse(&CANONICAL[..cut], "cut");
        assert!(result.is_err(), "prefix {cut} parsed");
    }
}

#[test]
fn mangled_values_give_errors_not_panics() {
    for (from, to) in [
        ("\"index_key\": 0", "\"index_key\": []"),
        ("\"schema_version\": 0", "\"schema_version\": {}"),
        ("\"instances\": [", "\"instances\": [7, "),
        ("\"outputs\": {", "\"outputs\": {\"x\": [], "),
    ] {
        let d = parse(&CANONICAL.replacen(from, to, 1), "m").unwrap_err();
        assert_eq!(d.code, "invalid-state", "{to}");
        assert!(d.range.is_some_and(|r| r.start.line > 1), "{to}");
    }
}

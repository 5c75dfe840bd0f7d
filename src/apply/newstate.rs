//! The Terraform state the apply leaves: instance records as Terraform
//! writes them (provider, schema version, sensitive attributes,
//! dependencies), root outputs, and the serial and lineage that follow the
//! prior snapshot.

use std::collections::{BTreeMap, BTreeSet};

use crate::addr::{InstanceAddr, Mode, ResourceAddr};
use crate::plan::order::DependsOn;
use crate::plan::OutputChange;
use crate::schema;
use crate::state::{InstanceState, OutputState, State};
use crate::value::Value;

/// The provider schema version Terraform records per type; 0 elsewhere.
/// Taken from states the azurerm provider v4 wrote.
const SCHEMA_VERSIONS: [(&str, u64); 3] = [
    ("azurerm_log_analytics_workspace", 3),
    ("azurerm_application_insights", 2),
    ("azurerm_key_vault", 2),
];

/// A new instance record; the provider and flags of the prior one are kept.
pub fn instance(
    addr: &InstanceAddr,
    values: Value,
    dependencies: Vec<ResourceAddr>,
    prior: Option<&InstanceState>,
    create_before_destroy: bool,
) -> InstanceState {
    let type_name = addr.resource.type_name.as_str();
    InstanceState {
        provider: prior.map_or_else(|| default_provider(type_name), |p| p.provider.clone()),
        schema_version: SCHEMA_VERSIONS
            .iter()
            .find(|(t, _)| *t == type_name)
            .map_or(0, |(_, v)| *v),
        attributes: values,
        sensitive_attributes: sensitive_attributes(addr),
        dependencies,
        create_before_destroy: create_before_destroy
            || prior.is_some_and(|p| p.create_before_destroy),
        ..InstanceState::default()
    }
}

/// The default provider configuration of a type: `azurerm_x` is served by
/// `hashicorp/azurerm`. Aliased providers are not known to the plan.
fn default_provider(type_name: &str) -> String {
    if type_name == "terraform_remote_state" {
        return "provider[\"terraform.io/builtin/terraform\"]".to_string();
    }
    let name = type_name.split('_').next().unwrap_or(type_name);
    format!("provider[\"registry.terraform.io/hashicorp/{name}\"]")
}

/// Terraform's `sensitive_attributes`: one `get_attr` path per sensitive
/// schema attribute, in name order.
fn sensitive_attributes(addr: &InstanceAddr) -> serde_json::Value {
    let schema = match addr.resource.mode {
        Mode::Managed => schema::resource(&addr.resource.type_name),
        Mode::Data => schema::data_source(&addr.resource.type_name),
    };
    let mut names = schema.map(schema::sensitive_attributes).unwrap_or_default();
    names.sort();
    let paths = names
        .into_iter()
        .map(|n| serde_json::json!([{"type": "get_attr", "value": n}]));
    serde_json::Value::Array(paths.collect())
}

/// Every resource an instance depends on, directly or through others, as
/// configuration addresses in Terraform's (textual) order.
pub fn dependencies(addr: &InstanceAddr, depends_on: &DependsOn) -> Vec<ResourceAddr> {
    let mut by_resource: BTreeMap<ResourceAddr, BTreeSet<ResourceAddr>> = BTreeMap::new();
    for (instance, deps) in depends_on {
        by_resource
            .entry(instance.resource.clone())
            .or_default()
            .extend(deps.iter().cloned());
    }
    let mut seen: BTreeSet<ResourceAddr> = BTreeSet::new();
    let mut todo: Vec<ResourceAddr> = depends_on
        .get(addr)
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    while let Some(next) = todo.pop() {
        if next == addr.resource || !seen.insert(next.clone()) {
            continue;
        }
        todo.extend(by_resource.get(&next).into_iter().flatten().cloned());
    }
    let own = crate::state::config_address(&addr.resource);
    let mut out: Vec<ResourceAddr> = seen
        .iter()
        .map(crate::state::config_address)
        .filter(|r| *r != own)
        .collect();
    out.sort_by_key(|r| r.to_string());
    out.dedup();
    out
}

/// The root outputs after the apply; an unchanged value keeps its record.
pub fn outputs(changes: &[OutputChange], prior: &State) -> BTreeMap<String, OutputState> {
    let mut out = BTreeMap::new();
    for change in changes {
        let Some(value) = change.after.as_ref().filter(|v| v.is_wholly_known()) else {
            continue;
        };
        let record = match prior.outputs.get(&change.name) {
            Some(old) if old.value == *value && old.sensitive == change.sensitive => old.clone(),
            _ => OutputState {
                value: value.clone(),
                type_json: type_json(value),
                sensitive: change.sensitive,
            },
        };
        out.insert(change.name.clone(), record);
    }
    out
}

/// A value's type in cty's JSON notation, as Terraform records an output's type.
pub fn type_json(value: &Value) -> serde_json::Value {
    use serde_json::json;
    match value {
        Value::Null | Value::Unknown => json!("dynamic"),
        Value::Bool(_) => json!("bool"),
        Value::Number(_) => json!("number"),
        Value::String(_) => json!("string"),
        Value::List(items) => json!(["tuple", items.iter().map(type_json).collect::<Vec<_>>()]),
        Value::Set(items) => json!(["set", items.first().map_or(json!("dynamic"), type_json)]),
        Value::Map(map) => {
            let fields: serde_json::Map<String, serde_json::Value> =
                map.iter().map(|(k, v)| (k.clone(), type_json(v))).collect();
            json!(["object", fields])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{InstanceKey, ModulePath};

    fn resource(module: &[(&str, Option<&str>)], name: &str) -> ResourceAddr {
        let mut path = ModulePath::root();
        for (m, key) in module {
            path = path.child(m, key.map(|k| InstanceKey::Str(k.into())));
        }
        ResourceAddr::new(path, Mode::Managed, "azurerm_x", name)
    }

    #[test]
    fn dependencies_are_transitive_config_addresses() {
        let pe = resource(&[("spoke", Some("a"))], "pe");
        let subnet = resource(&[("spoke", Some("a"))], "subnet");
        let rg = resource(&[], "rg");
        let mut deps = DependsOn::new();
        deps.insert(pe.instance(None), BTreeSet::from([subnet.clone()]));
        deps.insert(subnet.instance(None), BTreeSet::from([rg.clone()]));
        let found: Vec<String> = dependencies(&pe.instance(None), &deps)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found, ["azurerm_x.rg", "module.spoke.azurerm_x.subnet"]);
    }

    #[test]
    fn serial_moves_only_when_content_changes() {
        let mut prior = State::empty();
        prior.lineage = "l".into();
        prior.serial = 4;
        let mut same = prior.clone();
        same.continue_from(Some(&prior));
        assert_eq!((same.serial, same.lineage.as_str()), (4, "l"));

        let mut changed = prior.clone();
        changed.outputs.insert(
            "x".into(),
            OutputState {
                value: Value::string("v"),
                type_json: type_json(&Value::string("v")),
                sensitive: false,
            },
        );
        changed.continue_from(Some(&prior));
        assert_eq!(changed.serial, 5);
    }

    #[test]
    fn a_first_state_gets_a_lineage() {
        let mut first = State::empty();
        first.continue_from(Some(&State::empty()));
        assert!(uuid::Uuid::parse_str(&first.lineage).is_ok());
    }

    #[test]
    fn output_types_follow_cty_notation() {
        let v = Value::Map([("a".to_string(), Value::string("x"))].into());
        assert_eq!(
            type_json(&v),
            serde_json::json!(["object", {"a": "string"}])
        );
    }
}

//! Writing a [`State`] as Terraform writes state files.
//!
//! Terraform marshals a fixed struct with Go's `encoding/json`: two-space
//! indentation, keys in struct order, optional fields omitted when empty,
//! `<`, `>` and `&` escaped, and a final newline. Resources are sorted by
//! module address text, mode text (so `data` before `managed`), type and
//! name; objects by instance key (none, then numbers, then strings) and then
//! deposed key, the current object first. Terraform 1.x no longer writes a
//! resource's `each`, so neither does amplan; the keys carry it.
//!
//! One known difference: numbers go through `f64` and serde_json, so a very
//! large or very small non-integer (`1e21`, `1e-7`) is written in exponent
//! form where Terraform writes plain digits, and integers beyond 2^53 lose
//! precision. Both read back the same in Terraform; Azure attributes rarely
//! hold such numbers.

use serde_json::{Map, Value as J};

use super::{config_address, InstanceState, State, STATE_VERSION};
use crate::addr::{InstanceAddr, InstanceKey, ResourceAddr};
use crate::value::Value;

/// Object fields written before any field amplan does not model, in order.
const HEAD_FIELDS: [&str; 6] = [
    "status",
    "deposed",
    "schema_version",
    "attributes",
    "attributes_flat",
    "sensitive_attributes",
];
/// Object fields written after them, in order.
const TAIL_FIELDS: [&str; 3] = ["private", "dependencies", "create_before_destroy"];

/// Serialises a state as Terraform would write it; stable byte for byte.
pub fn to_json(state: &State) -> String {
    let mut root = Map::new();
    root.insert("version".into(), J::from(STATE_VERSION));
    root.insert(
        "terraform_version".into(),
        J::from(state.terraform_version.as_str()),
    );
    root.insert("serial".into(), J::from(state.serial));
    root.insert("lineage".into(), J::from(state.lineage.as_str()));
    root.insert("outputs".into(), outputs_json(state));
    root.insert("resources".into(), J::Array(resources_json(state)));
    root.insert("check_results".into(), state.check_results.clone());

    // Serialising a `serde_json::Value` cannot fail: every key is a string.
    let text = serde_json::to_string_pretty(&J::Object(root)).unwrap_or_default();
    escape_like_go(&text) + "\n"
}

fn outputs_json(state: &State) -> J {
    let outputs = state.outputs.iter().map(|(name, output)| {
        let mut json = Map::new();
        json.insert("value".into(), output.value.to_json());
        json.insert("type".into(), output.type_json.clone());
        if output.sensitive {
            json.insert("sensitive".into(), J::Bool(true));
        }
        (name.clone(), J::Object(json))
    });
    J::Object(outputs.collect())
}

type Group<'a> = (&'a ResourceAddr, Vec<(&'a InstanceAddr, &'a InstanceState)>);

fn resources_json(state: &State) -> Vec<J> {
    // Instances are ordered by resource first, so each resource is one run.
    let mut groups: Vec<Group> = Vec::new();
    for (addr, instance) in &state.instances {
        match groups.last_mut() {
            Some((resource, members)) if **resource == addr.resource => {
                members.push((addr, instance))
            }
            _ => groups.push((&addr.resource, vec![(addr, instance)])),
        }
    }

    groups.sort_by_cached_key(|(r, _)| {
        (
            r.module.to_string(),
            r.mode.as_str(),
            r.type_name.clone(),
            r.name.clone(),
        )
    });
    groups
        .iter()
        .map(|(resource, members)| resource_json(resource, members))
        .collect()
}

fn resource_json(resource: &ResourceAddr, members: &[(&InstanceAddr, &InstanceState)]) -> J {
    let mut json = Map::new();
    if !resource.module.is_root() {
        json.insert("module".into(), J::from(resource.module.to_string()));
    }
    json.insert("mode".into(), J::from(resource.mode.as_str()));
    json.insert("type".into(), J::from(resource.type_name.as_str()));
    json.insert("name".into(), J::from(resource.name.as_str()));
    let provider = members
        .first()
        .map_or("", |(_, instance)| instance.provider.as_str());
    json.insert("provider".into(), J::from(provider));
    let objects = members
        .iter()
        .flat_map(|(addr, instance)| instance_objects(addr, instance));
    json.insert("instances".into(), J::Array(objects.collect()));
    J::Object(json)
}

/// The current object, unless there is none, then the deposed ones by key.
fn instance_objects(addr: &InstanceAddr, instance: &InstanceState) -> Vec<J> {
    let mut deposed: Vec<&(String, Value)> = instance.deposed.iter().collect();
    deposed.sort_by(|a, b| a.0.cmp(&b.0));

    let current = (!instance.deposed_only).then(|| current_object(addr, instance));
    current
        .into_iter()
        .chain(
            deposed
                .into_iter()
                .map(|(key, attrs)| deposed_object(addr, instance, key, attrs)),
        )
        .collect()
}

fn current_object(addr: &InstanceAddr, instance: &InstanceState) -> J {
    let mut fields = instance.extra.clone();
    if instance.tainted {
        fields.insert("status".into(), J::from("tainted"));
    }
    fields.insert("schema_version".into(), J::from(instance.schema_version));
    // A legacy object with only flat attributes stays that way.
    let flat_only = fields.contains_key("attributes_flat")
        && instance.attributes.as_map().is_some_and(|m| m.is_empty());
    if !flat_only {
        fields.insert("attributes".into(), attributes_json(&instance.attributes));
    }
    fields.insert(
        "sensitive_attributes".into(),
        sensitive_json(&instance.sensitive_attributes),
    );
    if let Some(private) = &instance.private {
        fields.insert("private".into(), J::from(private.as_str()));
    }
    if !instance.dependencies.is_empty() {
        fields.insert(
            "dependencies".into(),
            dependencies_json(&instance.dependencies),
        );
    }
    if instance.create_before_destroy {
        fields.insert("create_before_destroy".into(), J::Bool(true));
    }
    ordered(addr.key.as_ref(), &fields)
}

/// A deposed object: its kept fields, with defaults from the instance for
/// objects amplan made itself.
fn deposed_object(
    addr: &InstanceAddr,
    instance: &InstanceState,
    key: &str,
    attributes: &Value,
) -> J {
    let mut fields = instance.deposed_extra.get(key).cloned().unwrap_or_default();
    fields.insert("deposed".into(), J::from(key));
    fields
        .entry("schema_version")
        .or_insert_with(|| J::from(instance.schema_version));
    fields.insert("attributes".into(), attributes_json(attributes));
    fields
        .entry("sensitive_attributes")
        .or_insert_with(|| J::Array(Vec::new()));
    ordered(addr.key.as_ref(), &fields)
}

/// Puts an object's fields in Terraform's order; fields amplan does not
/// model go where Terraform 1.12 puts `identity`, before `private`.
fn ordered(key: Option<&InstanceKey>, fields: &Map<String, J>) -> J {
    let mut json = Map::new();
    if let Some(key) = key {
        json.insert("index_key".into(), key_json(key));
    }
    let known = |k: &str| k == "index_key" || HEAD_FIELDS.contains(&k) || TAIL_FIELDS.contains(&k);
    let head = HEAD_FIELDS.iter().filter_map(|k| fields.get_key_value(*k));
    let middle = fields.iter().filter(|(k, _)| !known(k));
    let tail = TAIL_FIELDS.iter().filter_map(|k| fields.get_key_value(*k));
    json.extend(
        head.chain(middle)
            .chain(tail)
            .map(|(k, v)| (k.clone(), v.clone())),
    );
    J::Object(json)
}

fn key_json(key: &InstanceKey) -> J {
    match key {
        InstanceKey::Int(i) => J::from(*i),
        InstanceKey::Str(s) => J::from(s.as_str()),
    }
}

/// Unknown values are never written: `Value::to_json` makes them `null`.
/// Attributes are an object even when amplan has none.
fn attributes_json(attributes: &Value) -> J {
    match attributes {
        Value::Null | Value::Unknown => J::Object(Map::new()),
        other => other.to_json(),
    }
}

fn sensitive_json(paths: &J) -> J {
    match paths {
        J::Null => J::Array(Vec::new()),
        other => other.clone(),
    }
}

fn dependencies_json(dependencies: &[ResourceAddr]) -> J {
    let mut texts: Vec<String> = dependencies
        .iter()
        .map(|d| config_address(d).to_string())
        .collect();
    texts.sort();
    texts.dedup();
    J::Array(texts.into_iter().map(J::from).collect())
}

/// Go's `encoding/json` escapes these inside strings, and they can occur
/// nowhere else in JSON text, so replacing them everywhere is safe.
fn escape_like_go(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

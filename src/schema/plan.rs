//! Planned objects, state normalisation and replacement paths.
//!
//! The planned object follows what the provider's plan would hold: every
//! attribute and block of the schema is present, set values are converted
//! to the attribute's type, defaults fill unset optional arguments and
//! computed values are unknown on create and kept from the prior object on
//! update. SDKv2 stores unset optional arguments as zero values (`""`,
//! `false`, `[]`, `{}`); an unset argument whose prior value is such a zero
//! keeps it, so that no change shows where Terraform shows none.

use std::collections::BTreeMap;

use crate::plan::PathStep;
use crate::value::{format_number, Value};

use super::ids::{compute_id, fill_template, same_id};
use super::{AttrType, Attribute, BlockType, Fold, PlanContext, Presence, ResourceSchema};

/// The planned object of a resource or data source instance.
///
/// `config` maps the arguments the configuration sets, with nested blocks
/// as lists of maps; `prior` is the normalised prior object on update and
/// `None` on create. A replacement is planned as a create (`prior` `None`),
/// so that its computed values are unknown. With no schema, the
/// configuration is returned as it is, plus `id`.
pub fn plan_object(
    schema: Option<&ResourceSchema>,
    type_name: &str,
    config: &Value,
    prior: Option<&Value>,
    ctx: &PlanContext,
) -> Value {
    let Some(schema) = schema else {
        return plan_unknown_type(config, prior);
    };
    let mut planned = plan_attributes(schema.attributes, Some(config), prior);
    if type_name == "azurerm_client_config" {
        fill_client_config(&mut planned, ctx);
    }

    // The id is computed from the attributes wrapped as an object, then unwrapped, not copied.
    let attributes = Value::Map(planned);
    let id = plan_id(type_name, &attributes, prior, ctx);
    let mut planned = match attributes {
        Value::Map(planned) => planned,
        _ => BTreeMap::new(),
    };
    for block in schema
        .blocks
        .iter()
        .filter(|b| wanted(b, Some(config), prior))
    {
        let value = plan_block(
            block,
            config.get(block.name),
            prior.and_then(|p| p.get(block.name)),
            &id,
        );
        planned.insert(block.name.to_string(), value);
    }
    planned.insert("id".to_string(), id);
    keep_unknown_keys(&mut planned, prior);

    Value::Map(planned)
}

/// Keys of the prior object that the schema does not model (attributes of
/// newer provider versions) keep their prior values, so they show no change.
fn keep_unknown_keys(planned: &mut BTreeMap<String, Value>, prior: Option<&Value>) {
    let Some(prior) = prior.and_then(Value::as_map) else {
        return;
    };
    for (key, value) in prior {
        planned.entry(key.clone()).or_insert_with(|| value.clone());
    }
}

/// A type amplan has no schema for: the configuration as given, plus `id`.
fn plan_unknown_type(config: &Value, prior: Option<&Value>) -> Value {
    let mut planned = config.as_map().cloned().unwrap_or_default();
    let id = prior
        .and_then(|p| p.get("id"))
        .filter(|v| !v.is_null())
        .cloned();
    planned.insert("id".to_string(), id.unwrap_or(Value::Unknown));
    Value::Map(planned)
}

/// `azurerm_client_config` reports the credentials' subscription and tenant.
fn fill_client_config(planned: &mut BTreeMap<String, Value>, ctx: &PlanContext) {
    planned.insert(
        "subscription_id".to_string(),
        Value::string(&ctx.subscription_id),
    );
    planned.insert("tenant_id".to_string(), Value::string(&ctx.tenant_id));
}

/// The planned `id`: derived from the arguments when possible. The prior id
/// is kept when it names the same object (Azure's casing may differ from
/// the template's) or when the derived one is not known yet.
fn plan_id(type_name: &str, planned: &Value, prior: Option<&Value>, ctx: &PlanContext) -> Value {
    let prior_id = prior.and_then(|p| p.get("id")).filter(|v| !v.is_null());
    match (compute_id(type_name, planned, ctx), prior_id) {
        (Value::String(new), Some(Value::String(old))) if same_id(&new, old) => Value::string(old),
        (Value::String(new), _) => Value::String(new),
        (Value::Null, Some(old)) => old.clone(),
        (Value::Unknown, Some(old)) if prior.is_some() => old.clone(),
        _ => Value::Unknown,
    }
}

/// Plans the attributes of one object (top level or a block element).
fn plan_attributes(
    attributes: &[Attribute],
    config: Option<&Value>,
    prior: Option<&Value>,
) -> BTreeMap<String, Value> {
    let mut planned = BTreeMap::new();
    for attr in attributes {
        let set = config
            .and_then(|c| c.get(attr.name))
            .filter(|v| !v.is_null());
        // The prior value is copied only when it is the one kept.
        let prior_value = prior.map(|p| p.get(attr.name).unwrap_or(&Value::Null));
        let value = match set {
            Some(v) if attr.is_configurable() => fold(attr.fold, convert(v, &attr.ty), prior_value),
            _ => unset_value(attr, prior_value.cloned()),
        };
        planned.insert(attr.name.to_string(), value);
    }
    planned
}

/// Applies the provider's normalisation to a configured value.
fn fold(fold: Fold, value: Value, prior: Option<&Value>) -> Value {
    match (fold, value, prior) {
        (Fold::Location, Value::String(s), _) => Value::String(s.to_lowercase().replace(' ', "")),
        (Fold::IgnoreCase, Value::String(s), Some(Value::String(old)))
            if s.eq_ignore_ascii_case(old) =>
        {
            Value::String(old.clone())
        }
        (_, value, _) => value,
    }
}

/// The planned value of an attribute the configuration leaves unset.
fn unset_value(attr: &Attribute, prior: Option<Value>) -> Value {
    match attr.presence {
        Presence::Required => Value::Null,
        Presence::Computed | Presence::OptionalComputed => prior.unwrap_or(Value::Unknown),
        Presence::Optional => {
            if let Some(default) = attr.default {
                default.to_value()
            } else if attr.alt_spelling {
                prior.unwrap_or(Value::Null)
            } else {
                prior.filter(is_zero_value).unwrap_or(Value::Null)
            }
        }
    }
}

/// SDKv2's stand-ins for "not set".
fn is_zero_value(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Bool(b) => !b,
        Value::Number(n) => *n == 0.0,
        Value::List(items) | Value::Set(items) => items.is_empty(),
        Value::Map(map) => map.is_empty(),
        Value::Unknown => false,
    }
}

/// False for a block of another provider version that neither the
/// configuration nor the prior object has.
fn wanted(block: &BlockType, config: Option<&Value>, prior: Option<&Value>) -> bool {
    let has = |v: Option<&Value>| {
        v.and_then(|v| v.get(block.name))
            .is_some_and(|v| !v.is_null())
    };
    !block.alt_spelling || has(config) || has(prior)
}

/// Plans one nested block type of an object.
fn plan_block(
    block: &BlockType,
    config: Option<&Value>,
    prior: Option<&Value>,
    parent_id: &Value,
) -> Value {
    if block.single {
        return match config.and_then(single_element) {
            Some(element) => {
                plan_element(block, element, prior.and_then(single_element), parent_id)
            }
            None => Value::Null,
        };
    }
    let items = match config {
        None | Some(Value::Null) if block.computed => {
            return prior.cloned().unwrap_or(Value::Unknown)
        }
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Unknown) => return Value::Unknown,
        Some(Value::List(items) | Value::Set(items)) => items.iter().collect(),
        Some(other) => vec![other],
    };
    let prior_items = prior.and_then(Value::as_items).unwrap_or_default();

    let elements = items
        .iter()
        .enumerate()
        .map(|(i, item)| plan_element(block, item, prior_items.get(i), parent_id))
        .collect();
    collection(block, elements)
}

/// The element of a block that holds at most one: a map, or a list of one.
fn single_element(value: &Value) -> Option<&Value> {
    match value {
        Value::Map(_) => Some(value),
        Value::List(items) | Value::Set(items) => items.first().filter(|v| v.as_map().is_some()),
        _ => None,
    }
}

/// Plans one element of a nested block.
fn plan_element(
    block: &BlockType,
    config: &Value,
    prior: Option<&Value>,
    parent_id: &Value,
) -> Value {
    if config.is_unknown() {
        return Value::Unknown;
    }
    let mut planned = plan_attributes(block.attributes, Some(config), prior);
    if let Some(suffix) = block.id_suffix {
        let id = element_id(suffix, &Value::Map(planned.clone()), parent_id, prior);
        planned.insert("id".to_string(), id);
    }

    let own_id = planned
        .get("id")
        .cloned()
        .unwrap_or_else(|| parent_id.clone());
    for nested in block
        .blocks
        .iter()
        .filter(|b| wanted(b, Some(config), prior))
    {
        let value = plan_block(
            nested,
            config.get(nested.name),
            prior.and_then(|p| p.get(nested.name)),
            &own_id,
        );
        planned.insert(nested.name.to_string(), value);
    }
    Value::Map(planned)
}

/// The id of a block element: the parent's id plus the filled suffix.
fn element_id(suffix: &str, element: &Value, parent_id: &Value, prior: Option<&Value>) -> Value {
    let ctx = PlanContext::default();
    match (parent_id, fill_template(suffix, element, &ctx)) {
        (Value::String(parent), Some(Value::String(tail))) => {
            Value::String(format!("{parent}{tail}"))
        }
        (Value::String(_), None) => prior
            .and_then(|p| p.get("id"))
            .cloned()
            .unwrap_or(Value::Unknown),
        _ => Value::Unknown,
    }
}

/// A block's elements as a list, or as a set for set blocks.
fn collection(block: &BlockType, elements: Vec<Value>) -> Value {
    if block.set {
        Value::set(elements)
    } else {
        Value::List(elements)
    }
}

/// Converts a configured value to an attribute's type, as Terraform's
/// automatic conversions do: numeric strings become numbers, numbers and
/// bools become strings, lists become sets. A value that cannot convert is
/// left as it is; unknowns stay unknown.
pub(crate) fn convert(value: &Value, ty: &AttrType) -> Value {
    match (ty, value) {
        (_, Value::Unknown | Value::Null) => value.clone(),
        (AttrType::String, Value::Number(n)) => Value::String(format_number(*n)),
        (AttrType::String, Value::Bool(b)) => Value::String(b.to_string()),
        (AttrType::Number, Value::String(s)) => s
            .trim()
            .parse::<f64>()
            .map(Value::Number)
            .unwrap_or_else(|_| value.clone()),
        (AttrType::Bool, Value::String(s)) => match s.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => value.clone(),
        },
        (AttrType::List(elem), Value::List(items) | Value::Set(items)) => {
            Value::List(items.iter().map(|v| convert(v, elem)).collect())
        }
        (AttrType::Set(elem), Value::List(items) | Value::Set(items)) => {
            Value::set(items.iter().map(|v| convert(v, elem)).collect())
        }
        (AttrType::Map(elem), Value::Map(map)) => Value::Map(
            map.iter()
                .map(|(k, v)| (k.clone(), convert(v, elem)))
                .collect(),
        ),
        (AttrType::Object(fields), Value::Map(map)) => Value::Map(
            fields
                .iter()
                .map(|(name, ty)| {
                    (
                        name.to_string(),
                        map.get(*name).map_or(Value::Null, |v| convert(v, ty)),
                    )
                })
                .collect(),
        ),
        _ => value.clone(),
    }
}

/// Shapes an object read from state to the schema's types, so that it
/// compares equal to a planned object: set-typed attributes and blocks
/// become sets, attributes the state lacks become null. Keys the schema
/// does not know are kept. An unknown type is returned unchanged.
pub fn normalize(schema: Option<&ResourceSchema>, value: &Value) -> Value {
    match (schema, value) {
        (Some(schema), Value::Map(_)) => normalize_object(schema.attributes, schema.blocks, value),
        _ => value.clone(),
    }
}

fn normalize_object(attributes: &[Attribute], blocks: &[BlockType], value: &Value) -> Value {
    let wanted_blocks: Vec<&BlockType> = blocks
        .iter()
        .filter(|b| wanted(b, None, Some(value)))
        .collect();
    // Only what the schema does not rewrite is copied as it is: the
    // attributes and wanted blocks are converted from the original below.
    let rewritten = |key: &str| {
        attributes.iter().any(|a| a.name == key) || wanted_blocks.iter().any(|b| b.name == key)
    };
    let mut out: BTreeMap<String, Value> = value
        .as_map()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !rewritten(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for attr in attributes {
        let converted = value
            .get(attr.name)
            .map_or(Value::Null, |v| convert(v, &attr.ty));
        out.insert(attr.name.to_string(), converted);
    }
    for block in wanted_blocks {
        out.insert(
            block.name.to_string(),
            normalize_block(block, value.get(block.name)),
        );
    }
    Value::Map(out)
}

fn normalize_block(block: &BlockType, value: Option<&Value>) -> Value {
    let element = |v: &Value| normalize_object(block.attributes, block.blocks, v);
    if block.single {
        return value.and_then(single_element).map_or(Value::Null, element);
    }
    match value {
        Some(Value::List(items) | Value::Set(items)) => {
            collection(block, items.iter().map(element).collect())
        }
        Some(Value::Unknown) => Value::Unknown,
        _ => collection(block, Vec::new()),
    }
}

/// The paths whose change forces replacement, comparing the prior object
/// with the planned one. An unknown planned value counts as a change unless
/// the prior one was unknown too. A force-new block that differs gives the
/// block's path; otherwise block elements are compared by position.
pub fn replace_paths(schema: &ResourceSchema, before: &Value, after: &Value) -> Vec<Vec<PathStep>> {
    let mut paths = Vec::new();
    object_replace_paths(
        schema.attributes,
        schema.blocks,
        Some(before),
        Some(after),
        &[],
        &mut paths,
    );
    paths
}

fn object_replace_paths(
    attributes: &[Attribute],
    blocks: &[BlockType],
    before: Option<&Value>,
    after: Option<&Value>,
    path: &[PathStep],
    paths: &mut Vec<Vec<PathStep>>,
) {
    for attr in attributes.iter().filter(|a| a.force_new) {
        let b = before
            .and_then(|v| v.get(attr.name))
            .unwrap_or(&Value::Null);
        let a = after.and_then(|v| v.get(attr.name)).unwrap_or(&Value::Null);
        if changed(b, a) {
            paths.push(extend(path, PathStep::Attr(attr.name.to_string())));
        }
    }
    for block in blocks.iter().filter(|b| !b.single) {
        let b = before.and_then(|v| v.get(block.name));
        let a = after.and_then(|v| v.get(block.name));
        block_replace_paths(
            block,
            b,
            a,
            &extend(path, PathStep::Attr(block.name.to_string())),
            paths,
        );
    }
}

fn block_replace_paths(
    block: &BlockType,
    before: Option<&Value>,
    after: Option<&Value>,
    path: &[PathStep],
    paths: &mut Vec<Vec<PathStep>>,
) {
    let empty = Value::List(Vec::new());
    let (b, a) = (before.unwrap_or(&empty), after.unwrap_or(&empty));
    if block.force_new || a.is_unknown() {
        if (block.force_new || has_force_new(block)) && changed(&as_list(b), &as_list(a)) {
            paths.push(path.to_vec());
        }
        return;
    }
    let (items_b, items_a) = (
        b.as_items().unwrap_or_default(),
        a.as_items().unwrap_or_default(),
    );
    for i in 0..items_b.len().max(items_a.len()) {
        let element_path = extend(path, PathStep::Index(i));
        object_replace_paths(
            block.attributes,
            block.blocks,
            items_b.get(i),
            items_a.get(i),
            &element_path,
            paths,
        );
    }
}

/// True when anything inside a block forces replacement.
fn has_force_new(block: &BlockType) -> bool {
    block.force_new
        || block.attributes.iter().any(|a| a.force_new)
        || block.blocks.iter().any(has_force_new)
}

/// Null and an empty list are the same absent block.
fn as_list(value: &Value) -> Value {
    match value {
        Value::Null => Value::List(Vec::new()),
        Value::Set(items) => Value::List(items.clone()),
        other => other.clone(),
    }
}

fn changed(before: &Value, after: &Value) -> bool {
    match (before, after) {
        (Value::Unknown, Value::Unknown) => false,
        (_, Value::Unknown) => true,
        _ => before != after,
    }
}

fn extend(path: &[PathStep], step: PathStep) -> Vec<PathStep> {
    let mut out = path.to_vec();
    out.push(step);
    out
}

#[cfg(test)]
mod tests {
    use super::super::{data_source, resource};
    use super::*;

    fn ctx() -> PlanContext {
        PlanContext {
            subscription_id: "sub".into(),
            tenant_id: "tenant".into(),
        }
    }

    fn obj(pairs: &[(&str, Value)]) -> Value {
        Value::Map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn strings(items: &[&str]) -> Value {
        Value::List(items.iter().map(|s| Value::string(*s)).collect())
    }

    fn ampls_config() -> Value {
        obj(&[
            ("name", "ampls".into()),
            ("resource_group_name", "rg".into()),
        ])
    }

    #[test]
    fn defaults_fill_unset_optional_arguments() {
        let schema = resource("azurerm_monitor_private_link_scope");
        let planned = plan_object(
            schema,
            "azurerm_monitor_private_link_scope",
            &ampls_config(),
            None,
            &ctx(),
        );
        assert_eq!(
            planned.get("ingestion_access_mode"),
            Some(&Value::string("Open"))
        );
        assert_eq!(
            planned.get("query_access_mode"),
            Some(&Value::string("Open"))
        );
        assert_eq!(planned.get("tags"), Some(&Value::Null));
        assert_eq!(planned.get("timeouts"), Some(&Value::Null));
        let id = "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Insights/privateLinkScopes/ampls";
        assert_eq!(planned.get("id"), Some(&Value::string(id)));
    }

    #[test]
    fn computed_values_are_unknown_on_create_and_prior_on_update() {
        let schema = resource("azurerm_log_analytics_workspace");
        let config = obj(&[
            ("name", "law".into()),
            ("resource_group_name", "rg".into()),
            ("location", "westeurope".into()),
        ]);
        let created = plan_object(
            schema,
            "azurerm_log_analytics_workspace",
            &config,
            None,
            &ctx(),
        );
        assert_eq!(created.get("workspace_id"), Some(&Value::Unknown));
        assert_eq!(created.get("primary_shared_key"), Some(&Value::Unknown));
        assert_eq!(created.get("retention_in_days"), Some(&Value::Unknown));
        assert_eq!(created.get("daily_quota_gb"), Some(&Value::Number(-1.0)));

        let prior = obj(&[
            ("id", "/subscriptions/sub/resourceGroups/RG/providers/Microsoft.OperationalInsights/workspaces/law".into()),
            ("workspace_id", "1234-guid".into()),
            ("retention_in_days", Value::Number(30.0)),
        ]);
        let updated = plan_object(
            schema,
            "azurerm_log_analytics_workspace",
            &config,
            Some(&prior),
            &ctx(),
        );
        assert_eq!(
            updated.get("workspace_id"),
            Some(&Value::string("1234-guid"))
        );
        assert_eq!(updated.get("retention_in_days"), Some(&Value::Number(30.0)));
        assert_eq!(
            updated.get("id"),
            prior.get("id"),
            "the prior id differs only in case and is kept"
        );
    }

    #[test]
    fn configured_values_convert_to_the_attribute_type() {
        let schema = resource("azurerm_private_dns_a_record");
        let config = obj(&[
            ("name", "api".into()),
            ("zone_name", "privatelink.monitor.azure.com".into()),
            ("resource_group_name", "rg".into()),
            ("ttl", "300".into()),
            ("records", strings(&["10.0.0.5", "10.0.0.4", "10.0.0.5"])),
            ("tags", obj(&[("n", Value::Number(1.0))])),
        ]);
        let planned = plan_object(
            schema,
            "azurerm_private_dns_a_record",
            &config,
            None,
            &ctx(),
        );
        assert_eq!(planned.get("ttl"), Some(&Value::Number(300.0)));
        assert_eq!(
            planned.get("records"),
            Some(&Value::set(vec!["10.0.0.4".into(), "10.0.0.5".into()]))
        );
        assert_eq!(planned.get("tags"), Some(&obj(&[("n", "1".into())])));
        assert_eq!(planned.get("fqdn"), Some(&Value::Unknown));
    }

    #[test]
    fn unknown_configured_values_stay_unknown() {
        let schema = resource("azurerm_subnet");
        let config = obj(&[
            ("name", "pe".into()),
            ("resource_group_name", Value::Unknown),
            ("virtual_network_name", "hub".into()),
            ("address_prefixes", Value::Unknown),
        ]);
        let planned = plan_object(schema, "azurerm_subnet", &config, None, &ctx());
        assert_eq!(planned.get("address_prefixes"), Some(&Value::Unknown));
        assert_eq!(planned.get("id"), Some(&Value::Unknown));
    }

    #[test]
    fn unset_optional_keeps_a_prior_zero_value() {
        let schema = resource("azurerm_private_endpoint");
        let prior = obj(&[
            ("custom_network_interface_name", "".into()),
            ("edge_zone", "zone1".into()),
        ]);
        let planned = plan_object(
            schema,
            "azurerm_private_endpoint",
            &pe_config("subnet-a"),
            Some(&prior),
            &ctx(),
        );
        assert_eq!(
            planned.get("custom_network_interface_name"),
            Some(&Value::string(""))
        );
        assert_eq!(planned.get("edge_zone"), Some(&Value::Null));
    }

    fn pe_config(subnet: &str) -> Value {
        let psc = obj(&[
            ("name", "psc".into()),
            ("is_manual_connection", Value::Bool(false)),
            ("private_connection_resource_id", "/ampls".into()),
            ("subresource_names", strings(&["azuremonitor"])),
        ]);
        let group = obj(&[
            ("name", "default".into()),
            ("private_dns_zone_ids", strings(&["/z1"])),
        ]);
        obj(&[
            ("name", "pe".into()),
            ("resource_group_name", "rg".into()),
            ("location", "westeurope".into()),
            ("subnet_id", subnet.into()),
            ("private_service_connection", Value::List(vec![psc])),
            ("private_dns_zone_group", Value::List(vec![group])),
        ])
    }

    #[test]
    fn nested_blocks_plan_recursively_with_computed_ids() {
        let schema = resource("azurerm_private_endpoint");
        let planned = plan_object(
            schema,
            "azurerm_private_endpoint",
            &pe_config("s"),
            None,
            &ctx(),
        );
        let psc = &planned
            .get("private_service_connection")
            .unwrap()
            .as_items()
            .unwrap()[0];
        assert_eq!(psc.get("private_ip_address"), Some(&Value::Unknown));
        assert_eq!(psc.get("request_message"), Some(&Value::Null));
        let group = &planned
            .get("private_dns_zone_group")
            .unwrap()
            .as_items()
            .unwrap()[0];
        let pe_id =
            "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe";
        assert_eq!(
            group.get("id"),
            Some(&Value::string(format!(
                "{pe_id}/privateDnsZoneGroups/default"
            )))
        );
        assert_eq!(planned.get("ip_configuration"), Some(&Value::List(vec![])));
        assert_eq!(planned.get("network_interface"), Some(&Value::Unknown));
    }

    #[test]
    fn absent_computed_blocks_are_unknown_on_create_and_prior_on_update() {
        let schema = resource("azurerm_virtual_network");
        let config = obj(&[
            ("name", "hub".into()),
            ("resource_group_name", "rg".into()),
            ("location", "westeurope".into()),
            ("address_space", strings(&["10.0.0.0/16"])),
        ]);
        let created = plan_object(schema, "azurerm_virtual_network", &config, None, &ctx());
        assert_eq!(created.get("subnet"), Some(&Value::Unknown));
        assert_eq!(
            created.get("address_space"),
            Some(&Value::set(vec!["10.0.0.0/16".into()]))
        );

        let prior = obj(&[("subnet", Value::set(vec![obj(&[("name", "a".into())])]))]);
        let updated = plan_object(
            schema,
            "azurerm_virtual_network",
            &config,
            Some(&prior),
            &ctx(),
        );
        assert_eq!(updated.get("subnet"), prior.get("subnet"));
    }

    #[test]
    fn inline_subnets_form_a_set_with_ids() {
        let schema = resource("azurerm_virtual_network");
        let subnet = obj(&[
            ("name", "pe".into()),
            ("address_prefixes", strings(&["10.0.1.0/27"])),
        ]);
        let config = obj(&[
            ("name", "hub".into()),
            ("resource_group_name", "rg".into()),
            ("location", "westeurope".into()),
            ("subnet", Value::List(vec![subnet])),
        ]);
        let planned = plan_object(schema, "azurerm_virtual_network", &config, None, &ctx());
        let Some(Value::Set(subnets)) = planned.get("subnet") else {
            panic!("subnet is not a set")
        };
        let id = subnets[0].get("id").and_then(Value::as_str).unwrap();
        assert!(id.ends_with("/virtualNetworks/hub/subnets/pe"), "{id}");
        assert_eq!(
            subnets[0].get("private_endpoint_network_policies"),
            Some(&Value::string("Disabled"))
        );
        assert_eq!(subnets[0].get("delegation"), Some(&Value::List(vec![])));
    }

    #[test]
    fn locations_fold_and_names_ignore_case() {
        let schema = resource("azurerm_private_dns_resolver");
        let config = obj(&[
            ("name", "r".into()),
            ("resource_group_name", "RG-Hub".into()),
            ("location", "West Europe".into()),
            ("virtual_network_id", "/v".into()),
        ]);
        let created = plan_object(
            schema,
            "azurerm_private_dns_resolver",
            &config,
            None,
            &ctx(),
        );
        assert_eq!(created.get("location"), Some(&Value::string("westeurope")));
        assert_eq!(
            created.get("resource_group_name"),
            Some(&Value::string("RG-Hub"))
        );

        let prior = obj(&[
            ("resource_group_name", "rg-hub".into()),
            ("newer_attribute", Value::Bool(true)),
        ]);
        let updated = plan_object(
            schema,
            "azurerm_private_dns_resolver",
            &config,
            Some(&prior),
            &ctx(),
        );
        assert_eq!(
            updated.get("resource_group_name"),
            Some(&Value::string("rg-hub"))
        );
        assert_eq!(
            updated.get("newer_attribute"),
            Some(&Value::Bool(true)),
            "unmodelled prior keys are kept"
        );
    }

    #[test]
    fn other_version_blocks_are_left_out_unless_used() {
        let schema = resource("azurerm_subnet");
        let mut config = obj(&[
            ("name", "s".into()),
            ("resource_group_name", "rg".into()),
            ("virtual_network_name", "v".into()),
            ("address_prefixes", strings(&["10.0.0.0/27"])),
        ]);
        let planned = plan_object(schema, "azurerm_subnet", &config, None, &ctx());
        assert_eq!(planned.get("service_endpoint"), None);
        assert_eq!(normalize(schema, &config).get("service_endpoint"), None);

        let endpoint = obj(&[("service", "Microsoft.Storage".into())]);
        if let Value::Map(m) = &mut config {
            m.insert("service_endpoint".into(), Value::List(vec![endpoint]));
        }
        let planned = plan_object(schema, "azurerm_subnet", &config, None, &ctx());
        let Some(Value::List(endpoints)) = planned.get("service_endpoint") else {
            panic!("no service_endpoint")
        };
        assert_eq!(endpoints[0].get("locations"), Some(&Value::Unknown));
    }

    #[test]
    fn unknown_types_pass_the_config_through() {
        let config = obj(&[("name", "x".into())]);
        let planned = plan_object(None, "azurerm_storage_account", &config, None, &ctx());
        assert_eq!(
            planned,
            obj(&[("name", "x".into()), ("id", Value::Unknown)])
        );
        let prior = obj(&[("id", "/old".into())]);
        let planned = plan_object(
            None,
            "azurerm_storage_account",
            &config,
            Some(&prior),
            &ctx(),
        );
        assert_eq!(planned.get("id"), Some(&Value::string("/old")));
    }

    #[test]
    fn client_config_reports_the_context() {
        let schema = data_source("azurerm_client_config");
        let planned = plan_object(schema, "azurerm_client_config", &obj(&[]), None, &ctx());
        assert_eq!(planned.get("subscription_id"), Some(&Value::string("sub")));
        assert_eq!(planned.get("tenant_id"), Some(&Value::string("tenant")));
        assert_eq!(planned.get("object_id"), Some(&Value::Unknown));
    }

    #[test]
    fn normalized_state_equals_the_planned_object() {
        let schema = resource("azurerm_private_dns_a_record");
        let config = obj(&[
            ("name", "api".into()),
            ("zone_name", "z".into()),
            ("resource_group_name", "rg".into()),
            ("ttl", Value::Number(10.0)),
            ("records", strings(&["10.0.0.4", "10.0.0.5"])),
        ]);
        let state = serde_json::json!({
            "id": "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/z/A/api",
            "name": "api", "zone_name": "z", "resource_group_name": "rg", "ttl": 10,
            "records": ["10.0.0.5", "10.0.0.4"], "fqdn": "api.z.", "tags": {}, "timeouts": null
        });
        let prior = normalize(schema, &Value::from_json(&state));
        assert_eq!(
            prior.get("records"),
            Some(&Value::set(vec!["10.0.0.4".into(), "10.0.0.5".into()]))
        );
        assert_eq!(prior.get("private_dns_zone_id"), Some(&Value::Null));
        let planned = plan_object(
            schema,
            "azurerm_private_dns_a_record",
            &config,
            Some(&prior),
            &ctx(),
        );
        assert_eq!(planned, prior);
    }

    #[test]
    fn subnet_change_forces_replacement_but_tags_do_not() {
        let schema = resource("azurerm_private_endpoint").unwrap();
        let before = plan_object(
            Some(schema),
            "azurerm_private_endpoint",
            &pe_config("subnet-a"),
            None,
            &ctx(),
        );
        let after = plan_object(
            Some(schema),
            "azurerm_private_endpoint",
            &pe_config("subnet-b"),
            Some(&before),
            &ctx(),
        );
        assert_eq!(
            replace_paths(schema, &before, &after),
            vec![vec![PathStep::Attr("subnet_id".into())]]
        );

        let mut tagged = pe_config("subnet-a");
        if let Value::Map(m) = &mut tagged {
            m.insert("tags".into(), obj(&[("env", "prod".into())]));
        }
        let after = plan_object(
            Some(schema),
            "azurerm_private_endpoint",
            &tagged,
            Some(&before),
            &ctx(),
        );
        assert_ne!(after, before);
        assert!(replace_paths(schema, &before, &after).is_empty());
    }

    #[test]
    fn nested_force_new_attributes_give_element_paths() {
        let schema = resource("azurerm_private_endpoint").unwrap();
        let before = plan_object(
            Some(schema),
            "azurerm_private_endpoint",
            &pe_config("s"),
            None,
            &ctx(),
        );
        let mut config = pe_config("s");
        if let Value::Map(m) = &mut config {
            let psc = obj(&[
                ("name", "psc".into()),
                ("is_manual_connection", Value::Bool(false)),
                ("private_connection_resource_id", "/other-ampls".into()),
                ("subresource_names", strings(&["azuremonitor"])),
            ]);
            m.insert("private_service_connection".into(), Value::List(vec![psc]));
        }
        let after = plan_object(
            Some(schema),
            "azurerm_private_endpoint",
            &config,
            Some(&before),
            &ctx(),
        );
        let expected = vec![
            PathStep::Attr("private_service_connection".into()),
            PathStep::Index(0),
            PathStep::Attr("private_connection_resource_id".into()),
        ];
        assert_eq!(replace_paths(schema, &before, &after), vec![expected]);
    }

    #[test]
    fn unknown_after_counts_as_change_only_against_known_before() {
        let schema = resource("azurerm_subnet").unwrap();
        let before = obj(&[
            ("name", "a".into()),
            ("resource_group_name", Value::Unknown),
        ]);
        let after = obj(&[
            ("name", Value::Unknown),
            ("resource_group_name", Value::Unknown),
        ]);
        assert_eq!(
            replace_paths(schema, &before, &after),
            vec![vec![PathStep::Attr("name".into())]]
        );
    }

    #[test]
    fn a_changed_force_new_block_gives_the_block_path() {
        let schema = resource("azurerm_private_dns_resolver_inbound_endpoint").unwrap();
        let ip = |s: &str| Value::List(vec![obj(&[("subnet_id", s.into())])]);
        let before = obj(&[("ip_configurations", ip("a"))]);
        let after = obj(&[("ip_configurations", ip("b"))]);
        assert_eq!(
            replace_paths(schema, &before, &after),
            vec![vec![PathStep::Attr("ip_configurations".into())]]
        );
    }
}

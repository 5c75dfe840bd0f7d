//! Azure resource ids, derived from arguments the way the provider builds
//! them (DOMAIN.md §4: ids are deterministic).
//!
//! Each type lists one or more templates; the first whose inputs are all
//! set (not null) is used, so a v5 spelling (`private_dns_zone_id`) and the
//! v4 one (`private_dns_zone_name` plus `resource_group_name`) can both be
//! served. `{sub}` is the subscription of the plan context; any other
//! `{name}` is the value of that attribute.

use crate::value::{format_number, Value};

use super::PlanContext;

/// Prefixes a template with the resource group's provider path.
macro_rules! concat_rg {
    ($tail:literal) => {
        concat!(
            "/subscriptions/{sub}/resourceGroups/{resource_group_name}/providers",
            $tail
        )
    };
}

/// The id templates of every type, in provider casing.
static ID_TEMPLATES: &[(&str, &[&str])] = &[
    ("azurerm_resource_group", &["/subscriptions/{sub}/resourceGroups/{name}"]),
    ("azurerm_virtual_network", &[concat_rg!("/Microsoft.Network/virtualNetworks/{name}")]),
    ("azurerm_subnet", &[concat_rg!("/Microsoft.Network/virtualNetworks/{virtual_network_name}/subnets/{name}")]),
    (
        "azurerm_virtual_network_peering",
        &[concat_rg!("/Microsoft.Network/virtualNetworks/{virtual_network_name}/virtualNetworkPeerings/{name}")],
    ),
    ("azurerm_virtual_network_dns_servers", &["{virtual_network_id}/dnsServers/default"]),
    ("azurerm_private_endpoint", &[concat_rg!("/Microsoft.Network/privateEndpoints/{name}")]),
    ("azurerm_private_dns_zone", &[concat_rg!("/Microsoft.Network/privateDnsZones/{name}")]),
    (
        "azurerm_private_dns_zone_virtual_network_link",
        &[
            "{private_dns_zone_id}/virtualNetworkLinks/{name}",
            concat_rg!("/Microsoft.Network/privateDnsZones/{private_dns_zone_name}/virtualNetworkLinks/{name}"),
        ],
    ),
    (
        "azurerm_private_dns_a_record",
        &["{private_dns_zone_id}/A/{name}", concat_rg!("/Microsoft.Network/privateDnsZones/{zone_name}/A/{name}")],
    ),
    (
        "azurerm_private_dns_cname_record",
        &["{private_dns_zone_id}/CNAME/{name}", concat_rg!("/Microsoft.Network/privateDnsZones/{zone_name}/CNAME/{name}")],
    ),
    ("azurerm_monitor_private_link_scope", &[concat_rg!("/Microsoft.Insights/privateLinkScopes/{name}")]),
    (
        "azurerm_monitor_private_link_scoped_service",
        &[concat_rg!("/Microsoft.Insights/privateLinkScopes/{scope_name}/scopedResources/{name}")],
    ),
    ("azurerm_log_analytics_workspace", &[concat_rg!("/Microsoft.OperationalInsights/workspaces/{name}")]),
    ("azurerm_application_insights", &[concat_rg!("/Microsoft.Insights/components/{name}")]),
    ("azurerm_monitor_data_collection_endpoint", &[concat_rg!("/Microsoft.Insights/dataCollectionEndpoints/{name}")]),
    ("azurerm_private_dns_resolver", &[concat_rg!("/Microsoft.Network/dnsResolvers/{name}")]),
    ("azurerm_private_dns_resolver_inbound_endpoint", &["{private_dns_resolver_id}/inboundEndpoints/{name}"]),
    ("azurerm_private_dns_resolver_outbound_endpoint", &["{private_dns_resolver_id}/outboundEndpoints/{name}"]),
    ("azurerm_private_dns_resolver_dns_forwarding_ruleset", &[concat_rg!("/Microsoft.Network/dnsForwardingRulesets/{name}")]),
    ("azurerm_private_dns_resolver_forwarding_rule", &["{dns_forwarding_ruleset_id}/forwardingRules/{name}"]),
    ("azurerm_private_dns_resolver_virtual_network_link", &["{dns_forwarding_ruleset_id}/virtualNetworkLinks/{name}"]),
];

/// The deterministic Azure id of an object of this type from its (planned
/// or configured) values: a string when every input is known, unknown when
/// one is unknown, null when the type has no template or an input is unset.
pub fn compute_id(type_name: &str, values: &Value, ctx: &PlanContext) -> Value {
    let Some((_, templates)) = ID_TEMPLATES.iter().find(|(t, _)| *t == type_name) else {
        return Value::Null;
    };
    templates
        .iter()
        .find_map(|t| fill_template(t, values, ctx))
        .unwrap_or(Value::Null)
}

/// Fills one template; `None` when an input is unset.
pub(crate) fn fill_template(template: &str, values: &Value, ctx: &PlanContext) -> Option<Value> {
    let mut out = String::new();
    let mut unknown = false;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}')?;
        let name = &rest[open + 1..close];
        match placeholder(name, values, ctx)? {
            Some(text) => out.push_str(&text),
            None => unknown = true,
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);

    Some(if unknown {
        Value::Unknown
    } else {
        Value::String(out)
    })
}

/// The text of one placeholder: `None` when unset, `Some(None)` when
/// unknown.
fn placeholder(name: &str, values: &Value, ctx: &PlanContext) -> Option<Option<String>> {
    if name == "sub" {
        return Some(Some(ctx.subscription_id.clone()));
    }
    match values.get(name)? {
        Value::String(s) if !s.is_empty() => Some(Some(s.clone())),
        Value::Number(n) => Some(Some(format_number(*n))),
        Value::Unknown => Some(None),
        _ => None,
    }
}

/// True when two ids name the same object; Azure ignores case in ids.
pub fn same_id(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> PlanContext {
        PlanContext {
            subscription_id: "0000".into(),
            tenant_id: "t".into(),
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

    #[test]
    fn known_inputs_give_the_provider_id() {
        let v = obj(&[("name", "pe1".into()), ("resource_group_name", "rg".into())]);
        let id = compute_id("azurerm_private_endpoint", &v, &ctx());
        assert_eq!(id, Value::string("/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe1"));
    }

    #[test]
    fn resource_group_id_has_no_provider_segment() {
        let v = obj(&[("name", "rg".into())]);
        assert_eq!(
            compute_id("azurerm_resource_group", &v, &ctx()),
            Value::string("/subscriptions/0000/resourceGroups/rg")
        );
    }

    #[test]
    fn an_unknown_input_gives_unknown() {
        let v = obj(&[
            ("name", "x".into()),
            ("resource_group_name", Value::Unknown),
        ]);
        assert_eq!(
            compute_id("azurerm_monitor_private_link_scope", &v, &ctx()),
            Value::Unknown
        );
    }

    #[test]
    fn a_missing_input_or_unknown_type_gives_null() {
        let v = obj(&[("name", "x".into()), ("resource_group_name", Value::Null)]);
        assert_eq!(
            compute_id("azurerm_monitor_private_link_scope", &v, &ctx()),
            Value::Null
        );
        assert_eq!(
            compute_id("azurerm_storage_account", &v, &ctx()),
            Value::Null
        );
    }

    #[test]
    fn v5_zone_id_wins_over_v4_zone_name() {
        let zone = "/subscriptions/0000/resourceGroups/dns/providers/Microsoft.Network/privateDnsZones/privatelink.monitor.azure.com";
        let v5 = obj(&[
            ("name", "hub".into()),
            ("private_dns_zone_id", zone.into()),
            ("private_dns_zone_name", Value::Null),
        ]);
        let id = compute_id("azurerm_private_dns_zone_virtual_network_link", &v5, &ctx());
        assert_eq!(id, Value::string(format!("{zone}/virtualNetworkLinks/hub")));

        let v4 = obj(&[
            ("name", "hub".into()),
            ("private_dns_zone_id", Value::Null),
            (
                "private_dns_zone_name",
                "privatelink.monitor.azure.com".into(),
            ),
            ("resource_group_name", "dns".into()),
        ]);
        let id = compute_id("azurerm_private_dns_zone_virtual_network_link", &v4, &ctx());
        assert_eq!(id, Value::string(format!("{zone}/virtualNetworkLinks/hub")));
    }

    #[test]
    fn child_ids_extend_parent_ids() {
        let v = obj(&[
            ("name", "rule1".into()),
            (
                "dns_forwarding_ruleset_id",
                "/x/dnsForwardingRulesets/rs".into(),
            ),
        ]);
        let id = compute_id("azurerm_private_dns_resolver_forwarding_rule", &v, &ctx());
        assert_eq!(
            id,
            Value::string("/x/dnsForwardingRulesets/rs/forwardingRules/rule1")
        );
        let a = obj(&[
            ("name", "api".into()),
            ("zone_name", "z".into()),
            ("resource_group_name", "rg".into()),
        ]);
        let id = compute_id("azurerm_private_dns_a_record", &a, &ctx());
        assert_eq!(id, Value::string("/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/z/A/api"));
    }

    #[test]
    fn every_resource_type_has_a_template() {
        for t in super::super::resource_types() {
            assert!(
                ID_TEMPLATES.iter().any(|(n, _)| *n == t),
                "{t} has no id template"
            );
        }
    }
}

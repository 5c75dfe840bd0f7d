//! The DNS analysis end to end: one test per `testdata/dns/` scenario,
//! asserting the diagnostic codes present and absent, their impact, the
//! affected VNets and whether they held before the plan; snapshots of the
//! diagnostics and DNS changes of the main scenarios; and a scale check
//! that VNets sharing a view are resolved once.

mod common;

use amplan::network::model::{Endpoint, Network, Vnet, Zone, ZoneLink};
use amplan::network::resolve::Resolver;
use amplan::pipeline::{Options, Outcome};
use amplan::plan::{Answer, DnsChange};
use serde_json::{json, Value as Json};

/// A planned scenario with its JSON document.
struct Planned {
    outcome: Outcome,
    doc: Json,
}

fn plan(name: &str, extra: impl FnOnce(&mut Options)) -> Planned {
    let outcome = common::plan(&format!("testdata/dns/{name}"), extra);
    let doc = amplan::render::json::plan_json(&outcome.plan);
    Planned { outcome, doc }
}

fn with_context(name: &'static str, file: &'static str) -> impl FnOnce(&mut Options) {
    move |o: &mut Options| o.context.push(format!("testdata/dns/{name}/{file}").into())
}

impl Planned {
    fn diagnostics(&self) -> &[Json] {
        self.doc["diagnostics"]
            .as_array()
            .map_or(&[], Vec::as_slice)
    }

    fn codes(&self) -> Vec<&str> {
        self.diagnostics()
            .iter()
            .filter_map(|d| d["code"].as_str())
            .collect()
    }

    fn with_code(&self, code: &str) -> Vec<&Json> {
        self.diagnostics()
            .iter()
            .filter(|d| d["code"] == code)
            .collect()
    }

    /// The one diagnostic with this code.
    fn only(&self, code: &str) -> &Json {
        let found = self.with_code(code);
        assert_eq!(
            found.len(),
            1,
            "one `{code}` expected in {:#?}",
            self.diagnostics()
        );
        found[0]
    }

    fn assert_has(&self, code: &str) {
        assert!(
            self.codes().contains(&code),
            "`{code}` expected in {:?}",
            self.codes()
        );
    }

    fn assert_lacks(&self, code: &str) {
        assert!(
            !self.codes().contains(&code),
            "`{code}` not expected in {:#?}",
            self.diagnostics()
        );
    }

    fn assert_quiet(&self) {
        assert!(
            self.diagnostics().is_empty(),
            "no diagnostics expected: {:#?}",
            self.diagnostics()
        );
    }

    /// Only the intended resources change; everything from the state plans as a no-op.
    fn assert_changes(&self, expected: &[(&str, &str)]) {
        let mut changed: Vec<(String, String)> = self.doc["resource_changes"]
            .as_array()
            .expect("resource_changes")
            .iter()
            .filter(|rc| rc["mode"] == "managed")
            .filter_map(|rc| {
                let actions = rc["change"]["actions"].as_array()?;
                let action = actions
                    .iter()
                    .filter_map(Json::as_str)
                    .collect::<Vec<_>>()
                    .join(",");
                (action != "no-op").then(|| {
                    (
                        rc["address"].as_str().unwrap_or_default().to_string(),
                        action,
                    )
                })
            })
            .collect();
        changed.sort();
        let mut expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        expected.sort();
        assert_eq!(changed, expected);
    }

    fn dns_changes(&self) -> Json {
        Json::Array(
            self.outcome
                .plan
                .dns_changes
                .iter()
                .map(dns_change)
                .collect(),
        )
    }

    fn snapshot(&self, name: &str) {
        let doc = json!({
            "diagnostics": self.doc["diagnostics"],
            "dns_changes": self.dns_changes(),
        });
        common::snapshot_settings().bind(|| {
            insta::assert_snapshot!(
                format!("dns_{name}_json"),
                serde_json::to_string_pretty(&doc).expect("serialisable")
            );
            insta::assert_snapshot!(format!("dns_{name}_text"), common::text(&self.outcome));
        });
    }
}

/// `dns_changes` as DESIGN.md describes them, built from the plan itself
/// while the JSON renderer does not fill them yet.
fn dns_change(c: &DnsChange) -> Json {
    json!({
        "vnet": c.vnet,
        "fqdn": c.fqdn,
        "before": answer(&c.before),
        "after": answer(&c.after),
        "reachable": c.reachable,
    })
}

fn answer(a: &Answer) -> Json {
    match a {
        Answer::Private {
            addresses,
            endpoint,
            ampls,
        } => {
            json!({"private": {"addresses": addresses, "endpoint": endpoint, "ampls": ampls}})
        }
        Answer::Public => json!("public"),
        Answer::NxDomain => json!("nxdomain"),
        Answer::Unknown => json!("unknown"),
    }
}

fn strings(v: &Json) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default()
}

const ADD_B: [(&str, &str); 4] = [
    ("azurerm_log_analytics_workspace.b", "create"),
    ("azurerm_monitor_private_link_scope.two", "create"),
    ("azurerm_monitor_private_link_scoped_service.b", "create"),
    ("azurerm_private_endpoint.b", "create"),
];

// --- the documented override ------------------------------------------------

#[test]
fn override_unpeered_makes_azure_monitor_unreachable_for_vnet_a() {
    let p = plan("override-unpeered", |_| {});
    p.assert_changes(&ADD_B);
    let d = p.only("dns-override");
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["address"], "azurerm_private_endpoint.b");
    assert_eq!(
        d["range"]["filename"],
        "testdata/dns/override-unpeered/main.tf"
    );
    assert!(d["range"]["start"]["line"].as_u64().is_some());
    assert_eq!(strings(&d["affected_vnets"]), ["vnet-a"]);
    assert!(strings(&d["names"]).contains(&"api.monitor.azure.com"));
    assert!(d["detail"]
        .as_str()
        .unwrap()
        .contains("impact: unreachable"));
    assert_eq!(d["existing"], false);
    // The conflict is the same cause: reported once, as the override.
    p.assert_lacks("conflicting-endpoints");
    p.assert_lacks("vnet-multiple-ampls");
    assert_eq!(p.codes(), ["dns-override"]);

    // A's answers move from its own endpoint (10.0.1.x) to B's (10.0.2.x, not yet allocated), unreachable.
    let changes = p.dns_changes();
    let api_a = changes
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["vnet"] == "vnet-a" && c["fqdn"] == "api.monitor.azure.com")
        .expect("vnet-a's api answer changes");
    assert_eq!(
        api_a["before"]["private"]["endpoint"],
        "azurerm_private_endpoint.a"
    );
    assert_eq!(api_a["before"]["private"]["addresses"], json!(["10.0.1.4"]));
    assert_eq!(
        api_a["after"]["private"]["endpoint"],
        "azurerm_private_endpoint.b"
    );
    assert_eq!(api_a["after"]["private"]["ampls"], "ampls-two");
    assert_eq!(api_a["reachable"], false);
    p.snapshot("override_unpeered");
}

#[test]
fn override_peered_is_a_scope_change_naming_what_falls_out_of_scope() {
    let p = plan("override-peered", |_| {});
    p.assert_changes(&ADD_B);
    let d = p.only("dns-override");
    assert_eq!(d["address"], "azurerm_private_endpoint.b");
    assert_eq!(strings(&d["affected_vnets"]), ["vnet-a"]);
    let detail = d["detail"].as_str().unwrap();
    assert!(detail.contains("impact: scope-change"), "{detail}");
    assert!(detail.contains("`log-a`"), "{detail}");
    assert!(!detail.contains("impact: unreachable"));
    assert_eq!(p.codes(), ["dns-override"]);
    assert!(p
        .outcome
        .plan
        .dns_changes
        .iter()
        .all(|c| c.reachable != Some(false)));
    p.snapshot("override_peered");
}

// --- documented safe designs -------------------------------------------------

#[test]
fn safe_peered_endpoints_of_one_ampls_report_nothing() {
    let p = plan("safe-peered-same-ampls", |_| {});
    p.assert_changes(&[("azurerm_private_endpoint.b", "create")]);
    p.assert_quiet();
}

#[test]
fn safe_isolated_networks_report_nothing() {
    let p = plan("safe-isolated", |_| {});
    assert_eq!(
        p.doc["summary"],
        json!({"add": 17, "change": 0, "destroy": 0})
    );
    p.assert_quiet();
    assert!(p.outcome.plan.dns_changes.is_empty());
}

#[test]
fn safe_hub_and_spokes_report_nothing() {
    let p = plan("safe-hub-spoke", |_| {});
    p.assert_quiet();
    assert!(p.doc["summary"]["add"].as_u64().unwrap() > 0);
    assert!(p.outcome.plan.dns_changes.is_empty());
}

// --- overrides that arrive through custom DNS, a resolver, a ruleset --------

#[test]
fn custom_dns_server_carries_the_override_to_a_spoke_without_links() {
    let p = plan("custom-dns-override", |_| {});
    p.assert_changes(&[("azurerm_private_endpoint.d", "create")]);
    let d = p.only("dns-override");
    assert_eq!(d["address"], "azurerm_private_endpoint.d");
    assert_eq!(strings(&d["affected_vnets"]), ["vnet-c"]);
    assert!(d["detail"]
        .as_str()
        .unwrap()
        .contains("impact: unreachable"));
    assert_eq!(p.codes(), ["dns-override"]);
    p.snapshot("custom_dns_override");
}

#[test]
fn custom_dns_spoke_peered_with_the_new_endpoint_reports_nothing() {
    let p = plan("custom-dns-reachable", |_| {});
    p.assert_changes(&[("azurerm_private_endpoint.d", "create")]);
    p.assert_quiet();
}

#[test]
fn resolver_inbound_endpoint_carries_the_override() {
    let p = plan(
        "resolver-inbound-override",
        with_context("resolver-inbound-override", "context.tfstate"),
    );
    p.assert_changes(&[("azurerm_private_endpoint.d", "create")]);
    let d = p.only("dns-override");
    assert_eq!(strings(&d["affected_vnets"]), ["vnet-c"]);
    assert!(d["detail"]
        .as_str()
        .unwrap()
        .contains("impact: unreachable"));
    assert_eq!(p.codes(), ["dns-override"]);
    p.snapshot("resolver_inbound_override");
}

#[test]
fn forwarding_ruleset_carries_the_override_for_its_domain_only() {
    let p = plan(
        "forwarding-ruleset-override",
        with_context("forwarding-ruleset-override", "context.tfstate"),
    );
    p.assert_changes(&[("azurerm_private_endpoint.d", "create")]);
    let d = p.only("dns-override");
    assert_eq!(strings(&d["affected_vnets"]), ["vnet-c"]);
    let names = strings(&d["names"]);
    assert!(names.contains(&"api.monitor.azure.com"));
    // The rule forwards `monitor.azure.com.` only; the blob name stays public.
    assert!(
        names.iter().all(|n| n.ends_with("monitor.azure.com")),
        "{names:?}"
    );
    assert_eq!(p.codes(), ["dns-override"]);
    p.snapshot("forwarding_ruleset_override");
}

#[test]
fn disabled_forwarding_rule_leaves_the_spoke_on_public_dns() {
    let p = plan(
        "forwarding-ruleset-override",
        with_context(
            "forwarding-ruleset-override",
            "context-rule-disabled.tfstate",
        ),
    );
    p.assert_changes(&[("azurerm_private_endpoint.d", "create")]);
    p.assert_quiet();
}

// --- a first plan of an existing estate -------------------------------------

#[test]
fn first_plan_of_an_existing_estate_reports_findings_as_existing() {
    let p = plan("existing-estate", |_| {});
    p.assert_changes(&[("azurerm_log_analytics_workspace.a", "update")]);
    let conflict = p.only("conflicting-endpoints");
    assert_eq!(conflict["existing"], true);
    assert_eq!(strings(&conflict["affected_vnets"]), ["vnet-a"]);
    assert_eq!(p.only("misnamed-zone")["existing"], true);
    assert!(p.diagnostics().iter().all(|d| d["existing"] == true));
    p.assert_lacks("dns-override");
    assert!(p.outcome.plan.dns_changes.is_empty());
    let text = common::text(&p.outcome);
    assert!(
        text.contains("[conflicting-endpoints] (already true before this plan)"),
        "{text}"
    );
    p.snapshot("existing_estate");
}

// --- one pair per diagnostic code -------------------------------------------

/// The scenario triggers `code` (new with this plan) and its `-ok` twin does not.
fn pair(code: &str) -> (Planned, Planned) {
    let on = plan(code, |_| {});
    on.assert_has(code);
    assert!(on.with_code(code).iter().all(|d| d["existing"] == false));
    let off = plan(&format!("{code}-ok"), |_| {});
    off.assert_lacks(code);
    (on, off)
}

#[test]
fn conflicting_endpoints() {
    let (on, off) = pair("conflicting-endpoints");
    let d = on.only("conflicting-endpoints");
    let detail = d["detail"].as_str().unwrap();
    assert!(
        detail.contains("`azurerm_private_endpoint.a`")
            && detail.contains("`azurerm_private_endpoint.b`")
    );
    // The last writer wins and names the VNet that cannot reach it.
    let winner = d["address"].as_str().unwrap();
    let loser = if winner.ends_with(".a") {
        "vnet-b"
    } else {
        "vnet-a"
    };
    assert_eq!(strings(&d["affected_vnets"]), [loser]);
    assert_eq!(on.codes(), ["conflicting-endpoints"]);
    off.assert_quiet();
}

#[test]
fn vnet_multiple_ampls() {
    let (on, off) = pair("vnet-multiple-ampls");
    let d = on.only("vnet-multiple-ampls");
    assert_eq!(d["severity"], "error");
    assert_eq!(strings(&d["affected_vnets"]), ["vnet-a"]);
    // One cause, reported once.
    on.assert_lacks("conflicting-endpoints");
    on.assert_lacks("dns-override");
    off.assert_quiet();
}

#[test]
fn empty_monitor_zone() {
    let (on, off) = pair("empty-monitor-zone");
    for d in on.with_code("empty-monitor-zone") {
        assert_eq!(strings(&d["affected_vnets"]), ["vnet-a"]);
    }
    let monitor = on
        .with_code("empty-monitor-zone")
        .into_iter()
        .find(|d| {
            d["address"] == "azurerm_private_dns_zone.shared[\"privatelink.monitor.azure.com\"]"
        })
        .expect("the monitor zone is reported");
    assert!(strings(&monitor["names"]).contains(&"api.monitor.azure.com"));
    off.assert_quiet();
    // The answers fall back to public DNS instead of failing.
    assert!(off.outcome.plan.dns_changes.is_empty());
    assert!(on
        .outcome
        .plan
        .dns_changes
        .iter()
        .any(|c| c.fqdn == "api.monitor.azure.com" && c.after == Answer::NxDomain));
}

#[test]
fn out_of_scope_resource() {
    let (on, off) = pair("out-of-scope-resource");
    let d = on.only("out-of-scope-resource");
    assert_eq!(d["address"], "azurerm_log_analytics_workspace.b");
    assert_eq!(strings(&d["affected_vnets"]), ["vnet-a"]);
    assert!(d["detail"].as_str().unwrap().contains("query"));
    assert_eq!(on.codes(), ["out-of-scope-resource"]);
    off.assert_quiet();
}

#[test]
fn incomplete_zone_group() {
    let (on, off) = pair("incomplete-zone-group");
    let d = on.only("incomplete-zone-group");
    assert_eq!(d["address"], "azurerm_private_endpoint.a");
    assert_eq!(strings(&d["names"]), ["privatelink.blob.core.windows.net"]);
    off.assert_quiet();
}

#[test]
fn missing_zone_group() {
    let (on, off) = pair("missing-zone-group");
    assert_eq!(
        on.only("missing-zone-group")["address"],
        "azurerm_private_endpoint.a"
    );
    // The zones were empty before and stay empty: existing findings.
    assert!(on
        .with_code("empty-monitor-zone")
        .iter()
        .all(|d| d["existing"] == true));
    off.assert_quiet();
}

#[test]
fn misnamed_zone() {
    let (on, off) = pair("misnamed-zone");
    assert_eq!(
        on.only("misnamed-zone")["address"],
        "azurerm_private_dns_zone.shared[\"oms.opinsights.azure.com\"]"
    );
    off.assert_quiet();
}

#[test]
fn unlinked_zone() {
    let on = plan("unlinked-zone", |_| {});
    let d = on.only("unlinked-zone");
    assert_eq!(
        d["address"],
        "azurerm_private_dns_zone.shared[\"privatelink.blob.core.windows.net\"]"
    );
    // Every zone was unlinked before; the blob zone still is.
    assert_eq!(d["existing"], true);
    let off = plan("unlinked-zone-ok", |_| {});
    off.assert_quiet();
}

#[test]
fn manual_record_conflict() {
    let (on, off) = pair("manual-record-conflict");
    assert_eq!(
        on.only("manual-record-conflict")["address"],
        "azurerm_private_dns_a_record.manual"
    );
    assert_eq!(on.codes(), ["manual-record-conflict"]);
    off.assert_quiet();
}

#[test]
fn duplicate_zone_link() {
    let (on, off) = pair("duplicate-zone-link");
    let d = on.only("duplicate-zone-link");
    assert_eq!(d["severity"], "error");
    assert_eq!(strings(&d["affected_vnets"]), ["vnet-a"]);
    off.assert_quiet();
}

#[test]
fn ampls_limits_per_resource_depend_on_the_limit_set() {
    let current = plan("ampls-limits", |_| {});
    current.assert_quiet();
    let conservative = plan("ampls-limits", |o| o.conservative_limits = true);
    let d = conservative.only("ampls-limits");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["address"], "azurerm_log_analytics_workspace.shared");
    assert!(d["summary"].as_str().unwrap().contains("conservative"));
}

#[test]
fn ampls_limits_on_endpoints_hold_in_both_limit_sets() {
    let on = plan("ampls-limits-endpoints", |_| {});
    assert_eq!(
        on.only("ampls-limits")["address"],
        "azurerm_monitor_private_link_scope.one"
    );
    assert_eq!(on.only("ampls-limits")["existing"], false);
    let off = plan("ampls-limits-endpoints-ok", |_| {});
    let conservative = plan("ampls-limits-endpoints", |o| o.conservative_limits = true);
    conservative.only("ampls-limits");
    off.assert_quiet();
    plan("ampls-limits-endpoints-ok", |o| {
        o.conservative_limits = true
    })
    .assert_quiet();
}

#[test]
fn subnet_capacity() {
    let (on, off) = pair("subnet-capacity");
    let d = on.only("subnet-capacity");
    assert_eq!(d["severity"], "error");
    assert!(d["summary"].as_str().unwrap().contains("need 14"));
    off.assert_quiet();
}

#[test]
fn static_ip_members() {
    let (on, off) = pair("static-ip-members");
    let d = on.only("static-ip-members");
    assert_eq!(d["severity"], "error");
    assert!(d["detail"]
        .as_str()
        .unwrap()
        .contains("`agentsolutionpackstore`"));
    off.assert_quiet();
}

#[test]
fn private_only_without_endpoint() {
    let (on, off) = pair("private-only-without-endpoint");
    assert_eq!(
        on.only("private-only-without-endpoint")["address"],
        "azurerm_monitor_private_link_scope.one"
    );
    off.assert_quiet();
}

// --- scale: VNets that share a view are resolved once ------------------------

const SUB: &str = "/subscriptions/s/resourcegroups/r/providers/microsoft.network";

/// A hub holding one endpoint that writes the five zones, `spokes` VNets
/// linked to those zones and `spokes` more whose DNS server is in the hub.
fn estate(spokes: usize) -> Network {
    let mut network = Network::default();
    let vnet = |name: String, cidr: String, dns: Vec<std::net::IpAddr>| Vnet {
        id: format!("{SUB}/virtualnetworks/{name}"),
        name,
        address_space: vec![cidr.parse().expect("cidr")],
        dns_servers: dns,
        ..Vnet::default()
    };
    let add = |network: &mut Network, v: Vnet, linked: bool| {
        if linked {
            for zone in amplan::network::catalog::ZONES {
                network.links.push(ZoneLink {
                    address: format!("link-{}", v.name),
                    zone: format!("{SUB}/privatednszones/{}", zone.private),
                    vnet: v.id.clone(),
                    nxdomain_redirect: false,
                    range: None,
                });
            }
        }
        network.vnets.insert(v.id.clone(), v);
    };
    for zone in amplan::network::catalog::ZONES {
        let id = format!("{SUB}/privatednszones/{}", zone.private);
        network.zones.insert(
            id.clone(),
            Zone {
                id,
                name: zone.private.to_string(),
                address: zone.private.to_string(),
                range: None,
            },
        );
    }
    add(
        &mut network,
        vnet("hub".into(), "10.0.0.0/24".into(), vec![]),
        true,
    );
    for i in 0..spokes {
        let cidr = |base: usize| {
            format!(
                "{}.{}.{}.0/24",
                10 + base + i / 65_536,
                (i / 256) % 256,
                i % 256
            )
        };
        add(
            &mut network,
            vnet(format!("linked{i}"), cidr(1), vec![]),
            true,
        );
        let dns = vec!["10.0.0.4".parse().expect("ip")];
        add(
            &mut network,
            vnet(format!("custom{i}"), cidr(2), dns),
            false,
        );
    }
    network.endpoints.push(Endpoint {
        address: "azurerm_private_endpoint.hub".into(),
        vnet: format!("{SUB}/virtualnetworks/hub"),
        ampls: Some("ampls".into()),
        has_zone_group: true,
        zone_ids: amplan::network::catalog::ZONES
            .iter()
            .map(|z| format!("{SUB}/privatednszones/{}", z.private))
            .collect(),
        ..Endpoint::default()
    });
    network
}

fn resolutions(spokes: usize) -> usize {
    let network = estate(spokes);
    let names = amplan::analysis::names(&network);
    let mut resolver = Resolver::new(&network);
    for vnet in network.vnets.keys() {
        for name in &names {
            let r = resolver.resolve(vnet, name);
            assert_eq!(r.endpoint, Some(0), "{vnet} {name}");
        }
    }
    resolver.resolutions()
}

#[test]
fn vnets_sharing_one_view_are_resolved_once_per_name() {
    let names = amplan::analysis::names(&estate(0)).len();
    assert_eq!(resolutions(200), names);
    assert_eq!(resolutions(2_000), names);
}

//! DNS answers as text and JSON: the plan's DNS section and the `resolve` table.

use std::collections::BTreeMap;

use serde_json::{json, Value as Json};

use crate::plan::{Answer, DnsChange};
use crate::render::style::{Color, Paint};

/// One answer in words: addresses with the endpoint and AMPLS behind them.
pub fn answer_text(answer: &Answer) -> String {
    match answer {
        Answer::Private {
            addresses,
            endpoint,
            ampls,
        } => {
            let ips = if addresses.is_empty() {
                "(address known after apply)".to_string()
            } else {
                addresses.join(", ")
            };
            let via = if ampls.is_empty() {
                format!("record {endpoint}")
            } else {
                format!("{endpoint}, AMPLS {ampls}")
            };
            format!("{ips} ({via})")
        }
        Answer::Public => "public endpoint".to_string(),
        Answer::NxDomain => "NXDOMAIN".to_string(),
        Answer::Unknown => "unknown (DNS server outside every known VNet)".to_string(),
    }
}

/// One answer as JSON: `kind` is `private`, `public`, `nxdomain` or `unknown`.
pub fn answer_json(answer: &Answer) -> Json {
    match answer {
        Answer::Private {
            addresses,
            endpoint,
            ampls,
        } => {
            json!({"kind": "private", "addresses": addresses, "endpoint": endpoint, "ampls": ampls})
        }
        Answer::Public => json!({"kind": "public"}),
        Answer::NxDomain => json!({"kind": "nxdomain"}),
        Answer::Unknown => json!({"kind": "unknown"}),
    }
}

/// One DNS change as JSON, as DESIGN.md names its fields.
pub fn change_json(change: &DnsChange) -> Json {
    json!({
        "vnet": change.vnet,
        "fqdn": change.fqdn,
        "before": answer_json(&change.before),
        "after": answer_json(&change.after),
        "reachable": change.reachable,
    })
}

/// What a change of answer is about, addresses aside: before, after, reachability.
type ChangeKey = (Answer, Answer, Option<bool>);

/// The plan's DNS section: per VNet, the changes grouped by endpoint and
/// AMPLS before and after, each name with its addresses.
pub fn section(changes: &[DnsChange], paint: Paint) -> String {
    if changes.is_empty() {
        return String::new();
    }
    let mut by_vnet: BTreeMap<&str, BTreeMap<ChangeKey, Vec<&DnsChange>>> = BTreeMap::new();
    for c in changes {
        let key = (
            without_addresses(&c.before),
            without_addresses(&c.after),
            c.reachable,
        );
        by_vnet
            .entry(&c.vnet)
            .or_default()
            .entry(key)
            .or_default()
            .push(c);
    }
    let mut text = format!("\n{}\n", paint.bold("Azure Monitor DNS changes:"));
    for (vnet, groups) in by_vnet {
        text.push_str(&format!("\n  VNet {vnet}\n"));
        for ((before, after, reachable), names) in groups {
            text.push_str(&format!(
                "    {} -> {}{}\n",
                source_text(&before),
                source_text(&after),
                reach_note(reachable, paint)
            ));
            let width = names.iter().map(|c| c.fqdn.len()).max().unwrap_or(0);
            for c in names {
                text.push_str(&format!(
                    "      {:width$}  {} -> {}\n",
                    c.fqdn,
                    addresses_text(&c.before),
                    addresses_text(&c.after)
                ));
            }
        }
    }
    text
}

fn without_addresses(answer: &Answer) -> Answer {
    match answer {
        Answer::Private {
            endpoint, ampls, ..
        } => Answer::Private {
            addresses: Vec::new(),
            endpoint: endpoint.clone(),
            ampls: ampls.clone(),
        },
        other => other.clone(),
    }
}

/// Where an answer comes from: the endpoint and its AMPLS, or the kind of answer.
fn source_text(answer: &Answer) -> String {
    match answer {
        Answer::Private {
            endpoint, ampls, ..
        } if ampls.is_empty() => format!("record {endpoint}"),
        Answer::Private {
            endpoint, ampls, ..
        } => format!("{endpoint} (AMPLS {ampls})"),
        other => answer_text(other),
    }
}

fn addresses_text(answer: &Answer) -> String {
    match answer {
        Answer::Private { addresses, .. } if addresses.is_empty() => {
            "(known after apply)".to_string()
        }
        Answer::Private { addresses, .. } => addresses.join(", "),
        Answer::Public => "public".to_string(),
        Answer::NxDomain => "NXDOMAIN".to_string(),
        Answer::Unknown => "unknown".to_string(),
    }
}

fn reach_note(reachable: Option<bool>, paint: Paint) -> String {
    match reachable {
        Some(false) => format!(
            "  {}",
            paint.bold_fg(Color::Red, "UNREACHABLE from this VNet")
        ),
        Some(true) => "  (reachable)".to_string(),
        None => String::new(),
    }
}

/// One row of the `resolve` table.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolveRow {
    pub vnet: String,
    pub fqdn: String,
    pub answer: Answer,
    pub reachable: Option<bool>,
}

/// The `resolve` table: VNet, name, answer, reachable; columns aligned.
pub fn table(rows: &[ResolveRow]) -> String {
    let headers = ["VNET", "NAME", "ANSWER", "REACHABLE"];
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|r| {
            [
                r.vnet.clone(),
                r.fqdn.clone(),
                answer_text(&r.answer),
                r.reachable.map_or("-".to_string(), |b| {
                    if b { "yes" } else { "no" }.to_string()
                }),
            ]
        })
        .collect();
    let width = |i: usize| {
        cells
            .iter()
            .map(|c| c[i].chars().count())
            .chain([headers[i].len()])
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    let line = |c: [&str; 4]| {
        format!(
            "{:w0$}  {:w1$}  {:w2$}  {}\n",
            c[0],
            c[1],
            c[2],
            c[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2]
        )
    };
    let mut text = line(headers);
    for c in &cells {
        text.push_str(&line([&c[0], &c[1], &c[2], &c[3]]));
    }
    text
}

/// The `resolve` table as JSON.
pub fn table_json(rows: &[ResolveRow]) -> Json {
    Json::Array(rows.iter().map(|r| json!({"vnet": r.vnet, "fqdn": r.fqdn, "answer": answer_json(&r.answer), "reachable": r.reachable})).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn private(ip: &str, endpoint: &str) -> Answer {
        Answer::Private {
            addresses: vec![ip.to_string()],
            endpoint: endpoint.to_string(),
            ampls: "ampls1".to_string(),
        }
    }

    #[test]
    fn names_with_the_same_change_are_listed_together() {
        let change = |fqdn: &str| DnsChange {
            vnet: "vnet-a".into(),
            fqdn: fqdn.into(),
            before: private("10.0.1.4", "pe.a"),
            after: private("10.0.2.4", "pe.b"),
            reachable: Some(false),
        };
        let text = section(
            &[
                change("api.monitor.azure.com"),
                change("live.monitor.azure.com"),
            ],
            Paint::new(false),
        );
        assert!(
            text.contains(
                "    pe.a (AMPLS ampls1) -> pe.b (AMPLS ampls1)  UNREACHABLE from this VNet\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("      api.monitor.azure.com   10.0.1.4 -> 10.0.2.4\n"),
            "{text}"
        );
        assert!(
            text.contains("      live.monitor.azure.com  10.0.1.4 -> 10.0.2.4\n"),
            "{text}"
        );
    }

    #[test]
    fn table_aligns_columns() {
        let rows = [ResolveRow {
            vnet: "a".into(),
            fqdn: "api.monitor.azure.com".into(),
            answer: Answer::Public,
            reachable: None,
        }];
        assert_eq!(
            table(&rows).lines().nth(1),
            Some("a     api.monitor.azure.com  public endpoint  -")
        );
    }
}

//! The human plan: Terraform's format (legend, one annotated block per
//! change, the summary line, output changes), then amplan's execution order
//! grouped by wave.

use std::io::{self, Write};

use super::diff::{spaces, Differ, Kind};
use super::style::{Color, Paint};
use crate::addr::{InstanceKey, Mode};
use crate::plan::{Action, ActionReason, OutputChange, Plan, ResourceChange, Step};

/// How the human plan is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextOptions {
    /// ANSI colours and bold, for a terminal.
    pub color: bool,
}

/// Terraform's human plan format, then amplan's execution order.
pub fn render_plan(plan: &Plan, out: &mut dyn Write, opts: &TextOptions) -> io::Result<()> {
    let text = plan_text(plan, Paint::new(opts.color));
    out.write_all(text.as_bytes())
}

fn plan_text(plan: &Plan, paint: Paint) -> String {
    let changes: Vec<&ResourceChange> = plan
        .changes
        .iter()
        .filter(|c| c.action != Action::NoOp)
        .collect();
    let outputs: Vec<&OutputChange> = plan
        .outputs
        .iter()
        .filter(|o| o.action != Action::NoOp)
        .collect();

    let mut text = String::new();
    if changes.is_empty() && outputs.is_empty() {
        text.push_str(&no_changes(paint));
    }
    if !changes.is_empty() {
        text.push_str(&legend(&changes, paint));
        text.push_str("amplan will perform the following actions:\n\n");
        for change in &changes {
            text.push_str(&change_text(change, paint));
        }
        text.push_str(&summary_line(plan, paint));
        if changes.iter().any(|c| {
            c.after
                .as_ref()
                .and_then(|a| a.get("id"))
                .is_some_and(|id| id.as_str().is_some())
                && c.before.is_none()
        }) {
            text.push_str("\nNote: Azure resource ids are deterministic, so this plan shows the `id` of\nresources still to be created, where Terraform shows (known after apply).\n");
        }
    }
    if !outputs.is_empty() {
        text.push_str(&outputs_text(&outputs, paint));
    }
    if changes.is_empty() && !outputs.is_empty() {
        text.push_str("\nYou can apply this plan to save these new output values to the state,\nwithout changing any real infrastructure.\n");
    }
    if !plan.steps.is_empty() {
        text.push_str(&execution_order(&plan.steps, paint));
    }
    text.push_str(&crate::render::dns::section(&plan.dns_changes, paint));
    text
}

fn no_changes(paint: Paint) -> String {
    format!(
        "{} {}\n\namplan has compared your configuration against the prior state\nand found no differences, so no changes are needed.\n",
        paint.bold_fg(Color::Green, "No changes."),
        paint.bold("Your infrastructure matches the configuration."),
    )
}

/// The symbols legend, listing only the actions the plan uses.
fn legend(changes: &[&ResourceChange], paint: Paint) -> String {
    const ORDER: [(Action, &str); 6] = [
        (Action::Create, "create"),
        (Action::Update, "update in-place"),
        (Action::Delete, "destroy"),
        (
            Action::DeleteThenCreate,
            "destroy and then create replacement",
        ),
        (
            Action::CreateThenDelete,
            "create replacement and then destroy",
        ),
        (Action::Read, "read (data resources)"),
    ];
    let mut text = "Resource actions are indicated with the following symbols:\n".to_string();
    for (action, meaning) in ORDER {
        if changes.iter().any(|c| c.action == action) {
            text.push_str(&format!("{} {meaning}\n", action_symbol(action, paint)));
        }
    }
    text + "\n"
}

/// The three-column symbol in front of a resource block.
fn action_symbol(action: Action, paint: Paint) -> String {
    let red = |s: &str| paint.fg(Color::Red, s);
    let green = |s: &str| paint.fg(Color::Green, s);
    match action {
        Action::Create => format!("  {}", green("+")),
        Action::Update => format!("  {}", paint.fg(Color::Yellow, "~")),
        Action::Delete => format!("  {}", red("-")),
        Action::DeleteThenCreate => format!("{}/{}", red("-"), green("+")),
        Action::CreateThenDelete => format!("{}/{}", green("+"), red("-")),
        Action::Read => format!(" {}", paint.fg(Color::Cyan, "<=")),
        Action::NoOp => "   ".to_string(),
    }
}

/// One change: the comment lines, then the block with its attribute diff.
fn change_text(change: &ResourceChange, paint: Paint) -> String {
    let resource = &change.addr.resource;
    let keyword = if resource.mode == Mode::Data {
        "data"
    } else {
        "resource"
    };

    let mut text = headline(change, paint);
    if let Some(reason) = reason_line(change) {
        text.push_str(&format!("  # ({reason})\n"));
    }
    if !change.schema_known && resource.mode == Mode::Managed {
        text.push_str("  # (planned without a schema: replacement cannot be predicted)\n");
    }
    text.push_str(&format!(
        "{} {keyword} \"{}\" \"{}\" {{\n",
        action_symbol(change.action, paint),
        resource.type_name,
        resource.name
    ));
    text.push_str(&body_text(change, paint));
    text + "    }\n\n"
}

/// `# ADDR will be created` and its kin, with the address in bold.
fn headline(change: &ResourceChange, paint: Paint) -> String {
    let red = |s: &str| paint.bold_fg(Color::Red, s);
    let what = match (change.action, change.reason) {
        (Action::Create, _) => "will be created".to_string(),
        (Action::Update, _) => "will be updated in-place".to_string(),
        (Action::Read, _) => "will be read during apply".to_string(),
        (Action::Delete, _) => format!("will be {}", red("destroyed")),
        (_, Some(ActionReason::ReplaceBecauseTainted)) => {
            format!("is tainted, so must be {}", red("replaced"))
        }
        _ => format!("must be {}", red("replaced")),
    };
    format!("{} {what}\n", paint.bold(&format!("  # {}", change.addr)))
}

/// Terraform's explanation of why an instance is being deleted.
fn reason_line(change: &ResourceChange) -> Option<String> {
    if change.action != Action::Delete {
        return None;
    }
    let addr = &change.addr;
    let line = match (change.reason?, &addr.key) {
        (ActionReason::DeleteBecauseNoResourceConfig, _) => {
            format!("because {addr} is not in configuration")
        }
        (ActionReason::DeleteBecauseCountIndex, Some(key)) => {
            format!("because index {key} is out of range for count")
        }
        (ActionReason::DeleteBecauseEachKey, Some(key)) => {
            format!("because key {key} is not in for_each map")
        }
        (ActionReason::DeleteBecauseNoModule, _) if !addr.resource.module.is_root() => {
            format!("because {} is not in configuration", addr.resource.module)
        }
        (ActionReason::DeleteBecauseWrongRepetition, None) => {
            "because resource uses count or for_each".to_string()
        }
        (ActionReason::DeleteBecauseWrongRepetition, Some(InstanceKey::Int(_))) => {
            "because resource does not use count".to_string()
        }
        (ActionReason::DeleteBecauseWrongRepetition, Some(InstanceKey::Str(_))) => {
            "because resource does not use for_each".to_string()
        }
        _ => return None,
    };
    Some(line)
}

fn body_text(change: &ResourceChange, paint: Paint) -> String {
    let mut differ = Differ::new(paint, &change.replace_paths, &change.sensitive);
    differ.body(
        change.before.as_ref(),
        change.after.as_ref(),
        1,
        &mut Vec::new(),
    );
    differ.finish()
}

/// Exactly Terraform's summary line.
fn summary_line(plan: &Plan, paint: Paint) -> String {
    let s = plan.summary();
    format!(
        "{} {} to add, {} to change, {} to destroy.\n",
        paint.bold("Plan:"),
        s.add,
        s.change,
        s.destroy
    )
}

fn outputs_text(outputs: &[&OutputChange], paint: Paint) -> String {
    let pad = outputs
        .iter()
        .map(|o| o.name.chars().count())
        .max()
        .unwrap_or(0);
    let mut text = format!("\n{}\n", paint.bold("Changes to Outputs:"));
    for output in outputs {
        text.push_str(&output_line(output, pad, paint));
    }
    text
}

fn output_line(output: &OutputChange, pad: usize, paint: Paint) -> String {
    let (before, after) = (
        output.before.as_ref().filter(|v| !v.is_null()),
        output.after.as_ref().filter(|v| !v.is_null()),
    );
    let differ = Differ::new(paint, &[], &[]);
    let kind = match output.action {
        Action::Create => Kind::Create,
        Action::Delete => Kind::Delete,
        _ => Kind::of(before, after),
    };
    let value = match (kind, before, after) {
        _ if output.sensitive => format!(
            "(sensitive value){}",
            if kind == Kind::Delete { " -> null" } else { "" }
        ),
        (Kind::Delete, Some(b), _) => format!("{} -> null", differ.value_text(b, 0, Kind::Delete)),
        (Kind::Update, Some(b), Some(a)) => differ.change_text(b, a, 0),
        (_, _, Some(a)) => differ.value_text(a, 0, kind),
        _ => "null".to_string(),
    };
    format!(
        "{}{:<pad$} = {value}\n",
        output_symbol(kind, paint),
        output.name
    )
}

fn output_symbol(kind: Kind, paint: Paint) -> String {
    match kind {
        Kind::Create => format!("  {} ", paint.fg(Color::Green, "+")),
        Kind::Update => format!("  {} ", paint.fg(Color::Yellow, "~")),
        Kind::Delete => format!("  {} ", paint.fg(Color::Red, "-")),
        Kind::NoOp => spaces(1),
    }
}

/// The steps, numbered and grouped by wave.
fn execution_order(steps: &[Step], paint: Paint) -> String {
    let width = steps
        .iter()
        .map(|s| s.number.to_string().len())
        .max()
        .unwrap_or(1);
    let mut text = format!("\n{}\n", paint.bold("Execution order:"));
    let mut wave = None;
    for step in steps {
        if wave != Some(step.wave) {
            text.push_str(&format!("  wave {}\n", step.wave));
            wave = Some(step.wave);
        }
        text.push_str(&format!(
            "    {:>width$}. {} {}\n",
            step.number,
            step_symbol(step.action, paint),
            step.addr
        ));
    }
    text
}

/// The two-column symbol of one step.
fn step_symbol(action: Action, paint: Paint) -> String {
    match action {
        Action::Create => format!("{} ", paint.fg(Color::Green, "+")),
        Action::Update => format!("{} ", paint.fg(Color::Yellow, "~")),
        Action::Delete => format!("{} ", paint.fg(Color::Red, "-")),
        Action::Read => paint.fg(Color::Cyan, "<="),
        _ => "  ".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{InstanceAddr, ModulePath, ResourceAddr};
    use crate::plan::PathStep;
    use crate::value::Value;

    fn addr(
        module: ModulePath,
        mode: Mode,
        type_name: &str,
        name: &str,
        key: Option<InstanceKey>,
    ) -> InstanceAddr {
        ResourceAddr::new(module, mode, type_name, name).instance(key)
    }

    fn root(type_name: &str, name: &str) -> InstanceAddr {
        addr(ModulePath::root(), Mode::Managed, type_name, name, None)
    }

    fn obj(pairs: &[(&str, Value)]) -> Value {
        Value::Map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn list(items: &[&str]) -> Value {
        Value::List(items.iter().map(|s| Value::from(*s)).collect())
    }

    fn change(
        addr: InstanceAddr,
        action: Action,
        before: Option<Value>,
        after: Option<Value>,
    ) -> ResourceChange {
        ResourceChange {
            addr,
            action,
            reason: None,
            before,
            after,
            replace_paths: Vec::new(),
            schema_known: true,
            sensitive: Vec::new(),
            range: None,
        }
    }

    fn render(plan: &Plan) -> String {
        let mut out = Vec::new();
        render_plan(plan, &mut out, &TextOptions { color: false })
            .expect("writing to a vector cannot fail");
        String::from_utf8(out).expect("the renderer writes UTF-8")
    }

    fn snapshot(name: &str, output: &str) {
        insta::with_settings!({snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"), prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!(name, output);
        });
    }

    fn subnet_object(prefix: &str) -> Value {
        obj(&[
            ("id", "/subscriptions/0000/resourceGroups/hub/providers/Microsoft.Network/virtualNetworks/hub/subnets/pe".into()),
            ("name", "pe".into()),
            ("resource_group_name", "hub".into()),
            ("virtual_network_name", "hub".into()),
            ("address_prefixes", list(&[prefix])),
            ("private_endpoint_network_policies", "Disabled".into()),
            ("delegation", Value::List(Vec::new())),
        ])
    }

    #[test]
    fn renders_creates_with_unknowns_lists_maps_and_blocks() {
        let rg = obj(&[
            ("id", Value::Unknown),
            ("location", "westeurope".into()),
            ("name", "hub".into()),
            (
                "tags",
                obj(&[("env", "prod".into()), ("owner", "network-team".into())]),
            ),
            ("managed_by", Value::Null),
        ]);
        let nic = obj(&[
            ("id", Value::Unknown),
            ("name", "nic".into()),
            ("dns_servers", Value::List(Vec::new())),
            ("enable_ip_forwarding", false.into()),
            (
                "ip_configuration",
                Value::List(vec![obj(&[
                    ("name", "primary".into()),
                    ("subnet_id", Value::Unknown),
                    ("private_ip_address_allocation", "Dynamic".into()),
                ])]),
            ),
        ]);
        let plan = Plan {
            changes: vec![
                change(
                    root("azurerm_network_interface", "nic"),
                    Action::Create,
                    None,
                    Some(nic),
                ),
                change(
                    root("azurerm_resource_group", "hub"),
                    Action::Create,
                    None,
                    Some(rg),
                ),
            ],
            ..Plan::default()
        };
        snapshot("render_text_create", &render(&plan));
    }

    #[test]
    fn renders_updates_with_nested_blocks_and_hidden_counts() {
        let config = |ip: &str| {
            obj(&[
                ("name", "primary".into()),
                ("private_ip_address", ip.into()),
                ("private_ip_address_allocation", "Static".into()),
            ])
        };
        let secondary = obj(&[
            ("name", "secondary".into()),
            ("private_ip_address", "10.0.0.9".into()),
            ("private_ip_address_allocation", "Static".into()),
        ]);
        let before = obj(&[
            ("id", "/subscriptions/0000/nic".into()),
            ("name", "nic".into()),
            ("location", "westeurope".into()),
            (
                "tags",
                obj(&[("env", "dev".into()), ("owner", "net".into())]),
            ),
            (
                "ip_configuration",
                Value::List(vec![config("10.0.0.4"), secondary.clone()]),
            ),
        ]);
        let after = obj(&[
            ("id", "/subscriptions/0000/nic".into()),
            ("name", "nic".into()),
            ("location", "westeurope".into()),
            (
                "tags",
                obj(&[("env", "prod".into()), ("cost", "42".into())]),
            ),
            (
                "ip_configuration",
                Value::List(vec![config("10.0.0.5"), secondary]),
            ),
        ]);
        let plan = Plan {
            changes: vec![change(
                root("azurerm_network_interface", "nic"),
                Action::Update,
                Some(before),
                Some(after),
            )],
            ..Plan::default()
        };
        snapshot("render_text_update_nested_block", &render(&plan));
    }

    #[test]
    fn renders_deletes_with_their_reasons() {
        let module = ModulePath::root().child("spoke", Some(InstanceKey::Str("b".into())));
        let cases = [
            (
                root("azurerm_subnet", "pe"),
                ActionReason::DeleteBecauseNoResourceConfig,
            ),
            (
                addr(
                    ModulePath::root(),
                    Mode::Managed,
                    "azurerm_subnet",
                    "count",
                    Some(InstanceKey::Int(1)),
                ),
                ActionReason::DeleteBecauseCountIndex,
            ),
            (
                addr(
                    ModulePath::root(),
                    Mode::Managed,
                    "azurerm_subnet",
                    "each",
                    Some(InstanceKey::Str("x".into())),
                ),
                ActionReason::DeleteBecauseEachKey,
            ),
            (
                addr(module, Mode::Managed, "azurerm_subnet", "pe", None),
                ActionReason::DeleteBecauseNoModule,
            ),
            (
                addr(
                    ModulePath::root(),
                    Mode::Managed,
                    "azurerm_subnet",
                    "single",
                    Some(InstanceKey::Int(0)),
                ),
                ActionReason::DeleteBecauseWrongRepetition,
            ),
        ];
        let changes = cases
            .into_iter()
            .map(|(addr, reason)| ResourceChange {
                reason: Some(reason),
                ..change(
                    addr,
                    Action::Delete,
                    Some(subnet_object("10.0.1.0/24")),
                    None,
                )
            })
            .collect();
        let plan = Plan {
            changes,
            ..Plan::default()
        };
        snapshot("render_text_delete_reasons", &render(&plan));
    }

    #[test]
    fn renders_both_kinds_of_replacement_and_taint() {
        let prefixes = vec![PathStep::Attr("address_prefixes".into())];
        let mut after = subnet_object("10.0.2.0/24");
        if let Value::Map(m) = &mut after {
            m.insert("id".into(), Value::Unknown);
        }
        let replace = ResourceChange {
            replace_paths: vec![prefixes.clone()],
            reason: Some(ActionReason::ReplaceBecauseCannotUpdate),
            ..change(
                root("azurerm_subnet", "a"),
                Action::DeleteThenCreate,
                Some(subnet_object("10.0.1.0/24")),
                Some(after.clone()),
            )
        };
        let cbd = ResourceChange {
            replace_paths: vec![prefixes],
            ..change(
                root("azurerm_subnet", "b"),
                Action::CreateThenDelete,
                Some(subnet_object("10.0.1.0/24")),
                Some(after.clone()),
            )
        };
        let tainted = ResourceChange {
            reason: Some(ActionReason::ReplaceBecauseTainted),
            ..change(
                root("azurerm_subnet", "c"),
                Action::DeleteThenCreate,
                Some(subnet_object("10.0.2.0/24")),
                Some(after),
            )
        };
        let plan = Plan {
            changes: vec![replace, cbd, tainted],
            ..Plan::default()
        };
        snapshot("render_text_replace", &render(&plan));
    }

    #[test]
    fn renders_sensitive_unknown_and_schemaless_changes() {
        let before = obj(&[
            ("id", "/x/ws".into()),
            ("name", "ws".into()),
            ("primary_shared_key", "secret-1".into()),
            ("workspace_id", "abc".into()),
            ("sku", "PerGB2018".into()),
        ]);
        let after = obj(&[
            ("id", "/x/ws".into()),
            ("name", "ws".into()),
            ("primary_shared_key", "secret-2".into()),
            ("workspace_id", Value::Unknown),
            ("sku", "PerGB2018".into()),
        ]);
        let workspace = ResourceChange {
            sensitive: vec!["primary_shared_key".into()],
            ..change(
                root("azurerm_log_analytics_workspace", "ws"),
                Action::Update,
                Some(before),
                Some(after),
            )
        };
        let schemaless = ResourceChange {
            schema_known: false,
            ..change(
                root("azurerm_monitor_workspace", "mw"),
                Action::Create,
                None,
                Some(obj(&[("name", "mw".into()), ("id", Value::Unknown)])),
            )
        };
        let read = change(
            addr(
                ModulePath::root(),
                Mode::Data,
                "azurerm_client_config",
                "current",
                None,
            ),
            Action::Read,
            None,
            Some(obj(&[
                ("tenant_id", Value::Unknown),
                ("object_id", Value::Unknown),
            ])),
        );
        let plan = Plan {
            changes: vec![read, workspace, schemaless],
            ..Plan::default()
        };
        snapshot("render_text_sensitive_unknown", &render(&plan));
    }

    #[test]
    fn renders_multi_line_strings_as_line_diffs() {
        let before = obj(&[
            ("name", "dcr".into()),
            (
                "policy",
                "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n".into(),
            ),
        ]);
        let after = obj(&[
            ("name", "dcr".into()),
            (
                "policy",
                "{\n  \"a\": 1,\n  \"b\": 20,\n  \"c\": 3\n}\n".into(),
            ),
        ]);
        let created = obj(&[
            ("name", "new".into()),
            ("body", "line one\nline two\n".into()),
        ]);
        let plan = Plan {
            changes: vec![
                change(
                    root("azurerm_policy_definition", "new"),
                    Action::Create,
                    None,
                    Some(created),
                ),
                change(
                    root("azurerm_policy_definition", "p"),
                    Action::Update,
                    Some(before),
                    Some(after),
                ),
            ],
            ..Plan::default()
        };
        snapshot("render_text_multiline_string", &render(&plan));
    }

    #[test]
    fn renders_output_changes_after_the_summary() {
        let rg = obj(&[("id", Value::Unknown), ("name", "hub".into())]);
        let output =
            |name: &str, action, before: Option<Value>, after: Option<Value>, sensitive| {
                OutputChange {
                    name: name.into(),
                    action,
                    before,
                    after,
                    sensitive,
                }
            };
        let plan = Plan {
            changes: vec![change(
                root("azurerm_resource_group", "hub"),
                Action::Create,
                None,
                Some(rg),
            )],
            outputs: vec![
                output("hub_id", Action::Create, None, Some(Value::Unknown), false),
                output(
                    "key",
                    Action::Update,
                    Some("a".into()),
                    Some("b".into()),
                    true,
                ),
                output("old", Action::Delete, Some("gone".into()), None, false),
                output(
                    "same",
                    Action::NoOp,
                    Some("x".into()),
                    Some("x".into()),
                    false,
                ),
                output(
                    "zones",
                    Action::Update,
                    Some(list(&["a", "b"])),
                    Some(list(&["a", "c"])),
                    false,
                ),
            ],
            ..Plan::default()
        };
        snapshot("render_text_outputs", &render(&plan));
    }

    #[test]
    fn outputs_alone_get_terraforms_closing_sentence() {
        let plan = Plan {
            outputs: vec![OutputChange {
                name: "x".into(),
                action: Action::Create,
                before: None,
                after: Some("y".into()),
                sensitive: false,
            }],
            ..Plan::default()
        };
        let text = render(&plan);
        assert!(text.starts_with("\nChanges to Outputs:\n  + x = \"y\"\n"));
        assert!(!text.contains("Plan:"));
        assert!(text.contains("without changing any real infrastructure"));
    }

    #[test]
    fn renders_no_changes_when_everything_is_a_no_op() {
        let rg = obj(&[("name", "hub".into())]);
        let plan = Plan {
            changes: vec![change(
                root("azurerm_resource_group", "hub"),
                Action::NoOp,
                Some(rg.clone()),
                Some(rg),
            )],
            ..Plan::default()
        };
        snapshot("render_text_no_changes", &render(&plan));
    }

    #[test]
    fn renders_the_execution_order_by_wave() {
        let rg = obj(&[("name", "hub".into())]);
        let step = |number, wave, addr: InstanceAddr, action| Step {
            number,
            wave,
            addr,
            action,
        };
        let mut steps = vec![
            step(1, 1, root("azurerm_subnet", "old"), Action::Delete),
            step(2, 1, root("azurerm_resource_group", "hub"), Action::Create),
            step(
                3,
                2,
                addr(
                    ModulePath::root(),
                    Mode::Data,
                    "azurerm_client_config",
                    "current",
                    None,
                ),
                Action::Read,
            ),
        ];
        steps.extend((4..=10).map(|n| {
            step(
                n,
                3,
                root("azurerm_private_dns_zone", &format!("z{n}")),
                Action::Update,
            )
        }));
        let plan = Plan {
            changes: vec![change(
                root("azurerm_resource_group", "hub"),
                Action::Create,
                None,
                Some(rg),
            )],
            steps,
            ..Plan::default()
        };
        snapshot("render_text_execution_order", &render(&plan));
    }

    #[test]
    fn colour_marks_symbols_and_the_summary() {
        let plan = Plan {
            changes: vec![change(
                root("azurerm_subnet", "a"),
                Action::DeleteThenCreate,
                Some(subnet_object("10.0.1.0/24")),
                Some(subnet_object("10.0.2.0/24")),
            )],
            ..Plan::default()
        };
        let mut out = Vec::new();
        render_plan(&plan, &mut out, &TextOptions { color: true })
            .expect("writing to a vector cannot fail");
        let text = String::from_utf8(out).expect("the renderer writes UTF-8");
        assert!(
            text.contains("\x1b[31m-\x1b[0m/\x1b[32m+\x1b[0m resource \"azurerm_subnet\" \"a\" {")
        );
        assert!(text.contains("\x1b[1mPlan:\x1b[0m 1 to add, 0 to change, 1 to destroy."));
    }
}

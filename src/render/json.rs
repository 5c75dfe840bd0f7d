//! The machine-readable plan: one JSON object whose `resource_changes`
//! follow `terraform show -json`, plus amplan's execution order, summary,
//! diagnostics and DNS changes (see DESIGN.md).

use std::io::{self, Write};

use serde_json::{json, Map, Value as Json};

use crate::addr::InstanceKey;
use crate::diag::Diagnostic;
use crate::plan::{Action, OutputChange, PathStep, Plan, ResourceChange, Step};
use crate::source::{Pos, SourceRange};
use crate::value::Value;

/// The version of this document's shape, as Terraform versions its own.
pub const FORMAT_VERSION: &str = "1.0";

/// The JSON object of DESIGN.md, pretty-printed with a trailing newline.
///
/// Byte for byte what pretty-printing [`plan_json`] gives, but
/// `resource_changes` is written one entry at a time, so the whole plan is
/// never held as one JSON tree.
pub fn render_plan(plan: &Plan, out: &mut dyn Write) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    let mut rest = plan_json_without_changes(plan);
    let Json::Object(fields) = &mut rest else {
        return Ok(());
    };
    out.write_all(b"{\n  \"format_version\": ")?;
    pretty_at(&mut out, &json!(FORMAT_VERSION), 1)?;
    out.write_all(b",\n  \"resource_changes\": ")?;
    write_changes(&mut out, &plan.changes)?;
    fields.shift_remove("format_version");
    for (key, value) in fields.iter() {
        out.write_all(b",\n  ")?;
        serde_json::to_writer(&mut out, key)?;
        out.write_all(b": ")?;
        pretty_at(&mut out, value, 1)?;
    }
    out.write_all(b"\n}\n")?;
    out.flush()
}

/// The JSON object of DESIGN.md.
pub fn plan_json(plan: &Plan) -> Json {
    let Json::Object(rest) = plan_json_without_changes(plan) else {
        return Json::Null;
    };
    let mut changes = Some(plan.changes.iter().map(resource_change).collect::<Vec<_>>());
    let mut doc = Map::new();
    // `resource_changes` comes second, after `format_version`.
    for (key, value) in rest {
        doc.insert(key, value);
        if let Some(changes) = changes.take() {
            doc.insert("resource_changes".into(), changes.into());
        }
    }
    Json::Object(doc)
}

/// The document with every field but `resource_changes`, in contract order.
fn plan_json_without_changes(plan: &Plan) -> Json {
    let summary = plan.summary();
    json!({
        "format_version": FORMAT_VERSION,
        "output_changes": plan.outputs.iter().map(|o| (o.name.clone(), output_change(o))).collect::<Map<_, _>>(),
        "execution_order": plan.steps.iter().map(step).collect::<Vec<_>>(),
        "summary": {"add": summary.add, "change": summary.change, "destroy": summary.destroy},
        "diagnostics": plan.diagnostics.iter().map(diagnostic).collect::<Vec<_>>(),
        "dns_changes": plan.dns_changes.iter().map(crate::render::dns::change_json).collect::<Vec<_>>(),
    })
}

/// `resource_changes` as pretty-printing writes an array one level deep.
fn write_changes(out: &mut dyn Write, changes: &[ResourceChange]) -> io::Result<()> {
    if changes.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    for (i, change) in changes.iter().enumerate() {
        out.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
        pretty_at(out, &resource_change(change), 2)?;
    }
    out.write_all(b"\n  ]")
}

/// Pretty-prints `value` as it would appear `depth` levels deep: every line
/// after the first indented by two spaces a level. Pretty JSON escapes
/// newlines inside strings, so each newline written starts a line.
fn pretty_at(out: &mut dyn Write, value: &Json, depth: usize) -> io::Result<()> {
    let mut indented = Indented {
        out,
        indent: depth * 2,
    };
    serde_json::to_writer_pretty(&mut indented, value)?;
    Ok(())
}

/// A writer that indents every line after the first.
struct Indented<'w> {
    out: &'w mut dyn Write,
    indent: usize,
}

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        const SPACES: [u8; 64] = [b' '; 64];
        let mut rest = buf;
        while let Some(at) = rest.iter().position(|&b| b == b'\n') {
            self.out.write_all(&rest[..=at])?;
            let mut left = self.indent;
            while left > 0 {
                let n = left.min(SPACES.len());
                self.out.write_all(&SPACES[..n])?;
                left -= n;
            }
            rest = &rest[at + 1..];
        }
        self.out.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// One entry of `resource_changes`, in Terraform's field order.
fn resource_change(change: &ResourceChange) -> Json {
    let addr = &change.addr;
    let resource = &addr.resource;

    let mut entry = Map::new();
    entry.insert("address".into(), json!(addr.to_string()));
    if !resource.module.is_root() {
        entry.insert("module_address".into(), json!(resource.module.to_string()));
    }
    entry.insert("mode".into(), json!(resource.mode.as_str()));
    entry.insert("type".into(), json!(resource.type_name));
    entry.insert("name".into(), json!(resource.name));
    if let Some(key) = &addr.key {
        entry.insert("index".into(), instance_key(key));
    }
    entry.insert(
        "provider_name".into(),
        json!(provider_name(&resource.type_name)),
    );
    entry.insert("change".into(), change_json(change));
    if let Some(reason) = change.reason {
        entry.insert("action_reason".into(), json!(reason.json_name()));
    }
    Json::Object(entry)
}

fn instance_key(key: &InstanceKey) -> Json {
    match key {
        InstanceKey::Int(i) => json!(i),
        InstanceKey::Str(s) => json!(s),
    }
}

/// The provider's registry address, guessed from the type's prefix as
/// Terraform does for resources without an explicit `provider`.
pub fn provider_name(type_name: &str) -> String {
    let prefix = type_name.split('_').next().unwrap_or(type_name);
    let namespace = if prefix == "azapi" {
        "azure"
    } else {
        "hashicorp"
    };
    format!("registry.terraform.io/{namespace}/{prefix}")
}

fn change_json(change: &ResourceChange) -> Json {
    let mut body = Map::new();
    body.insert("actions".into(), json!(change.action.json_actions()));
    let value = |v: Option<&Value>| v.map_or(Json::Null, |v| redacted_json(v, &change.sensitive));
    body.insert("before".into(), value(change.before.as_ref()));
    body.insert("after".into(), value(change.after.as_ref()));
    body.insert(
        "after_unknown".into(),
        change
            .after
            .as_ref()
            .map_or(json!(false), |v| mask(v, &|v, _| v.is_unknown())),
    );
    body.insert(
        "before_sensitive".into(),
        sensitive_mask(change.before.as_ref(), &change.sensitive),
    );
    body.insert(
        "after_sensitive".into(),
        sensitive_mask(change.after.as_ref(), &change.sensitive),
    );
    if !change.replace_paths.is_empty() {
        body.insert(
            "replace_paths".into(),
            change.replace_paths.iter().map(|p| path_json(p)).collect(),
        );
    }
    Json::Object(body)
}

/// An object's JSON with its sensitive attributes nulled: unlike
/// `terraform show -json`, amplan never writes a sensitive value anywhere;
/// the `*_sensitive` masks say which attributes were withheld.
fn redacted_json(value: &Value, sensitive: &[String]) -> Json {
    let mut json = known_json(value);
    if let Json::Object(map) = &mut json {
        for (key, v) in map.iter_mut() {
            if sensitive.contains(key) {
                *v = Json::Null;
            }
        }
    }
    json
}

/// A value as Terraform writes `before` and `after`: unknown attributes
/// are left out, unknown elements become null so positions still match.
fn known_json(value: &Value) -> Json {
    match value {
        Value::Unknown => Json::Null,
        Value::List(items) | Value::Set(items) => items.iter().map(known_json).collect(),
        Value::Map(map) => Json::Object(
            map.iter()
                .filter(|(_, v)| !v.is_unknown())
                .map(|(k, v)| (k.clone(), known_json(v)))
                .collect(),
        ),
        other => other.to_json(),
    }
}

/// Terraform's boolean mask of a value: `true` where `hit` says so, an
/// array for every list, an object without the `false` entries for every
/// map, and `false` elsewhere. `hit` also receives the depth.
fn mask(value: &Value, hit: &dyn Fn(&Value, usize) -> bool) -> Json {
    mask_at(value, hit, 0)
}

fn mask_at(value: &Value, hit: &dyn Fn(&Value, usize) -> bool, depth: usize) -> Json {
    if hit(value, depth) {
        return Json::Bool(true);
    }
    match value {
        Value::List(items) | Value::Set(items) => {
            items.iter().map(|v| mask_at(v, hit, depth + 1)).collect()
        }
        Value::Map(map) => Json::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), mask_at(v, hit, depth + 1)))
                .filter(|(_, m)| *m != Json::Bool(false))
                .collect(),
        ),
        _ => Json::Bool(false),
    }
}

/// `before_sensitive` or `after_sensitive`: the named top-level attributes
/// are `true`, the rest keeps the mask's shape.
fn sensitive_mask(object: Option<&Value>, names: &[String]) -> Json {
    let Some(Value::Map(map)) = object else {
        return json!(false);
    };
    let entries = map.iter().map(|(k, v)| {
        let marked = names.contains(k);
        (k.clone(), mask(v, &|_, depth| depth == 0 && marked))
    });
    Json::Object(entries.filter(|(_, m)| *m != Json::Bool(false)).collect())
}

fn path_json(path: &[PathStep]) -> Json {
    path.iter()
        .map(|step| match step {
            PathStep::Attr(name) | PathStep::Key(name) => json!(name),
            PathStep::Index(i) => json!(i),
        })
        .collect()
}

/// An output change; a sensitive output's values are withheld as null.
fn output_change(output: &OutputChange) -> Json {
    let value = |v: Option<&Value>| match v {
        Some(v) if !output.sensitive => known_json(v),
        _ => Json::Null,
    };
    json!({
        "actions": output.action.json_actions(),
        "before": value(output.before.as_ref()),
        "after": value(output.after.as_ref()),
        "after_unknown": output.after.as_ref().map_or(json!(false), |v| mask(v, &|v, _| v.is_unknown())),
        "before_sensitive": output.sensitive,
        "after_sensitive": output.sensitive,
    })
}

fn step(step: &Step) -> Json {
    json!({
        "step": step.number,
        "address": step.addr.to_string(),
        "action": step_action(step.action),
        "wave": step.wave,
    })
}

/// A step is one half of a change, so it has one action word.
fn step_action(action: Action) -> &'static str {
    match action {
        Action::Create => "create",
        Action::Update => "update",
        Action::Delete => "delete",
        Action::Read => "read",
        Action::NoOp => "no-op",
        Action::DeleteThenCreate | Action::CreateThenDelete => "replace",
    }
}

/// A diagnostic; `address` and `range` are null when unknown.
pub fn diagnostic(d: &Diagnostic) -> Json {
    json!({
        "severity": d.severity,
        "code": d.code,
        "summary": d.summary,
        "detail": d.detail,
        "address": d.address,
        "range": d.range.as_ref().map(range),
        "affected_vnets": d.affected_vnets,
        "names": d.names,
        "existing": d.existing,
        "impact": d.impact,
    })
}

fn range(r: &SourceRange) -> Json {
    let pos = |p: &Pos| json!({"line": p.line, "column": p.column});
    json!({"filename": r.filename, "start": pos(&r.start), "end": pos(&r.end)})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{Mode, ModulePath, ResourceAddr};
    use crate::plan::{ActionReason, OutputChange};
    use crate::source::SourceFile;

    fn obj(pairs: &[(&str, Value)]) -> Value {
        Value::Map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn change(
        module: ModulePath,
        key: Option<InstanceKey>,
        action: Action,
        before: Option<Value>,
        after: Option<Value>,
    ) -> ResourceChange {
        ResourceChange {
            addr: ResourceAddr::new(module, Mode::Managed, "azurerm_subnet", "pe").instance(key),
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

    fn rendered(plan: &Plan) -> Json {
        let mut out = Vec::new();
        render_plan(plan, &mut out).expect("writing to a vector cannot fail");
        let text = String::from_utf8(out).expect("the renderer writes UTF-8");
        assert!(
            text.ends_with("}\n"),
            "pretty-printed with a trailing newline"
        );
        serde_json::from_str(&text).expect("the renderer writes valid JSON")
    }

    /// The streamed document is byte for byte the pretty-printed tree.
    fn assert_streams_like_the_tree(plan: &Plan) {
        let mut out = Vec::new();
        render_plan(plan, &mut out).expect("writing to a vector cannot fail");
        let tree = serde_json::to_string_pretty(&plan_json(plan)).expect("serialisable") + "\n";
        assert_eq!(String::from_utf8(out).expect("UTF-8"), tree);
    }

    #[test]
    fn streaming_matches_the_tree() {
        assert_streams_like_the_tree(&Plan::default());
        let v = obj(&[
            ("name", "a\nb".into()),
            ("list", Value::List(vec![obj(&[("x", "y".into())])])),
            ("empty", Value::Map(Default::default())),
        ]);
        let plan = Plan {
            changes: vec![
                change(
                    ModulePath::root(),
                    None,
                    Action::NoOp,
                    Some(v.clone()),
                    Some(v.clone()),
                ),
                change(
                    ModulePath::root(),
                    Some(InstanceKey::Int(1)),
                    Action::Create,
                    None,
                    Some(v),
                ),
            ],
            ..Plan::default()
        };
        assert_streams_like_the_tree(&plan);
    }

    #[test]
    fn top_level_keys_come_in_contract_order() {
        let doc = rendered(&Plan::default());
        let keys: Vec<&String> = doc.as_object().expect("an object").keys().collect();
        assert_eq!(
            keys,
            [
                "format_version",
                "resource_changes",
                "output_changes",
                "execution_order",
                "summary",
                "diagnostics",
                "dns_changes"
            ]
        );
        assert_eq!(doc["format_version"], "1.0");
        assert_eq!(doc["dns_changes"], json!([]));
        assert_eq!(doc["summary"], json!({"add": 0, "change": 0, "destroy": 0}));
    }

    #[test]
    fn created_resource_has_terraforms_shape() {
        let after = obj(&[
            ("id", Value::Unknown),
            ("name", "pe".into()),
            ("address_prefixes", Value::List(vec!["10.0.1.0/24".into()])),
            ("tags", obj(&[])),
        ]);
        let plan = Plan {
            changes: vec![change(
                ModulePath::root(),
                None,
                Action::Create,
                None,
                Some(after),
            )],
            ..Plan::default()
        };
        let rc = &rendered(&plan)["resource_changes"][0];

        assert_eq!(rc["address"], "azurerm_subnet.pe");
        assert!(
            rc.get("module_address").is_none()
                && rc.get("index").is_none()
                && rc.get("action_reason").is_none()
        );
        assert_eq!(rc["mode"], "managed");
        assert_eq!(
            rc["provider_name"],
            "registry.terraform.io/hashicorp/azurerm"
        );
        let ch = &rc["change"];
        assert_eq!(ch["actions"], json!(["create"]));
        assert_eq!(ch["before"], Json::Null);
        assert_eq!(
            ch["after"],
            json!({"address_prefixes": ["10.0.1.0/24"], "name": "pe", "tags": {}})
        );
        assert_eq!(
            ch["after_unknown"],
            json!({"address_prefixes": [false], "id": true, "tags": {}})
        );
        assert_eq!(ch["before_sensitive"], json!(false));
        assert_eq!(
            ch["after_sensitive"],
            json!({"address_prefixes": [false], "tags": {}})
        );
        assert!(ch.get("replace_paths").is_none());
    }

    #[test]
    fn replaced_module_instance_carries_paths_reason_and_index() {
        let module = ModulePath::root().child("spoke", Some(InstanceKey::Str("b".into())));
        let before = obj(&[("name", "a".into()), ("key", "s1".into())]);
        let after = obj(&[("name", "b".into()), ("key", "s2".into())]);
        let mut rc = change(
            module,
            Some(InstanceKey::Int(2)),
            Action::DeleteThenCreate,
            Some(before),
            Some(after),
        );
        rc.reason = Some(ActionReason::ReplaceBecauseCannotUpdate);
        rc.replace_paths = vec![
            vec![PathStep::Attr("name".into())],
            vec![PathStep::Attr("rule".into()), PathStep::Index(0)],
        ];
        rc.sensitive = vec!["key".into()];
        let plan = Plan {
            changes: vec![rc],
            ..Plan::default()
        };
        let doc = rendered(&plan);
        let rc = &doc["resource_changes"][0];

        assert_eq!(rc["address"], r#"module.spoke["b"].azurerm_subnet.pe[2]"#);
        assert_eq!(rc["module_address"], r#"module.spoke["b"]"#);
        assert_eq!(rc["index"], 2);
        assert_eq!(rc["action_reason"], "replace_because_cannot_update");
        assert_eq!(rc["change"]["actions"], json!(["delete", "create"]));
        assert_eq!(
            rc["change"]["replace_paths"],
            json!([["name"], ["rule", 0]])
        );
        assert_eq!(rc["change"]["before_sensitive"], json!({"key": true}));
        assert_eq!(doc["summary"], json!({"add": 1, "change": 0, "destroy": 1}));
    }

    #[test]
    fn no_op_changes_are_kept_like_terraform() {
        let v = obj(&[("name", "a".into())]);
        let plan = Plan {
            changes: vec![change(
                ModulePath::root(),
                Some(InstanceKey::Str("x".into())),
                Action::NoOp,
                Some(v.clone()),
                Some(v),
            )],
            ..Plan::default()
        };
        let rc = &rendered(&plan)["resource_changes"][0];
        assert_eq!(rc["change"]["actions"], json!(["no-op"]));
        assert_eq!(rc["index"], "x");
    }

    #[test]
    fn unknown_list_elements_become_null_in_after() {
        let after = obj(&[("ips", Value::List(vec!["a".into(), Value::Unknown]))]);
        let plan = Plan {
            changes: vec![change(
                ModulePath::root(),
                None,
                Action::Create,
                None,
                Some(after),
            )],
            ..Plan::default()
        };
        let ch = &rendered(&plan)["resource_changes"][0]["change"];
        assert_eq!(ch["after"], json!({"ips": ["a", null]}));
        assert_eq!(ch["after_unknown"], json!({"ips": [false, true]}));
    }

    #[test]
    fn outputs_steps_and_diagnostics_follow_the_contract() {
        let addr = ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_subnet", "pe")
            .instance(None);
        let file = SourceFile::new(
            "main.tf",
            "main.tf".into(),
            "resource \"azurerm_subnet\" \"pe\" {}\n".into(),
        );
        let mut diag = Diagnostic::warning("dns-override", "zone overrides")
            .at(file.range(9..25))
            .with_address("azurerm_subnet.pe");
        diag.affected_vnets = vec!["hub".into()];
        diag.names = vec!["api.monitor.azure.com".into()];
        let plan = Plan {
            outputs: vec![OutputChange {
                name: "id".into(),
                action: Action::Create,
                before: None,
                after: Some(Value::Unknown),
                sensitive: false,
            }],
            steps: vec![Step {
                number: 1,
                wave: 1,
                addr,
                action: Action::Create,
            }],
            diagnostics: diag.into(),
            ..Plan::default()
        };
        let doc = rendered(&plan);

        assert_eq!(doc["output_changes"]["id"]["actions"], json!(["create"]));
        assert_eq!(doc["output_changes"]["id"]["after_unknown"], json!(true));
        assert_eq!(
            doc["execution_order"],
            json!([{"step": 1, "address": "azurerm_subnet.pe", "action": "create", "wave": 1}])
        );
        let d = &doc["diagnostics"][0];
        assert_eq!(d["severity"], "warning");
        assert_eq!(d["code"], "dns-override");
        assert_eq!(d["address"], "azurerm_subnet.pe");
        assert_eq!(
            d["range"],
            json!({"filename": "main.tf", "start": {"line": 1, "column": 10}, "end": {"line": 1, "column": 26}})
        );
        assert_eq!(d["affected_vnets"], json!(["hub"]));
        assert_eq!(d["names"], json!(["api.monitor.azure.com"]));
    }

    #[test]
    fn sensitive_values_never_reach_the_json() {
        let before = obj(&[
            ("name", "ws".into()),
            ("primary_shared_key", "s3cr3t-old".into()),
        ]);
        let after = obj(&[
            ("name", "ws".into()),
            ("primary_shared_key", "s3cr3t-new".into()),
        ]);
        let mut rc = change(
            ModulePath::root(),
            None,
            Action::Update,
            Some(before),
            Some(after),
        );
        rc.sensitive = vec!["primary_shared_key".into()];
        let token = OutputChange {
            name: "forwarder".into(),
            action: Action::Create,
            before: None,
            after: Some(obj(&[("token", "s3cr3t-token".into())])),
            sensitive: true,
        };
        let plan = Plan {
            changes: vec![rc],
            outputs: vec![token],
            ..Plan::default()
        };
        let doc = rendered(&plan);

        assert!(!doc.to_string().contains("s3cr3t"));
        assert_eq!(
            doc["resource_changes"][0]["change"]["after"],
            json!({"name": "ws", "primary_shared_key": null})
        );
        assert_eq!(
            doc["resource_changes"][0]["change"]["after_sensitive"],
            json!({"primary_shared_key": true})
        );
        assert_eq!(doc["output_changes"]["forwarder"]["after"], Json::Null);
        assert_eq!(
            doc["output_changes"]["forwarder"]["after_sensitive"],
            json!(true)
        );
    }

    #[test]
    fn provider_names_follow_the_type_prefix() {
        assert_eq!(
            provider_name("azurerm_subnet"),
            "registry.terraform.io/hashicorp/azurerm"
        );
        assert_eq!(
            provider_name("azapi_resource"),
            "registry.terraform.io/azure/azapi"
        );
        assert_eq!(
            provider_name("random_string"),
            "registry.terraform.io/hashicorp/random"
        );
    }
}

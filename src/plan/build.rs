//! Assembling the plan: the evaluated configuration and the prior state in,
//! every resource and output change with the execution order out.

use std::collections::BTreeSet;

use crate::addr::{InstanceAddr, Mode, ResourceAddr};
use crate::config::evaluate::{DesiredInstance, Evaluated, Repetition};
use crate::diag::Diagnostic;
use crate::plan::order::{self, DependsOn};
use crate::plan::{Action, ActionReason, OutputChange, Plan, ResourceChange};
use crate::schema;
use crate::state::{InstanceState, State};

/// Builds the plan from the evaluated configuration and the prior state.
pub fn build(evaluated: Evaluated, prior: &State) -> (Plan, DependsOn) {
    let mut changes = Vec::with_capacity(evaluated.instances.len());
    let mut depends_on = DependsOn::new();
    for (addr, instance) in &prior.instances {
        if evaluated.instances.contains_key(addr) || evaluated.moved_keys.contains_key(addr) {
            continue;
        }
        if let Some(change) = orphan_change(addr, instance, &evaluated) {
            depends_on.insert(
                addr.clone(),
                instance
                    .dependencies
                    .iter()
                    .cloned()
                    .collect::<BTreeSet<ResourceAddr>>(),
            );
            changes.push(change);
        }
    }
    let mut diagnostics = evaluated.diagnostics;
    for (addr, mut desired) in evaluated.instances {
        if let Some(d) = prevent_destroy(&desired) {
            diagnostics.push(d);
        }
        depends_on.insert(addr, std::mem::take(&mut desired.depends_on));
        changes.push(desired_change(desired));
    }
    changes.sort_by(|a, b| a.addr.cmp(&b.addr));

    let ordered = order::order(&changes, &depends_on).unwrap_or_else(|d| {
        diagnostics.push(d);
        order::Ordered::default()
    });
    let outputs = output_changes(&evaluated.outputs, prior);
    let plan = Plan {
        changes,
        outputs,
        steps: ordered.steps,
        step_edges: ordered.edges,
        diagnostics,
        dns_changes: Vec::new(),
    };
    (plan, depends_on)
}

fn desired_change(desired: DesiredInstance) -> ResourceChange {
    let type_name = desired.addr.resource.type_name.as_str();
    let schema = match desired.addr.resource.mode {
        Mode::Managed => schema::resource(type_name),
        Mode::Data => schema::data_source(type_name),
    };
    let schema_known = schema.is_some()
        || matches!(
            type_name,
            "terraform_remote_state" | "azurerm_client_config"
        );
    let sensitive = schema
        .map(|s| {
            schema::sensitive_attributes(s)
                .into_iter()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let plan = desired.plan;
    ResourceChange {
        addr: desired.addr,
        action: plan.action,
        reason: plan.reason,
        before: plan.before,
        after: Some(plan.planned),
        replace_paths: plan.replace_paths,
        schema_known,
        sensitive,
        range: Some(desired.range),
    }
}

/// `prevent_destroy` turns a planned destruction into an error.
fn prevent_destroy(desired: &DesiredInstance) -> Option<Diagnostic> {
    let destroys = matches!(
        desired.plan.action,
        Action::Delete | Action::DeleteThenCreate | Action::CreateThenDelete
    );
    if !(destroys && desired.lifecycle.prevent_destroy) {
        return None;
    }
    let d = Diagnostic::error("prevent-destroy", format!("instance `{}` cannot be destroyed", desired.addr))
        .with_detail("the resource has `lifecycle { prevent_destroy = true }`, but the plan would destroy it (a change forces its replacement); change the configuration or remove the setting")
        .with_address(desired.addr.to_string());
    Some(d.at(desired.range.clone()))
}

/// A prior instance the configuration no longer has: deleted, with Terraform's reason.
fn orphan_change(
    addr: &InstanceAddr,
    instance: &InstanceState,
    evaluated: &Evaluated,
) -> Option<ResourceChange> {
    if addr.resource.mode == Mode::Data {
        return None;
    }
    let schema = schema::resource(&addr.resource.type_name);
    Some(ResourceChange {
        addr: addr.clone(),
        action: Action::Delete,
        reason: Some(delete_reason(addr, evaluated)),
        before: Some(schema::normalize(schema, &instance.attributes)),
        after: None,
        replace_paths: Vec::new(),
        schema_known: schema.is_some(),
        sensitive: schema
            .map(|s| {
                schema::sensitive_attributes(s)
                    .into_iter()
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        range: None,
    })
}

fn delete_reason(addr: &InstanceAddr, evaluated: &Evaluated) -> ActionReason {
    if !evaluated.module_instances.contains(&addr.resource.module) {
        return ActionReason::DeleteBecauseNoModule;
    }
    match (evaluated.declared.get(&addr.resource), &addr.key) {
        (None, _) => ActionReason::DeleteBecauseNoResourceConfig,
        (Some(Repetition::Count), Some(crate::addr::InstanceKey::Int(_))) => {
            ActionReason::DeleteBecauseCountIndex
        }
        (Some(Repetition::ForEach), Some(crate::addr::InstanceKey::Str(_))) => {
            ActionReason::DeleteBecauseEachKey
        }
        (Some(_), _) => ActionReason::DeleteBecauseWrongRepetition,
    }
}

fn output_changes(
    outputs: &std::collections::BTreeMap<String, crate::config::evaluate::OutputValue>,
    prior: &State,
) -> Vec<OutputChange> {
    let mut changes = Vec::new();
    for (name, output) in outputs {
        let before = prior.outputs.get(name).map(|o| o.value.clone());
        let action = match &before {
            None => Action::Create,
            Some(before) if *before == output.value => Action::NoOp,
            Some(_) => Action::Update,
        };
        changes.push(OutputChange {
            name: name.clone(),
            action,
            before,
            after: Some(output.value.clone()),
            sensitive: output.sensitive,
        });
    }
    for (name, old) in &prior.outputs {
        if !outputs.contains_key(name) {
            changes.push(OutputChange {
                name: name.clone(),
                action: Action::Delete,
                before: Some(old.value.clone()),
                after: None,
                sensitive: old.sensitive,
            });
        }
    }
    changes.sort_by(|a, b| a.name.cmp(&b.name));
    changes
}

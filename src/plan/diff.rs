//! The diff of one resource instance: its configuration and prior object in,
//! its action, planned object and replacement reasons out.
//!
//! The evaluator calls this while it walks the configuration, because what
//! downstream expressions see depends on the outcome: a replaced resource's
//! computed attributes are unknown again.

use crate::config::model::Lifecycle;
use crate::plan::{Action, ActionReason, PathStep};
use crate::schema::{self, PlanContext};
use crate::state::InstanceState;
use crate::value::Value;

/// The planned outcome for one managed resource instance.
#[derive(Debug, Clone, PartialEq)]
pub struct InstancePlan {
    pub action: Action,
    pub reason: Option<ActionReason>,
    /// The prior object, normalised to the schema's types.
    pub before: Option<Value>,
    /// The object after apply, with unknowns.
    pub planned: Value,
    pub replace_paths: Vec<Vec<PathStep>>,
}

/// Plans one managed instance from its configuration and its prior state.
pub fn plan_instance(
    type_name: &str,
    config: &Value,
    prior: Option<&InstanceState>,
    lifecycle: &Lifecycle,
    ctx: &PlanContext,
) -> InstancePlan {
    plan_owned_instance(type_name, config.clone(), prior, lifecycle, ctx)
}

/// [`plan_instance`] for a configuration the caller no longer needs, which
/// saves copying it.
pub fn plan_owned_instance(
    type_name: &str,
    config: Value,
    prior: Option<&InstanceState>,
    lifecycle: &Lifecycle,
    ctx: &PlanContext,
) -> InstancePlan {
    let schema = schema::resource(type_name);
    let Some(prior) = prior else {
        let planned = schema::plan_object(schema, type_name, &config, None, ctx);
        return InstancePlan {
            action: Action::Create,
            reason: None,
            before: None,
            planned,
            replace_paths: Vec::new(),
        };
    };
    let before = schema::normalize(schema, &prior.attributes);
    let config = ignore_changes_in(config, &before, lifecycle);
    let config = if schema.is_none() {
        overlay(&before, &config)
    } else {
        config
    };
    let planned = schema::plan_object(schema, type_name, &config, Some(&before), ctx);
    let replace_paths = schema
        .map(|s| schema::replace_paths(s, &before, &planned))
        .unwrap_or_default();

    let replace_reason = if prior.tainted {
        Some(ActionReason::ReplaceBecauseTainted)
    } else if !replace_paths.is_empty() {
        Some(ActionReason::ReplaceBecauseCannotUpdate)
    } else {
        None
    };
    match replace_reason {
        Some(reason) => {
            let planned = schema::plan_object(schema, type_name, &config, None, ctx);
            let action = if lifecycle.create_before_destroy {
                Action::CreateThenDelete
            } else {
                Action::DeleteThenCreate
            };
            InstancePlan {
                action,
                reason: Some(reason),
                before: Some(before),
                planned,
                replace_paths,
            }
        }
        None => {
            let action = if planned == before {
                Action::NoOp
            } else {
                Action::Update
            };
            InstancePlan {
                action,
                reason: None,
                before: Some(before),
                planned,
                replace_paths,
            }
        }
    }
}

/// A resource without a schema keeps every prior attribute the configuration does not set.
fn overlay(prior: &Value, config: &Value) -> Value {
    match (prior, config) {
        (Value::Map(prior), Value::Map(config)) => {
            let mut merged = prior.clone();
            merged.extend(config.iter().map(|(k, v)| (k.clone(), v.clone())));
            Value::Map(merged)
        }
        _ => config.clone(),
    }
}

/// Terraform's `ignore_changes`: the configuration takes the prior value at each ignored path.
#[cfg(test)]
fn with_ignored_changes(config: &Value, prior: &Value, lifecycle: &Lifecycle) -> Value {
    ignore_changes_in(config.clone(), prior, lifecycle)
}

/// The configuration with the `ignore_changes` paths taken from the prior object.
fn ignore_changes_in(mut config: Value, prior: &Value, lifecycle: &Lifecycle) -> Value {
    if lifecycle.ignore_all {
        return prior.clone();
    }
    for path in &lifecycle.ignore_changes {
        match lookup_path(prior, path) {
            Some(value) => set_path(&mut config, path, value.clone()),
            None => remove_path(&mut config, path),
        }
    }
    config
}

fn lookup_path<'a>(value: &'a Value, path: &[String]) -> Option<&'a Value> {
    let Some((first, rest)) = path.split_first() else {
        return Some(value);
    };
    let next = match value {
        Value::Map(map) => map.get(first)?,
        Value::List(items) | Value::Set(items) => items.get(first.parse::<usize>().ok()?)?,
        _ => return None,
    };
    lookup_path(next, rest)
}

fn set_path(value: &mut Value, path: &[String], new: Value) {
    let Some((first, rest)) = path.split_first() else {
        *value = new;
        return;
    };
    let next = match value {
        Value::Map(map) if rest.is_empty() => {
            map.insert(first.clone(), new);
            return;
        }
        Value::Map(map) => map.get_mut(first),
        Value::List(items) => first.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    };
    if let Some(next) = next {
        set_path(next, rest, new);
    }
}

fn remove_path(value: &mut Value, path: &[String]) {
    if let ([name], Value::Map(map)) = (path, &mut *value) {
        map.remove(name);
    } else if let (Some((first, rest)), Value::Map(map)) = (path.split_first(), value) {
        if let Some(next) = map.get_mut(first) {
            remove_path(next, rest);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, Value)]) -> Value {
        Value::Map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn prior(attributes: Value) -> InstanceState {
        InstanceState {
            attributes,
            ..InstanceState::default()
        }
    }

    #[test]
    fn ignore_changes_keeps_prior_value() {
        let lifecycle = Lifecycle {
            ignore_changes: vec![vec!["tags".into()]],
            ..Lifecycle::default()
        };
        let config = map(&[
            ("name", "a".into()),
            ("tags", map(&[("env", "new".into())])),
        ]);
        let before = map(&[
            ("name", "a".into()),
            ("tags", map(&[("env", "old".into())])),
        ]);
        assert_eq!(with_ignored_changes(&config, &before, &lifecycle), before);
    }

    #[test]
    fn unknown_type_updates_only_what_configuration_sets() {
        let state = prior(map(&[
            ("id", "x".into()),
            ("name", "a".into()),
            ("sku", "standard".into()),
        ]));
        let same = plan_instance(
            "azurerm_key_vault",
            &map(&[("name", "a".into())]),
            Some(&state),
            &Lifecycle::default(),
            &PlanContext::default(),
        );
        assert_eq!(same.action, Action::NoOp);
        let changed = plan_instance(
            "azurerm_key_vault",
            &map(&[("name", "b".into())]),
            Some(&state),
            &Lifecycle::default(),
            &PlanContext::default(),
        );
        assert_eq!(changed.action, Action::Update);
    }

    #[test]
    fn tainted_instance_is_replaced() {
        let mut state = prior(map(&[("name", "a".into())]));
        state.tainted = true;
        let lifecycle = Lifecycle {
            create_before_destroy: true,
            ..Lifecycle::default()
        };
        let plan = plan_instance(
            "azurerm_key_vault",
            &map(&[("name", "a".into())]),
            Some(&state),
            &lifecycle,
            &PlanContext::default(),
        );
        assert_eq!(
            (plan.action, plan.reason),
            (
                Action::CreateThenDelete,
                Some(ActionReason::ReplaceBecauseTainted)
            )
        );
    }
}

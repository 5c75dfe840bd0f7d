//! The two models a plan is judged by: *before*, from the prior state and
//! the context states; *after*, from the planned values over the same
//! context. Records written later win, so each object carries its write
//! order: objects that already exist keep their state order, objects the
//! plan creates write at their step in the execution order.

use std::collections::HashMap;

use crate::addr::{InstanceAddr, Mode};
use crate::network::model::{Network, Object};
use crate::plan::{Action, Plan};
use crate::state::State;

/// A read-only state of another configuration, with the name it is shown under.
pub struct Context<'a> {
    pub name: &'a str,
    pub state: &'a State,
}

/// Objects created by the plan write after every existing object.
const CREATED: usize = 1_000_000;

/// The network before the plan.
pub fn before(plan: &Plan, prior: &State, contexts: &[Context]) -> Network {
    let ranges: HashMap<&InstanceAddr, _> = plan
        .changes
        .iter()
        .map(|c| (&c.addr, c.range.clone()))
        .collect();
    let mut objects = context_objects(contexts);
    objects.extend(
        current(prior)
            .enumerate()
            .map(|(i, (addr, values))| Object {
                address: addr.to_string(),
                type_name: &addr.resource.type_name,
                values,
                range: ranges.get(addr).cloned().flatten(),
                order: i + 1,
            }),
    );
    Network::build(objects)
}

/// The network after the plan.
pub fn after(plan: &Plan, prior: &State, contexts: &[Context]) -> Network {
    let prior_order: HashMap<&InstanceAddr, usize> = current(prior)
        .enumerate()
        .map(|(i, (a, _))| (a, i + 1))
        .collect();
    let created: HashMap<&InstanceAddr, usize> = plan
        .steps
        .iter()
        .filter(|s| s.action == Action::Create)
        .map(|s| (&s.addr, CREATED + s.number))
        .collect();
    let mut objects = context_objects(contexts);
    for change in plan
        .changes
        .iter()
        .filter(|c| c.addr.resource.mode == Mode::Managed)
    {
        let Some(values) = change
            .after
            .as_ref()
            .filter(|_| change.action != Action::Delete)
        else {
            continue;
        };
        let order = created
            .get(&change.addr)
            .or_else(|| prior_order.get(&change.addr))
            .copied()
            .unwrap_or(CREATED);
        objects.push(Object {
            address: change.addr.to_string(),
            type_name: &change.addr.resource.type_name,
            values,
            range: change.range.clone(),
            order,
        });
    }
    Network::build(objects)
}

/// The current objects of a state's managed instances, in address order.
fn current(state: &State) -> impl Iterator<Item = (&InstanceAddr, &crate::value::Value)> {
    state
        .instances
        .iter()
        .filter(|(a, i)| a.resource.mode == Mode::Managed && !i.deposed_only)
        .map(|(a, i)| (a, &i.attributes))
}

fn context_objects<'a>(contexts: &[Context<'a>]) -> Vec<Object<'a>> {
    contexts
        .iter()
        .flat_map(|c| {
            current(c.state).map(move |(addr, values)| Object {
                address: format!("{addr} ({})", c.name),
                type_name: &addr.resource.type_name,
                values,
                range: None,
                order: 0,
            })
        })
        .collect()
}

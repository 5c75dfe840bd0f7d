//! The simulation loop: wave by wave, each step against the simulated
//! Azure and the working state.

use std::collections::BTreeMap;

use super::cloud::{id_of, Cloud, Id, Owner};
use super::refusal::{Refusal, RefusalKind};
use super::{exports, newstate, Applied, Failure, Input, StepResult};
use crate::addr::{InstanceAddr, Mode};
use crate::network::catalog::GLOBAL_NAMES;
use crate::plan::{Action, Plan, ResourceChange, Step, Summary};
use crate::render::dns::ResolveRow;
use crate::schema;
use crate::state::State;
use crate::value::Value;

/// The working set of one simulation.
struct Run<'a> {
    input: &'a Input<'a>,
    cloud: Cloud,
    state: State,
    /// The old object's id of a `create_before_destroy` replacement, until its delete step.
    deposed: BTreeMap<InstanceAddr, Id>,
}

/// Runs the plan's steps. `replan` plans the configuration again against a
/// state (`None` when that fails); it is called between waves and at the
/// end, for values unknown at plan time and for the outputs.
pub fn simulate(input: &Input, replan: &mut dyn FnMut(&State) -> Option<Plan>) -> Applied {
    let mut run = Run {
        input,
        cloud: Cloud::seed(input.prior, input.contexts, input.limits),
        state: input.prior.clone(),
        deposed: BTreeMap::new(),
    };
    let mut applied = Applied {
        steps: Vec::new(),
        failure: None,
        state: None,
        summary: Summary::default(),
        resolution: Vec::new(),
        unknown_outputs: Vec::new(),
    };
    let mut current: Option<Plan> = None;
    for (i, wave) in waves(&input.plan.steps).into_iter().enumerate() {
        if i > 0 {
            current = replan(&run.state).or(current);
        }
        for step in wave {
            let change = find_change(current.as_ref(), input.plan, step);
            let original = find_change(None, input.plan, step);
            match run.step(step, change, original) {
                Ok(notes) => {
                    count(&mut applied.summary, step.action);
                    applied.steps.push(StepResult {
                        step: step.clone(),
                        notes,
                    });
                }
                Err(refusal) => {
                    applied.failure = Some(Failure {
                        step: step.clone(),
                        refusal,
                    });
                    return applied;
                }
            }
        }
    }
    let last = replan(&run.state);
    let last = last.as_ref().unwrap_or(input.plan);
    applied.unknown_outputs = last
        .outputs
        .iter()
        .filter(|o| o.after.as_ref().is_some_and(|v| !v.is_wholly_known()))
        .map(|o| o.name.clone())
        .collect();
    run.finish(last);
    applied.resolution = resolution(&run.cloud);
    applied.state = Some(run.state);
    applied
}

/// The steps grouped by wave, in step order.
fn waves(steps: &[Step]) -> Vec<Vec<&Step>> {
    let mut sorted: Vec<&Step> = steps.iter().collect();
    sorted.sort_by_key(|s| (s.wave, s.number));
    let mut out: Vec<Vec<&Step>> = Vec::new();
    for step in sorted {
        match out.last_mut() {
            Some(wave) if wave[0].wave == step.wave => wave.push(step),
            _ => out.push(vec![step]),
        }
    }
    out
}

/// The change for a step: from the latest plan when it has one, else the original.
fn find_change<'p>(
    current: Option<&'p Plan>,
    original: &'p Plan,
    step: &Step,
) -> Option<&'p ResourceChange> {
    let find = |plan: &'p Plan| plan.changes.iter().find(|c| c.addr == step.addr);
    current
        .and_then(|p| find(p).filter(|c| c.after.is_some() || step.action == Action::Delete))
        .or_else(|| find(original))
}

fn count(summary: &mut Summary, action: Action) {
    match action {
        Action::Create => summary.add += 1,
        Action::Update => summary.change += 1,
        Action::Delete => summary.destroy += 1,
        _ => {}
    }
}

fn internal(what: &str, addr: &InstanceAddr) -> Refusal {
    Refusal::new(
        RefusalKind::Internal,
        format!("internal error: {what} for `{addr}`; please report this"),
    )
}

impl Run<'_> {
    /// Runs one step: the planned action comes from the original plan,
    /// the values from the latest one.
    fn step(
        &mut self,
        step: &Step,
        change: Option<&ResourceChange>,
        original: Option<&ResourceChange>,
    ) -> Result<Vec<String>, Refusal> {
        let missing = || internal("the plan has no change", &step.addr);
        let original = original.ok_or_else(missing)?;
        let change = change.ok_or_else(missing)?;
        let notes = match step.action {
            Action::Create => self.create(change, original.action)?,
            Action::Update => self.update(change)?,
            Action::Delete => self.delete(original)?,
            _ => {
                self.read(change);
                Vec::new()
            }
        };
        self.sync_touched();
        Ok(notes)
    }

    fn planned(&self, change: &ResourceChange) -> Result<Value, Refusal> {
        let mut values = change
            .after
            .clone()
            .ok_or_else(|| internal("the change has no planned value", &change.addr))?;
        exports::fill(&change.addr.resource.type_name, &mut values);
        if let Value::Map(map) = &mut values {
            if map.get("id").is_none_or(|v| v.is_unknown() || v.is_null()) {
                // A type without a schema: amplan cannot know the id Azure gives it.
                map.insert(
                    "id".into(),
                    Value::string(format!("/amplan/simulated/{}", change.addr)),
                );
            }
        }
        Ok(values)
    }

    fn create(&mut self, change: &ResourceChange, planned: Action) -> Result<Vec<String>, Refusal> {
        let addr = &change.addr;
        let values = self.planned(change)?;
        let new_id = id_of(&values);
        let old = self.state.instances.get(addr).cloned();
        let cbd = planned == Action::CreateThenDelete;
        if cbd {
            if let Some(old_id) = old.as_ref().map(|o| id_of(&o.attributes)) {
                if old_id != new_id {
                    self.deposed.insert(addr.clone(), old_id);
                }
            }
        }
        let type_name = addr.resource.type_name.clone();
        let notes = self
            .cloud
            .create(Owner::Managed(addr.clone()), &type_name, values)?;
        let values = self.settled(addr, &new_id)?;
        let deps = newstate::dependencies(addr, self.input.dependencies);
        let instance = newstate::instance(addr, values, deps, old.as_ref(), cbd);
        self.state.instances.insert(addr.clone(), instance);
        Ok(notes)
    }

    fn update(&mut self, change: &ResourceChange) -> Result<Vec<String>, Refusal> {
        let addr = &change.addr;
        let values = self.planned(change)?;
        let id = id_of(&values);
        let type_name = addr.resource.type_name.clone();
        let notes = self
            .cloud
            .update(Owner::Managed(addr.clone()), &type_name, values)?;
        let values = self.settled(addr, &id)?;
        let deps = newstate::dependencies(addr, self.input.dependencies);
        let old = self.state.instances.get(addr).cloned();
        let mut instance = newstate::instance(addr, values, deps, old.as_ref(), false);
        if let Some(old) = old {
            instance.private = old.private;
            instance.extra = old.extra;
            instance.schema_version = old.schema_version;
        }
        self.state.instances.insert(addr.clone(), instance);
        Ok(notes)
    }

    /// The object's values as Azure left them; a value still unknown fails the step.
    fn settled(&self, addr: &InstanceAddr, id: &str) -> Result<Value, Refusal> {
        let values = self
            .cloud
            .objects
            .get(id)
            .map(|o| o.values.clone())
            .ok_or_else(|| internal("the object vanished", addr))?;
        match exports::first_unknown(&values) {
            Some(path) => Err(Refusal::new(
                RefusalKind::UnknownValue,
                format!("`{path}` is still unknown when the step runs, so amplan cannot simulate it (a data source that was not found, or a value no state holds); pass the state that has it with `--context FILE`"),
            )),
            None => Ok(values),
        }
    }

    fn delete(&mut self, change: &ResourceChange) -> Result<Vec<String>, Refusal> {
        let addr = &change.addr;
        if change.action == Action::CreateThenDelete {
            return match self.deposed.remove(addr) {
                Some(old_id) => self.cloud.delete(&old_id),
                None => Ok(Vec::new()),
            };
        }
        let recorded = self.state.instances.get(addr).map(|i| i.attributes.clone());
        let id = recorded
            .or_else(|| change.before.clone())
            .map(|v| id_of(&v))
            .unwrap_or_default();
        let notes = self.cloud.delete(&id)?;
        self.state.instances.remove(addr);
        Ok(notes)
    }

    /// A data source read at apply time: its value goes into the state.
    fn read(&mut self, change: &ResourceChange) {
        if let Some(values) = change.after.as_ref().filter(|v| v.is_wholly_known()) {
            let old = self.state.instances.get(&change.addr).cloned();
            let instance = newstate::instance(
                &change.addr,
                values.clone(),
                Vec::new(),
                old.as_ref(),
                false,
            );
            self.state.instances.insert(change.addr.clone(), instance);
        }
    }

    /// Endpoints whose records Azure rewrote as a side effect: their
    /// recorded DNS configuration follows.
    fn sync_touched(&mut self) {
        for id in std::mem::take(&mut self.cloud.touched) {
            let Some(object) = self.cloud.objects.get(&id) else {
                continue;
            };
            let Owner::Managed(addr) = &object.owner else {
                continue;
            };
            if let Some(instance) = self.state.instances.get_mut(addr) {
                if id_of(&instance.attributes) == id {
                    instance.attributes = object.values.clone();
                }
            }
        }
    }

    /// Outputs and data sources from the last plan, then serial and lineage.
    fn finish(&mut self, last: &Plan) {
        self.state.outputs = newstate::outputs(&last.outputs, self.input.prior);
        self.data_sources(last);
        self.state.continue_from(Some(self.input.prior));
    }

    /// Data sources as the last plan read them; those no longer in the
    /// configuration are dropped, as Terraform drops them.
    fn data_sources(&mut self, last: &Plan) {
        let data: BTreeMap<&InstanceAddr, &ResourceChange> = last
            .changes
            .iter()
            .filter(|c| c.addr.resource.mode == Mode::Data)
            .map(|c| (&c.addr, c))
            .collect();
        self.state
            .instances
            .retain(|addr, _| addr.resource.mode == Mode::Managed || data.contains_key(addr));
        for (addr, change) in data {
            let Some(values) = change.after.as_ref().filter(|v| v.is_wholly_known()) else {
                continue;
            };
            let old = self.state.instances.get(addr);
            let unchanged = old.is_some_and(|o| {
                schema::normalize(schema::data_source(&addr.resource.type_name), &o.attributes)
                    == *values
            });
            if !unchanged {
                let instance = newstate::instance(addr, values.clone(), Vec::new(), old, false);
                self.state.instances.insert(addr.clone(), instance);
            }
        }
    }
}

/// Every VNet's answer for every global name, from the simulated estate.
fn resolution(cloud: &Cloud) -> Vec<ResolveRow> {
    let network = cloud.network();
    let mut rows = crate::analysis::resolution_rows(&network, None);
    rows.retain(|r| GLOBAL_NAMES.iter().any(|n| n.fqdn == r.fqdn));
    rows
}

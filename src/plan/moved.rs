//! `moved` blocks: before the diff, prior objects recorded under an old
//! address are taken over by the new one, as Terraform does, so a rename
//! plans no destroy and create.

use crate::addr::{InstanceAddr, ModulePath, ResourceAddr};
use crate::config::model::Module;
use crate::diag::{Diagnostic, Diagnostics};
use crate::state::{self, State};

/// Applies every `moved` block of the module tree to the prior state.
pub fn apply(root: &Module, prior: &mut State) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    walk(root, &ModulePath::root(), prior, &mut diagnostics);
    diagnostics
}

fn walk(module: &Module, path: &ModulePath, prior: &mut State, diagnostics: &mut Diagnostics) {
    for moved in &module.moved {
        match (parse(path, &moved.from), parse(path, &moved.to)) {
            (Some(from), Some(to)) => {
                for (old, new) in renames(prior, &from, &to) {
                    let d = Diagnostic::info("moved", format!("`{old}` has moved to `{new}`")).with_detail("a `moved` block renames the object in the state; it is not destroyed and created again").with_address(new.to_string());
                    diagnostics.push(d.at(moved.range.clone()));
                    if let Some(object) = prior.instances.remove(&old) {
                        prior.instances.insert(new, object);
                    }
                }
            }
            _ => {
                let d = Diagnostic::error(
                    "invalid-moved",
                    "a `moved` block needs resource addresses in `from` and `to`",
                )
                .with_detail(format!(
                    "found `{}` and `{}`; module moves are not supported yet",
                    moved.from, moved.to
                ));
                diagnostics.push(d.at(moved.range.clone()));
            }
        }
    }
    // Moves in modules that are not repeated; a repeated module's moves would apply per instance.
    for call in module
        .module_calls
        .values()
        .filter(|c| c.count.is_none() && c.for_each.is_none())
    {
        if let Some(child) = &call.module {
            walk(child, &path.child(&call.name, None), prior, diagnostics);
        }
    }
}

/// A `from` or `to` address, relative to the module that declares it.
enum Target {
    Resource(ResourceAddr),
    Instance(InstanceAddr),
}

fn parse(module: &ModulePath, text: &str) -> Option<Target> {
    if let Some(mut instance) = state::parse_instance_addr(text).filter(|i| i.key.is_some()) {
        instance.resource.module = join(module, &instance.resource.module);
        return Some(Target::Instance(instance));
    }
    let mut resource = state::parse_resource_addr(text)?;
    resource.module = join(module, &resource.module);
    Some(Target::Resource(resource))
}

fn join(base: &ModulePath, relative: &ModulePath) -> ModulePath {
    ModulePath(base.0.iter().chain(&relative.0).cloned().collect())
}

/// The (old, new) instance addresses a move renames; an occupied target blocks the move.
fn renames(prior: &State, from: &Target, to: &Target) -> Vec<(InstanceAddr, InstanceAddr)> {
    let pairs: Vec<(InstanceAddr, InstanceAddr)> = match (from, to) {
        (Target::Instance(f), Target::Instance(t)) => vec![(f.clone(), t.clone())],
        (Target::Resource(f), Target::Resource(t)) => prior
            .instances
            .keys()
            .filter(|a| &a.resource == f)
            .map(|a| (a.clone(), t.instance(a.key.clone())))
            .collect(),
        (Target::Resource(f), Target::Instance(t)) => vec![(f.instance(None), t.clone())],
        (Target::Instance(f), Target::Resource(t)) => vec![(f.clone(), t.instance(None))],
    };
    pairs
        .into_iter()
        .filter(|(old, new)| {
            prior.instances.contains_key(old) && !prior.instances.contains_key(new)
        })
        .collect()
}

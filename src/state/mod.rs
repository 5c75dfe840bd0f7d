//! Terraform state, format version 4: the prior state amplan diffs against
//! and the state `apply-dry` writes.
//!
//! The model is flat: one [`InstanceState`] per resource instance, keyed by
//! its full address; resources, modules and each-modes are implied by the
//! addresses. [`parse`] reads Terraform's JSON, [`to_json`] writes it back
//! the way Terraform does, byte for byte where amplan has the same facts.
//! Fields amplan does not model (check results, resource identities) are
//! kept as raw JSON so that a read-write cycle loses nothing.

mod address;
mod file;
mod json;
mod read;
#[cfg(test)]
mod tests_roundtrip;
mod write;

use std::collections::BTreeMap;

use crate::addr::{InstanceAddr, ModulePath, ModuleStep, ResourceAddr};
use crate::value::Value;

pub use address::{parse_instance_addr, parse_module_path, parse_resource_addr};
pub use file::{backup_path, lock_path, write_atomic, StateLock};
pub use read::{parse, read};
pub use write::to_json;

/// The only state format version amplan reads and writes.
pub const STATE_VERSION: u64 = 4;

/// The `terraform_version` of a state amplan creates from nothing: a
/// release whose state format every Terraform since accepts.
pub const DEFAULT_TERRAFORM_VERSION: &str = "1.5.7";

/// A whole state snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Always [`STATE_VERSION`].
    pub version: u64,
    pub terraform_version: String,
    /// Bumped by every write that changes the state.
    pub serial: u64,
    /// Identifies the chain of snapshots a serial belongs to; empty until a
    /// first snapshot is written (see [`State::new_lineage`]).
    pub lineage: String,
    /// Root module outputs, by name.
    pub outputs: BTreeMap<String, OutputState>,
    /// One entry per resource instance (managed and data), keyed by full address.
    pub instances: BTreeMap<InstanceAddr, InstanceState>,
    /// Terraform's `check_results`, kept verbatim; `null` when there are none.
    pub check_results: serde_json::Value,
}

/// A root module output value.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputState {
    pub value: Value,
    /// The value's type in cty's JSON notation, e.g. `"string"` or
    /// `["list", "string"]`.
    pub type_json: serde_json::Value,
    pub sensitive: bool,
}

/// The objects of one resource instance: the current one and any deposed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InstanceState {
    /// The resource's provider configuration, e.g.
    /// `provider["registry.terraform.io/hashicorp/azurerm"]`.
    pub provider: String,
    pub schema_version: u64,
    /// The current object's attributes, a map.
    pub attributes: Value,
    /// Terraform's sensitive attribute paths, kept verbatim; `[]` when none.
    pub sensitive_attributes: serde_json::Value,
    /// The resources this object depended on when it was last applied, as
    /// configuration addresses (see [`config_address`]); written sorted.
    pub dependencies: Vec<ResourceAddr>,
    /// The current object's `status` is `tainted`.
    pub tainted: bool,
    pub create_before_destroy: bool,
    /// Provider-private data, base64 as it appears in the file.
    pub private: Option<String>,
    /// Deposed objects by deposed key, in key order: objects a
    /// `create_before_destroy` replacement left behind, awaiting deletion.
    pub deposed: Vec<(String, Value)>,
    /// The remaining fields of each deposed object (`schema_version`,
    /// `private` and so on), kept verbatim so they are written back.
    pub deposed_extra: BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    /// True when the instance has deposed objects but no current one; the
    /// current-object fields above are then meaningless.
    pub deposed_only: bool,
    /// Fields of the current object amplan does not model (such as
    /// `identity` and `identity_schema_version`), kept verbatim in file order.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl State {
    /// A state with no outputs and no resources, serial 0 and no lineage.
    pub fn empty() -> State {
        State {
            version: STATE_VERSION,
            terraform_version: DEFAULT_TERRAFORM_VERSION.to_string(),
            serial: 0,
            lineage: String::new(),
            outputs: BTreeMap::new(),
            instances: BTreeMap::new(),
            check_results: serde_json::Value::Null,
        }
    }

    /// A fresh lineage: a random (version 4) UUID, as Terraform makes them.
    pub fn new_lineage() -> String {
        uuid::Uuid::new_v4().to_string()
    }

    /// The instances of one resource, in key order.
    pub fn resource_instances<'a>(
        &'a self,
        resource: &'a ResourceAddr,
    ) -> impl Iterator<Item = (&'a InstanceAddr, &'a InstanceState)> + 'a {
        self.instances
            .range(resource.instance(None)..)
            .take_while(move |(addr, _)| addr.resource == *resource)
    }

    /// Makes this state the snapshot that follows `prior`, as Terraform's
    /// state managers do: the prior lineage is kept (a new one is made when
    /// there is none), and the serial moves on by one when anything besides
    /// this metadata changed, so an unchanged state is written unchanged.
    pub fn continue_from(&mut self, prior: Option<&State>) {
        match prior {
            Some(prior) if !prior.lineage.is_empty() => self.lineage = prior.lineage.clone(),
            _ if self.lineage.is_empty() => self.lineage = State::new_lineage(),
            _ => {}
        }
        let changed = prior.is_none_or(|prior| !self.same_content(prior));
        let prior_serial = prior.map_or(0, |prior| prior.serial);
        self.serial = if changed {
            prior_serial + 1
        } else {
            prior_serial
        };
    }

    /// Whether two states hold the same outputs, instances and check
    /// results, whatever their serial, lineage and Terraform version.
    pub fn same_content(&self, other: &State) -> bool {
        self.outputs == other.outputs
            && self.instances == other.instances
            && self.check_results == other.check_results
    }

    /// Whether the state holds no resource instances and no outputs.
    pub fn is_empty(&self) -> bool {
        self.instances.is_empty() && self.outputs.is_empty()
    }
}

/// The configuration address of a resource: its module path without
/// instance keys, as Terraform records `dependencies`.
pub fn config_address(resource: &ResourceAddr) -> ResourceAddr {
    let steps = resource.module.0.iter().map(|step| ModuleStep {
        name: step.name.clone(),
        key: None,
    });
    ResourceAddr {
        module: ModulePath(steps.collect()),
        ..resource.clone()
    }
}

impl Default for State {
    fn default() -> State {
        State::empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{InstanceKey, Mode, ModulePath};

    #[test]
    fn lineage_is_a_random_uuid_v4() {
        let a = State::new_lineage();
        let parsed = uuid::Uuid::parse_str(&a).unwrap();
        assert_eq!(parsed.get_version_num(), 4);
        assert_ne!(a, State::new_lineage());
    }

    fn with_serial(serial: u64, lineage: &str) -> State {
        State {
            serial,
            lineage: lineage.into(),
            ..State::empty()
        }
    }

    #[test]
    fn continuing_an_unchanged_state_keeps_its_serial_and_lineage() {
        let prior = with_serial(7, "L");
        let mut next = State {
            terraform_version: "9.9.9".into(),
            ..with_serial(0, "")
        };
        next.continue_from(Some(&prior));
        assert_eq!((next.serial, next.lineage.as_str()), (7, "L"));
    }

    #[test]
    fn continuing_a_changed_state_bumps_the_serial() {
        let prior = with_serial(7, "L");
        let mut next = with_serial(0, "other");
        let addr =
            ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_x", "a").instance(None);
        next.instances.insert(addr, InstanceState::default());
        next.continue_from(Some(&prior));
        assert_eq!((next.serial, next.lineage.as_str()), (8, "L"));
    }

    #[test]
    fn a_first_snapshot_gets_serial_one_and_a_lineage() {
        let mut first = State::empty();
        first.continue_from(None);
        assert_eq!(first.serial, 1);
        assert!(uuid::Uuid::parse_str(&first.lineage).is_ok());
    }

    #[test]
    fn config_address_drops_module_keys() {
        let module = ModulePath::root()
            .child("a", Some(InstanceKey::Int(1)))
            .child("b", None);
        let addr = ResourceAddr::new(module, Mode::Data, "azurerm_x", "y");
        assert_eq!(
            config_address(&addr).to_string(),
            "module.a.module.b.data.azurerm_x.y"
        );
    }

    #[test]
    fn resource_instances_lists_only_that_resource() {
        let mut state = State::empty();
        let x = ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_x", "a");
        let y = ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_x", "b");
        for key in [
            None,
            Some(InstanceKey::Int(1)),
            Some(InstanceKey::Str("k".into())),
        ] {
            state
                .instances
                .insert(x.instance(key.clone()), InstanceState::default());
            state
                .instances
                .insert(y.instance(key), InstanceState::default());
        }
        let found: Vec<_> = state
            .resource_instances(&x)
            .map(|(a, _)| a.clone())
            .collect();
        assert_eq!(found.len(), 3);
        assert!(found.iter().all(|a| a.resource == x));
    }
}

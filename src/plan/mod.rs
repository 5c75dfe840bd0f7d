//! The plan: what changes, why, and in which order.

pub mod build;
pub mod diff;
pub mod moved;
pub mod order;
pub mod saved;

use crate::addr::InstanceAddr;
use crate::diag::Diagnostics;
use crate::source::SourceRange;
use crate::value::Value;

/// Terraform's planned actions for one resource instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    NoOp,
    Create,
    Read,
    Update,
    /// Replace: destroy the old object first, then create the new one.
    DeleteThenCreate,
    /// Replace under `create_before_destroy`.
    CreateThenDelete,
    Delete,
}

impl Action {
    /// The `actions` array of Terraform's JSON plan.
    pub fn json_actions(self) -> &'static [&'static str] {
        match self {
            Action::NoOp => &["no-op"],
            Action::Create => &["create"],
            Action::Read => &["read"],
            Action::Update => &["update"],
            Action::DeleteThenCreate => &["delete", "create"],
            Action::CreateThenDelete => &["create", "delete"],
            Action::Delete => &["delete"],
        }
    }

    pub fn is_replace(self) -> bool {
        matches!(self, Action::DeleteThenCreate | Action::CreateThenDelete)
    }
}

/// Why an action was chosen; for explanation only, never for decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActionReason {
    ReplaceBecauseTainted,
    ReplaceBecauseCannotUpdate,
    DeleteBecauseNoResourceConfig,
    DeleteBecauseCountIndex,
    DeleteBecauseEachKey,
    DeleteBecauseNoModule,
    DeleteBecauseWrongRepetition,
}

impl ActionReason {
    /// Terraform's `action_reason` value in the JSON plan.
    pub fn json_name(self) -> &'static str {
        match self {
            ActionReason::ReplaceBecauseTainted => "replace_because_tainted",
            ActionReason::ReplaceBecauseCannotUpdate => "replace_because_cannot_update",
            ActionReason::DeleteBecauseNoResourceConfig => "delete_because_no_resource_config",
            ActionReason::DeleteBecauseCountIndex => "delete_because_count_index",
            ActionReason::DeleteBecauseEachKey => "delete_because_each_key",
            ActionReason::DeleteBecauseNoModule => "delete_because_no_module",
            ActionReason::DeleteBecauseWrongRepetition => "delete_because_wrong_repetition",
        }
    }
}

/// One step of a path into a value: an attribute, a list index or a map key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PathStep {
    Attr(String),
    Index(usize),
    Key(String),
}

/// The planned change of one resource instance.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceChange {
    pub addr: InstanceAddr,
    pub action: Action,
    pub reason: Option<ActionReason>,
    /// The prior object; `None` when creating.
    pub before: Option<Value>,
    /// The planned object, with unknowns; `None` when deleting.
    pub after: Option<Value>,
    /// The attribute paths whose change forces replacement.
    pub replace_paths: Vec<Vec<PathStep>>,
    /// False for resource types amplan has no schema for.
    pub schema_known: bool,
    /// Attribute names whose values must not be shown.
    pub sensitive: Vec<String>,
    /// Where the resource is declared, when it still is.
    pub range: Option<SourceRange>,
}

/// The planned change of one root module output.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputChange {
    pub name: String,
    pub action: Action,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub sensitive: bool,
}

/// One step of the execution order: the first or only half of a change.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// 1-based position in the execution order.
    pub number: usize,
    /// Steps of one wave do not depend on each other and could run in parallel.
    pub wave: usize,
    pub addr: InstanceAddr,
    /// `Create`, `Update`, `Delete` or `Read`; a replacement is two steps.
    pub action: Action,
}

/// What one DNS name resolves to from one VNet.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Answer {
    /// Private addresses written by a private endpoint of an AMPLS.
    Private {
        /// The addresses; empty when not yet allocated (known after apply).
        addresses: Vec<String>,
        /// The address of the private endpoint resource that wrote the record.
        endpoint: String,
        /// The name of the AMPLS the endpoint connects to.
        ampls: String,
    },
    /// Azure Monitor's public endpoint (no private zone in the view answers).
    Public,
    /// The view holds the zone but not the name: resolution fails.
    NxDomain,
    /// The view cannot be known (custom DNS outside every known VNet).
    Unknown,
}

/// How one VNet's answer for one Azure Monitor name changes with the plan.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DnsChange {
    /// The VNet's name.
    pub vnet: String,
    pub fqdn: String,
    pub before: Answer,
    pub after: Answer,
    /// Whether the VNet can route to the `after` addresses; `None` when not private.
    pub reachable: Option<bool>,
}

/// Everything a plan holds; renderers and apply-dry read it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// Every instance change, no-ops included, in address order.
    pub changes: Vec<ResourceChange>,
    pub outputs: Vec<OutputChange>,
    pub steps: Vec<Step>,
    /// `(a, b)`: step `a` must run before step `b`, by step number.
    pub step_edges: Vec<(usize, usize)>,
    pub diagnostics: Diagnostics,
    /// Per-VNet resolution changes, sorted by VNet and name; only names whose answer changes.
    pub dns_changes: Vec<DnsChange>,
}

/// The counts of the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub add: usize,
    pub change: usize,
    pub destroy: usize,
}

impl Plan {
    /// Counts as Terraform does: a replacement adds one and destroys one.
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for change in &self.changes {
            match change.action {
                Action::Create => s.add += 1,
                Action::Update => s.change += 1,
                Action::Delete => s.destroy += 1,
                Action::DeleteThenCreate | Action::CreateThenDelete => {
                    s.add += 1;
                    s.destroy += 1;
                }
                Action::NoOp | Action::Read => {}
            }
        }
        s
    }

    /// True when the plan would change resources or outputs.
    pub fn has_changes(&self) -> bool {
        let resources = self
            .changes
            .iter()
            .any(|c| !matches!(c.action, Action::NoOp | Action::Read));
        resources || self.outputs.iter().any(|o| o.action != Action::NoOp)
    }
}

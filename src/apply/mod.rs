//! `apply-dry`: runs a plan's steps against a simulated Azure and builds
//! the Terraform state the real apply would leave, without touching any
//! cloud.
//!
//! The simulated Azure ([`cloud`]) is seeded from the prior state and the
//! context states. Steps run in the plan's execution order, wave by wave.
//! Creating an object assigns what Azure assigns ([`exports`], and
//! [`endpoints`] for a private endpoint's addresses and DNS configuration);
//! Azure's refusals ([`refusal`]) fail the step and end the run. Between
//! waves the configuration is planned again against the state so far, as
//! Terraform's apply evaluates values that were unknown at plan time.

pub mod addresses;
pub mod cloud;
pub mod driver;
pub mod endpoints;
pub mod exports;
pub mod newstate;
pub mod refusal;
pub mod render;
mod run;
#[cfg(test)]
mod tests;

use crate::diag::Diagnostic;
use crate::network::catalog::Limits;
use crate::plan::order::DependsOn;
use crate::plan::{Action, Plan, Step, Summary};
use crate::state::State;

pub use refusal::{Refusal, RefusalKind};
pub use run::simulate;

/// What a simulation runs.
pub struct Input<'a> {
    pub plan: &'a Plan,
    /// Each instance's dependencies, for the state's `dependencies`.
    pub dependencies: &'a DependsOn,
    pub prior: &'a State,
    /// Read-only states of other configurations, by display name.
    pub contexts: &'a [(String, State)],
    pub limits: Limits,
}

/// One step that ran, with what Azure did besides.
#[derive(Debug, Clone, PartialEq)]
pub struct StepResult {
    pub step: Step,
    /// Side effects and warnings, e.g. endpoints whose records Azure rewrote.
    pub notes: Vec<String>,
}

/// The step that failed and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub step: Step,
    pub refusal: Refusal,
}

impl Failure {
    /// The failure as an error diagnostic.
    pub fn diagnostic(&self) -> Diagnostic {
        let verb = match self.step.action {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            _ => "read",
        };
        Diagnostic::error(
            self.refusal.kind.code(),
            format!(
                "step {} failed: Azure refuses to {verb} `{}`",
                self.step.number, self.step.addr
            ),
        )
        .with_detail(self.refusal.reason.clone())
        .with_address(self.step.addr.to_string())
    }
}

/// The outcome of a simulation.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// The steps that ran, in order; the failed step is not among them.
    pub steps: Vec<StepResult>,
    pub failure: Option<Failure>,
    /// The state the apply leaves; `None` when a step failed.
    pub state: Option<State>,
    /// Counts of the steps that ran, as Terraform's apply reports them.
    pub summary: Summary,
    /// Every VNet's answer for every global name afterwards, by VNet and name.
    pub resolution: Vec<crate::render::dns::ResolveRow>,
    /// Root outputs still unknown after the apply (from a module that is
    /// not installed, say); they are left out of the state.
    pub unknown_outputs: Vec<String>,
}

//! The whole planning pipeline as one function: load, gather variables,
//! read states, evaluate, assemble the plan. The command layer calls this
//! and renders what it returns.

use std::path::{Path, PathBuf};

use crate::config::evaluate::{self, Inputs, ObjectIndex};
use crate::config::load;
use crate::config::vars::{self, CliVar};
use crate::diag::Diagnostics;
use crate::plan::{build, Plan};
use crate::schema::PlanContext;
use crate::source::SourceMap;
use crate::state::{self, State};

/// Used when neither the configuration, the command line nor the environment names a subscription.
pub const PLACEHOLDER_SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";

/// What to plan and with which inputs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub dir: PathBuf,
    /// The prior state; `None` means `DIR/terraform.tfstate` when it exists.
    pub state: Option<PathBuf>,
    /// Read-only states of other configurations sharing the network.
    pub context: Vec<PathBuf>,
    pub vars: Vec<CliVar>,
    pub subscription: Option<String>,
    /// The process environment (`TF_VAR_*`, `ARM_SUBSCRIPTION_ID`), passed in so tests control it.
    pub env: Vec<(String, String)>,
    /// Plan against an empty state (for `validate`).
    pub ignore_state: bool,
}

/// A plan with everything needed to render it.
#[derive(Debug)]
pub struct Outcome {
    pub plan: Plan,
    pub sources: SourceMap,
    pub prior: State,
}

/// Runs the pipeline. Errors are in `plan.diagnostics`; when loading fails
/// the plan holds no changes.
pub fn plan(opts: &Options) -> Outcome {
    let mut loaded = load::load_root(&opts.dir);
    let mut outcome = Outcome {
        prior: State::empty(),
        plan: Plan::default(),
        sources: SourceMap::default(),
    };
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let raw = vars::gather(
        &loaded.root,
        &opts.dir,
        &opts.vars,
        &opts.env,
        &mut loaded.sources,
    );
    diagnostics.extend(raw.diagnostics);
    let (prior, objects) = read_states(opts, &mut diagnostics);
    outcome.sources = loaded.sources;
    if diagnostics.has_errors() {
        outcome.plan.diagnostics = diagnostics;
        return outcome;
    }

    let ctx = plan_context(loaded.root.subscription_id.as_deref(), opts);
    let inputs = Inputs {
        root: &loaded.root,
        root_dir: &opts.dir,
        variables: &raw.values,
        prior: &prior,
        objects: &objects,
        ctx: &ctx,
    };
    let evaluated = evaluate::evaluate(&inputs);
    let mut plan = build::build(evaluated, &prior);
    diagnostics.extend(std::mem::take(&mut plan.diagnostics));
    plan.diagnostics = diagnostics;
    outcome.plan = plan;
    outcome.prior = prior;
    outcome
}

/// The prior state and an index of every object in it and in the context states.
fn read_states(opts: &Options, diagnostics: &mut Diagnostics) -> (State, ObjectIndex) {
    let mut objects = ObjectIndex::default();
    let prior = if opts.ignore_state {
        None
    } else {
        read_prior(opts, diagnostics)
    };
    let prior = prior.unwrap_or_else(State::empty);
    objects.add_state(&prior);
    for path in &opts.context {
        match state::read(path, &load::display_path(path)) {
            Ok(Some(context)) => objects.add_state(&context),
            Ok(None) => diagnostics.push(crate::diag::Diagnostic::error(
                "missing-state",
                format!(
                    "context state `{}` does not exist",
                    load::display_path(path)
                ),
            )),
            Err(d) => diagnostics.push(d),
        }
    }
    (prior, objects)
}

fn read_prior(opts: &Options, diagnostics: &mut Diagnostics) -> Option<State> {
    let (path, explicit) = match &opts.state {
        Some(path) => (path.clone(), true),
        None => (opts.dir.join("terraform.tfstate"), false),
    };
    match state::read(&path, &load::display_path(&path)) {
        Ok(Some(state)) => Some(state),
        Ok(None) if explicit => {
            diagnostics.push(crate::diag::Diagnostic::error(
                "missing-state",
                format!("state file `{}` does not exist", load::display_path(&path)),
            ));
            None
        }
        Ok(None) => None,
        Err(d) => {
            diagnostics.push(d);
            None
        }
    }
}

/// The subscription: the provider block's literal, then `--subscription`, then `ARM_SUBSCRIPTION_ID`.
fn plan_context(configured: Option<&str>, opts: &Options) -> PlanContext {
    let env = |name: &str| {
        opts.env
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let subscription_id = configured
        .map(str::to_string)
        .or_else(|| opts.subscription.clone())
        .or_else(|| env("ARM_SUBSCRIPTION_ID"))
        .unwrap_or_else(|| PLACEHOLDER_SUBSCRIPTION.to_string());
    let tenant_id = env("ARM_TENANT_ID").unwrap_or_else(|| PLACEHOLDER_SUBSCRIPTION.to_string());
    PlanContext {
        subscription_id,
        tenant_id,
    }
}

/// The directory a state path defaults to, for messages.
pub fn default_state_path(dir: &Path) -> PathBuf {
    dir.join("terraform.tfstate")
}

//! The whole planning pipeline as one function: load, gather variables,
//! read states, evaluate, assemble the plan. The command layer calls this
//! and renders what it returns.

use std::path::{Path, PathBuf};

use crate::analysis;
use crate::config::evaluate::{self, Inputs, ObjectIndex};
use crate::config::load;
use crate::config::vars::{self, CliVar};
use crate::diag::{Diagnostic, Diagnostics};
use crate::network::catalog::Limits;
use crate::network::model::Network;
use crate::network::states::{self, Context};
use crate::plan::{build, Plan};
use crate::schema::PlanContext;
use crate::source::SourceMap;
use crate::state::{self, State};
use crate::value::Value;

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
    /// Plan against an empty state, with unset required variables unknown (for `validate`).
    pub ignore_state: bool,
    /// Check the conservative (pre-preview) AMPLS limits instead of the current ones.
    pub conservative_limits: bool,
}

/// A plan with everything needed to render it.
#[derive(Debug)]
pub struct Outcome {
    pub plan: Plan,
    pub sources: SourceMap,
    pub prior: State,
    /// The network model after the plan (empty when planning failed).
    pub network: Network,
}

impl Outcome {
    /// An outcome with nothing in it.
    pub fn empty() -> Outcome {
        Outcome {
            plan: Plan::default(),
            sources: SourceMap::default(),
            prior: State::empty(),
            network: Network::default(),
        }
    }
}

/// Runs the pipeline. Errors are in `plan.diagnostics`; when loading fails
/// the plan holds no changes.
pub fn plan(opts: &Options) -> Outcome {
    plan_for_apply(opts, None).outcome
}

/// Files larger than this are not quoted under diagnostics.
const MAX_QUOTED_BYTES: u64 = 16 << 20;

/// Adds the files that diagnostics point into but the loader did not read
/// (state files) to the source map, so that their lines are quoted too.
fn quote_files(diagnostics: &Diagnostics, sources: &mut SourceMap) {
    for range in diagnostics.iter().filter_map(|d| d.range.as_ref()) {
        let path = std::path::Path::new(&range.filename);
        let small =
            std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= MAX_QUOTED_BYTES);
        if sources.get(&range.filename).is_some() || !small {
            continue;
        }
        if let Ok(text) = std::fs::read_to_string(path) {
            sources.insert(crate::source::SourceFile::new(
                range.filename.clone(),
                path.to_path_buf(),
                text,
            ));
        }
    }
}

/// The prior state and the context states, by the name they are shown under.
fn read_states(opts: &Options, diagnostics: &mut Diagnostics) -> (State, Vec<(String, State)>) {
    let prior = if opts.ignore_state {
        None
    } else {
        read_prior(opts, diagnostics)
    };
    let lineage = prior
        .as_ref()
        .map(|p| p.lineage.clone())
        .filter(|l| !l.is_empty());
    let mut contexts = Vec::new();
    for path in &opts.context {
        let name = load::display_path(path);
        match state::read(path, &name) {
            Ok(Some(context))
                if lineage.is_some() && lineage.as_deref() == Some(context.lineage.as_str()) =>
            {
                let d = Diagnostic::warning("context-is-prior-state", format!("context state `{name}` has the prior state's lineage; it is ignored"))
                    .with_detail("a context state describes another configuration sharing the network; this one is a copy of the state being planned, whose objects would otherwise count twice");
                diagnostics.push(d);
            }
            Ok(Some(context)) => contexts.push((name, context)),
            Ok(None) => diagnostics.push(Diagnostic::error(
                "missing-state",
                format!("context state `{name}` does not exist"),
            )),
            Err(d) => diagnostics.push(d),
        }
    }
    (prior.unwrap_or_else(State::empty), contexts)
}

/// Every object of the prior and context states by id, for data sources.
fn object_index<'s>(prior: &'s State, contexts: &'s [(String, State)]) -> ObjectIndex<'s> {
    ObjectIndex::new(
        std::iter::once(prior)
            .chain(contexts.iter().map(|(_, s)| s))
            .collect(),
    )
}

/// The DNS analysis: fills the plan's DNS changes, adds its diagnostics,
/// and returns the network after the plan.
fn analyse(
    plan: &mut Plan,
    prior: &State,
    contexts: &[(String, State)],
    opts: &Options,
    diagnostics: &mut Diagnostics,
) -> Network {
    let contexts: Vec<Context> = contexts
        .iter()
        .map(|(name, state)| Context { name, state })
        .collect();
    let before = states::before(plan, prior, &contexts);
    let after = states::after(plan, prior, &contexts);
    let limits = if opts.conservative_limits {
        Limits::CONSERVATIVE
    } else {
        Limits::CURRENT
    };
    let analysis = analysis::analyse(&before, &after, &limits);
    plan.dns_changes = analysis.dns_changes;
    analysis
        .diagnostics
        .into_iter()
        .for_each(|d| diagnostics.push(d));
    after
}

/// The network of the state alone (`--state` and `--context`), for `resolve`
/// without a configuration.
pub fn state_network(opts: &Options) -> (Network, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let (prior, contexts) = read_states(opts, &mut diagnostics);
    let contexts: Vec<Context> = contexts
        .iter()
        .map(|(name, state)| Context { name, state })
        .collect();
    (
        states::before(&Plan::default(), &prior, &contexts),
        diagnostics,
    )
}

fn read_prior(opts: &Options, diagnostics: &mut Diagnostics) -> Option<State> {
    let (path, explicit) = match &opts.state {
        Some(path) => (path.clone(), true),
        // No directory, no default state: the missing directory is the error to report.
        None if !opts.dir.is_dir() => return None,
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

/// What `apply-dry` and saved plans need besides the plan: each instance's
/// dependencies (for the state's `dependencies` and the saved plan) and the
/// context states (to seed the simulated Azure).
#[derive(Debug)]
pub struct ApplyInputs {
    pub outcome: Outcome,
    pub dependencies: crate::plan::order::DependsOn,
    pub contexts: Vec<(String, State)>,
}

/// Runs the pipeline as [`plan`] does, against `prior` when given instead
/// of the state file, and keeps the dependencies and context states.
/// `apply-dry` calls it again against the simulated state between waves, so
/// that values unknown at plan time are evaluated as Terraform's apply does.
pub fn plan_for_apply(opts: &Options, prior: Option<&State>) -> ApplyInputs {
    let mut loaded = load::load_root(&opts.dir);
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let mut raw = vars::gather(
        &loaded.root,
        &opts.dir,
        &opts.vars,
        &opts.env,
        &mut loaded.sources,
    );
    diagnostics.extend(std::mem::take(&mut raw.diagnostics));
    if opts.ignore_state {
        // `validate`, like `terraform validate`, needs no variable values: a
        // required variable nobody set is unknown.
        for name in loaded
            .root
            .variables
            .iter()
            .filter(|(_, v)| v.default.is_none())
            .map(|(n, _)| n)
        {
            raw.values.entry(name.clone()).or_insert(Value::Unknown);
        }
    }
    let (read_prior, contexts) = read_states(opts, &mut diagnostics);
    let mut prior = prior.cloned().unwrap_or(read_prior);
    diagnostics.extend(crate::plan::moved::apply(&loaded.root, &mut prior));
    let mut outcome = Outcome {
        sources: std::mem::take(&mut loaded.sources),
        ..Outcome::empty()
    };
    if diagnostics.has_errors() {
        quote_files(&diagnostics, &mut outcome.sources);
        outcome.plan.diagnostics = diagnostics;
        return ApplyInputs {
            outcome,
            dependencies: Default::default(),
            contexts,
        };
    }

    let ctx = plan_context(loaded.root.subscription_id.as_deref(), opts);
    let objects = object_index(&prior, &contexts);
    let inputs = Inputs {
        root: &loaded.root,
        root_dir: &opts.dir,
        variables: &raw.values,
        variable_ranges: &raw.ranges,
        prior: &prior,
        objects: &objects,
        ctx: &ctx,
    };
    let evaluated = evaluate::evaluate(&inputs);
    drop(objects);
    let (mut plan, dependencies) = build::build(evaluated, &prior);
    diagnostics.extend(std::mem::take(&mut plan.diagnostics));
    if !diagnostics.has_errors() {
        outcome.network = analyse(&mut plan, &prior, &contexts, opts, &mut diagnostics);
    }
    plan.diagnostics = diagnostics;
    outcome.plan = plan;
    outcome.prior = prior;
    ApplyInputs {
        outcome,
        dependencies,
        contexts,
    }
}

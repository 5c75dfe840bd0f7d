//! `apply-dry` from end to end: read a saved plan or plan afresh, hold the
//! lock on the output state, simulate, write the state atomically. The
//! command layer renders what this returns; nothing here prints.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::{simulate, Applied, Input};
use crate::config::load::display_path;
use crate::diag::{Diagnostic, Diagnostics};
use crate::network::catalog::Limits;
use crate::pipeline::{self, ApplyInputs, Options};
use crate::plan::saved::{self, SavedPlan};
use crate::source::{SourceFile, SourceMap};
use crate::state::{self, StateLock};

/// What to simulate.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub opts: Options,
    /// Whether `DIR` was given; a saved plan's directory is used otherwise.
    pub dir_given: bool,
    /// A saved plan to simulate instead of planning afresh.
    pub saved_plan: Option<PathBuf>,
    /// Where to write the resulting state; nothing is written without it.
    pub state_out: Option<PathBuf>,
}

/// The outcome of a dry run, for rendering.
#[derive(Debug, Default)]
pub struct DryRun {
    /// The simulation, when it started.
    pub applied: Option<Applied>,
    /// Plan diagnostics and any error that stopped the run.
    pub diagnostics: Diagnostics,
    /// Every file read, for quoting diagnostics.
    pub sources: SourceMap,
    /// Where the state was written, with its serial.
    pub written: Option<(PathBuf, u64)>,
}

impl DryRun {
    /// True when the run failed: an error diagnostic or a refused step.
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors() || self.applied.as_ref().is_some_and(|a| a.failure.is_some())
    }
}

/// Runs `apply-dry`.
pub fn run(request: &Request) -> DryRun {
    let mut out = DryRun::default();
    let mut opts = request.opts.clone();
    let saved = match request
        .saved_plan
        .as_deref()
        .map(|p| read_saved(p, &mut out.sources))
    {
        Some(Ok(saved)) => Some(saved),
        Some(Err(d)) => return failed(out, d),
        None => None,
    };
    if let Some(saved) = &saved {
        adopt_inputs(&mut opts, saved, request.dir_given);
    }
    let _lock = match request.state_out.as_deref().map(lock) {
        Some(Err(d)) => return failed(out, d),
        Some(Ok(lock)) => Some(lock),
        None => None,
    };

    let inputs = pipeline::plan_for_apply(&opts, None);
    out.sources.0.extend(inputs.outcome.sources.0.clone());
    out.diagnostics
        .extend(to_be_simulated(&inputs.outcome.plan.diagnostics));
    if out.diagnostics.has_errors() {
        return out;
    }
    if let Some(saved) = &saved {
        let digest = saved::digest(&inputs.outcome.sources, &opts.dir, &opts.vars, &opts.env);
        if let Err(d) = saved.check(&inputs.outcome.prior, &digest) {
            return failed(out, d);
        }
    }

    let applied = simulate_inputs(&opts, &inputs, saved.as_ref());
    if let (Some(state), Some(path)) = (&applied.state, &request.state_out) {
        let input_state = opts
            .state
            .clone()
            .unwrap_or_else(|| pipeline::default_state_path(&opts.dir));
        match write_state(path, &state::to_json(state), same_file(path, &input_state)) {
            Ok(()) => out.written = Some((path.clone(), state.serial)),
            Err(d) => out.diagnostics.push(d),
        }
    }
    for name in &applied.unknown_outputs {
        out.diagnostics.push(
            Diagnostic::warning("apply-unknown-output", format!("output `{name}` is still unknown after the apply"))
                .with_detail("its value depends on something amplan cannot know (a module that is not installed, a data source not found); it is left out of the state, so planning again shows it as a change"),
        );
    }
    if let Some(failure) = &applied.failure {
        out.diagnostics.push(failure.diagnostic());
    }
    out.applied = Some(applied);
    out
}

/// Errors of the DNS analysis that predict a refusal of Azure's (or flag a
/// design Azure accepts): the simulation decides them, so they are shown as
/// warnings and the run goes on to the step that fails, if one does.
const SIMULATED_CODES: [&str; 5] = [
    "ampls-limits",
    "duplicate-zone-link",
    "static-ip-members",
    "subnet-capacity",
    "vnet-multiple-ampls",
];

fn to_be_simulated(diagnostics: &Diagnostics) -> Diagnostics {
    let mut out = Diagnostics::default();
    for d in diagnostics.iter() {
        let mut d = d.clone();
        if d.is_error() && SIMULATED_CODES.contains(&d.code) {
            d.severity = crate::diag::Severity::Warning;
            d.detail
                .push_str(" (apply-dry simulates the apply to see whether Azure refuses it)");
        }
        out.push(d);
    }
    out
}

fn failed(mut out: DryRun, d: Diagnostic) -> DryRun {
    out.diagnostics.push(d);
    out
}

/// The simulation of the saved plan, or of the fresh one.
fn simulate_inputs(opts: &Options, inputs: &ApplyInputs, saved: Option<&SavedPlan>) -> Applied {
    let (plan, dependencies) = match saved {
        Some(s) => (&s.plan, &s.dependencies),
        None => (&inputs.outcome.plan, &inputs.dependencies),
    };
    let input = Input {
        plan,
        dependencies,
        prior: &inputs.outcome.prior,
        contexts: &inputs.contexts,
        limits: if opts.conservative_limits {
            Limits::CONSERVATIVE
        } else {
            Limits::CURRENT
        },
    };
    let mut replan = |state: &state::State| {
        let again = pipeline::plan_for_apply(opts, Some(state));
        (!to_be_simulated(&again.outcome.plan.diagnostics).has_errors())
            .then_some(again.outcome.plan)
    };
    simulate(&input, &mut replan)
}

/// A saved plan's inputs stand where the command line gives none.
fn adopt_inputs(opts: &mut Options, saved: &SavedPlan, dir_given: bool) {
    if !dir_given {
        opts.dir = saved.dir.clone();
    }
    if opts.context.is_empty() {
        opts.context = saved.context.clone();
    }
    if opts.vars.is_empty() {
        opts.vars = saved.vars.clone();
    }
    if opts.subscription.is_none() {
        opts.subscription = saved.subscription.clone();
    }
}

fn read_saved(path: &Path, sources: &mut SourceMap) -> Result<SavedPlan, Diagnostic> {
    let name = display_path(path);
    let text = std::fs::read_to_string(path).map_err(|e| {
        Diagnostic::error(
            "unreadable-file",
            format!("cannot read saved plan `{name}`: {e}"),
        )
    })?;
    sources.insert(SourceFile::new(
        name.clone(),
        path.to_path_buf(),
        text.clone(),
    ));
    saved::parse(&text, &name)
}

/// Takes the lock on the state to be written.
fn lock(path: &Path) -> Result<StateLock, Diagnostic> {
    StateLock::acquire(path).map_err(|e| {
        let name = display_path(path);
        let lock = display_path(&state::lock_path(path));
        if e.kind() == ErrorKind::AlreadyExists {
            Diagnostic::error("state-locked", format!("state `{name}` is locked by another writer"))
                .with_detail(format!("the lock file `{lock}` exists; another amplan run is writing this state. If no run is, a crash left the file behind: remove it by hand"))
        } else {
            Diagnostic::error("state-lock-failed", format!("cannot lock state `{name}`: {e}"))
        }
    })
}

/// Writes the state atomically; the old file stays whole when this fails.
fn write_state(path: &Path, json: &str, backup: bool) -> Result<(), Diagnostic> {
    state::write_atomic(path, json.as_bytes(), backup).map_err(|e| {
        let name = display_path(path);
        Diagnostic::error("state-write-failed", format!("cannot write state `{name}`: {e}"))
            .with_detail("the write goes to a temporary file that replaces the state only once complete, so any existing state file is unchanged")
    })
}

/// Whether two paths name one file (the input state named as `--state-out`).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Saves a plan for a later `apply-dry --plan FILE`, atomically.
pub fn save_plan(inputs: &ApplyInputs, opts: &Options, path: &Path) -> Result<(), Diagnostic> {
    let prior = &inputs.outcome.prior;
    let mut plan = inputs.outcome.plan.clone();
    plan.diagnostics = Diagnostics::default();
    plan.dns_changes.clear();
    let saved = SavedPlan {
        plan,
        dependencies: inputs.dependencies.clone(),
        lineage: prior.lineage.clone(),
        serial: prior.serial,
        digest: saved::digest(&inputs.outcome.sources, &opts.dir, &opts.vars, &opts.env),
        // Absolute, so the plan applies from any working directory.
        dir: crate::config::load::normalize(
            &std::path::absolute(&opts.dir).unwrap_or_else(|_| opts.dir.clone()),
        ),
        context: opts.context.clone(),
        vars: opts.vars.clone(),
        subscription: opts.subscription.clone(),
    };
    state::write_atomic(path, saved::to_json(&saved).as_bytes(), false).map_err(|e| {
        Diagnostic::error(
            "plan-write-failed",
            format!("cannot write saved plan `{}`: {e}", display_path(path)),
        )
    })
}

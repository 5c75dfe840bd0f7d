//! Saved plans (`amplan plan --out FILE`): a JSON file holding the changes,
//! the execution order, each instance's dependencies, the prior state's
//! lineage and serial, and a digest of the configuration and variable
//! values the plan came from, so that `apply-dry --plan FILE` can refuse a
//! plan that no longer fits, as Terraform refuses a stale saved plan.
//!
//! Values are written as Terraform's JSON plan writes them: the value with
//! unknowns as `null`, next to a mask that is `true` where a value is
//! unknown, so that an unknown and a null never mix. Sets are written as
//! arrays and read back as lists; nothing downstream depends on the
//! difference.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value as J;
use sha2::{Digest, Sha256};

use crate::addr::InstanceAddr;
use crate::config::vars::CliVar;
use crate::diag::Diagnostic;
use crate::plan::order::DependsOn;
use crate::plan::{Action, ActionReason, OutputChange, PathStep, Plan, ResourceChange, Step};
use crate::source::{Pos, SourceMap, SourceRange};
use crate::state::{parse_instance_addr, parse_resource_addr, State};
use crate::value::Value;

/// The saved plan format version amplan writes and reads.
pub const FORMAT_VERSION: &str = "1";

/// A plan saved for a later `apply-dry`.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedPlan {
    /// Changes, outputs and steps; diagnostics and DNS changes are not saved.
    pub plan: Plan,
    pub dependencies: DependsOn,
    /// The prior state's lineage (empty when there was no state) and serial.
    pub lineage: String,
    pub serial: u64,
    /// `sha256:<hex>` of the configuration files and variable values.
    pub digest: String,
    /// The inputs the plan was made with, reused when `apply-dry` gets none.
    pub dir: PathBuf,
    pub context: Vec<PathBuf>,
    pub vars: Vec<CliVar>,
    pub subscription: Option<String>,
}

/// Why a saved plan does not fit the state or configuration it is applied to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    /// Another lineage: the plan does not match the given state.
    Lineage,
    /// Same lineage, other serial: the state changed since the plan was made.
    Stale,
    /// The configuration files or variable values differ.
    Configuration,
}

impl Mismatch {
    /// The stable diagnostic code.
    pub fn code(self) -> &'static str {
        match self {
            Mismatch::Lineage => "plan-state-mismatch",
            Mismatch::Stale => "stale-plan",
            Mismatch::Configuration => "plan-configuration-mismatch",
        }
    }
}

impl SavedPlan {
    /// Checks the plan against the state and configuration digest it is to be applied with.
    pub fn check(&self, state: &State, digest: &str) -> Result<(), Diagnostic> {
        let mismatch = if !self.lineage.is_empty()
            && !state.lineage.is_empty()
            && self.lineage != state.lineage
        {
            Some(Mismatch::Lineage)
        } else if self.serial != state.serial || self.lineage.is_empty() != state.lineage.is_empty()
        {
            Some(Mismatch::Stale)
        } else if self.digest != digest {
            Some(Mismatch::Configuration)
        } else {
            None
        };
        mismatch.map_or(Ok(()), |m| Err(self.mismatch(m, state, digest)))
    }

    fn mismatch(&self, m: Mismatch, state: &State, digest: &str) -> Diagnostic {
        let (summary, detail) = match m {
            Mismatch::Lineage => (
                "saved plan does not match the given state".to_string(),
                format!("the plan was made for a state of lineage `{}`, the state given has lineage `{}`; it belongs to another configuration or workspace", self.lineage, state.lineage),
            ),
            Mismatch::Stale => (
                "saved plan is stale".to_string(),
                format!("the plan was made against serial {} of the state, which is now at serial {}; the state changed after the plan was made, so plan again", self.serial, state.serial),
            ),
            Mismatch::Configuration => (
                "saved plan was made from another configuration".to_string(),
                format!("the configuration files or variable values differ from those the plan was made from (`{}` now, `{}` in the plan); plan again", short(digest), short(&self.digest)),
            ),
        };
        Diagnostic::error(m.code(), summary).with_detail(detail)
    }
}

fn short(digest: &str) -> &str {
    digest.get(..19).unwrap_or(digest)
}

/// The digest of a run's inputs: every configuration and variable file the
/// run loaded (by its path relative to the root module, with its text), the
/// `--var` values and the `TF_VAR_*` environment.
pub fn digest(
    sources: &SourceMap,
    dir: &Path,
    vars: &[CliVar],
    env: &[(String, String)],
) -> String {
    let mut files: Vec<(String, &str)> = sources
        .0
        .values()
        .map(|f| {
            (
                crate::config::load::relative_path(&f.path, dir),
                f.text.as_str(),
            )
        })
        .collect();
    files.sort();
    let mut hash = Sha256::new();
    for (name, text) in files {
        hash.update(format!("file\0{name}\0{}\0", text.len()));
        hash.update(text);
    }
    for var in vars {
        if let CliVar::Var(v) = var {
            hash.update(format!("var\0{v}\0"));
        }
    }
    let mut tf_vars: Vec<&(String, String)> = env
        .iter()
        .filter(|(k, _)| k.starts_with("TF_VAR_"))
        .collect();
    tf_vars.sort();
    for (k, v) in tf_vars {
        hash.update(format!("env\0{k}\0{v}\0"));
    }
    let hex: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// The file layout. Field order is the order written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format_version: String,
    amplan_version: String,
    configuration: Configuration,
    prior_state: PriorState,
    resource_changes: Vec<ChangeJson>,
    output_changes: Vec<OutputJson>,
    steps: Vec<StepJson>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Configuration {
    digest: String,
    dir: String,
    #[serde(default)]
    context: Vec<String>,
    #[serde(default)]
    variables: Vec<VarJson>,
    #[serde(default)]
    subscription: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum VarJson {
    Var(String),
    VarFile(String),
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PriorState {
    lineage: String,
    serial: u64,
}

/// A value with its unknown mask, as Terraform's JSON plan has them.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ValueJson {
    value: J,
    #[serde(default)]
    unknown: J,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeJson {
    address: String,
    actions: Vec<String>,
    #[serde(default)]
    action_reason: Option<String>,
    before: Option<ValueJson>,
    after: Option<ValueJson>,
    #[serde(default)]
    replace_paths: Vec<Vec<J>>,
    schema_known: bool,
    #[serde(default)]
    sensitive: Vec<String>,
    #[serde(default)]
    depends_on: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutputJson {
    name: String,
    actions: Vec<String>,
    before: Option<ValueJson>,
    after: Option<ValueJson>,
    sensitive: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepJson {
    step: usize,
    wave: usize,
    address: String,
    action: String,
}

/// Serialises a saved plan.
pub fn to_json(saved: &SavedPlan) -> String {
    let file = File {
        format_version: FORMAT_VERSION.to_string(),
        amplan_version: env!("CARGO_PKG_VERSION").to_string(),
        configuration: Configuration {
            digest: saved.digest.clone(),
            dir: path_text(&saved.dir),
            context: saved.context.iter().map(|p| path_text(p)).collect(),
            variables: saved.vars.iter().map(var_json).collect(),
            subscription: saved.subscription.clone(),
        },
        prior_state: PriorState {
            lineage: saved.lineage.clone(),
            serial: saved.serial,
        },
        resource_changes: saved
            .plan
            .changes
            .iter()
            .map(|c| change_json(c, &saved.dependencies))
            .collect(),
        output_changes: saved.plan.outputs.iter().map(output_json).collect(),
        steps: saved.plan.steps.iter().map(step_json).collect(),
    };
    // Serialising plain data cannot fail.
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

fn path_text(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

fn var_json(var: &CliVar) -> VarJson {
    match var {
        CliVar::Var(v) => VarJson::Var(v.clone()),
        CliVar::File(f) => VarJson::VarFile(path_text(f)),
    }
}

fn value_json(v: &Value) -> ValueJson {
    ValueJson {
        value: v.to_json(),
        unknown: v.unknown_mask(),
    }
}

fn change_json(c: &ResourceChange, deps: &DependsOn) -> ChangeJson {
    ChangeJson {
        address: c.addr.to_string(),
        actions: actions(c.action),
        action_reason: c.reason.map(|r| r.json_name().to_string()),
        before: c.before.as_ref().map(value_json),
        after: c.after.as_ref().map(value_json),
        replace_paths: c
            .replace_paths
            .iter()
            .map(|p| p.iter().map(path_step_json).collect())
            .collect(),
        schema_known: c.schema_known,
        sensitive: c.sensitive.clone(),
        depends_on: deps
            .get(&c.addr)
            .into_iter()
            .flatten()
            .map(ToString::to_string)
            .collect(),
    }
}

fn output_json(o: &OutputChange) -> OutputJson {
    OutputJson {
        name: o.name.clone(),
        actions: actions(o.action),
        before: o.before.as_ref().map(value_json),
        after: o.after.as_ref().map(value_json),
        sensitive: o.sensitive,
    }
}

fn step_json(s: &Step) -> StepJson {
    StepJson {
        step: s.number,
        wave: s.wave,
        address: s.addr.to_string(),
        action: actions(s.action).join(","),
    }
}

fn actions(a: Action) -> Vec<String> {
    a.json_actions().iter().map(|s| s.to_string()).collect()
}

fn path_step_json(step: &PathStep) -> J {
    match step {
        PathStep::Attr(a) => J::String(a.clone()),
        PathStep::Index(i) => J::from(*i),
        PathStep::Key(k) => serde_json::json!({ "key": k }),
    }
}

/// Reads a saved plan; a malformed file is an `invalid-plan-file` error
/// with the line and column, another format version `unsupported-plan-version`.
pub fn parse(text: &str, filename: &str) -> Result<SavedPlan, Diagnostic> {
    let version: J = serde_json::from_str(text).map_err(|e| invalid(filename, &e))?;
    let Some(found) = version.get("format_version").and_then(J::as_str) else {
        let what = if version.get("lineage").is_some() {
            "a Terraform state file, not a saved plan"
        } else {
            "not a plan saved by `amplan plan --out`"
        };
        return Err(Diagnostic::error("invalid-plan-file", format!("`{filename}` is {what}"))
            .with_detail("a saved plan is the JSON file `amplan plan --out FILE` writes; pass a state with `--state`")
            .at(SourceRange::file(filename)));
    };
    if found != FORMAT_VERSION {
        return Err(Diagnostic::error(
            "unsupported-plan-version",
            format!("saved plan `{filename}` has format version `{found}`"),
        )
        .with_detail(format!("this amplan reads saved plans of format version `{FORMAT_VERSION}`; plan again with this version"))
        .at(SourceRange::file(filename)));
    }
    let file: File = serde_json::from_str(text).map_err(|e| invalid(filename, &e))?;
    decode(file).map_err(|msg| {
        Diagnostic::error(
            "invalid-plan-file",
            format!("saved plan `{filename}` is not valid: {msg}"),
        )
        .at(SourceRange::file(filename))
    })
}

fn invalid(filename: &str, e: &serde_json::Error) -> Diagnostic {
    let pos = Pos {
        line: e.line().max(1),
        column: e.column().max(1),
        byte: 0,
    };
    let range = SourceRange {
        filename: filename.to_string(),
        start: pos,
        end: pos,
    };
    Diagnostic::error(
        "invalid-plan-file",
        format!("saved plan `{filename}` is not valid: {e}"),
    )
    .at(range)
}

fn decode(file: File) -> Result<SavedPlan, String> {
    let mut plan = Plan::default();
    let mut dependencies = DependsOn::new();
    for c in file.resource_changes {
        let addr = instance(&c.address)?;
        let deps = c
            .depends_on
            .iter()
            .map(|d| {
                parse_resource_addr(d).ok_or_else(|| format!("`{d}` is not a resource address"))
            })
            .collect::<Result<_, _>>()?;
        dependencies.insert(addr.clone(), deps);
        plan.changes.push(ResourceChange {
            action: action(&c.actions, &c.address)?,
            reason: c.action_reason.as_deref().map(reason).transpose()?,
            before: c.before.as_ref().map(decode_value),
            after: c.after.as_ref().map(decode_value),
            replace_paths: c
                .replace_paths
                .iter()
                .map(|p| p.iter().map(path_step).collect())
                .collect::<Result<_, _>>()?,
            schema_known: c.schema_known,
            sensitive: c.sensitive,
            range: None,
            addr,
        });
    }
    for o in file.output_changes {
        plan.outputs.push(OutputChange {
            action: action(&o.actions, &o.name)?,
            before: o.before.as_ref().map(decode_value),
            after: o.after.as_ref().map(decode_value),
            sensitive: o.sensitive,
            name: o.name,
        });
    }
    for s in file.steps {
        let parts: Vec<String> = s.action.split(',').map(str::to_string).collect();
        plan.steps.push(Step {
            number: s.step,
            wave: s.wave,
            addr: instance(&s.address)?,
            action: action(&parts, &s.address)?,
        });
    }
    let c = file.configuration;
    Ok(SavedPlan {
        plan,
        dependencies,
        lineage: file.prior_state.lineage,
        serial: file.prior_state.serial,
        digest: c.digest,
        dir: PathBuf::from(c.dir),
        context: c.context.into_iter().map(PathBuf::from).collect(),
        vars: c
            .variables
            .into_iter()
            .map(|v| match v {
                VarJson::Var(s) => CliVar::Var(s),
                VarJson::VarFile(f) => CliVar::File(PathBuf::from(f)),
            })
            .collect(),
        subscription: c.subscription,
    })
}

fn instance(s: &str) -> Result<InstanceAddr, String> {
    parse_instance_addr(s).ok_or_else(|| format!("`{s}` is not a resource instance address"))
}

fn action(actions: &[String], what: &str) -> Result<Action, String> {
    let all = [
        Action::NoOp,
        Action::Create,
        Action::Read,
        Action::Update,
        Action::DeleteThenCreate,
        Action::CreateThenDelete,
        Action::Delete,
    ];
    all.into_iter()
        .find(|a| a.json_actions() == actions)
        .ok_or_else(|| {
            format!(
                "`{}` are not actions Terraform knows (for `{what}`)",
                actions.join(", ")
            )
        })
}

fn reason(name: &str) -> Result<ActionReason, String> {
    let all = [
        ActionReason::ReplaceBecauseTainted,
        ActionReason::ReplaceBecauseCannotUpdate,
        ActionReason::DeleteBecauseNoResourceConfig,
        ActionReason::DeleteBecauseCountIndex,
        ActionReason::DeleteBecauseEachKey,
        ActionReason::DeleteBecauseNoModule,
        ActionReason::DeleteBecauseWrongRepetition,
    ];
    all.into_iter()
        .find(|r| r.json_name() == name)
        .ok_or_else(|| format!("`{name}` is not an action reason Terraform knows"))
}

fn path_step(j: &J) -> Result<PathStep, String> {
    match j {
        J::String(s) => Ok(PathStep::Attr(s.clone())),
        J::Number(n) => n
            .as_u64()
            .map(|i| PathStep::Index(i as usize))
            .ok_or_else(|| format!("`{n}` is not a list index")),
        J::Object(m) => m
            .get("key")
            .and_then(J::as_str)
            .map(|k| PathStep::Key(k.to_string()))
            .ok_or_else(|| "a path step object needs a `key`".to_string()),
        other => Err(format!("`{other}` is not a path step")),
    }
}

/// A value from its JSON and its unknown mask.
fn decode_value(v: &ValueJson) -> Value {
    with_mask(&v.value, &v.unknown)
}

fn with_mask(value: &J, mask: &J) -> Value {
    match (value, mask) {
        (_, J::Bool(true)) => Value::Unknown,
        (J::Array(items), J::Array(masks)) => Value::List(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| with_mask(item, masks.get(i).unwrap_or(&J::Bool(false))))
                .collect(),
        ),
        (J::Object(map), J::Object(masks)) => Value::Map(
            map.iter()
                .map(|(k, item)| {
                    (
                        k.clone(),
                        with_mask(item, masks.get(k).unwrap_or(&J::Bool(false))),
                    )
                })
                .collect(),
        ),
        _ => Value::from_json(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{Mode, ModulePath, ResourceAddr};
    use std::collections::BTreeSet;

    fn sample() -> SavedPlan {
        let addr =
            ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_x", "a").instance(None);
        let dep = ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_x", "b");
        let after = Value::Map(
            [
                ("id".to_string(), Value::string("/x")),
                ("known_null".to_string(), Value::Null),
                ("later".to_string(), Value::Unknown),
                (
                    "list".to_string(),
                    Value::List(vec![Value::string("a"), Value::Unknown]),
                ),
            ]
            .into(),
        );
        let mut plan = Plan::default();
        plan.changes.push(ResourceChange {
            addr: addr.clone(),
            action: Action::CreateThenDelete,
            reason: Some(ActionReason::ReplaceBecauseCannotUpdate),
            before: Some(Value::Map([("id".to_string(), Value::string("/x"))].into())),
            after: Some(after),
            replace_paths: vec![vec![
                PathStep::Attr("subnet_id".into()),
                PathStep::Index(0),
                PathStep::Key("k".into()),
            ]],
            schema_known: true,
            sensitive: vec!["key".into()],
            range: None,
        });
        plan.steps.push(Step {
            number: 1,
            wave: 1,
            addr: addr.clone(),
            action: Action::Create,
        });
        let mut dependencies = DependsOn::new();
        dependencies.insert(addr, BTreeSet::from([dep]));
        SavedPlan {
            plan,
            dependencies,
            lineage: "l".into(),
            serial: 3,
            digest: "sha256:00".into(),
            dir: "dir".into(),
            context: vec!["c.tfstate".into()],
            vars: vec![CliVar::Var("a=1".into()), CliVar::File("x.tfvars".into())],
            subscription: None,
        }
    }

    #[test]
    fn a_saved_plan_reads_back_whole_with_unknowns_apart_from_nulls() {
        let saved = sample();
        let back = parse(&to_json(&saved), "p.json").unwrap();
        assert_eq!(back, saved);
        let after = back.plan.changes[0].after.as_ref().unwrap();
        assert_eq!(after.get("known_null"), Some(&Value::Null));
        assert_eq!(after.get("later"), Some(&Value::Unknown));
    }

    #[test]
    fn malformed_json_is_an_error_with_line_and_column() {
        let err = parse("{\n  \"format_version\": \"1\",\n  oops\n}", "p.json").unwrap_err();
        assert_eq!(err.code, "invalid-plan-file");
        let range = err.range.unwrap();
        assert_eq!((range.start.line, range.start.column), (3, 3));
    }

    #[test]
    fn a_missing_field_is_an_error_with_a_position() {
        let err = parse("{\"format_version\": \"1\"}", "p.json").unwrap_err();
        assert_eq!(err.code, "invalid-plan-file");
        assert_eq!(err.range.unwrap().start.line, 1);
    }

    #[test]
    fn another_format_version_is_refused() {
        let err = parse("{\"format_version\": \"9\"}", "p.json").unwrap_err();
        assert_eq!(err.code, "unsupported-plan-version");
    }

    #[test]
    fn lineage_serial_and_digest_are_checked_in_that_order() {
        let saved = sample();
        let mut state = State::empty();
        state.lineage = "other".into();
        state.serial = 9;
        assert_eq!(
            saved.check(&state, "sha256:00").unwrap_err().code,
            "plan-state-mismatch"
        );
        state.lineage = "l".into();
        assert_eq!(
            saved.check(&state, "sha256:00").unwrap_err().code,
            "stale-plan"
        );
        state.serial = 3;
        assert_eq!(
            saved.check(&state, "sha256:11").unwrap_err().code,
            "plan-configuration-mismatch"
        );
        assert!(saved.check(&state, "sha256:00").is_ok());
    }

    #[test]
    fn the_digest_follows_files_and_variables() {
        let mut sources = SourceMap::default();
        sources.insert(crate::source::SourceFile::new(
            "d/main.tf",
            "d/main.tf".into(),
            "a".into(),
        ));
        let one = digest(&sources, Path::new("d"), &[], &[]);
        let var = digest(&sources, Path::new("d"), &[CliVar::Var("x=1".into())], &[]);
        let env = digest(
            &sources,
            Path::new("d"),
            &[],
            &[("TF_VAR_x".into(), "1".into())],
        );
        assert_ne!(one, var);
        assert_ne!(one, env);
        assert_eq!(
            one,
            digest(
                &sources,
                Path::new("d"),
                &[],
                &[("HOME".into(), "/".into())]
            )
        );
    }
}

//! Evaluation: the loaded module tree, variable values and prior state in,
//! every desired resource instance with its planned change out.
//!
//! Each module instance is walked in dependency order (see `graph`). A
//! resource is planned as soon as it is evaluated, because expressions that
//! refer to it must see its planned values: a replaced resource's computed
//! attributes are unknown again, while Azure ids, being deterministic, stay
//! known.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use hcl_edit::structure::{Body, Structure};
use hcl_edit::Span;

use crate::addr::{InstanceAddr, InstanceKey, Mode, ModulePath, ResourceAddr};
use crate::config::eval::{self, EvalContext, Scope};
use crate::config::functions::FunctionContext;
use crate::config::graph;
use crate::config::load::{display_path, dynamic_iterator};
use crate::config::model::{Expr, Lifecycle, Module, ModuleCall, Output, Resource, Variable};
use crate::config::scope::{Layered, ModuleScope};
use crate::config::types;
use crate::diag::{Diagnostic, Diagnostics};
use crate::plan::diff::{plan_owned_instance, InstancePlan};
use crate::plan::Action;
use crate::schema::{self, PlanContext};
use crate::source::{SourceFile, SourceRange};
use crate::state::{InstanceState, State};
use crate::value::Value;

/// More instances than this from one `count` or `for_each` is refused.
const MAX_INSTANCES: usize = 100_000;

/// How a resource is repeated, for the reasons of planned deletions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repetition {
    Single,
    Count,
    ForEach,
}

/// One desired resource instance and its planned change.
#[derive(Debug, Clone)]
pub struct DesiredInstance {
    pub addr: InstanceAddr,
    pub plan: InstancePlan,
    /// The resources this instance depends on, through references and `depends_on`.
    pub depends_on: BTreeSet<ResourceAddr>,
    pub lifecycle: Lifecycle,
    pub range: SourceRange,
}

/// A root module output's new value.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputValue {
    pub value: Value,
    pub sensitive: bool,
}

/// Everything the walk found.
#[derive(Debug, Default)]
pub struct Evaluated {
    pub instances: BTreeMap<InstanceAddr, DesiredInstance>,
    /// Every module instance the configuration expands to, the root included.
    pub module_instances: BTreeSet<ModulePath>,
    /// Every resource the configuration declares, per module instance.
    pub declared: BTreeMap<ResourceAddr, Repetition>,
    /// Prior instances that the configuration took over under another key
    /// (a resource that gained or lost `count`).
    pub moved_keys: BTreeMap<InstanceAddr, InstanceAddr>,
    pub outputs: BTreeMap<String, OutputValue>,
    pub diagnostics: Diagnostics,
}

/// Objects of the prior and context states by lower-cased Azure id, for data sources.
#[derive(Debug)]
pub struct ObjectIndex<'s> {
    states: Vec<&'s State>,
    /// Built on the first lookup, since most configurations read no data
    /// source: the state (by position) and address of each object.
    by_id: std::sync::OnceLock<HashMap<String, (usize, InstanceAddr)>>,
}

impl<'s> ObjectIndex<'s> {
    pub fn new(states: Vec<&'s State>) -> ObjectIndex<'s> {
        ObjectIndex {
            states,
            by_id: std::sync::OnceLock::new(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&'s Value> {
        let (state, addr) = self
            .by_id
            .get_or_init(|| self.index())
            .get(&id.to_ascii_lowercase())?;
        self.states[*state]
            .instances
            .get(addr)
            .map(|i| &i.attributes)
    }

    fn index(&self) -> HashMap<String, (usize, InstanceAddr)> {
        let mut by_id = HashMap::new();
        for (n, state) in self.states.iter().enumerate() {
            for (addr, instance) in state
                .instances
                .iter()
                .filter(|(a, _)| a.resource.mode == Mode::Managed)
            {
                if let Some(id) = instance.attributes.get("id").and_then(Value::as_str) {
                    by_id.insert(id.to_ascii_lowercase(), (n, addr.clone()));
                }
            }
        }
        by_id
    }
}

/// What the walk reads.
pub struct Inputs<'a> {
    pub root: &'a Module,
    pub root_dir: &'a Path,
    pub variables: &'a BTreeMap<String, Value>,
    /// Where root variable values were assigned in `.tfvars` files, for error positions.
    pub variable_ranges: &'a BTreeMap<String, SourceRange>,
    pub prior: &'a State,
    pub objects: &'a ObjectIndex<'a>,
    pub ctx: &'a PlanContext,
}

/// Evaluates the whole configuration.
pub fn evaluate(inputs: &Inputs) -> Evaluated {
    let mut walker = Walker {
        inputs,
        out: Evaluated::default(),
        cwd: absolute(inputs.root_dir),
    };
    let vars = inputs
        .variables
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                (
                    v.clone(),
                    inputs.variable_ranges.get(k).cloned(),
                    Deps::new(),
                ),
            )
        })
        .collect();
    let (outputs, _) = walker.module_instance(inputs.root, ModulePath::root(), vars, true);
    if let Value::Map(outputs) = outputs {
        for (name, value) in outputs {
            let sensitive = inputs.root.outputs.get(&name).is_some_and(|o| o.sensitive);
            walker
                .out
                .outputs
                .insert(name, OutputValue { value, sensitive });
        }
    }
    walker.out
}

type Deps = BTreeSet<ResourceAddr>;

/// A variable value given to a module instance: value, where it was set, what it depends on.
type VarInput = (Value, Option<SourceRange>, Deps);

struct Walker<'a> {
    inputs: &'a Inputs<'a>,
    out: Evaluated,
    cwd: String,
}

/// The state of one module instance during its walk.
struct Frame<'m> {
    module: &'m Module,
    path: ModulePath,
    scope: ModuleScope,
    deps: HashMap<String, Deps>,
    functions: FunctionContext,
}

impl Frame<'_> {
    /// The resources that the declarations `uses` depend on, themselves included.
    fn deps_of(&self, uses: &indexmap::IndexSet<String>) -> Deps {
        let mut deps = Deps::new();
        for used in uses {
            if let Some(d) = self.deps.get(used) {
                deps.extend(d.iter().cloned());
            }
            if let Some(resource) = self.module.resources.get(used) {
                deps.insert(ResourceAddr::new(
                    self.path.clone(),
                    resource.mode,
                    &resource.type_name,
                    &resource.name,
                ));
            }
        }
        deps
    }

    fn eval(&self, expr: &Expr, scope: &dyn Scope) -> Result<Value, Diagnostic> {
        eval::eval(
            &expr.expr,
            &EvalContext {
                file: &expr.file,
                scope,
                functions: &self.functions,
            },
        )
    }
}

impl<'a> Walker<'a> {
    /// Walks one module instance; returns its outputs as a map, and their dependencies.
    fn module_instance(
        &mut self,
        module: &'a Module,
        path: ModulePath,
        vars: BTreeMap<String, VarInput>,
        is_root: bool,
    ) -> (Value, Deps) {
        self.out.module_instances.insert(path.clone());
        let graph = match graph::build(module) {
            Ok(graph) => graph,
            Err(errors) => {
                errors
                    .into_iter()
                    .for_each(|d| self.out.diagnostics.push(d));
                return (Value::Unknown, Deps::new());
            }
        };
        // Terraform runs in the root module's directory: `path.module` is
        // relative to it, and so are the paths that functions read.
        let module_dir = crate::config::load::relative_path(&module.dir, self.inputs.root_dir);
        let mut frame = Frame {
            module,
            path,
            scope: ModuleScope::new(&module_dir, ".", &self.cwd),
            deps: HashMap::new(),
            functions: FunctionContext {
                base_dir: self.inputs.root_dir.to_path_buf(),
            },
        };
        let mut vars = vars;
        let mut outputs = BTreeMap::new();
        let mut output_deps = Deps::new();
        for key in &graph.order {
            let uses = &graph.nodes[key].uses;
            let deps = frame.deps_of(uses);
            match key.split_once('.') {
                Some(("var", name)) => self.variable(
                    &mut frame,
                    &module.variables[name],
                    vars.remove(name),
                    is_root,
                ),
                Some(("local", name)) => {
                    let value =
                        self.value_or_unknown(frame.eval(&module.locals[name].expr, &frame.scope));
                    frame.scope.set("local", name, value);
                }
                Some(("module", name)) => {
                    let (value, call_deps) =
                        self.module_call(&frame, &module.module_calls[name], &deps);
                    frame.scope.set("module", name, value);
                    frame.deps.insert(key.clone(), call_deps);
                    continue;
                }
                Some(("output", name)) => {
                    let value = self.output(&frame, &module.outputs[name]);
                    outputs.insert(name.to_string(), value);
                    output_deps.extend(deps.iter().cloned());
                }
                _ => self.resource(&mut frame, &module.resources[key.as_str()], &deps),
            }
            frame.deps.insert(key.clone(), deps);
        }
        (Value::Map(outputs), output_deps)
    }

    /// An unknown `count` or `for_each` after an earlier error is that error's
    /// echo (an invalid value became unknown), so it is not reported again.
    fn report_repetition(&mut self, d: Diagnostic) {
        if !(d.code == "unknown-repetition" && self.out.diagnostics.has_errors()) {
            self.out.diagnostics.push(d);
        }
    }

    fn value_or_unknown(&mut self, result: Result<Value, Diagnostic>) -> Value {
        result.unwrap_or_else(|d| {
            self.out.diagnostics.push(d);
            Value::Unknown
        })
    }

    fn variable(
        &mut self,
        frame: &mut Frame,
        var: &Variable,
        given: Option<VarInput>,
        is_root: bool,
    ) {
        let value = match self.variable_value(frame, var, given, is_root) {
            Ok(value) => value,
            Err(d) => {
                self.out.diagnostics.push(d);
                Value::Unknown
            }
        };
        let var_scope = Layered::new(&frame.scope).with(
            "var",
            Value::Map([(var.name.clone(), value.clone())].into()),
        );
        for validation in &var.validations {
            if let Some(d) = check_validation(frame, var, validation, &var_scope) {
                self.out.diagnostics.push(d);
            }
        }
        frame.scope.set("var", &var.name, value);
    }

    /// The given value, else the default, converted to the variable's type.
    fn variable_value(
        &mut self,
        frame: &Frame,
        var: &Variable,
        given: Option<VarInput>,
        is_root: bool,
    ) -> Result<Value, Diagnostic> {
        let (given, given_range) = match given {
            Some((value, range, _)) if !value.is_null() || var.nullable => (Some(value), range),
            _ => (None, None),
        };
        let value = match (given, &var.default) {
            (Some(value), _) => value,
            (None, Some(default)) => frame.eval(default, &frame.scope)?,
            (None, None) if is_root => {
                let d = Diagnostic::error("missing-variable", format!("no value for required variable `{}`", var.name))
                    .with_detail("the root module declares this variable without a default; set it with `--var`, `--var-file`, a `.tfvars` file or `TF_VAR_` in the environment");
                return Err(d.at(var.range.clone()));
            }
            (None, None) => {
                let d = Diagnostic::error(
                    "missing-argument",
                    format!(
                        "missing required argument `{}` for module `{}`",
                        var.name, frame.path
                    ),
                )
                .with_detail(format!(
                    "the module declares the variable `{}` without a default",
                    var.name
                ));
                return Err(d.at(var.range.clone()));
            }
        };
        let Some(ty) = &var.ty else { return Ok(value) };
        types::convert(&value, ty).map_err(|e| {
            let at = if e.path.is_empty() {
                String::new()
            } else {
                format!(" at `{}`", e.path)
            };
            Diagnostic::error(
                "invalid-variable-value",
                format!(
                    "invalid value for variable `{}`{at}: {}",
                    var.name, e.message
                ),
            )
            .with_detail(format!("the variable's type is `{ty}`"))
            .at(given_range.unwrap_or_else(|| var.range.clone()))
        })
    }

    fn output(&mut self, frame: &Frame, output: &Output) -> Value {
        self.value_or_unknown(frame.eval(&output.value, &frame.scope))
    }

    fn module_call(&mut self, frame: &Frame, call: &'a ModuleCall, deps: &Deps) -> (Value, Deps) {
        let Some(child) = call.module.as_deref() else {
            return (Value::Unknown, deps.clone());
        };
        for (input, expr) in &call.inputs {
            if !child.variables.contains_key(input) {
                let d = Diagnostic::error(
                    "unsupported-argument",
                    format!("module `{}` has no variable named `{input}`", call.name),
                )
                .with_detail(
                    "an argument of a module call sets one of the module's input variables",
                );
                self.out.diagnostics.push(d.at(expr.range()));
            }
        }
        let Some(keys) = self.repetition(
            frame,
            call.count.as_ref(),
            call.for_each.as_ref(),
            &frame.scope,
        ) else {
            return (Value::Unknown, deps.clone());
        };
        let mut all_deps = deps.clone();
        let mut instances = Vec::new();
        for (key, layer) in keys.instances {
            let scope = layer.over(&frame.scope);
            let vars = call
                .inputs
                .iter()
                .filter(|(name, _)| child.variables.contains_key(*name))
                .map(|(name, expr)| {
                    (
                        name.clone(),
                        (
                            self.value_or_unknown(frame.eval(expr, &scope)),
                            Some(expr.range()),
                            deps.clone(),
                        ),
                    )
                })
                .collect();
            let path = frame.path.child(&call.name, key.clone());
            let (outputs, output_deps) = self.module_instance(child, path, vars, false);
            all_deps.extend(output_deps);
            instances.push((key, outputs));
        }
        (collect_instances(keys.repetition, instances), all_deps)
    }

    fn resource(&mut self, frame: &mut Frame, resource: &Resource, deps: &Deps) {
        let addr = ResourceAddr::new(
            frame.path.clone(),
            resource.mode,
            &resource.type_name,
            &resource.name,
        );
        let Some(keys) = self.repetition(
            frame,
            resource.count.as_ref(),
            resource.for_each.as_ref(),
            &frame.scope,
        ) else {
            self.out.declared.insert(addr, Repetition::Single);
            return set_resource(frame, resource, Value::Unknown);
        };
        self.out.declared.insert(addr.clone(), keys.repetition);
        let mut values = Vec::new();
        for (key, layer) in keys.instances {
            let instance = addr.instance(key.clone());
            let scope = layer.over(&frame.scope);
            let config = match eval_body(&resource.body, &resource.file, &scope, &frame.functions) {
                Ok(config) => config,
                Err(diagnostics) => {
                    self.out.diagnostics.extend(diagnostics);
                    values.push((key, Value::Unknown));
                    continue;
                }
            };
            let value = match resource.mode {
                Mode::Managed => self.plan_managed(resource, instance, config, deps),
                Mode::Data => self.read_data(resource, instance, config, deps),
            };
            values.push((key, value));
        }
        set_resource(frame, resource, collect_instances(keys.repetition, values));
    }

    fn plan_managed(
        &mut self,
        resource: &Resource,
        addr: InstanceAddr,
        config: Value,
        deps: &Deps,
    ) -> Value {
        let prior = self.take_prior(&addr);
        let plan = plan_owned_instance(
            &resource.type_name,
            config,
            prior,
            &resource.lifecycle,
            self.inputs.ctx,
        );
        let value = plan.planned.clone();
        let desired = DesiredInstance {
            addr: addr.clone(),
            plan,
            depends_on: deps.clone(),
            lifecycle: resource.lifecycle.clone(),
            range: resource.range.clone(),
        };
        self.out.instances.insert(addr, desired);
        value
    }

    /// The prior object of an instance; an instance that gained or lost
    /// `count` takes over the prior object without a key, or at `[0]`.
    fn take_prior(&mut self, addr: &InstanceAddr) -> Option<&'a InstanceState> {
        let instances = &self.inputs.prior.instances;
        if let Some(prior) = instances.get(addr).filter(|p| !p.deposed_only) {
            return Some(prior);
        }
        let alternative = match &addr.key {
            None => addr.resource.instance(Some(InstanceKey::Int(0))),
            Some(InstanceKey::Int(0)) => addr.resource.instance(None),
            Some(_) => return None,
        };
        let prior = instances.get(&alternative)?;
        self.out.moved_keys.insert(alternative, addr.clone());
        Some(prior)
    }

    fn read_data(
        &mut self,
        resource: &Resource,
        addr: InstanceAddr,
        config: Value,
        deps: &Deps,
    ) -> Value {
        let (value, note) = read_data_source(
            &resource.type_name,
            &config,
            self.inputs,
            self.inputs.root_dir,
        );
        let action = if value.is_unknown() && !config.is_wholly_known() {
            Action::Read
        } else {
            Action::NoOp
        };
        if let Some(mut note) = note {
            note.summary = format!("`{addr}`: {}", note.summary);
            self.out.diagnostics.push(
                note.with_address(addr.to_string())
                    .at(resource.range.clone()),
            );
        }
        let plan = InstancePlan {
            action,
            reason: None,
            before: None,
            planned: value.clone(),
            replace_paths: Vec::new(),
        };
        let desired = DesiredInstance {
            addr: addr.clone(),
            plan,
            depends_on: deps.clone(),
            lifecycle: Lifecycle::default(),
            range: resource.range.clone(),
        };
        self.out.instances.insert(addr, desired);
        value
    }

    /// Evaluates `count` or `for_each`; `None` after reporting an error.
    fn repetition(
        &mut self,
        frame: &Frame,
        count: Option<&Expr>,
        for_each: Option<&Expr>,
        scope: &dyn Scope,
    ) -> Option<Expansion> {
        let result = match (count, for_each) {
            (Some(expr), _) => frame.eval(expr, scope).and_then(|v| expand_count(&v, expr)),
            (None, Some(expr)) => frame
                .eval(expr, scope)
                .and_then(|v| expand_for_each(&v, expr)),
            (None, None) => Ok(Expansion {
                repetition: Repetition::Single,
                instances: vec![(None, InstanceLayer::default())],
            }),
        };
        result.map_err(|d| self.report_repetition(d)).ok()
    }
}

fn check_validation(
    frame: &Frame,
    var: &Variable,
    validation: &crate::config::model::Validation,
    scope: &dyn Scope,
) -> Option<Diagnostic> {
    let ok = match frame.eval(&validation.condition, scope) {
        Ok(Value::Bool(ok)) => ok,
        Ok(Value::Unknown) => return None,
        Ok(other) => {
            let d = Diagnostic::error(
                "invalid-validation",
                format!(
                    "the validation condition of variable `{}` must be a bool, not {}",
                    var.name,
                    other.type_name()
                ),
            );
            return Some(d.at(validation.condition.range()));
        }
        Err(d) => return Some(d),
    };
    if ok {
        return None;
    }
    let message = validation
        .error_message
        .as_ref()
        .and_then(|m| frame.eval(m, scope).ok())
        .and_then(|m| m.as_str().map(str::to_string))
        .unwrap_or_default();
    let d = Diagnostic::error(
        "invalid-variable-value",
        format!("invalid value for variable `{}`", var.name),
    )
    .with_detail(message);
    Some(d.at(validation.condition.range()))
}

fn set_resource(frame: &mut Frame, resource: &Resource, value: Value) {
    match resource.mode {
        Mode::Managed => frame.scope.set(&resource.type_name, &resource.name, value),
        Mode::Data => frame
            .scope
            .set_data(&resource.type_name, &resource.name, value),
    }
}

/// The instances of a repeated block and the names each one sees.
struct Expansion {
    repetition: Repetition,
    instances: Vec<(Option<InstanceKey>, InstanceLayer)>,
}

/// `count.index` or `each.key`/`each.value` for one instance.
#[derive(Default)]
struct InstanceLayer {
    names: Vec<(&'static str, Value)>,
}

impl InstanceLayer {
    fn over<'s>(&self, base: &'s dyn Scope) -> Layered<'s> {
        self.names
            .iter()
            .fold(Layered::new(base), |layer, (name, value)| {
                layer.with(name, value.clone())
            })
    }
}

fn expand_count(value: &Value, expr: &Expr) -> Result<Expansion, Diagnostic> {
    let n = match value {
        Value::Number(n) if *n >= 0.0 && n.fract() == 0.0 && (*n as usize) <= MAX_INSTANCES => {
            *n as usize
        }
        Value::String(s) if s.parse::<usize>().is_ok_and(|n| n <= MAX_INSTANCES) => {
            s.parse::<usize>().unwrap_or(0)
        }
        Value::Unknown => return Err(unknown_repetition("count", expr)),
        other => {
            let d = Diagnostic::error(
                "invalid-count",
                format!("`count` must be a whole number from 0 to {MAX_INSTANCES}, not {other}"),
            );
            return Err(d.at(expr.range()));
        }
    };
    let instances = (0..n)
        .map(|i| {
            (
                Some(InstanceKey::Int(i as i64)),
                InstanceLayer {
                    names: vec![(
                        "count",
                        Value::Map([("index".to_string(), Value::from(i as i64))].into()),
                    )],
                },
            )
        })
        .collect();
    Ok(Expansion {
        repetition: Repetition::Count,
        instances,
    })
}

fn expand_for_each(value: &Value, expr: &Expr) -> Result<Expansion, Diagnostic> {
    let pairs: Vec<(String, Value)> = match value {
        Value::Map(map) => map.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        Value::Set(items) if items.iter().all(|i| matches!(i, Value::String(_))) => items
            .iter()
            .filter_map(|i| i.as_str())
            .map(|s| (s.to_string(), Value::string(s)))
            .collect(),
        Value::Unknown => return Err(unknown_repetition("for_each", expr)),
        Value::Set(items) if items.iter().any(|i| !i.is_wholly_known()) => {
            return Err(unknown_repetition("for_each", expr))
        }
        other => {
            let d = Diagnostic::error(
                "invalid-for-each",
                format!(
                    "`for_each` needs a map or a set of strings, not a {}",
                    other.type_name()
                ),
            )
            .with_detail(
                "convert a list with `toset(...)`, or build a map with a `for` expression",
            );
            return Err(d.at(expr.range()));
        }
    };
    if pairs.len() > MAX_INSTANCES {
        return Err(Diagnostic::error(
            "invalid-for-each",
            format!("`for_each` gives more than {MAX_INSTANCES} instances"),
        )
        .at(expr.range()));
    }
    let instances = pairs
        .into_iter()
        .map(|(k, v)| {
            let each = Value::Map(
                [
                    ("key".to_string(), Value::string(k.clone())),
                    ("value".to_string(), v),
                ]
                .into(),
            );
            (
                Some(InstanceKey::Str(k)),
                InstanceLayer {
                    names: vec![("each", each)],
                },
            )
        })
        .collect();
    Ok(Expansion {
        repetition: Repetition::ForEach,
        instances,
    })
}

fn unknown_repetition(what: &str, expr: &Expr) -> Diagnostic {
    Diagnostic::error("unknown-repetition", format!("the `{what}` value depends on values known only after apply"))
        .with_detail("amplan, like Terraform, must know how many instances to plan; derive the value from variables, locals or Azure ids, which are known at plan time")
        .at(expr.range())
}

/// The value a reference to a repeated resource or module sees.
fn collect_instances(repetition: Repetition, values: Vec<(Option<InstanceKey>, Value)>) -> Value {
    match repetition {
        Repetition::Single => values
            .into_iter()
            .next()
            .map(|(_, v)| v)
            .unwrap_or(Value::Null),
        Repetition::Count => Value::List(values.into_iter().map(|(_, v)| v).collect()),
        Repetition::ForEach => Value::Map(
            values
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Some(InstanceKey::Str(k)) => Some((k, v)),
                    _ => None,
                })
                .collect(),
        ),
    }
}

/// Evaluates a resource body into its configuration object: attributes by
/// name, nested blocks (literal and `dynamic`) as lists of objects by type.
pub fn eval_body(
    body: &Body,
    file: &Arc<SourceFile>,
    scope: &dyn Scope,
    functions: &FunctionContext,
) -> Result<Value, Diagnostics> {
    let mut object = BTreeMap::new();
    let mut diagnostics = Diagnostics::default();
    let ctx = EvalContext {
        file,
        scope,
        functions,
    };
    for structure in body.iter() {
        match structure {
            Structure::Attribute(attr) if is_meta_argument(attr.key.as_str()) => {}
            Structure::Attribute(attr) => match eval::eval(&attr.value, &ctx) {
                Ok(value) => {
                    object.insert(attr.key.as_str().to_string(), value);
                }
                Err(d) => diagnostics.push(d),
            },
            Structure::Block(block)
                if matches!(
                    block.ident.as_str(),
                    "lifecycle" | "provisioner" | "connection"
                ) => {}
            Structure::Block(block) if block.ident.as_str() == "dynamic" => {
                match eval_dynamic(block, file, scope, functions) {
                    Ok((name, items)) => push_blocks(&mut object, &name, items),
                    Err(d) => diagnostics.extend(d),
                }
            }
            Structure::Block(block) => match eval_body(&block.body, file, scope, functions) {
                Ok(value) => push_blocks(&mut object, block.ident.as_str(), vec![value]),
                Err(d) => diagnostics.extend(d),
            },
        }
    }
    if diagnostics.is_empty() {
        Ok(Value::Map(object))
    } else {
        Err(diagnostics)
    }
}

fn is_meta_argument(name: &str) -> bool {
    matches!(name, "count" | "for_each" | "depends_on" | "provider")
}

fn push_blocks(object: &mut BTreeMap<String, Value>, name: &str, items: Vec<Value>) {
    match object
        .entry(name.to_string())
        .or_insert_with(|| Value::List(Vec::new()))
    {
        Value::List(list) => list.extend(items),
        other => *other = Value::Unknown,
    }
}

/// A `dynamic` block: one `content` body per element of its `for_each`.
fn eval_dynamic(
    block: &hcl_edit::structure::Block,
    file: &Arc<SourceFile>,
    scope: &dyn Scope,
    functions: &FunctionContext,
) -> Result<(String, Vec<Value>), Diagnostics> {
    let name = block
        .labels
        .first()
        .map(|l| l.as_str().to_string())
        .unwrap_or_default();
    let range = |span: Option<std::ops::Range<usize>>| {
        span.map_or_else(|| SourceRange::file(file.name.clone()), |s| file.range(s))
    };
    let Some(for_each) = block.body.get_attribute("for_each") else {
        return Err(Diagnostic::error(
            "missing-argument",
            format!("dynamic block `{name}` has no `for_each`"),
        )
        .at(range(block.span()))
        .into());
    };
    let Some(content) = block.body.get_blocks("content").next() else {
        return Err(Diagnostic::error(
            "missing-argument",
            format!("dynamic block `{name}` has no `content` block"),
        )
        .at(range(block.span()))
        .into());
    };
    let collection = eval::eval(
        &for_each.value,
        &EvalContext {
            file,
            scope,
            functions,
        },
    )?;
    let pairs: Vec<(Value, Value)> = match &collection {
        Value::Map(map) => map
            .iter()
            .map(|(k, v)| (Value::string(k.clone()), v.clone()))
            .collect(),
        Value::List(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Value::from(i as i64), v.clone()))
            .collect(),
        Value::Set(items) => items.iter().map(|v| (v.clone(), v.clone())).collect(),
        Value::Null => Vec::new(),
        Value::Unknown => return Ok((name, vec![Value::Unknown])),
        other => {
            let d = Diagnostic::error(
                "invalid-for-each",
                format!(
                    "a dynamic block's `for_each` needs a collection, not a {}",
                    other.type_name()
                ),
            );
            return Err(d.at(range(for_each.value.span())).into());
        }
    };
    let iterator = dynamic_iterator(block);
    let mut items = Vec::with_capacity(pairs.len());
    for (key, value) in pairs {
        let it = Value::Map([("key".to_string(), key), ("value".to_string(), value)].into());
        let layer = Layered::new(scope).with(&iterator, it);
        items.push(eval_body(&content.body, file, &layer, functions)?);
    }
    Ok((name, items))
}

/// A data source's value, from the prior or a context state, with a note when it cannot be found.
fn absolute(dir: &Path) -> String {
    std::path::absolute(dir)
        .map(|d| crate::config::load::normalize(&d).display().to_string())
        .unwrap_or_else(|_| display_path(dir))
}

fn read_data_source(
    type_name: &str,
    config: &Value,
    inputs: &Inputs,
    module_dir: &Path,
) -> (Value, Option<Diagnostic>) {
    if !config.is_wholly_known() {
        return (Value::Unknown, None);
    }
    match type_name {
        "azurerm_client_config" => (client_config(inputs.ctx), None),
        "terraform_remote_state" => remote_state(config, module_dir),
        _ => {
            let id = schema::compute_id(type_name, config, inputs.ctx);
            match id.as_str().and_then(|id| inputs.objects.get(id)) {
                Some(found) => (found.clone(), None),
                None => {
                    let d = Diagnostic::info("data-source-unresolved", format!("data source of type `{type_name}` was not found in the state or the context states"))
                        .with_detail("its attributes are unknown in this plan; pass the state of the configuration that manages the object with `--context FILE`");
                    (Value::Unknown, Some(d))
                }
            }
        }
    }
}

fn client_config(ctx: &PlanContext) -> Value {
    let pairs = [
        (
            "id",
            format!("clientConfigs/subscriptionId={}", ctx.subscription_id),
        ),
        ("subscription_id", ctx.subscription_id.clone()),
        ("tenant_id", ctx.tenant_id.clone()),
        (
            "client_id",
            "00000000-0000-0000-0000-000000000000".to_string(),
        ),
        (
            "object_id",
            "00000000-0000-0000-0000-000000000000".to_string(),
        ),
    ];
    Value::Map(
        pairs
            .into_iter()
            .map(|(k, v)| (k.to_string(), Value::String(v)))
            .collect(),
    )
}

/// `terraform_remote_state` with the local backend: the outputs of another state file.
fn remote_state(config: &Value, module_dir: &Path) -> (Value, Option<Diagnostic>) {
    let backend = config
        .get("backend")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let path = config
        .get("config")
        .and_then(|c| c.get("path"))
        .and_then(Value::as_str);
    let (true, Some(path)) = (backend == "local", path) else {
        let d = Diagnostic::info("data-source-unresolved", format!("remote state with backend `{backend}` cannot be read")).with_detail("amplan reads `terraform_remote_state` only with `backend = \"local\"` and a `config.path`; its outputs are unknown");
        return (Value::Unknown, Some(d));
    };
    let file = module_dir.join(path);
    match crate::state::read(&file, &display_path(&file)) {
        Ok(Some(state)) => {
            let outputs = state
                .outputs
                .into_iter()
                .map(|(k, o)| (k, o.value))
                .collect();
            let pairs = [
                ("backend", Value::string(backend)),
                ("config", config.get("config").cloned().unwrap_or_default()),
                ("outputs", Value::Map(outputs)),
            ];
            (
                Value::Map(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()),
                None,
            )
        }
        Ok(None) => (
            Value::Unknown,
            Some(Diagnostic::info(
                "data-source-unresolved",
                format!("remote state file `{}` does not exist", display_path(&file)),
            )),
        ),
        Err(d) => (Value::Unknown, Some(d)),
    }
}

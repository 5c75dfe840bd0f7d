//! Writes a hub-and-spoke AMPLS estate of any size, for benchmarks.
//!
//! `cargo run --release --example gen_estate -- --vnets N --out DIR` writes
//! into DIR a root configuration that calls copies of `modules/ampls-hub`
//! and `modules/spoke` (written into `DIR/modules`), a `terraform.tfvars`,
//! and a `terraform.tfstate` that matches an earlier version of the
//! variables. The planned change against that state: a few new spokes, one
//! spoke removed and the AMPLS query access mode switched to `PrivateOnly`;
//! everything else is a no-op.
//!
//! The state is not written by hand: the generator plans the earlier
//! version with amplan itself (against an empty state) and turns each
//! instance's planned `after` object into a state object, filling what is
//! known only after apply with deterministic fake values. So the state
//! agrees with whatever amplan plans, and unchanged parts stay no-ops.
//!
//! The benchmarks include this file as a module to build their estates.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use amplan::addr::InstanceAddr;
use amplan::config::evaluate::{self, Inputs, ObjectIndex};
use amplan::config::{load, vars};
use amplan::pipeline::{self, Options, PLACEHOLDER_SUBSCRIPTION};
use amplan::plan::Summary;
use amplan::schema::PlanContext;
use amplan::state::{self, InstanceState, OutputState, State};
use amplan::value::Value;
use anyhow::{bail, Context, Result};

/// The provider address Terraform writes for `hashicorp/azurerm`.
const PROVIDER: &str = "provider[\"registry.terraform.io/hashicorp/azurerm\"]";

/// The modules the estate calls, copied from the repository.
const MODULES: [(&str, &str, &str); 6] = [
    (
        "ampls-hub",
        "main.tf",
        include_str!("../modules/ampls-hub/main.tf"),
    ),
    (
        "ampls-hub",
        "variables.tf",
        include_str!("../modules/ampls-hub/variables.tf"),
    ),
    (
        "ampls-hub",
        "outputs.tf",
        include_str!("../modules/ampls-hub/outputs.tf"),
    ),
    ("spoke", "main.tf", include_str!("../modules/spoke/main.tf")),
    (
        "spoke",
        "variables.tf",
        include_str!("../modules/spoke/variables.tf"),
    ),
    (
        "spoke",
        "outputs.tf",
        include_str!("../modules/spoke/outputs.tf"),
    ),
];

const ROOT_MAIN: &str = r#"terraform {
  required_version = ">= 1.5.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "00000000-0000-0000-0000-000000000000"
}

locals {
  tags = merge(var.tags, {
    environment = var.environment
    managed_by  = "terraform"
  })
}

module "hub" {
  source = "./modules/ampls-hub"

  name_prefix                    = var.name_prefix
  location                       = var.location
  address_space                  = [var.hub_address_space]
  private_endpoint_subnet_prefix = cidrsubnet(var.hub_address_space, 3, 0)
  ingestion_access_mode          = var.ingestion_access_mode
  query_access_mode              = var.query_access_mode
  log_analytics_workspaces       = var.workspaces
  application_insights           = var.components

  tags = local.tags
}

module "spoke" {
  source   = "./modules/spoke"
  for_each = var.spokes

  name              = each.key
  name_prefix       = var.name_prefix
  location          = var.location
  address_space     = [each.value.address_space]
  subnet_prefix     = cidrsubnet(each.value.address_space, 2, 0)
  subnet_delegation = each.value.delegation

  hub_vnet_id             = module.hub.vnet_id
  hub_vnet_name           = module.hub.vnet_name
  hub_resource_group_name = module.hub.resource_group_name

  private_dns_zone_ids                 = module.hub.private_dns_zone_ids
  private_dns_zone_resource_group_name = module.hub.resource_group_name

  tags = local.tags
}
"#;

const ROOT_VARIABLES: &str = r#"variable "name_prefix" {
  type    = string
  default = "estate"
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "hub_address_space" {
  type    = string
  default = "10.0.0.0/24"
}

variable "ingestion_access_mode" {
  type    = string
  default = "Open"
}

variable "query_access_mode" {
  type    = string
  default = "Open"
}

variable "workspaces" {
  description = "Log Analytics workspaces scoped to the AMPLS, keyed by short name."
  type = map(object({
    retention_in_days = optional(number, 30)
  }))
  default = {}
}

variable "components" {
  description = "Application Insights components, keyed by short name."
  type = map(object({
    workspace_key = string
  }))
  default = {}
}

variable "spokes" {
  description = "Spoke VNets peered with the hub and linked to its zones, keyed by name."
  type = map(object({
    address_space = string
    delegation    = optional(string)
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
"#;

const ROOT_OUTPUTS: &str = r#"output "ampls_id" {
  value = module.hub.ampls_id
}

output "hub_vnet_id" {
  value = module.hub.vnet_id
}

output "workspace_ids" {
  value = module.hub.workspace_ids
}

output "spoke_vnet_ids" {
  value = { for name, spoke in module.spoke : name => spoke.vnet_id }
}
"#;

/// The size and shape of an estate.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Spoke VNets in the state (the hub VNet comes on top).
    pub vnets: usize,
    /// Log Analytics workspaces scoped to the AMPLS.
    pub workspaces: usize,
    /// Application Insights components, spread over the workspaces.
    pub components: usize,
    /// Spokes the change adds.
    pub added: usize,
    /// Spokes the change removes.
    pub removed: usize,
}

impl Spec {
    /// The default shape for `vnets` spokes: one workspace and one component per 20 spokes.
    pub fn for_vnets(vnets: usize) -> Spec {
        let workspaces = (vnets / 20).max(1);
        Spec {
            vnets,
            workspaces,
            components: workspaces,
            added: 3,
            removed: 1.min(vnets),
        }
    }
}

/// What was written.
#[derive(Debug, Clone)]
pub struct Report {
    /// Resource instances in the state.
    pub state_instances: usize,
    /// Resource instances in the changed configuration's plan (including deletions).
    pub plan_instances: usize,
    pub summary: Summary,
}

/// Writes the estate into `dir` (created when missing) and checks its plan.
pub fn generate(dir: &Path, spec: &Spec) -> Result<Report> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    write_files(dir)?;

    let before: Vec<usize> = (0..spec.vnets).collect();
    write(dir, "terraform.tfvars", &tfvars(spec, &before, "Open"))?;
    let state = state_of(dir)?;
    write(dir, "terraform.tfstate", &state::to_json(&state))?;

    let after: Vec<usize> = (spec.removed.min(spec.vnets)..spec.vnets + spec.added).collect();
    write(
        dir,
        "terraform.tfvars",
        &tfvars(spec, &after, "PrivateOnly"),
    )?;
    let outcome = pipeline::plan(&Options {
        dir: dir.to_path_buf(),
        ..Options::default()
    });
    if outcome.plan.diagnostics.has_errors() {
        bail!(
            "the changed estate does not plan: {:?}",
            outcome.plan.diagnostics
        );
    }
    Ok(Report {
        state_instances: state.instances.len(),
        plan_instances: outcome.plan.changes.len(),
        summary: outcome.plan.summary(),
    })
}

fn write_files(dir: &Path) -> Result<()> {
    for (module, file, text) in MODULES {
        let module_dir = dir.join("modules").join(module);
        fs::create_dir_all(&module_dir)?;
        write(&module_dir, file, text)?;
    }
    write(dir, "main.tf", ROOT_MAIN)?;
    write(dir, "variables.tf", ROOT_VARIABLES)?;
    write(dir, "outputs.tf", ROOT_OUTPUTS)
}

fn write(dir: &Path, name: &str, text: &str) -> Result<()> {
    let path = dir.join(name);
    fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// The variables: the given spokes (by index), and the AMPLS query access mode.
fn tfvars(spec: &Spec, spokes: &[usize], query_access_mode: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "query_access_mode = \"{query_access_mode}\"\n");
    out.push_str("workspaces = {\n");
    for w in 0..spec.workspaces {
        let _ = writeln!(
            out,
            "  ws{w:04} = {{ retention_in_days = {} }}",
            30 + w % 3 * 30
        );
    }
    out.push_str("}\n\ncomponents = {\n");
    for c in 0..spec.components {
        let w = c % spec.workspaces.max(1);
        let _ = writeln!(out, "  app{c:04} = {{ workspace_key = \"ws{w:04}\" }}");
    }
    out.push_str("}\n\nspokes = {\n");
    for &i in spokes {
        let space = format!("10.{}.{}.0/24", 1 + i / 256, i % 256);
        let _ = write!(out, "  s{i:05} = {{\n    address_space = \"{space}\"\n");
        if i % 7 == 3 {
            out.push_str("    delegation    = \"Microsoft.Web/serverFarms\"\n");
        }
        out.push_str("  }\n");
    }
    out.push_str(
        "}\n\ntags = {\n  owner       = \"platform-team\"\n  cost_center = \"cc-1234\"\n}\n",
    );
    out
}

/// Plans `dir` against an empty state and turns the plan into the state an apply would leave.
fn state_of(dir: &Path) -> Result<State> {
    let mut loaded = load::load_root(dir);
    let raw = vars::gather(&loaded.root, dir, &[], &[], &mut loaded.sources);
    if loaded.diagnostics.has_errors() || raw.diagnostics.has_errors() {
        bail!(
            "the estate does not load: {:?} {:?}",
            loaded.diagnostics,
            raw.diagnostics
        );
    }
    let prior = State::empty();
    let ctx = PlanContext {
        subscription_id: PLACEHOLDER_SUBSCRIPTION.to_string(),
        tenant_id: PLACEHOLDER_SUBSCRIPTION.to_string(),
    };
    let evaluated = evaluate::evaluate(&Inputs {
        root: &loaded.root,
        root_dir: dir,
        variables: &raw.values,
        variable_ranges: &raw.ranges,
        prior: &prior,
        objects: &ObjectIndex::new(Vec::new()),
        ctx: &ctx,
    });
    if evaluated.diagnostics.has_errors() {
        bail!("the estate does not evaluate: {:?}", evaluated.diagnostics);
    }

    let mut state = State::empty();
    state.serial = 1;
    state.lineage = "7d3f0c1e-5b2a-4c8e-9f61-0a4b2d8c6e10".to_string();
    for (addr, desired) in &evaluated.instances {
        let attributes = known(addr, "", &desired.plan.planned);
        let instance = instance_state(attributes, desired.depends_on.iter().cloned().collect());
        state.instances.insert(addr.clone(), instance);
    }
    for (name, output) in &evaluated.outputs {
        let value = known_output(&output.value);
        state.outputs.insert(
            name.clone(),
            OutputState {
                type_json: type_json(&value),
                value,
                sensitive: output.sensitive,
            },
        );
    }
    Ok(state)
}

fn instance_state(
    attributes: Value,
    dependencies: Vec<amplan::addr::ResourceAddr>,
) -> InstanceState {
    InstanceState {
        provider: PROVIDER.to_string(),
        schema_version: 0,
        attributes,
        sensitive_attributes: serde_json::Value::Array(Vec::new()),
        dependencies,
        tainted: false,
        create_before_destroy: false,
        private: None,
        deposed: Vec::new(),
        deposed_extra: BTreeMap::new(),
        deposed_only: false,
        extra: serde_json::Map::new(),
    }
}

/// The value with every unknown replaced by a deterministic fake of the attribute's kind.
fn known(addr: &InstanceAddr, name: &str, value: &Value) -> Value {
    match value {
        Value::Unknown => fake(addr, name),
        Value::List(items) => Value::List(items.iter().map(|v| known(addr, name, v)).collect()),
        Value::Set(items) => Value::set(items.iter().map(|v| known(addr, name, v)).collect()),
        Value::Map(map) => Value::Map(
            map.iter()
                .map(|(k, v)| (k.clone(), known(addr, k, v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// A stand-in for a computed attribute, typed by the attribute's name.
fn fake(addr: &InstanceAddr, name: &str) -> Value {
    match name {
        "soa_record"
        | "subnet"
        | "custom_dns_configs"
        | "network_interface"
        | "private_dns_zone_configs"
        | "dns_servers"
        | "identity" => Value::List(Vec::new()),
        "max_number_of_record_sets" => Value::Number(25000.0),
        "max_number_of_virtual_network_links" => Value::Number(1000.0),
        "max_number_of_virtual_network_links_with_registration" => Value::Number(100.0),
        "number_of_record_sets" => Value::Number(1.0),
        "local_authentication_disabled" => Value::Bool(false),
        "local_authentication_enabled" => Value::Bool(true),
        "resolution_policy" => Value::string("Default"),
        "private_ip_address" => Value::string("10.0.0.4"),
        _ => {
            let seed = format!("{addr}.{name}");
            let id = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, seed.as_bytes());
            Value::string(id.to_string())
        }
    }
}

/// Outputs hold no computed attributes the estate reads, but be safe.
fn known_output(value: &Value) -> Value {
    match value {
        Value::Unknown => Value::string(""),
        Value::List(items) => Value::List(items.iter().map(known_output).collect()),
        Value::Set(items) => Value::set(items.iter().map(known_output).collect()),
        Value::Map(map) => Value::Map(
            map.iter()
                .map(|(k, v)| (k.clone(), known_output(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Terraform's JSON type of a value, as state outputs record it.
fn type_json(value: &Value) -> serde_json::Value {
    use serde_json::json;
    match value {
        Value::Bool(_) => json!("bool"),
        Value::Number(_) => json!("number"),
        Value::List(items) => json!(["tuple", items.iter().map(type_json).collect::<Vec<_>>()]),
        Value::Set(items) => json!(["set", items.first().map_or(json!("string"), type_json)]),
        Value::Map(map) => {
            let fields: serde_json::Map<_, _> =
                map.iter().map(|(k, v)| (k.clone(), type_json(v))).collect();
            json!(["object", fields])
        }
        _ => json!("string"),
    }
}

/// Command-line options.
#[derive(Debug)]
struct Args {
    out: PathBuf,
    spec: Spec,
}

fn parse_args() -> Result<Args> {
    let mut out = None;
    let mut vnets = None;
    let mut overrides: Vec<(String, usize)> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .with_context(|| format!("`{flag}` needs a value"))?;
        match flag.as_str() {
            "--out" => out = Some(PathBuf::from(value)),
            "--vnets" => vnets = Some(value.parse().context("`--vnets` takes a number")?),
            "--workspaces" | "--components" | "--added" | "--removed" => {
                let n = value
                    .parse()
                    .with_context(|| format!("`{flag}` takes a number"))?;
                overrides.push((flag, n));
            }
            _ => bail!("unknown option `{flag}`; use --vnets N --out DIR [--workspaces N] [--components N] [--added N] [--removed N]"),
        }
    }
    let out = out.context("`--out DIR` is required")?;
    let mut spec = Spec::for_vnets(vnets.context("`--vnets N` is required")?);
    for (flag, n) in overrides {
        match flag.as_str() {
            "--workspaces" => spec.workspaces = n,
            "--components" => spec.components = n,
            "--added" => spec.added = n,
            _ => spec.removed = n,
        }
    }
    if spec.components > 0 && spec.workspaces == 0 {
        bail!("components need at least one workspace");
    }
    Ok(Args { out, spec })
}

#[allow(dead_code)]
fn main() -> Result<()> {
    let args = parse_args()?;
    let report = generate(&args.out, &args.spec)?;
    let s = &report.summary;
    eprintln!(
        "wrote {}: {} spoke VNets in the state, {} instances in the state, {} in the plan ({} to add, {} to change, {} to destroy)",
        args.out.display(),
        args.spec.vnets,
        report.state_instances,
        report.plan_instances,
        s.add,
        s.change,
        s.destroy
    );
    Ok(())
}

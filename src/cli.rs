//! Command-line definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "amplan",
    version,
    about = "Plan Azure Monitor Private Link changes before Terraform applies them"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the changes the configuration makes to the state, and their order
    Plan(PlanArgs),
    /// Check the configuration without a state
    Validate(CommonArgs),
    /// Show what each VNet resolves every Azure Monitor name to, after the plan
    /// (or, with `--state` and no DIR, in that state alone)
    Resolve(ResolveArgs),
    /// Write the plan's dependency graph as Graphviz DOT or Mermaid
    Graph(GraphArgs),
    /// Simulate the apply against a simulated Azure and show the state it would leave
    ApplyDry(ApplyDryArgs),
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Exit 0 when nothing changes, 2 when something does, 1 on error
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// Save the plan to FILE for `apply-dry --plan FILE`
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Exit 1 when a diagnostic of at least this severity exists
    #[arg(long, value_enum, value_name = "SEVERITY", default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
}

#[derive(Debug, Args)]
pub struct ApplyDryArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Simulate this saved plan (from `plan --out`) instead of planning [default DIR: the plan's]
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// Write the resulting state to FILE; without it nothing is written
    #[arg(long, value_name = "FILE")]
    pub state_out: Option<PathBuf>,
}

/// `graph`: the planning inputs, with graph formats of its own.
#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Graph format
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    /// Also draw the instances that do not change
    #[arg(long)]
    pub all: bool,
    /// What to draw: the execution order's dependencies, or the DNS topology after the plan
    #[arg(long, value_enum, default_value_t = GraphView::Deps)]
    pub view: GraphView,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphView {
    Deps,
    Dns,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only this VNet (by name)
    #[arg(long, value_name = "NAME")]
    pub vnet: Option<String>,
}

/// The planning inputs and the output options most commands share.
#[derive(Debug, Args)]
pub struct CommonArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Never colour the output (also: NO_COLOR, or output that is not a terminal)
    #[arg(long)]
    pub no_color: bool,
}

/// What to plan: the configuration, states, variables and settings.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// The root module directory
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Prior state file [default: DIR/terraform.tfstate when it exists, else an empty state]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Read-only state of another configuration sharing the network (repeatable)
    #[arg(long, value_name = "FILE")]
    pub context: Vec<PathBuf>,
    /// Set a root variable: NAME=VALUE (repeatable)
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub vars: Vec<String>,
    /// Read root variables from a .tfvars file (repeatable)
    #[arg(long = "var-file", value_name = "FILE")]
    pub var_files: Vec<PathBuf>,
    /// Azure subscription id for resource ids [default: provider's, else ARM_SUBSCRIPTION_ID]
    #[arg(long, value_name = "ID")]
    pub subscription: Option<String>,
    /// Which AMPLS limits `ampls-limits` checks: the current ones (some in preview) or those from before the preview
    #[arg(long, value_enum, default_value_t = Limits::Current)]
    pub limits: Limits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Limits {
    Current,
    Conservative,
}

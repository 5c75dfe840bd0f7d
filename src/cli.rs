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

#[derive(Debug, Args)]
pub struct CommonArgs {
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
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Which AMPLS limits `ampls-limits` checks: the current ones (some in preview) or those from before the preview
    #[arg(long, value_enum, default_value_t = Limits::Current)]
    pub limits: Limits,
    /// Never colour the output (also: NO_COLOR, or output that is not a terminal)
    #[arg(long)]
    pub no_color: bool,
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

//! The commands: run the pipeline, render to stdout and stderr, choose the exit code.

use std::io::{IsTerminal, Write};

use clap::ArgMatches;

use amplan::config::vars::CliVar;
use amplan::pipeline::{self, Options, Outcome};
use amplan::render::{self, text::TextOptions};

use crate::cli::{Cli, Command, CommonArgs, Format, Limits, ResolveArgs};

/// Runs a command; returns the process exit code.
pub fn run(cli: Cli, matches: &ArgMatches) -> i32 {
    let sub = matches.subcommand().map(|(_, m)| m);
    let result = match &cli.command {
        Command::Plan(args) => plan(&args.common, sub, args.detailed_exitcode),
        Command::Validate(args) => validate(args, sub),
        Command::Resolve(args) => resolve(args, sub),
    };
    result.unwrap_or_else(|e| {
        eprintln!("error: {e:#}");
        1
    })
}

fn plan(args: &CommonArgs, matches: Option<&ArgMatches>, detailed: bool) -> anyhow::Result<i32> {
    let outcome = pipeline::plan(&options(args, matches, false));
    let color = use_color(args);
    let failed = outcome.plan.diagnostics.has_errors();
    let mut stdout = std::io::stdout().lock();
    match args.format {
        Format::Json => render::json::render_plan(&outcome.plan, &mut stdout)?,
        Format::Markdown if !failed => render::markdown::render_plan(&outcome.plan, &mut stdout)?,
        Format::Text if !failed => {
            render::text::render_plan(&outcome.plan, &mut stdout, &TextOptions { color })?
        }
        _ => {}
    }
    stdout.flush()?;
    if args.format != Format::Json {
        write_diagnostics(&outcome, color)?;
    }
    Ok(match (failed, detailed && outcome.plan.has_changes()) {
        (true, _) => 1,
        (false, true) => 2,
        (false, false) => 0,
    })
}

fn validate(args: &CommonArgs, matches: Option<&ArgMatches>) -> anyhow::Result<i32> {
    let outcome = pipeline::plan(&options(args, matches, true));
    let failed = outcome.plan.diagnostics.has_errors();
    if args.format == Format::Json {
        let json = serde_json::json!({
            "format_version": render::json::FORMAT_VERSION,
            "valid": !failed,
            "diagnostics": outcome.plan.diagnostics.iter().map(render::json::diagnostic).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        write_diagnostics(&outcome, use_color(args))?;
        if !failed {
            println!("Success! The configuration is valid.");
        }
    }
    Ok(if failed { 1 } else { 0 })
}

fn resolve(args: &ResolveArgs, matches: Option<&ArgMatches>) -> anyhow::Result<i32> {
    let common = &args.common;
    let dir_given = matches
        .and_then(|m| m.value_source("dir"))
        .is_some_and(|s| s != clap::parser::ValueSource::DefaultValue);
    let opts = options(common, matches, false);
    let (network, outcome) = if common.state.is_some() && !dir_given {
        let (network, diagnostics) = pipeline::state_network(&opts);
        let mut outcome = Outcome::empty();
        outcome.plan.diagnostics = diagnostics;
        (network, outcome)
    } else {
        let mut outcome = pipeline::plan(&opts);
        (std::mem::take(&mut outcome.network), outcome)
    };
    let failed = outcome.plan.diagnostics.has_errors();
    if !failed {
        let rows = amplan::analysis::resolution_rows(&network, args.vnet.as_deref());
        match common.format {
            Format::Json => println!(
                "{}",
                serde_json::to_string_pretty(&render::dns::table_json(&rows))?
            ),
            _ if rows.is_empty() => println!(
                "No VNets{}.",
                args.vnet
                    .as_deref()
                    .map(|v| format!(" named `{v}`"))
                    .unwrap_or_default()
            ),
            _ => print!("{}", render::dns::table(&rows)),
        }
    }
    write_diagnostics(&outcome, use_color(common))?;
    Ok(if failed { 1 } else { 0 })
}

fn write_diagnostics(outcome: &Outcome, color: bool) -> anyhow::Result<()> {
    let diagnostics = &outcome.plan.diagnostics.0;
    if diagnostics.is_empty() {
        return Ok(());
    }
    let mut stderr = std::io::stderr().lock();
    render::diagnostics::render_diagnostics(diagnostics, &outcome.sources, &mut stderr, color)?;
    Ok(())
}

fn options(args: &CommonArgs, matches: Option<&ArgMatches>, ignore_state: bool) -> Options {
    Options {
        dir: args.dir.clone(),
        state: args.state.clone(),
        context: args.context.clone(),
        vars: cli_vars(args, matches),
        subscription: args.subscription.clone(),
        env: std::env::vars().collect(),
        ignore_state,
        conservative_limits: args.limits == Limits::Conservative,
    }
}

/// `--var` and `--var-file` in the order given, since later ones win.
fn cli_vars(args: &CommonArgs, matches: Option<&ArgMatches>) -> Vec<CliVar> {
    let indices = |id: &str| {
        matches
            .and_then(|m| m.indices_of(id))
            .map(|i| i.collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let vars = indices("vars")
        .into_iter()
        .zip(args.vars.iter().map(|v| CliVar::Var(v.clone())));
    let files = indices("var_files")
        .into_iter()
        .zip(args.var_files.iter().map(|f| CliVar::File(f.clone())));
    let mut all: Vec<(usize, CliVar)> = vars.chain(files).collect();
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, v)| v).collect()
}

/// Colour only on a terminal, never with `--no-color` or `NO_COLOR`.
fn use_color(args: &CommonArgs) -> bool {
    !args.no_color && std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

//! The commands: run the pipeline, render to stdout and stderr, choose the exit code.

use std::io::{IsTerminal, Write};

use clap::ArgMatches;

use amplan::config::vars::CliVar;
use amplan::pipeline::{self, Options, Outcome};
use amplan::plan::Plan;
use amplan::render::{self, text::TextOptions, topology::Topology};

use crate::cli::{ApplyDryArgs, PlanArgs};
use crate::cli::{
    Cli, Command, CommonArgs, FailOn, Format, GraphArgs, GraphFormat, GraphView, InputArgs, Limits,
    ResolveArgs,
};

/// Runs a command; returns the process exit code.
pub fn run(cli: Cli, matches: &ArgMatches) -> i32 {
    let sub = matches.subcommand().map(|(_, m)| m);
    let result = match &cli.command {
        Command::Plan(args) => plan(args, sub),
        Command::ApplyDry(args) => apply_dry(args, sub),
        Command::Validate(args) => validate(args, sub),
        Command::Resolve(args) => resolve(args, sub),
        Command::Graph(args) => graph(args, sub),
    };
    result.unwrap_or_else(|e| {
        // A reader that stops early (`| head`) is not an error of ours.
        if e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        {
            return 0;
        }
        eprintln!("error: {e:#}");
        1
    })
}

/// `plan`: saves the plan first when `--out` asks (so a closed pipe cannot
/// lose it), then renders it.
fn plan(args: &PlanArgs, matches: Option<&ArgMatches>) -> anyhow::Result<i32> {
    let opts = options(&args.common.input, matches, false);
    let inputs = pipeline::plan_for_apply(&opts, None);
    let outcome = &inputs.outcome;
    let color = use_color(args.common.no_color);
    let mut saved = None;
    if let (Some(path), false) = (args.out.as_deref(), outcome.plan.diagnostics.has_errors()) {
        if let Err(d) = amplan::apply::driver::save_plan(&inputs, &opts, path) {
            render::diagnostics::render_diagnostics(
                &[d],
                &outcome.sources,
                &mut std::io::stderr().lock(),
                use_color_stderr(args.common.no_color),
            )?;
            return Ok(1);
        }
        saved = Some(path);
    }
    render_plan(&args.common, outcome, color)?;
    if let Some(path) = saved {
        let note = format!("\nSaved the plan to: {0}\n\nTo simulate exactly these actions, run:\n    amplan apply-dry --plan {0}", path.display());
        match args.common.format {
            Format::Text => writeln!(std::io::stdout(), "{note}")?,
            _ => eprintln!("{note}"),
        }
    }
    let failed = outcome.plan.diagnostics.has_errors()
        || (args.fail_on == FailOn::Warning && has_warnings(outcome));
    let code = match (failed, args.detailed_exitcode && outcome.plan.has_changes()) {
        (true, _) => 1,
        (false, true) => 2,
        (false, false) => 0,
    };
    // The process ends next: freeing the plan, states and networks piece by
    // piece would cost a tenth of a large plan's time for nothing.
    std::mem::forget(inputs);
    Ok(code)
}

/// The plan in the chosen format on stdout, the diagnostics on stderr (in JSON: inside it).
fn render_plan(args: &CommonArgs, outcome: &Outcome, color: bool) -> anyhow::Result<()> {
    let failed = outcome.plan.diagnostics.has_errors();
    // A plan with errors is no plan: show the errors, not changes that will not happen.
    let errors_only = Plan {
        diagnostics: outcome.plan.diagnostics.clone(),
        ..Plan::default()
    };
    let plan = if failed { &errors_only } else { &outcome.plan };
    let mut stdout = std::io::stdout().lock();
    match args.format {
        Format::Json => render::json::render_plan(plan, &mut stdout)?,
        // A pull-request comment shows the errors too, so it is written either way.
        Format::Markdown => {
            let dir = args.input.dir.to_string_lossy();
            let topology = dns_picture(outcome);
            render::markdown::render_plan_with_topology(
                plan,
                &dir,
                topology.as_deref(),
                &mut stdout,
            )?
        }
        Format::Text if !failed => {
            render::text::render_plan(&outcome.plan, &mut stdout, &TextOptions { color })?
        }
        _ => {}
    }
    stdout.flush()?;
    if args.format != Format::Json {
        write_diagnostics(outcome, use_color_stderr(args.no_color))?;
    }
    Ok(())
}

/// The Mermaid picture of the DNS around the VNets whose answers change; none when nothing changes.
fn dns_picture(outcome: &Outcome) -> Option<String> {
    let vnets: std::collections::BTreeSet<String> = outcome
        .plan
        .dns_changes
        .iter()
        .map(|c| c.vnet.clone())
        .collect();
    let topology = Topology::around(&outcome.network, &vnets, &outcome.plan.diagnostics.0);
    (!vnets.is_empty() && !topology.is_empty())
        .then(|| render::topology::mermaid(&outcome.network, &topology))
}

fn has_warnings(outcome: &Outcome) -> bool {
    let warning = amplan::diag::Severity::Warning;
    outcome
        .plan
        .diagnostics
        .iter()
        .any(|d| d.severity == warning)
}

/// `graph`: the plan's steps as DOT or Mermaid; diagnostics on stderr.
fn graph(args: &GraphArgs, matches: Option<&ArgMatches>) -> anyhow::Result<i32> {
    let outcome = pipeline::plan(&options(&args.input, matches, false));
    let failed = outcome.plan.diagnostics.has_errors();
    if !failed {
        let mut stdout = std::io::stdout().lock();
        if args.view == GraphView::Dns {
            let topology = Topology::all(&outcome.network, &outcome.plan.diagnostics.0);
            match args.format {
                GraphFormat::Dot => stdout
                    .write_all(render::topology::dot(&outcome.network, &topology).as_bytes())?,
                GraphFormat::Mermaid => stdout
                    .write_all(render::topology::mermaid(&outcome.network, &topology).as_bytes())?,
            }
        } else {
            let mut graph = render::graph::Graph::from_plan(&outcome.plan, args.all);
            graph.add_step_edges(&outcome.plan.step_edges);
            match args.format {
                GraphFormat::Dot => render::graph::write_dot(&graph, &mut stdout)?,
                GraphFormat::Mermaid => render::graph::write_mermaid(&graph, &mut stdout)?,
            }
        }
        stdout.flush()?;
    }
    write_diagnostics(&outcome, use_color_stderr(false))?;
    Ok(if failed { 1 } else { 0 })
}

fn validate(args: &CommonArgs, matches: Option<&ArgMatches>) -> anyhow::Result<i32> {
    let mut outcome = pipeline::plan(&options(&args.input, matches, true));
    // Without variable values the number of instances may be unknown; that is
    // a question for `plan`, not a fault of the configuration.
    outcome
        .plan
        .diagnostics
        .0
        .retain(|d| d.code != "unknown-repetition");
    let failed = outcome.plan.diagnostics.has_errors();
    if args.format == Format::Json {
        let json = serde_json::json!({
            "format_version": render::json::FORMAT_VERSION,
            "valid": !failed,
            "diagnostics": outcome.plan.diagnostics.iter().map(render::json::diagnostic).collect::<Vec<_>>(),
        });
        writeln!(
            std::io::stdout(),
            "{}",
            serde_json::to_string_pretty(&json)?
        )?;
    } else {
        write_diagnostics(&outcome, use_color_stderr(args.no_color))?;
        if !failed {
            writeln!(std::io::stdout(), "Success! The configuration is valid.")?;
        }
    }
    Ok(if failed { 1 } else { 0 })
}

fn resolve(args: &ResolveArgs, matches: Option<&ArgMatches>) -> anyhow::Result<i32> {
    let common = &args.common;
    let dir_given = matches
        .and_then(|m| m.value_source("dir"))
        .is_some_and(|s| s != clap::parser::ValueSource::DefaultValue);
    let opts = options(&common.input, matches, false);
    let (network, outcome) = if common.input.state.is_some() && !dir_given {
        let (network, diagnostics) = pipeline::state_network(&opts);
        let mut outcome = Outcome::empty();
        outcome.plan.diagnostics = diagnostics;
        (network, outcome)
    } else {
        let mut outcome = pipeline::plan(&opts);
        (std::mem::take(&mut outcome.network), outcome)
    };
    let mut failed = outcome.plan.diagnostics.has_errors();
    if !failed {
        let rows = amplan::analysis::resolution_rows(&network, args.vnet.as_deref());
        let mut stdout = std::io::stdout().lock();
        match (common.format, &args.vnet) {
            (_, Some(vnet)) if rows.is_empty() => {
                eprintln!("error: no VNet named `{vnet}` in the network");
                failed = true;
            }
            (Format::Json, _) => writeln!(
                stdout,
                "{}",
                serde_json::to_string_pretty(&render::dns::table_json(&rows))?
            )?,
            _ if rows.is_empty() => writeln!(stdout, "No VNets.")?,
            _ => write!(stdout, "{}", render::dns::table(&rows))?,
        }
    }
    write_diagnostics(&outcome, use_color_stderr(common.no_color))?;
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

fn options(args: &InputArgs, matches: Option<&ArgMatches>, ignore_state: bool) -> Options {
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
fn cli_vars(args: &InputArgs, matches: Option<&ArgMatches>) -> Vec<CliVar> {
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

/// Colour on stdout only on a terminal, never with `--no-color` or a non-empty `NO_COLOR`.
fn use_color(no_color: bool) -> bool {
    !no_color && !no_color_env() && std::io::stdout().is_terminal()
}

/// The same for stderr, where the diagnostics go.
fn use_color_stderr(no_color: bool) -> bool {
    !no_color && !no_color_env() && std::io::stderr().is_terminal()
}

/// `NO_COLOR` set to anything but the empty string (no-color.org).
fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// `apply-dry`: the steps as they ran, the summary, where the state went, and the resolution afterwards.
fn apply_dry(args: &ApplyDryArgs, matches: Option<&ArgMatches>) -> anyhow::Result<i32> {
    use amplan::apply::{driver, render as apply_render};
    if args.common.format != Format::Text {
        anyhow::bail!("apply-dry prints text only; `--format` must be `text`");
    }
    let dir_given =
        matches.and_then(|m| m.value_source("dir")) == Some(clap::parser::ValueSource::CommandLine);
    let request = driver::Request {
        opts: options(&args.common.input, matches, false),
        dir_given,
        saved_plan: args.plan.clone(),
        state_out: args.state_out.clone(),
    };
    let run = driver::run(&request);
    let mut stdout = std::io::stdout().lock();
    if let Some(applied) = &run.applied {
        apply_render::write_log(applied, &mut stdout)?;
        if applied.failure.is_none() {
            match &run.written {
                Some((path, serial)) => writeln!(stdout, "The state was written to {} (serial {serial}).", path.display())?,
                None if run.failed() => {}
                None => writeln!(stdout, "This was a simulation: no state was written (use --state-out FILE to write it).")?,
            }
            writeln!(stdout)?;
            apply_render::write_resolution(&applied.resolution, &mut stdout)?;
        }
    }
    stdout.flush()?;
    if !run.diagnostics.is_empty() {
        let mut stderr = std::io::stderr().lock();
        render::diagnostics::render_diagnostics(
            &run.diagnostics.0,
            &run.sources,
            &mut stderr,
            use_color_stderr(args.common.no_color),
        )?;
    }
    Ok(if run.failed() { 1 } else { 0 })
}

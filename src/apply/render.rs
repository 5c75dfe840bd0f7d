//! Text output of a simulation: the steps as they ran, Terraform's apply
//! summary line, and each VNet's answers for the global Azure Monitor names.

use std::io::{self, Write};

use super::{Applied, ResolutionRow};
use crate::plan::{Action, Answer, Step};

/// The step log and the summary line (or the failed step).
pub fn write_log(applied: &Applied, w: &mut dyn Write) -> io::Result<()> {
    for result in &applied.steps {
        writeln!(
            w,
            "{} ... {}",
            step_line(&result.step),
            done_word(result.step.action)
        )?;
        for note in &result.notes {
            writeln!(w, "       {note}")?;
        }
    }
    match &applied.failure {
        Some(failure) => {
            writeln!(w, "{} ... failed", step_line(&failure.step))?;
            writeln!(w)?;
            writeln!(
                w,
                "Apply failed at step {} after {} steps ran. No state was written.",
                failure.step.number,
                applied.steps.len()
            )
        }
        None => {
            let s = applied.summary;
            writeln!(w)?;
            writeln!(
                w,
                "Apply complete! Resources: {} added, {} changed, {} destroyed.",
                s.add, s.change, s.destroy
            )
        }
    }
}

fn step_line(step: &Step) -> String {
    let symbol = match step.action {
        Action::Create => "+",
        Action::Update => "~",
        Action::Delete => "-",
        _ => "<=",
    };
    format!(
        "  {}. {symbol} {} (wave {})",
        step.number, step.addr, step.wave
    )
}

fn done_word(action: Action) -> &'static str {
    match action {
        Action::Create => "created",
        Action::Update => "updated",
        Action::Delete => "destroyed",
        _ => "read",
    }
}

/// The per-VNet resolution table: VNet | name | answer.
pub fn write_resolution(rows: &[ResolutionRow], w: &mut dyn Write) -> io::Result<()> {
    if rows.is_empty() {
        return writeln!(w, "No VNet in the estate resolves Azure Monitor names.");
    }
    writeln!(
        w,
        "Resolution of the global Azure Monitor names afterwards:"
    )?;
    writeln!(w)?;
    let table: Vec<[String; 3]> = rows
        .iter()
        .map(|r| [r.vnet.clone(), r.fqdn.clone(), answer_text(&r.answer)])
        .collect();
    let header = ["VNet".to_string(), "name".to_string(), "answer".to_string()];
    let width = |i: usize| {
        table
            .iter()
            .chain([&header])
            .map(|row| row[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (a, b) = (width(0), width(1));
    writeln!(w, "  {:a$}  {:b$}  {}", header[0], header[1], header[2])?;
    for row in &table {
        writeln!(w, "  {:a$}  {:b$}  {}", row[0], row[1], row[2])?;
    }
    Ok(())
}

/// An answer in a few words: addresses with the endpoint and AMPLS behind them.
pub fn answer_text(answer: &Answer) -> String {
    match answer {
        Answer::Private {
            addresses,
            endpoint,
            ampls,
        } => {
            let ips = if addresses.is_empty() {
                "(no address)".to_string()
            } else {
                addresses.join(", ")
            };
            if ampls.is_empty() {
                format!("{ips} (record `{endpoint}`)")
            } else {
                format!("{ips} (`{endpoint}`, AMPLS `{ampls}`)")
            }
        }
        Answer::Public => "public endpoint".to_string(),
        Answer::NxDomain => "NXDOMAIN".to_string(),
        Answer::Unknown => "unknown (custom DNS outside the estate)".to_string(),
    }
}

//! Text output of a simulation: the steps as they ran, Terraform's apply
//! summary line, and each VNet's answers for the global Azure Monitor names.

use std::io::{self, Write};

use super::Applied;
use crate::plan::{Action, Step};
use crate::render::dns::ResolveRow;

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

/// The per-VNet resolution table, as `amplan resolve` prints it.
pub fn write_resolution(rows: &[ResolveRow], w: &mut dyn Write) -> io::Result<()> {
    if rows.is_empty() {
        return writeln!(w, "No VNet in the estate resolves Azure Monitor names.");
    }
    writeln!(
        w,
        "Resolution of the global Azure Monitor names afterwards:"
    )?;
    writeln!(w)?;
    write!(w, "{}", crate::render::dns::table(rows))
}

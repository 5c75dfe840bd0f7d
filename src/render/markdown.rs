//! The plan as Markdown for a pull request comment: the summary, a table of
//! the changes, the human plan folded away in a code block, and the
//! diagnostics as a list.

use std::io::{self, Write};

use super::text::{self, TextOptions};
use crate::diag::{Diagnostic, Severity};
use crate::plan::{Action, Plan};

/// The plan as GitHub-flavoured Markdown.
pub fn render_plan(plan: &Plan, out: &mut dyn Write) -> io::Result<()> {
    let mut human = Vec::new();
    text::render_plan(plan, &mut human, &TextOptions { color: false })?;
    let human = String::from_utf8_lossy(&human);

    let mut md = String::from("## amplan plan\n\n");
    md.push_str(&headline(plan));
    md.push_str(&changes_table(plan));
    md.push_str(&folded(&human));
    md.push_str(&diagnostics(plan.diagnostics.iter()));
    out.write_all(md.as_bytes())
}

fn headline(plan: &Plan) -> String {
    let s = plan.summary();
    if plan.has_changes() || plan.changes.iter().any(|c| c.action == Action::Read) {
        format!(
            "**Plan:** {} to add, {} to change, {} to destroy.\n\n",
            s.add, s.change, s.destroy
        )
    } else {
        "**No changes.** Your infrastructure matches the configuration.\n\n".to_string()
    }
}

fn changes_table(plan: &Plan) -> String {
    let rows: Vec<String> = plan
        .changes
        .iter()
        .filter(|c| c.action != Action::NoOp)
        .map(|c| {
            format!(
                "| `{}` | `{}` | {} |\n",
                symbol(c.action),
                table_cell(&c.addr.to_string()),
                action_word(c.action)
            )
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    format!("| | Address | Action |\n|---|---|---|\n{}\n", rows.concat())
}

fn symbol(action: Action) -> &'static str {
    match action {
        Action::Create => "+",
        Action::Update => "~",
        Action::Delete => "-",
        Action::DeleteThenCreate => "-/+",
        Action::CreateThenDelete => "+/-",
        Action::Read => "<=",
        Action::NoOp => " ",
    }
}

fn action_word(action: Action) -> &'static str {
    match action {
        Action::Create => "create",
        Action::Update => "update in-place",
        Action::Delete => "destroy",
        Action::DeleteThenCreate => "destroy and then create replacement",
        Action::CreateThenDelete => "create replacement and then destroy",
        Action::Read => "read",
        Action::NoOp => "no-op",
    }
}

/// GitHub ends a table cell at a pipe, even inside a code span.
fn table_cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The human plan in a collapsed section, fenced with more backticks than
/// it contains anywhere.
fn folded(human: &str) -> String {
    let fence = "`".repeat(longest_backtick_run(human).max(2) + 1);
    format!(
        "<details><summary>Full plan</summary>\n\n{fence}\n{}\n{fence}\n\n</details>\n",
        human.trim_end()
    )
}

fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

fn diagnostics<'a>(diags: impl Iterator<Item = &'a Diagnostic>) -> String {
    let items: Vec<String> = diags.map(diagnostic_item).collect();
    if items.is_empty() {
        return String::new();
    }
    format!("\n### Diagnostics\n\n{}", items.concat())
}

fn diagnostic_item(d: &Diagnostic) -> String {
    let severity = match d.severity {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Info",
    };
    let place = d
        .range
        .as_ref()
        .map(|r| format!(" (`{r}`)"))
        .unwrap_or_default();
    let mut item = format!("- **{severity}** `{}`: {}{place}\n", d.code, d.summary);
    for line in d.detail.lines().filter(|l| !l.trim().is_empty()) {
        item.push_str(&format!("  {line}\n"));
    }
    if !d.affected_vnets.is_empty() {
        item.push_str(&format!(
            "  Affected VNets: {}\n",
            quoted_list(&d.affected_vnets)
        ));
    }
    if !d.names.is_empty() {
        item.push_str(&format!("  Names: {}\n", quoted_list(&d.names)));
    }
    item
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{InstanceKey, Mode, ModulePath, ResourceAddr};
    use crate::plan::ResourceChange;
    use crate::source::SourceRange;
    use crate::value::Value;

    fn render(plan: &Plan) -> String {
        let mut out = Vec::new();
        render_plan(plan, &mut out).expect("writing to a vector cannot fail");
        String::from_utf8(out).expect("the renderer writes UTF-8")
    }

    #[test]
    fn renders_summary_table_folded_plan_and_diagnostics() {
        let addr = ResourceAddr::new(ModulePath::root(), Mode::Managed, "azurerm_subnet", "pe")
            .instance(Some(InstanceKey::Str("a|b".into())));
        let change = ResourceChange {
            addr,
            action: Action::Create,
            reason: None,
            before: None,
            after: Some(Value::Map(
                [("body".to_string(), Value::from("```\ncode\n"))].into(),
            )),
            replace_paths: Vec::new(),
            schema_known: true,
            sensitive: Vec::new(),
            range: None,
        };
        let mut diag =
            Diagnostic::warning("dns-override", "zone overrides").at(SourceRange::file("main.tf"));
        diag.affected_vnets = vec!["hub".into()];
        let plan = Plan {
            changes: vec![change],
            diagnostics: diag.into(),
            ..Plan::default()
        };
        insta::with_settings!({snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"), prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!("render_markdown_plan", render(&plan));
        });
    }

    #[test]
    fn no_changes_has_no_table() {
        let text = render(&Plan::default());
        assert!(text.contains("**No changes.**"));
        assert!(!text.contains("| Address |"));
        assert!(!text.contains("### Diagnostics"));
    }

    #[test]
    fn fences_outrun_backticks_in_the_plan() {
        assert_eq!(longest_backtick_run("a ```` b `` c"), 4);
        assert!(folded("x ```` y").contains("\n`````\n"));
    }
}

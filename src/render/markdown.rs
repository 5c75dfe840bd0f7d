//! The plan as a pull-request comment (GitHub and Azure DevOps flavoured
//! Markdown): a hidden marker naming the directory, the title and summary,
//! the diagnostics, the DNS impact, an optional topology diagram, counts per
//! module and resource type, and the whole text plan folded away in a `diff`
//! fence.
//!
//! The comment stays under [`COMMENT_LIMIT`]: the folded plan is cut at a
//! line boundary first, then the counts and the diagram are left out. The
//! head, the diagnostics and the DNS table are never cut, unless they alone
//! are over the limit, and then they end with a note rather than the comment
//! being refused by the host.

mod escape;

use std::collections::BTreeMap;
use std::io::{self, Write};

use self::escape::{code, code_list, longest_run, marker_dir, prose};
use super::text::{self, TextOptions};
use crate::addr::ModulePath;
use crate::diag::{Diagnostic, Severity};
use crate::plan::{Action, Answer, DnsChange, Plan, ResourceChange};

/// GitHub refuses comments of more characters than this.
pub const COMMENT_LIMIT: usize = 65_536;

/// What the renderer aims for, leaving room for a CI job's own lines.
const BUDGET: usize = COMMENT_LIMIT - 1_024;

/// The plan as a pull-request comment. `dir` is the configuration directory as
/// given on the command line; it names the comment's hidden marker.
pub fn render_plan(plan: &Plan, dir: &str, out: &mut dyn Write) -> io::Result<()> {
    render_plan_with_topology(plan, dir, None, out)
}

/// The comment, with a Mermaid diagram of the affected DNS topology (its
/// source, without the fence) after the DNS table.
pub fn render_plan_with_topology(
    plan: &Plan,
    dir: &str,
    topology: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut human = Vec::new();
    text::render_plan(plan, &mut human, &TextOptions { color: false })?;
    let human = String::from_utf8_lossy(&human);

    let comment = assemble(plan, dir, topology, &human);
    out.write_all(comment.as_bytes())
}

/// The marker a CI job searches for to find the comment it posted before.
pub fn marker(dir: &str) -> String {
    format!("<!-- amplan:{} -->", marker_dir(dir))
}

fn assemble(plan: &Plan, dir: &str, topology: Option<&str>, human: &str) -> String {
    let mut fixed = head(plan, dir);
    fixed.push_str(&diagnostics(plan));
    fixed.push_str(&dns_table(&plan.dns_changes));
    if chars(&fixed) > BUDGET {
        return cut_fixed(&fixed);
    }

    let mut left = BUDGET - chars(&fixed);
    let optional = [topology.map(diagram).unwrap_or_default(), counts(plan)];
    let mut comment = fixed;
    for part in optional {
        if chars(&part) <= left {
            left -= chars(&part);
            comment.push_str(&part);
        }
    }
    if shows_plan(plan) {
        comment.push_str(&folded_plan(human, left));
    }
    comment
}

/// Without errors the plan is worth showing; with errors only when it got as
/// far as changes (a load error leaves an empty, meaningless plan).
fn shows_plan(plan: &Plan) -> bool {
    !plan.diagnostics.has_errors() || plan.changes.iter().any(|c| c.action != Action::NoOp)
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

fn head(plan: &Plan, dir: &str) -> String {
    let mut out = format!("{}\n\n### amplan plan for {}\n\n", marker(dir), code(dir));
    out.push_str(&headline(plan));
    out.push_str(&action_counts(plan));
    out
}

fn headline(plan: &Plan) -> String {
    let errors = count_severity(plan, Severity::Error);
    let s = plan.summary();
    let summary = format!(
        "**Plan:** {} to add, {} to change, {} to destroy.",
        s.add, s.change, s.destroy
    );
    match (errors, plan.has_changes()) {
        (0, true) => format!("{summary}\n\n"),
        (0, false) => "**No changes.** The infrastructure matches the configuration.\n\n".into(),
        (n, _) if shows_plan(plan) => {
            format!(
                "**Planning failed** with {n} {}. {summary}\n\n",
                plural(n, "error")
            )
        }
        (n, _) => format!("**Planning failed** with {n} {}.\n\n", plural(n, "error")),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

fn count_severity(plan: &Plan, severity: Severity) -> usize {
    plan.diagnostics
        .iter()
        .filter(|d| d.severity == severity)
        .count()
}

/// The columns of the count tables, in Terraform's legend order.
const COLUMNS: [(&str, &str); 5] = [
    ("+", "create"),
    ("~", "update"),
    ("-/+", "replace"),
    ("-", "destroy"),
    ("<=", "read"),
];

fn column(action: Action) -> Option<usize> {
    match action {
        Action::Create => Some(0),
        Action::Update => Some(1),
        Action::DeleteThenCreate | Action::CreateThenDelete => Some(2),
        Action::Delete => Some(3),
        Action::Read => Some(4),
        Action::NoOp => None,
    }
}

type Counts = [usize; 5];

fn action_counts(plan: &Plan) -> String {
    let mut total = Counts::default();
    for change in &plan.changes {
        if let Some(i) = column(change.action) {
            total[i] += 1;
        }
    }
    if total.iter().all(|&n| n == 0) {
        return String::new();
    }
    let mut rows = BTreeMap::new();
    rows.insert("**all resources**".to_string(), total);
    count_table("", &rows)
}

fn count_table(first: &str, rows: &BTreeMap<String, Counts>) -> String {
    let header: Vec<String> = COLUMNS
        .iter()
        .map(|(symbol, word)| format!("<code>{}</code> {word}", html_symbol(symbol)))
        .collect();
    let mut out = format!(
        "| {first} | {} |\n|---|{}\n",
        header.join(" | "),
        "--:|".repeat(5)
    );
    for (label, counts) in rows {
        let cells: Vec<String> = counts.iter().map(|n| n.to_string()).collect();
        out.push_str(&format!("| {label} | {} |\n", cells.join(" | ")));
    }
    out.push('\n');
    out
}

fn html_symbol(symbol: &str) -> String {
    symbol.replace('<', "&lt;")
}

fn counts(plan: &Plan) -> String {
    let changed: Vec<&ResourceChange> = plan
        .changes
        .iter()
        .filter(|c| c.action != Action::NoOp)
        .collect();
    if changed.is_empty() {
        return String::new();
    }
    let per_module = tally(&changed, |c| module_label(&c.addr.resource.module));
    let per_type = tally(&changed, |c| code(&c.addr.resource.type_name));
    format!(
        "#### Changes per module\n\n{}#### Changes per resource type\n\n{}",
        count_table("module", &per_module),
        count_table("resource type", &per_type)
    )
}

fn tally(
    changes: &[&ResourceChange],
    label: impl Fn(&ResourceChange) -> String,
) -> BTreeMap<String, Counts> {
    let mut rows: BTreeMap<String, Counts> = BTreeMap::new();
    for change in changes {
        if let Some(i) = column(change.action) {
            rows.entry(label(change)).or_default()[i] += 1;
        }
    }
    rows
}

/// A module call path without instance keys, so that `count` and `for_each`
/// instances share a row.
fn module_label(module: &ModulePath) -> String {
    if module.is_root() {
        return "(root module)".to_string();
    }
    let names: Vec<String> = module
        .0
        .iter()
        .map(|s| format!("module.{}", s.name))
        .collect();
    code(&names.join("."))
}

fn diagnostics(plan: &Plan) -> String {
    let mut sorted: Vec<&Diagnostic> = plan.diagnostics.iter().collect();
    // Stable: diagnostics of one severity stay in the order they were found.
    sorted.sort_by_key(|d| d.severity);
    if sorted.is_empty() {
        return String::new();
    }
    let tally: Vec<String> = [
        (Severity::Error, "error"),
        (Severity::Warning, "warning"),
        (Severity::Info, "info"),
    ]
    .into_iter()
    .map(|(severity, word)| (count_severity(plan, severity), word))
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| {
        format!(
            "{n} {}",
            if word == "info" {
                word.to_string()
            } else {
                plural(n, word)
            }
        )
    })
    .collect();
    let items: String = sorted.into_iter().map(diagnostic_item).collect();
    format!("#### Diagnostics: {}\n\n{items}\n", tally.join(", "))
}

fn diagnostic_item(d: &Diagnostic) -> String {
    let severity = match d.severity {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Info",
    };
    let mut item = format!("- **{severity}** {}: {}\n", code(d.code), prose(&d.summary));
    let cause = match (&d.address, &d.range) {
        (Some(a), Some(r)) => Some(format!("{} at {}", code(a), code(&r.to_string()))),
        (Some(a), None) => Some(code(a)),
        (None, Some(r)) => Some(code(&r.to_string())),
        (None, None) => None,
    };
    if let Some(cause) = cause {
        item.push_str(&format!("  - cause: {cause}\n"));
    }
    if !d.affected_vnets.is_empty() {
        item.push_str(&format!(
            "  - VNets affected: {}\n",
            code_list(&d.affected_vnets)
        ));
    }
    if !d.names.is_empty() {
        item.push_str(&format!("  - names: {}\n", code_list(&d.names)));
    }
    if !d.detail.trim().is_empty() {
        item.push_str(&format!("  - {}\n", prose(d.detail.trim())));
    }
    item
}

fn dns_table(changes: &[DnsChange]) -> String {
    if changes.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "#### DNS impact\n\n| VNet | name | before | after | reachable |\n|---|---|---|---|---|\n",
    );
    for c in changes {
        let reachable = match c.reachable {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "–",
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {reachable} |\n",
            code(&c.vnet),
            code(&c.fqdn),
            answer(&c.before),
            answer(&c.after)
        ));
    }
    out.push('\n');
    out
}

fn answer(answer: &Answer) -> String {
    match answer {
        Answer::Private {
            addresses,
            endpoint,
            ampls,
        } => {
            let addresses = if addresses.is_empty() {
                "(known after apply)".to_string()
            } else {
                code_list(addresses)
            };
            format!(
                "private {addresses} from {} (AMPLS {})",
                code(endpoint),
                code(ampls)
            )
        }
        Answer::Public => "public endpoint".into(),
        Answer::NxDomain => "**NXDOMAIN** (fails)".into(),
        Answer::Unknown => "unknown".into(),
    }
}

fn diagram(mermaid: &str) -> String {
    let fence = "`".repeat(longest_run(mermaid, '`').max(2) + 1);
    format!(
        "#### DNS topology\n\n{fence}mermaid\n{}\n{fence}\n\n",
        mermaid.trim_end()
    )
}

/// The text plan in a fold, cut to `room` characters at a line boundary.
fn folded_plan(human: &str, room: usize) -> String {
    let lines: Vec<String> = human.trim_end().lines().map(diff_line).collect();
    let fence = "`".repeat(longest_run(human, '`').max(2) + 1);
    let whole = fold(&lines, lines.len(), &fence);
    if chars(&whole) <= room {
        return whole;
    }
    // The summary's line count grows by a few digits once lines are kept.
    let frame = chars(&fold(&[], lines.len(), &fence)) + 8;
    if frame > room {
        return String::new();
    }
    let mut used = frame;
    let kept = lines
        .iter()
        .take_while(|line| {
            used += chars(line) + 1;
            used <= room
        })
        .count();
    fold(&lines[..kept], lines.len(), &fence)
}

/// The fold around the first `lines`; says how many of `total` lines it leaves out.
fn fold(lines: &[String], total: usize, fence: &str) -> String {
    let left_out = total - lines.len();
    let summary = if left_out == 0 {
        "Full plan".to_string()
    } else {
        format!("Plan, first {} of {total} lines", lines.len())
    };
    let mut out = format!("<details><summary>{summary}</summary>\n\n{fence}diff\n");
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&format!("{fence}\n\n"));
    if left_out > 0 {
        out.push_str(&format!("{left_out} more lines are left out to keep this comment under GitHub's size limit; run <code>amplan plan</code> for the whole plan.\n\n"));
    }
    out.push_str("</details>\n");
    out
}

/// A text plan line with its action symbol moved to the first column, where
/// a `diff` fence colours it; the execution order's numbered steps too. A
/// line of a multi-line string value that itself starts with `+ `, `- ` or
/// `~ ` is coloured as well; its text is unchanged.
fn diff_line(line: &str) -> String {
    let prefix = marker_prefix(line);
    let body = &line[prefix.len()..];
    if !prefix.starts_with(' ') {
        return line.to_string();
    }
    for symbol in ["-/+", "+/-", "+", "-", "~"] {
        if let Some(rest) = body.strip_prefix(symbol) {
            if rest.is_empty() || rest.starts_with(' ') {
                let blank = " ".repeat(symbol.len());
                return format!("{symbol}{}{blank}{rest}", &prefix[1..]);
            }
        }
    }
    line.to_string()
}

/// The indentation before a symbol, with a step number (`  12. `) if there is one.
fn marker_prefix(line: &str) -> &str {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[spaces..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && rest[digits..].starts_with(". ") {
        &line[..spaces + digits + 2]
    } else {
        &line[..spaces]
    }
}

/// Over the limit without the plan: cut at a line boundary and say so. Every
/// construct in these sections is one line long, so no cut leaves one open.
fn cut_fixed(fixed: &str) -> String {
    let note = "\nThis comment is cut here to stay under GitHub's size limit; run <code>amplan plan</code> for every diagnostic.\n";
    let room = BUDGET - chars(note);
    let mut used = 0;
    let mut out: String = fixed
        .split_inclusive('\n')
        .take_while(|line| {
            used += chars(line);
            used <= room
        })
        .collect();
    out.push_str(note);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{InstanceKey, Mode, ResourceAddr};
    use crate::source::SourceRange;
    use crate::value::Value;

    fn render(plan: &Plan) -> String {
        let mut out = Vec::new();
        render_plan(plan, "infra/prod", &mut out).expect("writing to a vector cannot fail");
        String::from_utf8(out).expect("the renderer writes UTF-8")
    }

    fn change(type_name: &str, name: &str, action: Action) -> ResourceChange {
        let addr = ResourceAddr::new(ModulePath::root(), Mode::Managed, type_name, name);
        let value = Value::Map([("name".to_string(), Value::from(name))].into());
        ResourceChange {
            addr: addr.instance(None),
            action,
            reason: None,
            before: (action != Action::Create).then(|| value.clone()),
            after: (action != Action::Delete).then_some(value),
            replace_paths: Vec::new(),
            schema_known: true,
            sensitive: Vec::new(),
            range: None,
        }
    }

    #[test]
    fn renders_marker_title_diagnostics_dns_counts_and_fold() {
        let mut hostile = change("azurerm_subnet", "pe", Action::Create);
        hostile.addr.key = Some(InstanceKey::Str("a|b`</details>".into()));
        let mut warning = Diagnostic::warning(
            "dns-override",
            "zone `privatelink.monitor.azure.com` overrides",
        )
        .at(SourceRange::file("main.tf"))
        .with_address("azurerm_private_endpoint.pe");
        warning.affected_vnets = vec!["hub".into(), "spoke|1".into()];
        warning.names = vec!["api.monitor.azure.com".into()];
        let plan = Plan {
            changes: vec![
                hostile,
                change("azurerm_virtual_network", "hub", Action::Update),
            ],
            diagnostics: crate::diag::Diagnostics(vec![
                Diagnostic::info("note", "just so you know"),
                warning,
            ]),
            dns_changes: vec![DnsChange {
                vnet: "spoke".into(),
                fqdn: "api.monitor.azure.com".into(),
                before: Answer::Public,
                after: Answer::Private {
                    addresses: vec!["10.0.0.4".into()],
                    endpoint: "azurerm_private_endpoint.pe".into(),
                    ampls: "ampls-hub".into(),
                },
                reachable: Some(false),
            }],
            ..Plan::default()
        };
        insta::with_settings!({snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"), prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!("markdown_unit_plan", render(&plan));
        });
    }

    #[test]
    fn warnings_come_before_info() {
        let plan = Plan {
            diagnostics: crate::diag::Diagnostics(vec![
                Diagnostic::info("i", "info"),
                Diagnostic::warning("w", "warning"),
                Diagnostic::error("e", "error"),
            ]),
            ..Plan::default()
        };
        let text = render(&plan);
        let at = |s: &str| text.find(s).expect("each severity is rendered");
        assert!(at("**Error**") < at("**Warning**") && at("**Warning**") < at("**Info**"));
    }

    #[test]
    fn no_changes_has_no_tables_and_no_dns_section() {
        let text = render(&Plan::default());
        assert!(text.starts_with("<!-- amplan:infra/prod -->\n"));
        assert!(text.contains("**No changes.**"));
        assert!(!text.contains('|'));
        assert!(!text.contains("#### "));
    }

    #[test]
    fn load_errors_show_no_plan() {
        let plan = Plan {
            diagnostics: Diagnostic::error("syntax-error", "bad").into(),
            ..Plan::default()
        };
        let text = render(&plan);
        assert!(text.contains("**Planning failed** with 1 error."));
        assert!(!text.contains("<details>"));
    }

    #[test]
    fn diff_lines_move_symbols_to_the_first_column() {
        assert_eq!(
            diff_line("  + resource \"a\" \"b\" {"),
            "+   resource \"a\" \"b\" {"
        );
        assert_eq!(diff_line("      ~ name = 1"), "~       name = 1");
        assert_eq!(diff_line("-/+ resource"), "-/+ resource");
        assert_eq!(
            diff_line("  # a.b will be created"),
            "  # a.b will be created"
        );
        assert_eq!(diff_line("      -foo"), "      -foo");
        assert_eq!(diff_line("        ]"), "        ]");
        assert_eq!(diff_line("    12. +  a.b"), "+   12.    a.b");
        assert_eq!(diff_line("    12. <= data.a.b"), "    12. <= data.a.b");
        assert_eq!(diff_line("123456. - a.b"), "123456. - a.b");
    }

    #[test]
    fn long_plans_are_cut_at_a_line_and_say_so() {
        let human: String = (0..10_000).map(|i| format!("  + line {i}\n")).collect();
        let fold = folded_plan(&human, 5_000);
        assert!(chars(&fold) <= 5_000);
        assert!(fold.contains("more lines are left out"));
        assert!(fold.ends_with("</details>\n"));
        let body = fold.split("```diff\n").nth(1).expect("fence opens");
        assert!(body
            .lines()
            .take_while(|l| *l != "```")
            .all(|l| l.starts_with("+   line ")));
        assert_eq!(folded_plan(&human, 10), "");
    }

    #[test]
    fn fixed_sections_over_the_limit_end_with_a_note() {
        let many: Vec<Diagnostic> = (0..5_000)
            .map(|i| Diagnostic::error("e", format!("error number {i}")))
            .collect();
        let plan = Plan {
            diagnostics: crate::diag::Diagnostics(many),
            ..Plan::default()
        };
        let text = render(&plan);
        assert!(chars(&text) < COMMENT_LIMIT);
        assert!(text.contains("error number 0"));
        assert!(text.ends_with("for every diagnostic.\n"));
    }

    #[test]
    fn fences_outrun_backticks_in_the_plan() {
        let fold = folded_plan("x ```` y\n", 1_000);
        assert!(fold.contains("\n`````diff\n"));
    }

    #[test]
    fn topology_goes_after_the_dns_table() {
        let mut out = Vec::new();
        render_plan_with_topology(
            &Plan::default(),
            ".",
            Some("graph LR\n  a --> b\n"),
            &mut out,
        )
        .expect("writing to a vector cannot fail");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(text.contains("```mermaid\ngraph LR\n  a --> b\n```\n"));
    }
}

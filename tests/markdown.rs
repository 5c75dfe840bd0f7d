//! The pull-request comment: snapshots per scenario, its structure checked
//! with a CommonMark/GFM parser (also with hostile names), the size limit on
//! a plan of thousands of changes, `--fail-on`, and the GitHub Actions
//! example checked against the command line it uses.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use amplan::diag::Diagnostic;
use amplan::plan::{Answer, DnsChange, Plan};
use amplan::render::markdown::{self, COMMENT_LIMIT};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn comment(plan: &Plan, dir: &str) -> String {
    let mut out = Vec::new();
    markdown::render_plan(plan, dir, &mut out).expect("render to memory");
    String::from_utf8(out).expect("renderers write UTF-8")
}

fn snapshot(name: &str, dir: &str) {
    let outcome = common::plan(dir, |_| {});
    let text = comment(&outcome.plan, dir);
    check_structure(&text);
    common::snapshot_settings().bind(|| {
        insta::assert_snapshot!(format!("markdown_{name}"), text);
    });
}

#[test]
fn quickstart_comment() {
    snapshot("quickstart", "examples/quickstart");
}

#[test]
fn replace_pe_subnet_comment() {
    snapshot("replace_pe_subnet", "testdata/replace-pe-subnet");
}

#[test]
fn prevent_destroy_comment_puts_the_error_first() {
    snapshot("prevent_destroy", "testdata/prevent-destroy");
}

/// GitHub's dialect as far as the parser has it: tables, strikethrough, task
/// lists, math (`$`), and the `>` alert syntax.
fn gfm() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
}

/// What the structure check found, for further assertions.
#[derive(Debug, Default)]
struct Found {
    /// Text outside code, consecutive pieces joined as GitHub's text nodes are.
    prose: Vec<String>,
    /// Text inside `<code>` elements.
    codes: Vec<String>,
    /// The rows of every table, each a list of cell texts.
    tables: Vec<Vec<Vec<String>>>,
    /// The fenced code blocks: language and text.
    fences: Vec<(String, String)>,
}

/// Checks that the comment is only the Markdown and HTML the renderer means
/// to write: every fold closed after its fence, no HTML but the marker, the
/// folds and `<code>`, no links, images, emphasis or math, headings only at
/// the renderer's levels.
fn check_structure(md: &str) -> Found {
    let mut found = Found::default();
    let mut run = String::new();
    let mut in_code = false;
    let mut fence: Option<(String, String)> = None;
    let mut open_details = 0usize;
    let mut row: Option<Vec<String>> = None;
    let mut table: Option<Vec<Vec<String>>> = None;
    for event in Parser::new_ext(md, gfm()) {
        if !matches!(event, Event::Text(_)) && !run.is_empty() {
            found.prose.push(std::mem::take(&mut run));
        }
        match event {
            Event::Text(t) => {
                if let Some((_, body)) = fence.as_mut() {
                    body.push_str(&t);
                } else if in_code {
                    found.codes.last_mut().expect("inside code").push_str(&t);
                } else {
                    run.push_str(&t);
                }
                if let Some(cell) = row.as_mut().and_then(|r| r.last_mut()) {
                    cell.push_str(&t);
                }
            }
            Event::InlineHtml(h) => match h.as_ref() {
                "<code>" => {
                    assert!(!in_code, "nested <code>");
                    in_code = true;
                    found.codes.push(String::new());
                }
                "</code>" => {
                    assert!(in_code, "</code> without <code>");
                    in_code = false;
                }
                other => panic!("unexpected inline HTML {other:?} in:\n{md}"),
            },
            Event::Html(h) => {
                let h = h.trim_end();
                if h.starts_with("<details><summary>") && h.ends_with("</summary>") {
                    open_details += 1;
                } else if h == "</details>" {
                    assert!(open_details > 0, "</details> without <details>");
                    open_details -= 1;
                } else {
                    assert!(
                        h.starts_with("<!-- amplan:")
                            && h.ends_with(" -->")
                            && h.matches("--").count() == 2,
                        "unexpected HTML block {h:?} in:\n{md}"
                    );
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))) => {
                fence = Some((lang.to_string(), String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                let (lang, body) = fence.take().expect("a fence was open");
                assert!(
                    lang != "diff" || open_details == 1,
                    "the plan is outside its fold"
                );
                found.fences.push((lang, body));
            }
            Event::Start(Tag::Heading { level, .. }) => {
                assert!(
                    matches!(level, HeadingLevel::H3 | HeadingLevel::H4),
                    "heading {level:?}"
                );
            }
            Event::Start(Tag::Table(_)) => table = Some(Vec::new()),
            Event::End(TagEnd::Table) => found.tables.push(table.take().expect("table open")),
            Event::Start(Tag::TableHead | Tag::TableRow) => row = Some(Vec::new()),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                let cells = row.take().expect("row open");
                table.as_mut().expect("table open").push(cells);
            }
            Event::Start(Tag::TableCell) => row.as_mut().expect("row open").push(String::new()),
            Event::Start(
                Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Emphasis
                | Tag::Strikethrough
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(CodeBlockKind::Indented),
            )
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::Code(_)
            | Event::TaskListMarker(_)
            | Event::FootnoteReference(_) => panic!("unexpected {event:?} in:\n{md}"),
            _ => {}
        }
    }
    if !run.is_empty() {
        found.prose.push(run);
    }
    assert!(!in_code, "<code> left open");
    assert!(fence.is_none(), "a fence runs to the end of the comment");
    assert_eq!(open_details, 0, "a fold is left open");
    found
}

const HOSTILE: &str = "x`|<b>y</details>```@someone #1 $m$ *e* [l](u)";

/// A configuration whose names, keys and tags hold what could break a comment.
fn hostile_config() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("a`b|c<d>@someone #1");
    std::fs::create_dir(&root).expect("create config dir");
    let tf = format!(
        r#"
provider "azurerm" {{
  features {{}}
}}

locals {{
  hostile = {hostile}
}}

resource "azurerm_resource_group" "rg" {{
  for_each = toset([local.hostile, "plain"])
  name     = each.key
  location = "westeurope"
  tags = {{
    (local.hostile) = local.hostile
    note            = "```\n</details>\n- @someone\n+ #1\n```"
  }}
}}
"#,
        hostile = serde_json::Value::String(HOSTILE.into())
    );
    std::fs::write(root.join("main.tf"), tf).expect("write config");
    dir
}

fn hostile_dir(tmp: &tempfile::TempDir) -> std::path::PathBuf {
    tmp.path().join("a`b|c<d>@someone #1")
}

#[test]
fn hostile_names_cannot_break_the_comment() {
    let tmp = hostile_config();
    let dir = hostile_dir(&tmp);
    let mut outcome = amplan::pipeline::plan(&amplan::pipeline::Options {
        dir: dir.clone(),
        ..Default::default()
    });
    assert!(
        !outcome.plan.diagnostics.has_errors(),
        "{:?}",
        outcome.plan.diagnostics
    );
    let address = format!(
        "azurerm_resource_group.rg[{}]",
        serde_json::Value::String(HOSTILE.into())
    );
    let mut warning = Diagnostic::warning(
        "dns-override",
        format!("instance `{address}` overrides `{HOSTILE}`"),
    )
    .with_detail(format!("line one\n</details>\n{HOSTILE}"))
    .with_address(address.clone());
    warning.affected_vnets = vec![HOSTILE.into()];
    warning.names = vec![HOSTILE.into()];
    outcome.plan.diagnostics.push(warning);
    outcome.plan.dns_changes.push(DnsChange {
        vnet: HOSTILE.into(),
        fqdn: "api.monitor.azure.com".into(),
        before: Answer::Public,
        after: Answer::Private {
            addresses: vec!["10.0.0.4".into()],
            endpoint: HOSTILE.into(),
            ampls: HOSTILE.into(),
        },
        reachable: Some(false),
    });

    let md = comment(&outcome.plan, &dir.to_string_lossy());
    let found = check_structure(&md);

    for prose in &found.prose {
        assert!(!prose.contains("@someone"), "a mention in {prose:?}");
        assert!(!prose.contains("#1"), "an issue link in {prose:?}");
    }
    assert!(
        found.codes.iter().any(|c| c == &address),
        "the address is shown whole"
    );
    let dns = found
        .tables
        .iter()
        .find(|t| t[0][0] == "VNet")
        .expect("a DNS table");
    assert_eq!(
        dns[1].len(),
        5,
        "a `|` in a name split a cell: {:?}",
        dns[1]
    );
    assert_eq!(dns[1][0], HOSTILE);
    let (lang, body) = &found.fences[0];
    assert_eq!(lang, "diff");
    assert!(
        body.contains("</details>") && body.contains("```"),
        "the plan is shown whole"
    );
    assert!(body.contains(&format!(
        "# azurerm_resource_group.rg[{}]",
        serde_json::Value::String(HOSTILE.into())
    )));
}

/// `count = 3000` of one resource, and a warning from an undeclared variable.
fn big_config() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let tf = r#"
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "many" {
  count    = 3000
  name     = "rg-${count.index}"
  location = "westeurope"
  tags     = { index = tostring(count.index) }
}
"#;
    std::fs::write(dir.path().join("main.tf"), tf).expect("write config");
    std::fs::write(dir.path().join("terraform.tfvars"), "undeclared = 1\n").expect("write tfvars");
    dir
}

#[test]
fn thousands_of_changes_stay_under_the_limit_with_summary_and_diagnostics() {
    let tmp = big_config();
    let outcome = amplan::pipeline::plan(&amplan::pipeline::Options {
        dir: tmp.path().to_path_buf(),
        ..Default::default()
    });
    let warnings = outcome
        .plan
        .diagnostics
        .iter()
        .filter(|d| !d.is_error())
        .count();
    assert!(
        warnings > 0 && !outcome.plan.diagnostics.has_errors(),
        "{:?}",
        outcome.plan.diagnostics
    );

    let md = comment(&outcome.plan, "big");
    check_structure(&md);
    assert!(
        md.chars().count() < COMMENT_LIMIT,
        "{} characters",
        md.chars().count()
    );
    assert!(md.contains("**Plan:** 3000 to add, 0 to change, 0 to destroy."));
    assert!(md
        .contains("#### Diagnostics: 1 warning\n\n- **Warning** <code>undeclared-variable</code>"));
    assert!(md.contains("more lines are left out"));
    assert!(md.contains("<details><summary>Plan, first "));
}

fn amplan(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amplan"))
        .args(args)
        .current_dir(dir)
        .env_remove("ARM_SUBSCRIPTION_ID")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

#[test]
fn fail_on_warning_fails_a_plan_with_warnings_only() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        tmp.path().join("main.tf"),
        "resource \"azurerm_resource_group\" \"rg\" {\n  name     = \"rg\"\n  location = \"westeurope\"\n}\n",
    )
    .expect("write");
    std::fs::write(tmp.path().join("terraform.tfvars"), "undeclared = 1\n").expect("write");

    let plain = amplan(&["plan", "--format", "markdown"], tmp.path());
    assert_eq!(plain.status.code(), Some(0), "warnings alone do not fail");
    let strict = amplan(
        &["plan", "--format", "markdown", "--fail-on", "warning"],
        tmp.path(),
    );
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(
        strict.stdout, plain.stdout,
        "the comment is written either way"
    );
    let errors = amplan(&["plan", "--fail-on", "error"], tmp.path());
    assert_eq!(errors.status.code(), Some(0));
}

#[test]
fn markdown_comment_is_written_when_planning_fails() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        tmp.path().join("main.tf"),
        "resource \"azurerm_resource_group\" {\n",
    )
    .expect("write");
    let out = amplan(&["plan", ".", "--format", "markdown"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let md = String::from_utf8(out.stdout).expect("UTF-8");
    check_structure(&md);
    assert!(md.starts_with("<!-- amplan:. -->\n"));
    assert!(md.contains("**Planning failed**") && md.contains("- **Error** "));
}

/// Every `amplan` command line of the example workflow, from its `run:` steps.
fn workflow_commands() -> Vec<String> {
    let path = common::root().join("examples/github-actions/amplan.yml");
    let text = std::fs::read_to_string(path).expect("the example workflow exists");
    let docs = yaml_rust2::YamlLoader::load_from_str(&text).expect("the workflow is valid YAML");
    let workflow = &docs[0];
    assert!(
        !workflow["on"]["pull_request"].is_badvalue(),
        "runs on pull requests"
    );
    let mut commands = Vec::new();
    let jobs = workflow["jobs"].as_hash().expect("jobs");
    for job in jobs.values() {
        for step in job["steps"].as_vec().expect("steps") {
            if let Some(run) = step["run"].as_str() {
                commands.extend(amplan_lines(run));
            }
        }
    }
    commands
}

/// The `amplan ...` invocations of a shell script, `\` continuations joined.
fn amplan_lines(script: &str) -> Vec<String> {
    let joined = script.replace("\\\n", " ");
    joined
        .lines()
        .filter_map(|line| {
            let at = line.find("amplan ")?;
            let words = &line[at..];
            let words = words.split(['>', '|', ';']).next().unwrap_or(words);
            Some(words.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .filter(|l| l.starts_with("amplan plan") || l.starts_with("amplan graph"))
        .collect()
}

#[test]
fn workflow_example_uses_the_documented_command_line() {
    let commands = workflow_commands();
    assert!(!commands.is_empty(), "the workflow runs amplan");
    let readme = std::fs::read_to_string(common::root().join("README.md")).expect("README");
    for command in &commands {
        let words: Vec<&str> = command.split_whitespace().collect();
        let sub = words[1];
        let help = amplan(&[sub, "--help"], common::root());
        let help = String::from_utf8(help.stdout).expect("UTF-8");
        for option in words.iter().filter(|w| w.starts_with("--")) {
            let name = option.split('=').next().unwrap_or(option);
            assert!(
                help.contains(name),
                "`{name}` is not an option of `amplan {sub}`"
            );
            assert!(
                readme.contains(&format!("`{name}")),
                "`{name}` is not in the README"
            );
        }
        let mut args: Vec<String> = words[1..].iter().map(|w| expand(w)).collect();
        args.retain(|a| !a.is_empty());
        let checked = amplan(
            &args.iter().map(String::as_str).collect::<Vec<_>>(),
            common::root(),
        );
        let stderr = String::from_utf8_lossy(&checked.stderr);
        assert!(
            !stderr.contains("Usage:"),
            "`{command}` is rejected: {stderr}"
        );
        assert_eq!(checked.status.code(), Some(0), "`{command}`: {stderr}");
    }
}

/// The workflow's shell variables, as the example sets them for the quickstart.
fn expand(word: &str) -> String {
    word.trim_matches('"')
        .replace("${AMPLAN_DIR}", "examples/quickstart")
        .replace("$AMPLAN_DIR", "examples/quickstart")
        .replace("${FAIL_ON}", "error")
        .replace("$FAIL_ON", "error")
}

/// Every field the JSON plan writes is described in `docs/json.md`.
#[test]
fn json_doc_names_every_field() {
    let doc = std::fs::read_to_string(common::root().join("docs/json.md")).expect("docs/json.md");
    let mut keys = std::collections::BTreeSet::new();
    for dir in [
        "examples/quickstart",
        "testdata/prevent-destroy",
        "testdata/replace-pe-subnet",
        "testdata/outputs-and-variables",
        "testdata/delete-reasons",
    ] {
        let outcome = common::plan(dir, |_| {});
        let json: serde_json::Value =
            serde_json::from_str(&common::json(&outcome)).expect("valid JSON");
        collect_keys(&json, &mut keys);
    }
    for key in &keys {
        assert!(
            doc.contains(&format!("`{key}`")),
            "`{key}` is not described in docs/json.md"
        );
    }
}

/// The keys of the document's own objects; not those inside `before` and `after` values.
fn collect_keys(json: &serde_json::Value, keys: &mut std::collections::BTreeSet<String>) {
    match json {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                keys.insert(key.clone());
                let values = [
                    "before",
                    "after",
                    "after_unknown",
                    "before_sensitive",
                    "after_sensitive",
                    "output_changes",
                ];
                if key == "output_changes" {
                    for change in value.as_object().into_iter().flat_map(|m| m.values()) {
                        collect_keys(change, keys);
                    }
                } else if !values.contains(&key.as_str()) {
                    collect_keys(value, keys);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_keys(i, keys)),
        _ => {}
    }
}

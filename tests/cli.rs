//! End-to-end tests of the `amplan` binary: exit code, stdout and stderr together.

mod common;

use std::process::{Command, Output};

fn amplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amplan"))
        .args(args)
        .current_dir(common::root())
        .env_remove("ARM_SUBSCRIPTION_ID")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A temporary configuration directory holding one file.
fn config(name: &str, text: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(name), text).expect("write config");
    dir
}

#[test]
fn quickstart_plan_shows_changes_and_exits_zero() {
    let out = amplan(&["plan", "examples/quickstart"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("Plan: "), "stdout: {}", stdout(&out));
    assert!(
        !stdout(&out).contains("\x1b["),
        "no colour when NO_COLOR is set"
    );
}

#[test]
fn detailed_exitcode_is_two_when_something_changes() {
    let out = amplan(&["plan", "examples/quickstart", "--detailed-exitcode"]);
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
}

#[test]
fn detailed_exitcode_is_zero_without_changes() {
    let dir = config("main.tf", b"locals {\n  a = 1\n}\n");
    let out = amplan(&["plan", dir.path().to_str().unwrap(), "--detailed-exitcode"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("No changes."));
}

#[test]
fn missing_directory_is_an_error() {
    let out = amplan(&["plan", "does/not/exist"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("does/not/exist"),
        "stderr: {}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let dir = config(
        "main.tf",
        b"resource \"azurerm_resource_group\" \"a\" {\n  name = \n}\n",
    );
    let out = amplan(&["plan", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("main.tf line 3") || err.contains("main.tf line 2"),
        "stderr: {err}"
    );
    assert!(err.contains("[syntax-error]"), "stderr: {err}");
}

#[test]
fn non_utf8_file_is_an_error_not_a_panic() {
    let dir = config("main.tf", b"locals {\n  a = \"\xff\xfe\"\n}\n");
    let out = amplan(&["plan", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("[invalid-encoding]"),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn missing_required_variable_is_an_error_not_a_prompt() {
    let dir = config("main.tf", b"variable \"location\" {\n  type = string\n}\n");
    let out = amplan(&["plan", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("[missing-variable]"),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn var_flag_sets_a_variable() {
    let dir = config("main.tf", b"variable \"location\" {\n  type = string\n}\noutput \"loc\" {\n  value = var.location\n}\n");
    let out = amplan(&[
        "plan",
        dir.path().to_str().unwrap(),
        "--var",
        "location=westeurope",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(
        stdout(&out).contains("\"westeurope\""),
        "stdout: {}",
        stdout(&out)
    );
}

#[test]
fn later_var_wins_over_earlier_var_file() {
    let dir = config(
        "main.tf",
        b"variable \"x\" {\n  type = string\n}\noutput \"x\" {\n  value = var.x\n}\n",
    );
    std::fs::write(dir.path().join("a.tfvars"), "x = \"from-file\"\n").unwrap();
    let d = dir.path().to_str().unwrap();
    let file = dir.path().join("a.tfvars");
    let out = amplan(&[
        "plan",
        d,
        "--var-file",
        file.to_str().unwrap(),
        "--var",
        "x=from-flag",
    ]);
    assert!(
        stdout(&out).contains("from-flag"),
        "stdout: {}",
        stdout(&out)
    );
    let out = amplan(&[
        "plan",
        d,
        "--var",
        "x=from-flag",
        "--var-file",
        file.to_str().unwrap(),
    ]);
    assert!(
        stdout(&out).contains("from-file"),
        "stdout: {}",
        stdout(&out)
    );
}

#[test]
fn json_format_reports_errors_as_diagnostics() {
    let out = amplan(&["plan", "does/not/exist", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(json["diagnostics"][0]["severity"], "error");
}

#[test]
fn validate_accepts_the_quickstart() {
    let out = amplan(&["validate", "examples/quickstart"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("Success!"));
}

#[test]
fn cycle_is_an_error_naming_the_cycle() {
    let out = amplan(&["plan", "testdata/cycle"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("[cycle]"), "stderr: {}", stderr(&out));
    assert!(stderr(&out).contains(" -> "), "stderr: {}", stderr(&out));
}

#[test]
fn unsupported_argument_is_an_error_at_its_position() {
    let dir = config("main.tf", b"resource \"azurerm_resource_group\" \"a\" {\n  name     = \"rg\"\n  location = \"westeurope\"\n  colour   = \"blue\"\n}\n");
    let out = amplan(&["plan", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("[unsupported-argument]") && err.contains("main.tf line 4"),
        "stderr: {err}"
    );
}

#[test]
fn missing_required_argument_is_an_error_naming_it() {
    let dir = config(
        "main.tf",
        b"resource \"azurerm_resource_group\" \"a\" {\n  name = \"rg\"\n}\n",
    );
    let out = amplan(&["plan", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("[missing-argument]") && err.contains("location"),
        "stderr: {err}"
    );
}

#[test]
fn data_sources_resolve_from_a_context_state() {
    let out = amplan(&[
        "plan",
        "testdata/data-sources",
        "--context",
        "testdata/data-sources/context.tfstate",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(
        !stderr(&out).contains("data-source-unresolved"),
        "stderr: {}",
        stderr(&out)
    );
    let out = amplan(&["plan", "testdata/data-sources"]);
    assert!(
        stderr(&out).contains("data-source-unresolved"),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn resolve_prints_each_vnets_answers() {
    let out = amplan(&[
        "resolve",
        "examples/quickstart",
        "--vnet",
        "vnet-contoso-data",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.lines()
            .skip(1)
            .all(|l| l.starts_with("vnet-contoso-data ")),
        "stdout: {text}"
    );
    assert!(
        text.contains("api.monitor.azure.com") && text.contains("AMPLS ampls-contoso"),
        "stdout: {text}"
    );
}

#[test]
fn resolve_with_state_alone_reads_no_configuration() {
    let out = amplan(&[
        "resolve",
        "--state",
        "examples/quickstart/terraform.tfstate",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let vnets: std::collections::BTreeSet<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["vnet"].as_str())
        .collect();
    assert!(
        !vnets.contains("vnet-contoso-data"),
        "the data spoke is not in the state: {vnets:?}"
    );
    assert!(vnets.contains("vnet-contoso-app"));
}

#[test]
fn moved_block_renames_instead_of_replacing() {
    let dir = config("main.tf", b"resource \"azurerm_resource_group\" \"new\" {\n  name     = \"rg\"\n  location = \"westeurope\"\n}\n\nmoved {\n  from = azurerm_resource_group.old\n  to   = azurerm_resource_group.new\n}\n");
    let state = r#"{"version": 4, "terraform_version": "1.5.7", "serial": 1, "lineage": "l", "outputs": {}, "resources": [
      {"mode": "managed", "type": "azurerm_resource_group", "name": "old", "provider": "provider[\"registry.terraform.io/hashicorp/azurerm\"]",
       "instances": [{"schema_version": 0, "attributes": {"id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg", "name": "rg", "location": "westeurope", "managed_by": "", "tags": {}}}]}]}"#;
    std::fs::write(dir.path().join("terraform.tfstate"), state).unwrap();
    let out = amplan(&["plan", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).contains("has moved to `azurerm_resource_group.new`"),
        "stderr: {}",
        stderr(&out)
    );
    assert!(
        !stdout(&out).contains("destroy"),
        "stdout: {}",
        stdout(&out)
    );
}

#[test]
fn tfvars_file_wins_over_the_environment() {
    let dir = config("main.tf", b"variable \"x\" {\n  type = string\n}\nvariable \"y\" {\n  type = list(string)\n}\noutput \"x\" {\n  value = var.x\n}\noutput \"y\" {\n  value = var.y\n}\n");
    std::fs::write(dir.path().join("terraform.tfvars"), "x = \"from-tfvars\"\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_amplan"))
        .args(["plan", dir.path().to_str().unwrap()])
        .env("NO_COLOR", "1")
        .env("TF_VAR_x", "from-env")
        .env("TF_VAR_y", "[\"a\", \"b\"]")
        .output()
        .expect("the binary runs");
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(
        text.contains("from-tfvars") && !text.contains("from-env"),
        "stdout: {text}"
    );
    assert!(
        text.contains("\"b\""),
        "a list from the environment is parsed as HCL: {text}"
    );
}

#[test]
fn graph_dns_view_draws_vnets_zones_endpoints_and_peerings() {
    let out = amplan(&[
        "graph",
        "examples/quickstart",
        "--view",
        "dns",
        "--format",
        "mermaid",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("flowchart LR\n"), "{text}");
    for needle in [
        "VNet vnet-contoso-hub",
        "privatelink.monitor.azure.com",
        "AMPLS ampls-contoso",
        "|peered|",
        "|writes|",
        "|linked|",
    ] {
        assert!(text.contains(needle), "missing {needle}: {text}");
    }
    let out = amplan(&["graph", "examples/quickstart", "--view", "dns"]);
    let dot = stdout(&out);
    assert!(
        dot.starts_with("digraph dns {") && dot.trim_end().ends_with('}'),
        "{dot}"
    );
    if let Ok(mut child) = Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(dot.as_bytes())
            .unwrap();
        assert!(
            child.wait().unwrap().success(),
            "graphviz rejects the DOT: {dot}"
        );
    }
}

#[test]
fn a_saved_plan_applies_from_any_directory() {
    let out_dir = tempfile::tempdir().unwrap();
    let plan_file = out_dir.path().join("plan.json");
    let made = Command::new(env!("CARGO_BIN_EXE_amplan"))
        .args(["plan", "--out", plan_file.to_str().unwrap()])
        .current_dir(common::root().join("examples/quickstart"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(made.status.code(), Some(0), "stderr: {}", stderr(&made));
    let from_root = amplan(&["apply-dry", "--plan", plan_file.to_str().unwrap()]);
    assert_eq!(
        from_root.status.code(),
        Some(0),
        "stderr: {}",
        stderr(&from_root)
    );
    let with_dir = amplan(&[
        "apply-dry",
        "examples/quickstart",
        "--plan",
        plan_file.to_str().unwrap(),
    ]);
    assert_eq!(
        with_dir.status.code(),
        Some(0),
        "stderr: {}",
        stderr(&with_dir)
    );
}

#[test]
fn usage_mistakes_exit_one_not_two() {
    let out = amplan(&["plan", "--detailed-exit-code"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(amplan(&["--help"]).status.code(), Some(0));
}

#[test]
fn validate_needs_no_variable_values() {
    let dir = config("main.tf", b"variable \"n\" {\n  type = number\n}\n\nresource \"azurerm_resource_group\" \"a\" {\n  count    = var.n\n  name     = \"rg-${count.index}\"\n  location = \"westeurope\"\n}\n");
    let out = amplan(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(stdout(&out).contains("Success!"));
    let out = amplan(&["plan", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "plan still needs the value");
}

#[test]
fn a_state_file_given_as_a_saved_plan_is_named_as_such() {
    let out = amplan(&[
        "apply-dry",
        "--plan",
        "examples/quickstart/terraform.tfstate",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is a Terraform state file, not a saved plan [invalid-plan-file]"),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn the_prior_state_given_as_context_is_ignored_with_a_warning() {
    let out = amplan(&[
        "plan",
        "examples/quickstart",
        "--context",
        "examples/quickstart/terraform.tfstate",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).contains("[context-is-prior-state]"),
        "stderr: {}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("conflicting-endpoints"),
        "its objects must not count twice: {}",
        stderr(&out)
    );
}

//! The bad-input corpus: every folder of `testdata/bad/` is a broken
//! configuration, state or command line. Each runs the binary with `plan`
//! and must exit 1 without a panic and without writing anything; the exit
//! code, stdout and stderr are snapshotted together as `bad_<case>`.
//!
//! A case folder holds the configuration and, where the case needs them, a
//! `terraform.tfstate`, a `.tfvars` file and an `args` file with extra
//! command-line arguments, one a line. Three cases cannot live in git as
//! files and are built at test time: an empty directory, a missing one and
//! an unreadable file.

mod common;

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Long enough for a debug build under load; a hang is a failure, not a stuck CI job.
const TIMEOUT: Duration = Duration::from_secs(120);

/// How the directory given to `plan` is made from the case folder.
#[derive(Clone, Copy, PartialEq)]
enum Setup {
    /// The case folder itself.
    Folder,
    /// A fresh empty temporary directory.
    Empty,
    /// A path inside the case folder that does not exist.
    Missing,
    /// A temporary copy of the case folder whose `main.tf` has mode 000.
    Unreadable,
}

/// What one run printed.
struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

fn case_dir(case: &str) -> PathBuf {
    common::root().join("testdata/bad").join(case)
}

/// Every file under `dir` with its contents, to prove a run wrote nothing.
fn snapshot_files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&next) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path.clone());
            }
            // Unreadable files count by name; their contents cannot be compared.
            let contents = std::fs::read(&path).unwrap_or_default();
            files.insert(path.strip_prefix(dir).unwrap().to_path_buf(), contents);
        }
    }
    files
}

/// The extra arguments of a case, one a line.
fn extra_args(case: &str) -> Vec<String> {
    match std::fs::read_to_string(case_dir(case).join("args")) {
        Ok(text) => text
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Runs `amplan plan <dir> <args>` from the project root with a clean environment.
fn run(dir: &Path, args: &[String], scratch: &Path) -> Run {
    let out_path = scratch.join("stdout");
    let err_path = scratch.join("stderr");
    let mut command = Command::new(env!("CARGO_BIN_EXE_amplan"));
    command
        .arg("plan")
        .arg(dir)
        .args(args)
        .current_dir(common::root())
        .env("NO_COLOR", "1")
        .env_remove("ARM_SUBSCRIPTION_ID")
        .env_remove("ARM_TENANT_ID")
        .stdin(Stdio::null())
        .stdout(File::create(&out_path).expect("stdout file"))
        .stderr(File::create(&err_path).expect("stderr file"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("TF_VAR_") {
            command.env_remove(key);
        }
    }
    let status = wait(command.spawn().expect("the binary starts"));
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
    Run {
        status,
        stdout: read(&out_path),
        stderr: read(&err_path),
    }
}

fn wait(mut child: std::process::Child) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for the binary") {
            return status;
        }
        if start.elapsed() > TIMEOUT {
            child.kill().expect("kill the binary");
            panic!("amplan did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Copies a case folder (flat) to `to`.
fn copy_case(case: &str, to: &Path) {
    for entry in std::fs::read_dir(case_dir(case)).expect("case folder") {
        let path = entry.expect("directory entry").path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).expect("copy");
        }
    }
}

#[cfg(unix)]
fn make_unreadable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
}

#[cfg(not(unix))]
fn make_unreadable(_path: &Path) {}

/// Runs one case and checks what every case must hold. Returns `None`
/// when the case cannot be set up here (an unreadable file that stays readable).
fn check(case: &str, setup: Setup) -> Option<String> {
    let scratch = tempfile::tempdir().expect("scratch dir");
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = match setup {
        Setup::Folder => PathBuf::from("testdata/bad").join(case),
        Setup::Empty => temp.path().to_path_buf(),
        Setup::Missing => PathBuf::from("testdata/bad").join(case).join("absent"),
        Setup::Unreadable => {
            copy_case(case, temp.path());
            let main = temp.path().join("main.tf");
            make_unreadable(&main);
            if std::fs::read(&main).is_ok() {
                eprintln!("skipped: `main.tf` stays readable here (running as root?)");
                return None;
            }
            temp.path().to_path_buf()
        }
    };
    let watched = match setup {
        Setup::Folder | Setup::Missing => case_dir(case),
        Setup::Empty | Setup::Unreadable => temp.path().to_path_buf(),
    };
    let before = snapshot_files(&watched);

    let out = run(&dir, &extra_args(case), scratch.path());

    let after = snapshot_files(&watched);
    assert!(
        !out.stderr.contains("panicked"),
        "amplan panicked:\n{}",
        out.stderr
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit status {:?}, stderr:\n{}",
        out.status,
        out.stderr
    );
    assert!(before == after, "the run changed the files of `{case}`");
    let text = format!(
        "exit code: 1\n--- stdout ---\n{}--- stderr ---\n{}",
        out.stdout, out.stderr
    );
    Some(text.replace(&temp.path().display().to_string(), "[TEMP]"))
}

fn snapshot(case: &str, setup: Setup) {
    let Some(text) = check(case, setup) else {
        return;
    };
    common::snapshot_settings().bind(|| {
        insta::assert_snapshot!(format!("bad_{case}"), text);
    });
}

macro_rules! bad_cases {
    ($($case:ident $(: $setup:ident)?),* $(,)?) => {
        $(
            #[test]
            fn $case() {
                snapshot(stringify!($case), bad_cases!(@setup $($setup)?));
            }
        )*

        /// Every case folder has a test, so a new folder cannot be forgotten.
        #[test]
        fn every_case_folder_has_a_test() {
            let listed: Vec<&str> = vec![$(stringify!($case)),*];
            let mut folders: Vec<String> = std::fs::read_dir(common::root().join("testdata/bad"))
                .expect("testdata/bad")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect();
            folders.sort();
            let missing: Vec<&String> = folders.iter().filter(|f| !listed.contains(&f.as_str())).collect();
            assert!(missing.is_empty(), "case folders without a test: {missing:?}");
        }
    };
    (@setup) => { Setup::Folder };
    (@setup $setup:ident) => { Setup::$setup };
}

bad_cases! {
    // Syntax errors at each construct.
    syntax_unclosed_block,
    syntax_unclosed_string,
    syntax_bad_attribute,
    syntax_unterminated_heredoc,
    syntax_bad_template_directive,
    syntax_unknown_template_directive,
    syntax_stray_token,
    syntax_unclosed_parenthesis,
    syntax_unclosed_bracket,
    syntax_tfvars,
    unknown_top_level_block,
    // Wrong types.
    type_count_string,
    type_for_each_list,
    type_bool_arithmetic,
    type_object_to_string_variable,
    type_string_default_mismatch,
    invalid_type_constraint,
    invalid_index,
    // Unknown and missing arguments and blocks.
    unknown_argument,
    unknown_block,
    missing_argument,
    output_missing_value,
    // Undeclared references.
    undeclared_variable,
    undeclared_local,
    undeclared_resource,
    undeclared_module,
    undeclared_data,
    // Cycles and modules.
    cycle_locals,
    cycle_resources,
    module_recursion,
    module_recursion_pair,
    module_missing_directory,
    // Arithmetic, CIDRs and out-of-range numbers.
    division_by_zero,
    modulo_by_zero,
    cidrsubnet_invalid_cidr,
    cidrhost_invalid_cidr,
    cidrhost_out_of_range,
    cidrsubnet_newbits_too_large,
    count_negative,
    count_huge,
    count_fractional,
    range_huge,
    string_doubling,
    nested_for_steps,
    number_overflow,
    // Very deep nesting.
    deep_parentheses,
    deep_lists,
    deep_parentheses_hostile,
    deep_objects_hostile,
    deep_blocks_hostile,
    // Files and directories.
    non_utf8,
    empty_directory: Empty,
    missing_directory: Missing,
    unreadable_file: Unreadable,
    // State.
    state_malformed_json,
    state_truncated,
    state_version_3,
    state_duplicate_instances,
    state_conflicting_resources,
    state_not_an_object,
    state_wrong_field_type,
    state_missing_file,
    state_is_directory,
    state_invalid_name,
    state_unknown_mode,
    context_state_malformed,
    // Variables.
    var_invalid_value,
    var_undeclared,
    var_without_equals,
    var_file_missing,
    var_file_not_utf8,
    tfvars_json_malformed,
    validation_failure,
    // Declarations and meta-arguments.
    duplicate_resource,
    duplicate_across_files,
    count_and_for_each,
    for_each_unknown,
    count_unknown,
    // Functions.
    unknown_function,
    function_arity,
    provider_function,
}

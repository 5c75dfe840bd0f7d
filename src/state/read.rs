//! Reading state JSON into a [`State`].
//!
//! Checks follow Terraform's reader: a field that is absent or `null` takes
//! its zero value, a field of the wrong JSON type is an error, and so are an
//! unknown mode or status, an unparsable address and a duplicate instance.
//! amplan is stricter only where a state would be useless to it: a resource
//! without `type`, `name` or `provider`, or a name that is no identifier.
//! Every error points at the offending value in the file.

// A `Diagnostic` is large, but the interface returns one so that callers
// can push it straight into their list; errors here are rare and final.
#![allow(clippy::result_large_err)]

use std::collections::BTreeMap;
use std::io::ErrorKind;
use std::path::Path;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{DeserializeSeed, Deserializer, Error as DeError, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value as J;

use super::address::{is_ident, parse_module_path, parse_resource_addr};
use super::json::{
    as_object, as_object_mut, describe, field, locate, opt_array, opt_bool, opt_str, opt_u64,
    req_str, take_array, wrong_type, Obj, Problem, Step,
};
use super::{InstanceState, OutputState, State, STATE_VERSION};
use crate::addr::{InstanceAddr, InstanceKey, Mode, ModulePath, ResourceAddr};
use crate::diag::Diagnostic;
use crate::source::{SourceFile, SourceRange};
use crate::value::Value;

/// Fields of an instance object that amplan models; the rest are kept verbatim.
const KNOWN_OBJECT_FIELDS: [&str; 9] = [
    "index_key",
    "status",
    "deposed",
    "schema_version",
    "attributes",
    "sensitive_attributes",
    "private",
    "dependencies",
    "create_before_destroy",
];

type Instances = BTreeMap<InstanceAddr, InstanceState>;

/// Reads a state file. A missing file is no state, and so is an empty one,
/// as Terraform treats it.
pub fn read(path: &Path, display_name: &str) -> Result<Option<State>, Diagnostic> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(display_name, &e)),
    };
    let text = String::from_utf8(bytes).map_err(|e| not_utf8(display_name, &e))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse(&text, display_name).map(Some)
}

/// Parses state JSON; `filename` names the file in diagnostics.
pub fn parse(text: &str, filename: &str) -> Result<State, Diagnostic> {
    let syntax = |e: serde_json::Error| syntax_error(text, filename, &e);
    let mut de = serde_json::Deserializer::from_str(text);
    let root = de.deserialize_any(RootVisitor).map_err(syntax)?;
    de.end().map_err(syntax)?;
    let to_diagnostic = |problem: Problem| invalid(text, filename, problem);
    let (mut root, resources) = match root {
        Root::Object(root, resources) => (root, resources),
        Root::Other(json) => {
            return Err(to_diagnostic(
                as_object(&json, "the state")
                    .err()
                    .unwrap_or_else(|| Problem::new("the state must be an object".into())),
            ))
        }
    };

    let version_range = || range_at(text, filename, &[Step::Key("version".into())]);
    check_version(&root).map_err(|d| d.at(version_range()))?;
    read_state(&mut root, resources).map_err(to_diagnostic)
}

/// The state document as parsed: the root object without `resources`,
/// which are read while parsing, or any other JSON value.
enum Root {
    Object(Obj, Option<Resources>),
    Other(J),
}

/// `resources` read one resource at a time as the parser reaches it, so
/// that the file's JSON is never held whole next to the state read from it.
#[derive(Default)]
struct Resources {
    instances: Instances,
    /// The first resource that failed, by index; later ones are skipped.
    failed: Option<(usize, Problem)>,
    /// `resources` when it is not an array, for the usual checks.
    other: Option<J>,
}

impl Resources {
    fn other(json: J) -> Resources {
        Resources {
            other: Some(json),
            ..Resources::default()
        }
    }
}

/// Builds a [`Root`]: the root object's fields, each `resources` read as it comes.
struct RootVisitor;

impl<'de> Visitor<'de> for RootVisitor {
    type Value = Root;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Root, A::Error> {
        let mut fields = Obj::new();
        let mut resources = None;
        while let Some(key) = map.next_key::<String>()? {
            // As in a parsed object, a repeated key keeps its last value.
            if key == "resources" {
                resources = Some(map.next_value_seed(ResourcesSeed)?);
            } else {
                let value = map.next_value::<J>()?;
                fields.insert(key, value);
            }
        }
        Ok(Root::Object(fields, resources))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Root, A::Error> {
        J::deserialize(SeqAccessDeserializer::new(seq)).map(Root::Other)
    }

    fn visit_unit<E: DeError>(self) -> Result<Root, E> {
        Ok(Root::Other(J::Null))
    }

    fn visit_bool<E: DeError>(self, b: bool) -> Result<Root, E> {
        Ok(Root::Other(J::Bool(b)))
    }

    fn visit_i64<E: DeError>(self, n: i64) -> Result<Root, E> {
        Ok(Root::Other(J::from(n)))
    }

    fn visit_u64<E: DeError>(self, n: u64) -> Result<Root, E> {
        Ok(Root::Other(J::from(n)))
    }

    fn visit_f64<E: DeError>(self, n: f64) -> Result<Root, E> {
        Ok(Root::Other(J::from(n)))
    }

    fn visit_str<E: DeError>(self, s: &str) -> Result<Root, E> {
        Ok(Root::Other(J::String(s.to_string())))
    }
}

/// Reads `resources` into [`Resources`].
struct ResourcesSeed;

impl<'de> DeserializeSeed<'de> for ResourcesSeed {
    type Value = Resources;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Resources, D::Error> {
        de.deserialize_any(ResourcesVisitor)
    }
}

struct ResourcesVisitor;

impl<'de> Visitor<'de> for ResourcesVisitor {
    type Value = Resources;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Resources, A::Error> {
        let mut out = Resources::default();
        let mut index = 0;
        while let Some(mut resource) = seq.next_element::<J>()? {
            if out.failed.is_none() {
                if let Err(problem) = read_resource(index, &mut resource, &mut out.instances) {
                    out.failed = Some((index, problem));
                }
            }
            index += 1;
        }
        Ok(out)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Resources, A::Error> {
        J::deserialize(MapAccessDeserializer::new(map)).map(Resources::other)
    }

    fn visit_unit<E: DeError>(self) -> Result<Resources, E> {
        Ok(Resources::other(J::Null))
    }

    fn visit_bool<E: DeError>(self, b: bool) -> Result<Resources, E> {
        Ok(Resources::other(J::Bool(b)))
    }

    fn visit_i64<E: DeError>(self, n: i64) -> Result<Resources, E> {
        Ok(Resources::other(J::from(n)))
    }

    fn visit_u64<E: DeError>(self, n: u64) -> Result<Resources, E> {
        Ok(Resources::other(J::from(n)))
    }

    fn visit_f64<E: DeError>(self, n: f64) -> Result<Resources, E> {
        Ok(Resources::other(J::from(n)))
    }

    fn visit_str<E: DeError>(self, s: &str) -> Result<Resources, E> {
        Ok(Resources::other(J::String(s.to_string())))
    }
}

/// An `invalid-state` diagnostic at the offending value.
fn invalid(text: &str, filename: &str, problem: Problem) -> Diagnostic {
    let range = range_at(text, filename, &problem.path);
    let diagnostic = Diagnostic::error("invalid-state", problem.summary).at(range);
    match problem.address {
        Some(address) => diagnostic.with_address(address),
        None => diagnostic,
    }
}

/// The position of the value at `path`, or of its deepest existing parent.
fn range_at(text: &str, filename: &str, path: &[Step]) -> SourceRange {
    let offset = locate(text, path);
    SourceFile::new(filename, filename.into(), text.to_string()).range(offset..offset)
}

fn unreadable(display_name: &str, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "unreadable-state",
        format!("cannot read state file `{display_name}`"),
    )
    .with_detail(crate::config::load::io_message(error))
}

fn not_utf8(display_name: &str, error: &std::string::FromUtf8Error) -> Diagnostic {
    let valid = error.utf8_error().valid_up_to();
    let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
    let file = SourceFile::new(display_name, display_name.into(), prefix);
    let d = Diagnostic::error(
        "invalid-state",
        format!("state file `{display_name}` is not valid UTF-8"),
    );
    at_position(d, file.range(valid..valid))
}

/// A JSON syntax error, placed where serde_json found it. serde_json counts
/// columns in bytes from 1; the range counts characters.
fn syntax_error(text: &str, filename: &str, error: &serde_json::Error) -> Diagnostic {
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    let line_start: usize = text
        .split_inclusive('\n')
        .take(error.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = (line_start + error.column().saturating_sub(1)).min(text.len());

    let file = SourceFile::new(filename, filename.into(), text.to_string());
    let d = Diagnostic::error(
        "invalid-state",
        format!("state is not valid JSON: {message}"),
    );
    at_position(d, file.range(offset..offset))
}

/// Places a diagnostic and names the line and column in its detail too:
/// the state is not among the sources whose lines are quoted under a
/// message, so the column would otherwise not be shown.
fn at_position(diagnostic: Diagnostic, range: SourceRange) -> Diagnostic {
    let (line, column) = (range.start.line, range.start.column);
    diagnostic
        .with_detail(format!("at line {line}, column {column}"))
        .at(range)
}

/// Version 4 only; the caller places an error at the `version` field.
fn check_version(root: &Obj) -> Result<(), Diagnostic> {
    let version = match opt_u64(root, "version", "the state") {
        Ok(Some(version)) => version,
        Ok(None) => return Err(Diagnostic::error("invalid-state", "state has no `version`")),
        Err(problem) => return Err(Diagnostic::error("invalid-state", problem.summary)),
    };
    let unsupported = |summary: String, detail: String| {
        Err(Diagnostic::error("unsupported-state-version", summary).with_detail(detail))
    };
    match version {
        STATE_VERSION => Ok(()),
        0..=3 => unsupported(
            format!("state format version {version} is not supported"),
            format!("amplan reads state format version 4, which Terraform 0.12 and later write. Version {version} was written by Terraform 0.11 or earlier; upgrade it by running `terraform refresh` (or `terraform apply -refresh-only`) with Terraform 0.12 or later, then run amplan again."),
        ),
        _ => unsupported(
            format!("state format version {version} is newer than amplan supports"),
            "amplan reads state format version 4. This state was written by a newer Terraform; amplan cannot read it.".to_string(),
        ),
    }
}

fn read_state(root: &mut Obj, resources: Option<Resources>) -> Result<State, Problem> {
    let mut state = State::empty();
    state.terraform_version = opt_str(root, "terraform_version", "the state")?
        .unwrap_or_default()
        .to_string();
    state.serial = opt_u64(root, "serial", "the state")?.unwrap_or(0);
    state.lineage = opt_str(root, "lineage", "the state")?
        .unwrap_or_default()
        .to_string();
    state.outputs = read_outputs(root)?;
    match resources {
        Some(Resources {
            other: Some(json), ..
        }) => {
            // Not an array: `null` reads as none, anything else is an error.
            root.insert("resources".into(), json);
            take_array(root, "resources", "the state")?;
        }
        Some(Resources {
            failed: Some((i, problem)),
            ..
        }) => {
            return Err(problem
                .within(Step::Index(i))
                .within(Step::Key("resources".into())))
        }
        Some(resources) => state.instances = resources.instances,
        None => {}
    }
    state.check_results = root.get("check_results").cloned().unwrap_or(J::Null);

    for instance in state.instances.values_mut() {
        instance.deposed.sort_by(|a, b| a.0.cmp(&b.0));
    }
    Ok(state)
}

fn read_outputs(root: &Obj) -> Result<BTreeMap<String, OutputState>, Problem> {
    let Some(outputs) = field(root, "outputs") else {
        return Ok(BTreeMap::new());
    };
    let within = |p: Problem| p.within(Step::Key("outputs".into()));
    let outputs = as_object(outputs, "`outputs` of the state").map_err(within)?;
    let read = |(name, output): (&String, &J)| {
        let output =
            read_output(name, output).map_err(|p| within(p.within(Step::Key(name.clone()))))?;
        Ok((name.clone(), output))
    };
    outputs.iter().map(read).collect()
}

/// An output needs `value` and `type`; a `null` value is a value.
fn read_output(name: &str, json: &J) -> Result<OutputState, Problem> {
    let what = format!("output `{name}`");
    let output = as_object(json, &what)?;
    let value = output
        .get("value")
        .ok_or_else(|| Problem::new(format!("{what} has no `value`")))?;
    let type_json =
        field(output, "type").ok_or_else(|| Problem::new(format!("{what} has no `type`")))?;
    let sensitive = opt_bool(output, "sensitive", &what)?.unwrap_or(false);
    Ok(OutputState {
        value: Value::from_json(value),
        type_json: type_json.clone(),
        sensitive,
    })
}

fn read_resource(index: usize, json: &mut J, instances: &mut Instances) -> Result<(), Problem> {
    let what = format!("resource {}", index + 1);
    let resource = as_object_mut(json, &what)?;
    let addr = resource_addr(resource, &what)?;

    let what = format!("resource `{addr}`");
    let provider = req_str(resource, "provider", &what)
        .map_err(|p| p.about(&addr))?
        .to_string();
    let provider = provider.as_str();
    let objects = take_array(resource, "instances", &what).map_err(|p| p.about(&addr))?;
    for (i, mut object) in objects.into_iter().enumerate() {
        let within = |p: Problem| {
            p.within(Step::Index(i))
                .within(Step::Key("instances".into()))
                .about(&addr)
        };
        read_object(&addr, provider, i, &mut object, instances).map_err(within)?;
    }
    Ok(())
}

fn resource_addr(resource: &Obj, what: &str) -> Result<ResourceAddr, Problem> {
    let mode = match req_str(resource, "mode", what)? {
        "managed" => Mode::Managed,
        "data" => Mode::Data,
        other => {
            return Err(invalid_field(
                "mode",
                format!("{what} has unknown `mode` `{other}`, expected `managed` or `data`"),
            ))
        }
    };
    let type_name = req_ident(resource, "type", what)?;
    let name = req_ident(resource, "name", what)?;
    let module = match opt_str(resource, "module", what)? {
        None | Some("") => ModulePath::root(),
        Some(text) => parse_module_path(text).ok_or_else(|| {
            invalid_field("module", format!("{what} has invalid `module` `{text}`"))
        })?,
    };
    Ok(ResourceAddr::new(module, mode, type_name, name))
}

/// Reads one object (current or deposed) into its instance's entry.
fn read_object(
    resource: &ResourceAddr,
    provider: &str,
    index: usize,
    json: &mut J,
    instances: &mut Instances,
) -> Result<(), Problem> {
    let what = format!("instance {} of resource `{resource}`", index + 1);
    let object = as_object_mut(json, &what)?;
    let addr = resource.instance(index_key(object, &what)?);
    let what = format!("instance `{addr}`");
    let about = |p: Problem| p.about(&addr);
    let fields = read_object_fields(object, &what).map_err(about)?;
    let deposed = opt_str(object, "deposed", &what).map_err(about)?;

    let entry = instances
        .entry(addr.clone())
        .or_insert_with(|| deposed_only(provider));
    match deposed {
        None | Some("") if !entry.deposed_only => Err(about(Problem::new(format!(
            "{what} appears more than once"
        )))),
        None | Some("") => {
            let deposed = std::mem::take(&mut entry.deposed);
            let deposed_extra = std::mem::take(&mut entry.deposed_extra);
            *entry = InstanceState {
                provider: provider.to_string(),
                deposed,
                deposed_extra,
                ..fields
            };
            Ok(())
        }
        Some(key) if key.len() != 8 => Err(about(invalid_field(
            "deposed",
            format!(
                "{what} has a deposed object with malformed key `{key}`, expected 8 characters"
            ),
        ))),
        Some(key) if entry.deposed.iter().any(|(k, _)| k == key) => Err(about(invalid_field(
            "deposed",
            format!("deposed object `{key}` of {what} appears more than once"),
        ))),
        Some(key) => {
            let rest = object
                .iter()
                .filter(|(k, _)| !["index_key", "deposed", "attributes"].contains(&k.as_str()));
            entry.deposed_extra.insert(
                key.to_string(),
                rest.map(|(k, v)| (k.clone(), v.clone())).collect(),
            );
            entry.deposed.push((key.to_string(), fields.attributes));
            Ok(())
        }
    }
}

/// The placeholder entry of an instance whose current object is not read yet.
fn deposed_only(provider: &str) -> InstanceState {
    InstanceState {
        provider: provider.to_string(),
        deposed_only: true,
        sensitive_attributes: J::Array(Vec::new()),
        ..InstanceState::default()
    }
}

/// The current-object fields of an instance object; `provider` is left empty.
fn read_object_fields(object: &mut Obj, what: &str) -> Result<InstanceState, Problem> {
    let tainted = match opt_str(object, "status", what)? {
        None | Some("") => false,
        Some("tainted") => true,
        Some(other) => {
            return Err(invalid_field(
                "status",
                format!("{what} has unknown `status` `{other}`, expected `tainted` or none"),
            ))
        }
    };
    Ok(InstanceState {
        provider: String::new(),
        schema_version: opt_u64(object, "schema_version", what)?.unwrap_or(0),
        attributes: attributes(object, what)?,
        sensitive_attributes: field(object, "sensitive_attributes")
            .cloned()
            .unwrap_or(J::Array(Vec::new())),
        dependencies: dependencies(object, what)?,
        tainted,
        create_before_destroy: opt_bool(object, "create_before_destroy", what)?.unwrap_or(false),
        private: opt_str(object, "private", what)?
            .filter(|p| !p.is_empty())
            .map(str::to_string),
        deposed: Vec::new(),
        deposed_extra: BTreeMap::new(),
        deposed_only: false,
        extra: object
            .iter()
            .filter(|(k, _)| !KNOWN_OBJECT_FIELDS.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    })
}

/// `index_key`: a whole number for `count`, a string for `for_each`.
fn index_key(object: &Obj, what: &str) -> Result<Option<InstanceKey>, Problem> {
    match field(object, "index_key") {
        None => Ok(None),
        Some(J::String(s)) => Ok(Some(InstanceKey::Str(s.clone()))),
        Some(J::Number(n)) if n.as_i64().is_some() => Ok(n.as_i64().map(InstanceKey::Int)),
        Some(J::Number(n))
            if n.as_f64()
                .is_some_and(|f| f.fract() == 0.0 && f.abs() < 9.0e15) =>
        {
            Ok(n.as_f64().map(|f| InstanceKey::Int(f as i64)))
        }
        Some(other) => Err(wrong_type(
            "index_key",
            what,
            "a whole number or a string",
            other,
        )),
    }
}

/// Attributes are an object; an object without them is empty, as in Terraform.
/// The attributes are moved out of `object`, which keeps a `null` in their place.
fn attributes(object: &mut Obj, what: &str) -> Result<Value, Problem> {
    match field(object, "attributes") {
        None => Ok(Value::Map(BTreeMap::new())),
        Some(J::Object(_)) => Ok(object
            .get_mut("attributes")
            .map(std::mem::take)
            .map_or_else(|| Value::Map(BTreeMap::new()), Value::from_json_owned)),
        Some(other) => Err(wrong_type("attributes", what, "an object", other)),
    }
}

/// Dependencies as Terraform keeps them: configuration addresses (module
/// keys dropped), sorted by address text, without repeats.
fn dependencies(object: &Obj, what: &str) -> Result<Vec<ResourceAddr>, Problem> {
    let mut deps = Vec::new();
    for (i, dep) in opt_array(object, "dependencies", what)?.iter().enumerate() {
        let at = |p: Problem| {
            p.within(Step::Index(i))
                .within(Step::Key("dependencies".into()))
        };
        let text = dep.as_str().ok_or_else(|| {
            at(Problem::new(format!(
                "`dependencies` of {what} must hold strings, not {}",
                describe(dep)
            )))
        })?;
        let addr = parse_resource_addr(text).ok_or_else(|| {
            at(Problem::new(format!(
                "{what} has invalid dependency `{text}`"
            )))
        })?;
        deps.push(super::config_address(&addr));
    }
    deps.sort_by_cached_key(ResourceAddr::to_string);
    deps.dedup();
    Ok(deps)
}

/// A string field that names a resource part: it must be an identifier.
fn req_ident<'a>(obj: &'a Obj, key: &str, what: &str) -> Result<&'a str, Problem> {
    let text = req_str(obj, key, what)?;
    if is_ident(text) {
        Ok(text)
    } else {
        Err(invalid_field(
            key,
            format!("{what} has invalid `{key}` `{text}`"),
        ))
    }
}

/// A problem with the value of field `key`, placed at it.
fn invalid_field(key: &str, summary: String) -> Problem {
    Problem::new(summary).within(Step::Key(key.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> Diagnostic {
        parse(text, "t.tfstate").unwrap_err()
    }

    /// A minimal valid state with the given resources JSON.
    fn with_resources(resources: &str) -> String {
        format!(
            r#"{{"version": 4, "terraform_version": "1.5.7", "serial": 1, "lineage": "l", "outputs": {{}}, "resources": {resources}}}"#
        )
    }

    fn assert_invalid(text: &str, needle: &str) {
        let d = error(text);
        assert_eq!(d.code, "invalid-state");
        assert!(
            d.summary.contains(needle),
            "{:?} lacks {needle:?}",
            d.summary
        );
        assert_eq!(
            d.range.as_ref().map(|r| r.filename.as_str()),
            Some("t.tfstate")
        );
    }

    #[test]
    fn bad_json_reports_line_and_column() {
        let d = error("{\n  \"version\": 4,\n  \"serial\": ,\n}");
        assert_eq!(d.code, "invalid-state");
        let range = d.range.unwrap();
        assert_eq!(
            (
                range.filename.as_str(),
                range.start.line,
                range.start.column
            ),
            ("t.tfstate", 3, 13)
        );
        assert!(!d.summary.contains("line 3"));
    }

    #[test]
    fn bad_json_column_counts_characters() {
        let d = error("{\"é\": x}");
        let start = d.range.unwrap().start;
        assert_eq!((start.line, start.column, start.byte), (1, 7, 7));
    }

    #[test]
    fn truncated_json_points_at_the_end() {
        let start = error("{\"version\": 4,\n").range.unwrap().start;
        assert_eq!(start.line, 2);
    }

    #[test]
    fn non_object_state_is_invalid() {
        assert_invalid("[]", "object");
    }

    #[test]
    fn old_and_new_versions_are_unsupported() {
        for version in [0, 3, 5] {
            let d = error(&format!(r#"{{"version": {version}, "serial": 1}}"#));
            assert_eq!(d.code, "unsupported-state-version", "{version}");
            assert!(d.summary.contains(&version.to_string()));
        }
        assert!(error(r#"{"version": 3}"#).detail.contains("0.12"));
    }

    #[test]
    fn resources_read_while_parsing_keep_the_checks_order() {
        // The version is checked first, wherever it is in the file.
        let d = error(r#"{"resources": [1], "version": 3}"#);
        assert_eq!(d.code, "unsupported-state-version");
        // `resources` that is no array is still a typed error; `null` is none.
        assert_invalid(&with_resources("{}"), "`resources`");
        assert!(parse(&with_resources("null"), "t.tfstate")
            .expect("null resources are none")
            .instances
            .is_empty());
        // The first bad resource is reported, after the outputs.
        let text = r#"{"version": 4, "resources": [{"mode": "x"}, 1], "outputs": 1}"#;
        assert_invalid(text, "`outputs`");
        assert_invalid(&with_resources(r#"[{"mode": "x"}, 1]"#), "unknown `mode`");
        // Syntax errors are serde_json's, as when parsing into its own tree.
        for text in [
            r#"{"version": 4, "resources": [], }"#,
            r#"{"version": 4, "resources": [{"a": }]}"#,
            r#"{"version": 4, "resources": [] } x"#,
            r#"[1, 2"#,
        ] {
            let tree = serde_json::from_str::<J>(text).expect_err("malformed");
            let expected = syntax_error(text, "t.tfstate", &tree);
            assert_eq!(error(text).summary, expected.summary);
            assert_eq!(error(text).range, expected.range);
        }
    }

    #[test]
    fn missing_or_mistyped_version_is_invalid() {
        assert_invalid(r#"{"serial": 1}"#, "`version`");
        assert_invalid(r#"{"version": "4"}"#, "`version`");
    }

    #[test]
    fn mistyped_top_level_fields_are_invalid() {
        assert_invalid(r#"{"version": 4, "serial": "1"}"#, "`serial`");
        assert_invalid(r#"{"version": 4, "serial": -1}"#, "negative");
        assert_invalid(r#"{"version": 4, "lineage": 5}"#, "`lineage`");
        assert_invalid(r#"{"version": 4, "resources": {}}"#, "`resources`");
    }

    #[test]
    fn null_and_absent_fields_take_zero_values() {
        let state = parse(
            r#"{"version": 4, "serial": null, "resources": null, "outputs": null}"#,
            "t",
        )
        .unwrap();
        assert_eq!(
            (
                state.serial,
                state.lineage.as_str(),
                state.terraform_version.as_str()
            ),
            (0, "", "")
        );
        assert!(state.is_empty());
    }

    #[test]
    fn resource_missing_fields_are_named() {
        assert_invalid(
            &with_resources(
                r#"[{"mode": "managed", "type": "a", "name": "b", "provider": "p"}, {"mode": "managed", "name": "b", "provider": "p"}]"#,
            ),
            "resource 2 has no `type`",
        );
        assert_invalid(
            &with_resources(r#"[{"type": "a", "name": "b", "provider": "p"}]"#),
            "resource 1 has no `mode`",
        );
        assert_invalid(
            &with_resources(r#"[{"mode": "managed", "type": "a", "provider": "p"}]"#),
            "`name`",
        );
        assert_invalid(
            &with_resources(r#"[{"mode": "managed", "type": "a", "name": "b"}]"#),
            "resource `a.b` has no `provider`",
        );
    }

    #[test]
    fn resource_with_bad_mode_module_or_name_is_invalid() {
        assert_invalid(
            &with_resources(r#"[{"mode": "other", "type": "a", "name": "b", "provider": "p"}]"#),
            "`other`",
        );
        assert_invalid(
            &with_resources(
                r#"[{"module": "module.", "mode": "managed", "type": "a", "name": "b", "provider": "p"}]"#,
            ),
            "`module`",
        );
        assert_invalid(
            &with_resources(
                r#"[{"module": "mod.a", "mode": "managed", "type": "a", "name": "b", "provider": "p"}]"#,
            ),
            "`mod.a`",
        );
        assert_invalid(
            &with_resources(
                r#"[{"mode": "managed", "type": "a b", "name": "b", "provider": "p"}]"#,
            ),
            "`type`",
        );
        assert_invalid(&with_resources(r#"[7]"#), "resource 1 must be an object");
    }

    #[test]
    fn duplicate_instances_are_invalid() {
        let one = r#"{"mode": "managed", "type": "a", "name": "b", "provider": "p", "instances": [{"index_key": 1, "attributes": {}}]}"#;
        assert_invalid(
            &with_resources(&format!("[{one}, {one}]")),
            "instance `a.b[1]` appears more than once",
        );
        let twice = r#"[{"module": "module.m[\"k\"]", "mode": "data", "type": "a", "name": "b", "provider": "p", "instances": [{"index_key": "x"}, {"index_key": "x"}]}]"#;
        assert_invalid(&with_resources(twice), r#"`module.m["k"].data.a.b["x"]`"#);
    }

    #[test]
    fn duplicate_deposed_objects_are_invalid() {
        let objects = r#"[{"mode": "managed", "type": "a", "name": "b", "provider": "p", "instances": [{"deposed": "00000001"}, {"deposed": "00000001"}]}]"#;
        assert_invalid(&with_resources(objects), "`00000001`");
    }

    #[test]
    fn bad_object_fields_are_invalid() {
        let object = |o: &str| {
            with_resources(&format!(
                r#"[{{"mode": "managed", "type": "a", "name": "b", "provider": "p", "instances": [{o}]}}]"#
            ))
        };
        assert_invalid(
            &object(r#"{"index_key": 1.5}"#),
            "`index_key` of instance 1 of resource `a.b`",
        );
        assert_invalid(&object(r#"{"index_key": true}"#), "`index_key`");
        assert_invalid(&object(r#"{"status": "gone"}"#), "`status` `gone`");
        assert_invalid(&object(r#"{"deposed": "abc"}"#), "`abc`");
        assert_invalid(
            &object(r#"{"attributes": []}"#),
            "`attributes` of instance `a.b`",
        );
        assert_invalid(&object(r#"{"schema_version": "1"}"#), "`schema_version`");
        assert_invalid(
            &object(r#"{"dependencies": ["not an address"]}"#),
            "`not an address`",
        );
        assert_invalid(&object(r#"{"dependencies": [1]}"#), "`dependencies`");
        assert_invalid(
            &object(r#"{"create_before_destroy": "yes"}"#),
            "`create_before_destroy`",
        );
        assert_invalid(
            &object("3"),
            "instance 1 of resource `a.b` must be an object",
        );
    }

    fn start(d: &Diagnostic) -> (usize, usize) {
        let range = d.range.as_ref().unwrap();
        (range.start.line, range.start.column)
    }

    const TWO_INSTANCES: &str = r#"{
  "version": 4,
  "resources": [
    {
      "mode": "managed", "type": "a", "name": "b", "provider": "p",
      "instances": [
        {"index_key": "k", "attributes": {}},
        {"index_key": "k", "status": 7}
      ]
    }
  ]
}"#;

    #[test]
    fn errors_point_at_the_offending_value_and_name_the_address() {
        let d = error(TWO_INSTANCES);
        assert_eq!(start(&d), (8, 38));
        assert_eq!(d.address.as_deref(), Some(r#"a.b["k"]"#));

        let d = error(&TWO_INSTANCES.replace(r#""status": 7"#, r#""status": """#));
        assert_eq!(start(&d), (8, 9));
        assert!(d.summary.contains("more than once"));
    }

    #[test]
    fn resource_errors_point_at_the_resource_or_field() {
        let d = error(&TWO_INSTANCES.replace(r#""type": "a", "#, ""));
        assert_eq!((start(&d), d.address), ((4, 5), None));
        let d = error(&TWO_INSTANCES.replace(r#""mode": "managed""#, r#""mode": "x""#));
        assert_eq!(start(&d), (5, 15));
    }

    #[test]
    fn version_errors_point_at_the_version() {
        let d = error("{\n  \"serial\": 1,\n  \"version\": 3\n}");
        assert_eq!((d.code, start(&d)), ("unsupported-state-version", (3, 14)));
    }

    #[test]
    fn output_errors_point_at_the_output() {
        let d = error("{\"version\": 4,\n \"outputs\": {\"o\": {\"value\": 1, \"sensitive\": 1, \"type\": \"number\"}}}");
        assert_eq!(start(&d), (2, 45));
    }

    #[test]
    fn dependencies_drop_module_keys() {
        let text = with_resources(
            r#"[{"mode": "managed", "type": "a", "name": "b", "provider": "p", "instances": [{"dependencies": ["module.m[\"x\"].a.c", "module.m.a.c"]}]}]"#,
        );
        let state = parse(&text, "t").unwrap();
        let deps: Vec<String> = state
            .instances
            .values()
            .next()
            .unwrap()
            .dependencies
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(deps, ["module.m.a.c"]);
    }

    #[test]
    fn whole_float_index_keys_are_numbers() {
        let text = with_resources(
            r#"[{"mode": "managed", "type": "a", "name": "b", "provider": "p", "instances": [{"index_key": 3.0}]}]"#,
        );
        let state = parse(&text, "t").unwrap();
        assert_eq!(
            state.instances.keys().next().and_then(|a| a.key.clone()),
            Some(InstanceKey::Int(3))
        );
    }

    #[test]
    fn dependencies_are_sorted_and_deduplicated() {
        let text = with_resources(
            r#"[{"mode": "managed", "type": "a", "name": "b", "provider": "p", "instances": [{"dependencies": ["z.z", "module.m.a.b", "a.c", "z.z"]}]}]"#,
        );
        let state = parse(&text, "t").unwrap();
        let deps: Vec<String> = state
            .instances
            .values()
            .next()
            .unwrap()
            .dependencies
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(deps, ["a.c", "module.m.a.b", "z.z"]);
    }

    #[test]
    fn outputs_need_value_and_type() {
        assert_invalid(
            r#"{"version": 4, "outputs": {"o": {"type": "string"}}}"#,
            "output `o` has no `value`",
        );
        assert_invalid(
            r#"{"version": 4, "outputs": {"o": {"value": 1}}}"#,
            "output `o` has no `type`",
        );
        let state = parse(
            r#"{"version": 4, "outputs": {"o": {"value": null, "type": "string"}}}"#,
            "t",
        )
        .unwrap();
        assert_eq!(state.outputs["o"].value, Value::Null);
    }

    #[test]
    fn read_missing_or_empty_file_is_no_state() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            read(&dir.path().join("none.tfstate"), "none.tfstate"),
            Ok(None)
        );
        std::fs::write(dir.path().join("empty.tfstate"), " \n").unwrap();
        assert_eq!(
            read(&dir.path().join("empty.tfstate"), "empty.tfstate"),
            Ok(None)
        );
    }

    #[test]
    fn read_parses_a_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("s.tfstate"),
            r#"{"version": 4, "serial": 7, "lineage": "l"}"#,
        )
        .unwrap();
        assert_eq!(
            read(&dir.path().join("s.tfstate"), "s.tfstate")
                .unwrap()
                .map(|s| s.serial),
            Some(7)
        );
    }

    #[test]
    fn read_non_utf8_file_names_the_file_and_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.tfstate");
        std::fs::write(&path, b"{\n  \"a\xff\": 1}").unwrap();
        let d = read(&path, "bad.tfstate").unwrap_err();
        assert_eq!(d.code, "invalid-state");
        assert!(d.summary.contains("`bad.tfstate`"));
        let range = d.range.unwrap();
        assert_eq!((range.start.line, range.start.column), (2, 5));
    }

    #[test]
    fn read_unreadable_path_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let d = read(dir.path(), "somedir").unwrap_err();
        assert_eq!(d.code, "unreadable-state");
        assert!(d.summary.contains("`somedir`"));
        assert!(
            d.range.is_none(),
            "no position in a file that cannot be read"
        );
        assert!(d.detail.starts_with(char::is_lowercase), "{}", d.detail);
    }

    #[test]
    fn bad_json_names_line_and_column_in_the_detail() {
        let d = parse("{\n  \"version\": 4,\n}", "bad.tfstate").unwrap_err();
        assert_eq!(d.detail, "at line 3, column 1");
    }
}

//! Typed access to parsed state JSON, and problems that know where in the
//! text they are.
//!
//! `serde_json::Value` keeps no positions, so a problem records the path of
//! the offending value (`resources`, 3, `instances`, 0, `index_key`) and
//! [`locate`] finds that path in the text once, when the diagnostic is made.

use serde_json::{Map, Value as J};

pub(super) type Obj = Map<String, J>;

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Step {
    Key(String),
    Index(usize),
}

/// Something wrong with a state, before it becomes a diagnostic.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Problem {
    pub summary: String,
    /// The resource or instance address concerned, once known.
    pub address: Option<String>,
    /// Where the offending value is, from the document root.
    pub path: Vec<Step>,
}

impl Problem {
    pub fn new(summary: String) -> Problem {
        Problem {
            summary,
            address: None,
            path: Vec::new(),
        }
    }

    /// The problem as seen from one level up: `step` leads to where it was.
    pub fn within(mut self, step: Step) -> Problem {
        self.path.insert(0, step);
        self
    }

    /// Names the address, unless a closer one is already named.
    pub fn about(mut self, address: impl ToString) -> Problem {
        self.address.get_or_insert_with(|| address.to_string());
        self
    }
}

/// A field that is present and not `null`; Terraform reads `null` as absent.
pub(super) fn field<'a>(obj: &'a Obj, key: &str) -> Option<&'a J> {
    obj.get(key).filter(|v| !v.is_null())
}

pub(super) fn as_object<'a>(json: &'a J, what: &str) -> Result<&'a Obj, Problem> {
    json.as_object()
        .ok_or_else(|| Problem::new(format!("{what} must be an object, not {}", describe(json))))
}

/// Like [`as_object`], for reading that moves values out of the object.
pub(super) fn as_object_mut<'a>(json: &'a mut J, what: &str) -> Result<&'a mut Obj, Problem> {
    match json {
        J::Object(obj) => Ok(obj),
        other => Err(Problem::new(format!(
            "{what} must be an object, not {}",
            describe(other)
        ))),
    }
}

/// The array at `key`, moved out (checked as [`opt_array`] does).
pub(super) fn take_array(obj: &mut Obj, key: &str, what: &str) -> Result<Vec<J>, Problem> {
    opt_array(obj, key, what)?;
    match obj.get_mut(key) {
        Some(J::Array(items)) => Ok(std::mem::take(items)),
        _ => Ok(Vec::new()),
    }
}

pub(super) fn opt_str<'a>(obj: &'a Obj, key: &str, what: &str) -> Result<Option<&'a str>, Problem> {
    match field(obj, key) {
        None => Ok(None),
        Some(J::String(s)) => Ok(Some(s)),
        Some(other) => Err(wrong_type(key, what, "a string", other)),
    }
}

/// A string field that must be present and not empty.
pub(super) fn req_str<'a>(obj: &'a Obj, key: &str, what: &str) -> Result<&'a str, Problem> {
    opt_str(obj, key, what)?
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Problem::new(format!("{what} has no `{key}`")))
}

pub(super) fn opt_u64(obj: &Obj, key: &str, what: &str) -> Result<Option<u64>, Problem> {
    match field(obj, key) {
        None => Ok(None),
        Some(J::Number(n)) if n.as_u64().is_some() => Ok(n.as_u64()),
        Some(other) => Err(wrong_type(key, what, "a whole number", other)),
    }
}

pub(super) fn opt_bool(obj: &Obj, key: &str, what: &str) -> Result<Option<bool>, Problem> {
    match field(obj, key) {
        None => Ok(None),
        Some(J::Bool(b)) => Ok(Some(*b)),
        Some(other) => Err(wrong_type(key, what, "a boolean", other)),
    }
}

pub(super) fn opt_array<'a>(obj: &'a Obj, key: &str, what: &str) -> Result<&'a [J], Problem> {
    match field(obj, key) {
        None => Ok(&[]),
        Some(J::Array(items)) => Ok(items),
        Some(other) => Err(wrong_type(key, what, "an array", other)),
    }
}

/// A field of the wrong JSON type, placed at the field.
pub(super) fn wrong_type(key: &str, what: &str, expected: &str, found: &J) -> Problem {
    Problem::new(format!(
        "`{key}` of {what} must be {expected}, not {}",
        describe(found)
    ))
    .within(Step::Key(key.to_string()))
}

pub(super) fn describe(json: &J) -> &'static str {
    match json {
        J::Null => "null",
        J::Bool(_) => "a boolean",
        J::Number(n) if n.is_f64() => "a decimal number",
        J::Number(n) if n.is_i64() && !n.is_u64() => "a negative number",
        J::Number(_) => "a number",
        J::String(_) => "a string",
        J::Array(_) => "an array",
        J::Object(_) => "an object",
    }
}

/// The byte offset of the value at `path` in valid JSON `text`, or of the
/// deepest value on the way that exists. With repeated keys, the first
/// counts (serde_json keeps the last; a state with repeats is broken anyway).
pub(super) fn locate(text: &str, path: &[Step]) -> usize {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    for step in path {
        match find_child(text, pos, step) {
            Some(child) => pos = child,
            None => break,
        }
    }
    pos
}

/// The start of the member `step` of the object or array starting at `pos`.
fn find_child(text: &str, pos: usize, step: &Step) -> Option<usize> {
    let bytes = text.as_bytes();
    let (open, close) = match step {
        Step::Key(_) => (b'{', b'}'),
        Step::Index(_) => (b'[', b']'),
    };
    if bytes.get(pos) != Some(&open) {
        return None;
    }
    let mut pos = skip_ws(bytes, pos + 1);
    let mut index = 0;
    while bytes.get(pos) != Some(&close) {
        let found = match step {
            Step::Key(key) => {
                let end = skip_string(bytes, pos)?;
                let name: String = serde_json::from_str(text.get(pos..end)?).ok()?;
                pos = skip_ws(bytes, skip_ws(bytes, end) + 1);
                name == *key
            }
            Step::Index(wanted) => index == *wanted,
        };
        if found {
            return Some(pos);
        }
        index += 1;
        pos = skip_ws(bytes, skip_value(bytes, pos)?);
        if bytes.get(pos) == Some(&b',') {
            pos = skip_ws(bytes, pos + 1);
        }
    }
    None
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
        pos += 1;
    }
    pos
}

/// The end of the string starting at `pos` (just past its closing quote).
fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        match bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// The end of the value starting at `pos`.
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        b'{' | b'[' => skip_nested(bytes, pos),
        _ => Some(
            pos + bytes[pos..]
                .iter()
                .position(|b| matches!(b, b',' | b']' | b'}') || b.is_ascii_whitespace())
                .unwrap_or(bytes.len() - pos),
        ),
    }
}

fn skip_nested(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = pos;
    loop {
        match bytes.get(i)? {
            b'"' => i = skip_string(bytes, i)?,
            b'{' | b'[' => {
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                depth -= 1;
                i += 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Step {
        Step::Key(k.to_string())
    }

    #[test]
    fn locate_finds_nested_members() {
        let text =
            r#"{"a": 1, "r": [ {"x": "}]\"", "i": [0, {"k": true}]}, {"y": [1, 2]} ], "z": null}"#;
        let at = |path: &[Step]| &text[locate(text, path)..];
        assert!(at(&[key("r"), Step::Index(1)]).starts_with(r#"{"y""#));
        assert!(
            at(&[key("r"), Step::Index(0), key("i"), Step::Index(1), key("k")]).starts_with("true")
        );
        assert!(at(&[key("z")]).starts_with("null"));
        assert!(at(&[key("a")]).starts_with("1,"));
    }

    #[test]
    fn locate_stops_at_the_deepest_existing_value() {
        let text = "{\"r\": [\n  {\"x\": 1}\n]}";
        assert_eq!(
            locate(text, &[key("r"), Step::Index(0), key("missing")]),
            text.find("{\"x\"").unwrap()
        );
        assert_eq!(
            locate(text, &[key("r"), Step::Index(5)]),
            text.find('[').unwrap()
        );
        assert_eq!(locate(text, &[]), 0);
    }

    #[test]
    fn locate_matches_escaped_keys() {
        let text = r#"{"a\u0062": 7}"#;
        assert_eq!(&text[locate(text, &[key("ab")])..], "7}");
    }

    #[test]
    fn problems_gather_path_and_the_closest_address() {
        let p = Problem::new("x".into())
            .within(key("k"))
            .about("a.b[0]")
            .within(Step::Index(2))
            .about("a.b");
        assert_eq!(p.path, [Step::Index(2), key("k")]);
        assert_eq!(p.address.as_deref(), Some("a.b[0]"));
    }
}

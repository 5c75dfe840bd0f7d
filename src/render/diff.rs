//! The attribute-level diff of one change, in Terraform's human syntax:
//! attributes aligned on `=`, collections over several lines, nested blocks,
//! `(known after apply)`, `# forces replacement` and the counts of hidden
//! unchanged attributes, elements and blocks.
//!
//! Values carry no schema, so a list or set whose elements are all objects is
//! taken for a nested block, as the azurerm provider's blocks look in state;
//! an empty list is shown nowhere, since it may be an absent block.

use std::collections::{BTreeMap, BTreeSet};

use similar::{capture_diff_slices, Algorithm, ChangeTag, DiffOp, TextDiff};

use super::style::{Color, Paint};
use crate::plan::PathStep;
use crate::value::{format_number, Value};

/// Attributes Terraform shows even when unchanged, to identify the object.
const IDENTIFYING: [&str; 3] = ["id", "name", "tags"];

/// What happens to one attribute, collection element or nested block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    NoOp,
    Create,
    Update,
    Delete,
}

impl Kind {
    /// The kind of a change between two present-or-absent values.
    pub fn of(before: Option<&Value>, after: Option<&Value>) -> Kind {
        match (before, after) {
            (None, None) => Kind::NoOp,
            (None, Some(_)) => Kind::Create,
            (Some(_), None) => Kind::Delete,
            (Some(b), Some(a)) if b == a => Kind::NoOp,
            _ => Kind::Update,
        }
    }
}

/// Renders values and their changes into lines of text.
pub struct Differ<'a> {
    paint: Paint,
    replace_paths: &'a [Vec<PathStep>],
    sensitive: &'a [String],
    out: String,
}

impl<'a> Differ<'a> {
    pub fn new(
        paint: Paint,
        replace_paths: &'a [Vec<PathStep>],
        sensitive: &'a [String],
    ) -> Differ<'a> {
        Differ {
            paint,
            replace_paths,
            sensitive,
            out: String::new(),
        }
    }

    /// The lines written so far.
    pub fn finish(self) -> String {
        self.out
    }

    /// Writes the attributes and nested blocks of a block body whose
    /// children sit at `indent`; `before` and `after` are its objects.
    pub fn body(
        &mut self,
        before: Option<&Value>,
        after: Option<&Value>,
        indent: usize,
        path: &mut Vec<PathStep>,
    ) {
        let empty = BTreeMap::new();
        let before = before.and_then(Value::as_map).unwrap_or(&empty);
        let after = after.and_then(Value::as_map).unwrap_or(&empty);
        let keys: BTreeSet<&String> = before.keys().chain(after.keys()).collect();

        let mut attributes = Vec::new();
        let mut blocks = Vec::new();
        for key in keys {
            let (b, a) = (present(before.get(key)), present(after.get(key)));
            if is_nothing(b) && is_nothing(a) {
                continue;
            }
            if is_block_pair(b, a) {
                blocks.push((key.as_str(), b, a));
            } else {
                attributes.push((key.as_str(), b, a));
            }
        }

        self.attributes(&attributes, indent, path);
        self.blocks(&blocks, indent, path);
    }

    /// Writes one `name = value` line (or lines) at `indent`, with the
    /// name padded to `pad` characters.
    pub fn attribute(
        &mut self,
        name: &str,
        pad: usize,
        before: Option<&Value>,
        after: Option<&Value>,
        indent: usize,
        path: &[PathStep],
    ) {
        let kind = Kind::of(before, after);
        let value = if self.is_sensitive(path) {
            format!(
                "(sensitive value){}",
                if kind == Kind::Delete { " -> null" } else { "" }
            )
        } else {
            self.attribute_value(before, after, kind, indent)
        };
        let value = self.with_marker(value, self.forces(path));
        let line = format!(
            "{}{}{name:<pad$} = {value}",
            spaces(indent),
            self.symbol(kind)
        );
        self.line(&line);
    }

    fn attributes(
        &mut self,
        attributes: &[(&str, Option<&Value>, Option<&Value>)],
        indent: usize,
        path: &mut Vec<PathStep>,
    ) {
        let pad = attributes
            .iter()
            .map(|(name, _, _)| name.chars().count())
            .max()
            .unwrap_or(0);
        let mut hidden = 0;
        for &(name, b, a) in attributes {
            if Kind::of(b, a) == Kind::NoOp && !IDENTIFYING.contains(&name) {
                hidden += 1;
                continue;
            }
            path.push(PathStep::Attr(name.to_string()));
            self.attribute(name, pad, b, a, indent, path);
            path.pop();
        }
        if hidden > 0 {
            self.line(&format!(
                "{}    {}",
                spaces(indent),
                hidden_note(hidden, "attribute")
            ));
        }
    }

    fn blocks(
        &mut self,
        blocks: &[(&str, Option<&Value>, Option<&Value>)],
        indent: usize,
        path: &mut Vec<PathStep>,
    ) {
        let mut hidden = 0;
        for &(name, b, a) in blocks {
            path.push(PathStep::Attr(name.to_string()));
            let type_forces = self.forces(path);
            for (index, (eb, ea)) in block_pairs(b, a) {
                if Kind::of(eb, ea) == Kind::NoOp {
                    hidden += 1;
                    continue;
                }
                path.extend(index.map(PathStep::Index));
                let forces = type_forces || self.forces(path);
                self.block(name, eb, ea, indent, path, forces);
                path.truncate(path.len() - usize::from(index.is_some()));
            }
            path.pop();
        }
        if hidden > 0 {
            self.line("");
            self.line(&format!(
                "{}    {}",
                spaces(indent),
                hidden_note(hidden, "block")
            ));
        }
    }

    fn block(
        &mut self,
        name: &str,
        before: Option<&Value>,
        after: Option<&Value>,
        indent: usize,
        path: &mut Vec<PathStep>,
        forces: bool,
    ) {
        let kind = Kind::of(before, after);
        let opener = self.with_marker(format!("{name} {{"), forces);

        self.line("");
        self.line(&format!("{}{}{opener}", spaces(indent), self.symbol(kind)));
        self.body(before, after, indent + 1, path);
        self.line(&format!("{}}}", spaces(indent + 1)));
    }

    fn attribute_value(
        &self,
        before: Option<&Value>,
        after: Option<&Value>,
        kind: Kind,
        indent: usize,
    ) -> String {
        match (before, after) {
            (Some(b), Some(a)) if kind == Kind::Update => self.change_text(b, a, indent),
            (Some(b), None) => format!("{} -> null", self.value_text(b, indent, Kind::Delete)),
            (_, Some(a)) => self.value_text(a, indent, kind),
            (None, None) => "null".to_string(),
        }
    }

    /// A whole value, created, deleted or unchanged, as the right side of
    /// `=` on a line at `indent`.
    pub fn value_text(&self, value: &Value, indent: usize, kind: Kind) -> String {
        match value {
            Value::List(items) | Value::Set(items) => self.list_text(items, indent, kind),
            Value::Map(map) => self.map_text(map, indent, kind),
            Value::String(s) if s.contains('\n') => heredoc_text(s, indent),
            other => primitive(other),
        }
    }

    fn list_text(&self, items: &[Value], indent: usize, kind: Kind) -> String {
        if items.is_empty() {
            return "[]".to_string();
        }
        let mut text = "[\n".to_string();
        for item in items {
            let value = self.value_text(item, indent + 1, kind);
            text.push_str(&format!(
                "{}{}{value},\n",
                spaces(indent + 1),
                self.symbol(kind)
            ));
        }
        text + &spaces(indent + 1) + "]"
    }

    fn map_text(&self, map: &BTreeMap<String, Value>, indent: usize, kind: Kind) -> String {
        if map.is_empty() {
            return "{}".to_string();
        }
        let pad = map
            .keys()
            .map(|k| quoted(k).chars().count())
            .max()
            .unwrap_or(0);
        let mut text = "{\n".to_string();
        for (key, value) in map {
            let value = self.value_text(value, indent + 1, kind);
            text.push_str(&format!(
                "{}{}{:<pad$} = {value}\n",
                spaces(indent + 1),
                self.symbol(kind),
                quoted(key)
            ));
        }
        text + &spaces(indent + 1) + "}"
    }

    /// A changed value as the right side of `=` on a line at `indent`.
    pub fn change_text(&self, before: &Value, after: &Value, indent: usize) -> String {
        match (before, after) {
            (b, Value::Unknown) => format!(
                "{} -> (known after apply)",
                self.value_text(b, indent, Kind::Delete)
            ),
            (Value::String(b), Value::String(a)) if b.contains('\n') || a.contains('\n') => {
                self.heredoc_diff(b, a, indent)
            }
            (Value::List(b), Value::List(a)) => self.list_diff(b, a, indent),
            (Value::Set(b) | Value::List(b), Value::Set(a) | Value::List(a)) => {
                self.set_diff(b, a, indent)
            }
            (Value::Map(b), Value::Map(a)) => self.map_diff(b, a, indent),
            (b, a) if is_primitive(b) && is_primitive(a) => {
                format!("{} -> {}", primitive(b), primitive(a))
            }
            (b, a) => format!(
                "{} -> {}",
                self.value_text(b, indent, Kind::Delete),
                self.value_text(a, indent, Kind::Create)
            ),
        }
    }

    /// A list diff: Terraform shows changed elements with one unchanged
    /// neighbour on each side and counts the rest where they were skipped.
    fn list_diff(&self, before: &[Value], after: &[Value], indent: usize) -> String {
        let entries = sequence_entries(before, after);
        let shown: Vec<bool> = (0..entries.len())
            .map(|i| is_near_change(&entries, i))
            .collect();

        let mut text = "[\n".to_string();
        let mut hidden = 0;
        for (i, (kind, value)) in entries.iter().enumerate() {
            if !shown[i] {
                hidden += 1;
                continue;
            }
            text.push_str(&self.hidden_line(&mut hidden, indent + 1, "element"));
            text.push_str(&self.element_line(value, *kind, indent + 1));
        }
        text.push_str(&self.hidden_line(&mut hidden, indent + 1, "element"));
        text + &spaces(indent + 1) + "]"
    }

    /// A set diff: removed and added elements; unchanged ones are counted.
    fn set_diff(&self, before: &[Value], after: &[Value], indent: usize) -> String {
        let mut text = "[\n".to_string();
        let mut hidden = 0;
        for value in before {
            if after.contains(value) {
                hidden += 1;
            } else {
                text.push_str(&self.element_line(value, Kind::Delete, indent + 1));
            }
        }
        for value in after.iter().filter(|v| !before.contains(v)) {
            text.push_str(&self.element_line(value, Kind::Create, indent + 1));
        }
        text.push_str(&self.hidden_line(&mut hidden, indent + 1, "element"));
        text + &spaces(indent + 1) + "]"
    }

    fn map_diff(
        &self,
        before: &BTreeMap<String, Value>,
        after: &BTreeMap<String, Value>,
        indent: usize,
    ) -> String {
        let keys: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
        let pad = keys
            .iter()
            .map(|k| quoted(k).chars().count())
            .max()
            .unwrap_or(0);

        let mut text = "{\n".to_string();
        let mut hidden = 0;
        for key in keys {
            let (b, a) = (before.get(key), after.get(key));
            let kind = Kind::of(b, a);
            if kind == Kind::NoOp {
                hidden += 1;
                continue;
            }
            let value = self.attribute_value(b, a, kind, indent + 1);
            text.push_str(&format!(
                "{}{}{:<pad$} = {value}\n",
                spaces(indent + 1),
                self.symbol(kind),
                quoted(key)
            ));
        }
        text.push_str(&self.hidden_line(&mut hidden, indent + 1, "element"));
        text + &spaces(indent + 1) + "}"
    }

    /// A multi-line string change as a line diff inside a heredoc.
    fn heredoc_diff(&self, before: &str, after: &str, indent: usize) -> String {
        let (before, after) = (with_final_newline(before), with_final_newline(after));
        let diff = TextDiff::from_lines(before.as_str(), after.as_str());

        let mut text = "<<-EOT\n".to_string();
        for change in diff.iter_all_changes() {
            let kind = match change.tag() {
                ChangeTag::Equal => Kind::NoOp,
                ChangeTag::Delete => Kind::Delete,
                ChangeTag::Insert => Kind::Create,
            };
            let line = change.value().trim_end_matches(['\n', '\r']);
            text.push_str(&format!(
                "{}{}{line}\n",
                spaces(indent + 1),
                self.symbol(kind)
            ));
        }
        text + &spaces(indent + 1) + "EOT"
    }

    fn element_line(&self, value: &Value, kind: Kind, indent: usize) -> String {
        format!(
            "{}{}{},\n",
            spaces(indent),
            self.symbol(kind),
            self.value_text(value, indent, kind)
        )
    }

    /// The note for elements skipped so far, if any; resets the count.
    fn hidden_line(&self, hidden: &mut usize, indent: usize, noun: &str) -> String {
        if *hidden == 0 {
            return String::new();
        }
        let line = format!("{}    {}\n", spaces(indent), hidden_note(*hidden, noun));
        *hidden = 0;
        line
    }

    /// The four columns before a name: indentation, symbol and a space.
    fn symbol(&self, kind: Kind) -> String {
        match kind {
            Kind::NoOp => "    ".to_string(),
            Kind::Create => format!("  {} ", self.paint.fg(Color::Green, "+")),
            Kind::Update => format!("  {} ", self.paint.fg(Color::Yellow, "~")),
            Kind::Delete => format!("  {} ", self.paint.fg(Color::Red, "-")),
        }
    }

    /// Appends `# forces replacement` to the first line of `text`.
    fn with_marker(&self, mut text: String, forces: bool) -> String {
        if !forces {
            return text;
        }
        let marker = format!(" {}", self.paint.fg(Color::Red, "# forces replacement"));
        let at = text.find('\n').unwrap_or(text.len());
        text.insert_str(at, &marker);
        text
    }

    fn forces(&self, path: &[PathStep]) -> bool {
        self.replace_paths.iter().any(|p| p.as_slice() == path)
    }

    /// Only top-level attributes are marked sensitive in a change.
    fn is_sensitive(&self, path: &[PathStep]) -> bool {
        match path {
            [PathStep::Attr(name)] => self.sensitive.contains(name),
            _ => false,
        }
    }

    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }
}

/// Four spaces per level, as Terraform indents.
pub fn spaces(indent: usize) -> String {
    "    ".repeat(indent)
}

/// A primitive in HCL syntax.
pub fn primitive(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format_number(*n),
        Value::String(s) => quoted(s),
        Value::Unknown => "(known after apply)".to_string(),
        other => other.to_string(),
    }
}

fn quoted(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

fn is_primitive(value: &Value) -> bool {
    !matches!(value, Value::List(_) | Value::Set(_) | Value::Map(_))
}

/// A multi-line string created, deleted or unchanged, as a heredoc.
fn heredoc_text(s: &str, indent: usize) -> String {
    let mut text = "<<-EOT\n".to_string();
    for line in s.lines() {
        text.push_str(&format!("{}    {line}\n", spaces(indent + 1)));
    }
    text + &spaces(indent + 1) + "EOT"
}

fn with_final_newline(s: &str) -> String {
    if s.ends_with('\n') {
        s.to_string()
    } else {
        format!("{s}\n")
    }
}

fn hidden_note(count: usize, noun: &str) -> String {
    let plural = if count == 1 { "" } else { "s" };
    format!("# ({count} unchanged {noun}{plural} hidden)")
}

/// Null counts as absent, as in Terraform's diff.
fn present(value: Option<&Value>) -> Option<&Value> {
    value.filter(|v| !v.is_null())
}

fn is_nothing(value: Option<&Value>) -> bool {
    value.is_none_or(|v| v.as_items().is_some_and(<[Value]>::is_empty))
}

fn is_blocks(value: &Value) -> bool {
    value
        .as_items()
        .is_some_and(|items| !items.is_empty() && items.iter().all(|i| i.as_map().is_some()))
}

fn is_block_pair(before: Option<&Value>, after: Option<&Value>) -> bool {
    let fits = |v: Option<&Value>| is_nothing(v) || v.is_some_and(is_blocks);
    fits(before) && fits(after) && (before.is_some_and(is_blocks) || after.is_some_and(is_blocks))
}

type ElementPair<'v> = (Option<usize>, (Option<&'v Value>, Option<&'v Value>));

/// Pairs the elements of two block collections: lists by index, sets by
/// equality (an element that changed is one removed and one added).
fn block_pairs<'v>(before: Option<&'v Value>, after: Option<&'v Value>) -> Vec<ElementPair<'v>> {
    let items = |v: Option<&'v Value>| v.and_then(Value::as_items).unwrap_or(&[]);
    let (b, a) = (items(before), items(after));
    let is_set = matches!(before, Some(Value::Set(_))) || matches!(after, Some(Value::Set(_)));
    if !is_set {
        let len = b.len().max(a.len());
        return (0..len).map(|i| (Some(i), (b.get(i), a.get(i)))).collect();
    }
    let mut pairs: Vec<ElementPair<'v>> = b
        .iter()
        .map(|v| (None, (Some(v), a.contains(v).then_some(v))))
        .collect();
    pairs.extend(
        a.iter()
            .filter(|v| !b.contains(v))
            .map(|v| (None, (None, Some(v)))),
    );
    pairs
}

/// The elements of a list diff in order, each with what happens to it.
fn sequence_entries<'v>(before: &'v [Value], after: &'v [Value]) -> Vec<(Kind, &'v Value)> {
    let old: Vec<String> = before.iter().map(Value::sort_key).collect();
    let new: Vec<String> = after.iter().map(Value::sort_key).collect();

    let mut entries = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old, &new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => entries.extend(
                before[old_index..old_index + len]
                    .iter()
                    .map(|v| (Kind::NoOp, v)),
            ),
            DiffOp::Delete {
                old_index, old_len, ..
            } => entries.extend(
                before[old_index..old_index + old_len]
                    .iter()
                    .map(|v| (Kind::Delete, v)),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => entries.extend(
                after[new_index..new_index + new_len]
                    .iter()
                    .map(|v| (Kind::Create, v)),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                entries.extend(
                    before[old_index..old_index + old_len]
                        .iter()
                        .map(|v| (Kind::Delete, v)),
                );
                entries.extend(
                    after[new_index..new_index + new_len]
                        .iter()
                        .map(|v| (Kind::Create, v)),
                );
            }
        }
    }
    entries
}

/// A changed element, or an unchanged one next to a change.
fn is_near_change(entries: &[(Kind, &Value)], i: usize) -> bool {
    let changed = |j: usize| entries.get(j).is_some_and(|(kind, _)| *kind != Kind::NoOp);
    changed(i) || (i > 0 && changed(i - 1)) || changed(i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, Value)]) -> Value {
        Value::Map(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn body(before: Option<&Value>, after: Option<&Value>, replace: &[Vec<PathStep>]) -> String {
        let mut differ = Differ::new(Paint::new(false), replace, &[]);
        differ.body(before, after, 1, &mut Vec::new());
        differ.finish()
    }

    #[test]
    fn kind_treats_equal_values_as_no_op() {
        let v = Value::from("a");
        assert_eq!(Kind::of(Some(&v), Some(&v)), Kind::NoOp);
        assert_eq!(Kind::of(None, Some(&v)), Kind::Create);
        assert_eq!(Kind::of(Some(&v), None), Kind::Delete);
        assert_eq!(Kind::of(Some(&v), Some(&Value::Unknown)), Kind::Update);
    }

    #[test]
    fn create_pads_names_and_omits_nulls() {
        let after = map(&[
            ("id", Value::Unknown),
            ("location", "westeurope".into()),
            ("zone", Value::Null),
        ]);
        let text = body(None, Some(&after), &[]);
        assert_eq!(
            text,
            "      + id       = (known after apply)\n      + location = \"westeurope\"\n"
        );
    }

    #[test]
    fn update_hides_unchanged_attributes_but_keeps_identifying_ones() {
        let before = map(&[
            ("name", "a".into()),
            ("sku", "Basic".into()),
            ("size", 1.into()),
        ]);
        let after = map(&[
            ("name", "a".into()),
            ("sku", "Standard".into()),
            ("size", 1.into()),
        ]);
        let text = body(Some(&before), Some(&after), &[]);
        assert!(text.contains("        name = \"a\"\n"));
        assert!(text.contains("      ~ sku  = \"Basic\" -> \"Standard\"\n"));
        assert!(text.contains("# (1 unchanged attribute hidden)"));
    }

    #[test]
    fn list_diff_shows_neighbours_and_counts_the_rest() {
        let before = Value::List(["a", "b", "c", "d"].map(Value::from).to_vec());
        let after = Value::List(["a", "b", "c", "x"].map(Value::from).to_vec());
        let differ = Differ::new(Paint::new(false), &[], &[]);
        let text = differ.change_text(&before, &after, 1);
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        assert_eq!(
            lines,
            [
                "[",
                "# (2 unchanged elements hidden)",
                "\"c\",",
                "- \"d\",",
                "+ \"x\",",
                "]"
            ]
        );
    }

    #[test]
    fn forces_replacement_marks_the_first_line() {
        let before = map(&[("prefixes", Value::List(vec!["10.0.0.0/24".into()]))]);
        let after = map(&[("prefixes", Value::List(vec!["10.0.1.0/24".into()]))]);
        let text = body(
            Some(&before),
            Some(&after),
            &[vec![PathStep::Attr("prefixes".into())]],
        );
        assert!(text.starts_with("      ~ prefixes = [ # forces replacement\n"));
    }

    #[test]
    fn lists_of_objects_render_as_blocks() {
        let block = map(&[("name", "cfg".into())]);
        let after = map(&[("ip_configuration", Value::List(vec![block]))]);
        let text = body(None, Some(&after), &[]);
        assert_eq!(
            text,
            "\n      + ip_configuration {\n          + name = \"cfg\"\n        }\n"
        );
    }

    #[test]
    fn set_blocks_match_by_equality() {
        let a = map(&[("name", "a".into())]);
        let b = map(&[("name", "b".into())]);
        let c = map(&[("name", "c".into())]);
        let before = map(&[("rule", Value::set(vec![a.clone(), b]))]);
        let after = map(&[("rule", Value::set(vec![a, c]))]);
        let text = body(Some(&before), Some(&after), &[]);
        assert!(text.contains("      - rule {"));
        assert!(text.contains("      + rule {"));
        assert!(text.contains("# (1 unchanged block hidden)"));
    }
}

//! Parsing Terraform addresses from text: the `module` and `dependencies`
//! fields of state, `moved` blocks and command-line flags.
//!
//! The grammar is Terraform's traversal syntax restricted to what addresses
//! use: `module.NAME[KEY]` steps, then `data.`, a type and a name, then an
//! instance key. Keys are whole numbers or double-quoted strings with JSON
//! escapes, so `["a.b]\"c"]` is one key.

use crate::addr::{InstanceAddr, InstanceKey, Mode, ModulePath, ModuleStep, ResourceAddr};

/// Parses a module instance path such as `module.a["x"].module.b[0]`; the
/// empty string is the root module.
pub fn parse_module_path(s: &str) -> Option<ModulePath> {
    let mut cursor = Cursor::new(s);
    let path = cursor.module_path()?;
    cursor.is_done().then_some(path)
}

/// Parses a resource address such as `module.a.data.azurerm_subnet.pe`.
pub fn parse_resource_addr(s: &str) -> Option<ResourceAddr> {
    let mut cursor = Cursor::new(s);
    let addr = cursor.resource_addr()?;
    cursor.is_done().then_some(addr)
}

/// Parses a resource instance address such as `azurerm_subnet.pe["k"]`.
pub fn parse_instance_addr(s: &str) -> Option<InstanceAddr> {
    let mut cursor = Cursor::new(s);
    let resource = cursor.resource_addr()?;
    let key = cursor.key()?;
    cursor.is_done().then_some(InstanceAddr { resource, key })
}

/// Whether `s` is a Terraform identifier, as resource types and names are.
pub(super) fn is_ident(s: &str) -> bool {
    let mut cursor = Cursor::new(s);
    cursor.ident().is_some() && cursor.is_done()
}

/// The unparsed rest of an address.
struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Cursor<'a> {
        Cursor { rest: s }
    }

    fn is_done(&self) -> bool {
        self.rest.is_empty()
    }

    fn eat(&mut self, prefix: &str) -> bool {
        match self.rest.strip_prefix(prefix) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn skip_spaces(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\t']);
    }

    /// Module steps; a path continues only where `.module.` follows, since
    /// `module` is reserved and cannot be a resource type.
    fn module_path(&mut self) -> Option<ModulePath> {
        let mut steps = Vec::new();
        if !self.rest.starts_with("module.") {
            return Some(ModulePath(steps));
        }
        loop {
            self.eat("module.");
            let name = self.ident()?.to_string();
            let key = self.key()?;
            steps.push(ModuleStep { name, key });
            if !self.rest.starts_with(".module.") {
                return Some(ModulePath(steps));
            }
            self.eat(".");
        }
    }

    fn resource_addr(&mut self) -> Option<ResourceAddr> {
        let module = self.module_path()?;
        if !module.is_root() && !self.eat(".") {
            return None;
        }
        let mode = if self.eat("data.") {
            Mode::Data
        } else {
            Mode::Managed
        };
        let type_name = self.ident()?;
        if !self.eat(".") {
            return None;
        }
        let name = self.ident()?;
        Some(ResourceAddr::new(module, mode, type_name, name))
    }

    /// An identifier: a letter or underscore, then letters, digits,
    /// underscores and dashes.
    fn ident(&mut self) -> Option<&'a str> {
        let first = self.rest.chars().next()?;
        if !(first.is_alphabetic() || first == '_') {
            return None;
        }
        let end = self
            .rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(self.rest.len());
        let (ident, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(ident)
    }

    /// An optional `[KEY]`: `Some(None)` when there is no key, `None` when
    /// a key is malformed.
    fn key(&mut self) -> Option<Option<InstanceKey>> {
        if !self.eat("[") {
            return Some(None);
        }
        self.skip_spaces();
        let key = if self.rest.starts_with('"') {
            self.string_key()?
        } else {
            self.int_key()?
        };
        self.skip_spaces();
        self.eat("]").then_some(Some(key))
    }

    fn int_key(&mut self) -> Option<InstanceKey> {
        let end = self
            .rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(self.rest.len());
        let (digits, rest) = self.rest.split_at(end);
        let n = digits.parse::<i64>().ok()?;
        self.rest = rest;
        Some(InstanceKey::Int(n))
    }

    /// A quoted key, unescaped as JSON; a backslash protects the next
    /// character, so `\"` does not end the string.
    fn string_key(&mut self) -> Option<InstanceKey> {
        let mut escaped = false;
        let mut end = None;
        for (i, c) in self.rest.char_indices().skip(1) {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => {
                    end = Some(i + 1);
                    break;
                }
                _ => {}
            }
        }
        let (quoted, rest) = self.rest.split_at(end?);
        let key = serde_json::from_str::<String>(quoted).ok()?;
        self.rest = rest;
        Some(InstanceKey::Str(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(k: &str) -> Option<InstanceKey> {
        Some(InstanceKey::Str(k.to_string()))
    }

    #[test]
    fn root_module_path_is_empty_string() {
        assert_eq!(parse_module_path(""), Some(ModulePath::root()));
    }

    #[test]
    fn module_path_with_keys() {
        let path = parse_module_path(r#"module.a["x"].module.b[0]"#).unwrap();
        let expected = ModulePath::root()
            .child("a", s("x"))
            .child("b", Some(InstanceKey::Int(0)));
        assert_eq!(path, expected);
        assert_eq!(path.to_string(), r#"module.a["x"].module.b[0]"#);
    }

    #[test]
    fn module_path_rejects_trailing_and_malformed_parts() {
        for bad in [
            "module.a.",
            "module.",
            "module.a[",
            "module.a[x]",
            "module.a[\"x]",
            "module.a.azurerm_x.y",
            "module.1a",
            " module.a",
        ] {
            assert_eq!(parse_module_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn resource_addr_in_nested_module_with_data_mode() {
        let addr = parse_resource_addr("module.a.module.b.data.azurerm_x.y").unwrap();
        assert_eq!(
            addr.module,
            ModulePath::root().child("a", None).child("b", None)
        );
        assert_eq!(
            (addr.mode, addr.type_name.as_str(), addr.name.as_str()),
            (Mode::Data, "azurerm_x", "y")
        );
    }

    #[test]
    fn resource_addr_managed_at_root() {
        let addr = parse_resource_addr("azurerm_private_endpoint.ampls-1").unwrap();
        assert_eq!(
            addr,
            ResourceAddr::new(
                ModulePath::root(),
                Mode::Managed,
                "azurerm_private_endpoint",
                "ampls-1"
            )
        );
    }

    #[test]
    fn resource_addr_rejects_instance_keys_and_missing_parts() {
        for bad in [
            "azurerm_x.y[0]",
            "azurerm_x",
            "azurerm_x.",
            "data.azurerm_x",
            "module.a",
            "module.a.",
            "",
            "azurerm_x.y.z",
        ] {
            assert_eq!(parse_resource_addr(bad), None, "{bad}");
        }
    }

    #[test]
    fn instance_addr_with_string_key() {
        let addr = parse_instance_addr(r#"azurerm_x.y["k"]"#).unwrap();
        assert_eq!(addr.key, s("k"));
        assert_eq!(addr.resource.to_string(), "azurerm_x.y");
    }

    #[test]
    fn instance_keys_may_hold_dots_brackets_and_escaped_quotes() {
        let text = r#"module.m["a.b"].azurerm_x.y["c]d.\"e\"[0]"]"#;
        let addr = parse_instance_addr(text).unwrap();
        assert_eq!(
            addr.resource.module,
            ModulePath::root().child("m", s("a.b"))
        );
        assert_eq!(addr.key, s("c]d.\"e\"[0]"));
        assert_eq!(addr.to_string(), text);
    }

    #[test]
    fn instance_addr_round_trips_through_display() {
        for text in [
            r#"data.azurerm_x.y[3]"#,
            r#"module.a[10].azurerm_x.y["\\"]"#,
            "azurerm_x.y",
            r#"azurerm_x.y["ü\n"]"#,
        ] {
            let addr = parse_instance_addr(text).unwrap();
            assert_eq!(parse_instance_addr(&addr.to_string()), Some(addr), "{text}");
        }
    }

    #[test]
    fn instance_addr_rejects_bad_keys() {
        for bad in [
            "azurerm_x.y[]",
            "azurerm_x.y[-1]",
            "azurerm_x.y[1.5]",
            r#"azurerm_x.y["a"]x"#,
            r#"azurerm_x.y["a\q"]"#,
            "azurerm_x.y[0][1]",
        ] {
            assert_eq!(parse_instance_addr(bad), None, "{bad}");
        }
    }

    #[test]
    fn spaces_inside_brackets_are_allowed() {
        assert_eq!(
            parse_instance_addr(r#"azurerm_x.y[ "k" ]"#).unwrap().key,
            s("k")
        );
    }
}

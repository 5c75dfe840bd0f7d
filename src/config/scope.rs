//! The names an expression can see in one module instance: `var`, `local`,
//! `module`, `data`, `path`, `terraform` and one root per resource type,
//! plus `each` and `count` inside a repeated block.

use std::collections::BTreeMap;

use crate::config::eval::Scope;
use crate::value::Value;

/// The values of one module instance, filled in as its nodes are evaluated.
#[derive(Debug, Default)]
pub struct ModuleScope {
    roots: BTreeMap<String, Value>,
}

impl ModuleScope {
    pub fn new(module_dir: &str, root_dir: &str, cwd: &str) -> ModuleScope {
        let mut roots = BTreeMap::new();
        let path = [("module", module_dir), ("root", root_dir), ("cwd", cwd)];
        roots.insert(
            "path".into(),
            Value::Map(
                path.iter()
                    .map(|(k, v)| (k.to_string(), Value::string(*v)))
                    .collect(),
            ),
        );
        roots.insert(
            "terraform".into(),
            Value::Map([("workspace".to_string(), Value::string("default"))].into()),
        );
        for root in ["var", "local", "module", "data"] {
            roots.insert(root.into(), Value::Map(BTreeMap::new()));
        }
        ModuleScope { roots }
    }

    /// Sets `root.name` (for example `local.x` or `azurerm_subnet.pe`).
    pub fn set(&mut self, root: &str, name: &str, value: Value) {
        if let Value::Map(map) = self
            .roots
            .entry(root.to_string())
            .or_insert_with(|| Value::Map(BTreeMap::new()))
        {
            map.insert(name.to_string(), value);
        }
    }

    /// Sets `data.type.name`.
    pub fn set_data(&mut self, type_name: &str, name: &str, value: Value) {
        if let Some(Value::Map(data)) = self.roots.get_mut("data") {
            if let Value::Map(types) = data
                .entry(type_name.to_string())
                .or_insert_with(|| Value::Map(BTreeMap::new()))
            {
                types.insert(name.to_string(), value);
            }
        }
    }
}

impl Scope for ModuleScope {
    fn lookup(&self, name: &str) -> Option<&Value> {
        self.roots.get(name)
    }
}

/// A scope with `each`, `count` or a dynamic block's iterator over another scope.
pub struct Layered<'a> {
    pub base: &'a dyn Scope,
    pub names: BTreeMap<String, Value>,
}

impl<'a> Layered<'a> {
    pub fn new(base: &'a dyn Scope) -> Layered<'a> {
        Layered {
            base,
            names: BTreeMap::new(),
        }
    }

    pub fn with(mut self, name: &str, value: Value) -> Layered<'a> {
        self.names.insert(name.to_string(), value);
        self
    }
}

impl Scope for Layered<'_> {
    fn lookup(&self, name: &str) -> Option<&Value> {
        self.names.get(name).or_else(|| self.base.lookup(name))
    }
}

//! Placeholder: state v4 is being written (interface only).

use std::collections::BTreeMap;
use std::path::Path;

use crate::addr::{InstanceAddr, ModulePath, ResourceAddr};
use crate::diag::Diagnostic;
use crate::value::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub version: u64,
    pub terraform_version: String,
    pub serial: u64,
    pub lineage: String,
    pub outputs: BTreeMap<String, OutputState>,
    pub instances: BTreeMap<InstanceAddr, InstanceState>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutputState {
    pub value: Value,
    pub type_json: serde_json::Value,
    pub sensitive: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InstanceState {
    pub provider: String,
    pub schema_version: u64,
    pub attributes: Value,
    pub sensitive_attributes: serde_json::Value,
    pub dependencies: Vec<ResourceAddr>,
    pub tainted: bool,
    pub create_before_destroy: bool,
    pub private: Option<String>,
    pub deposed: Vec<(String, Value)>,
}

impl State {
    pub fn empty() -> State {
        State {
            version: 4,
            terraform_version: String::new(),
            serial: 0,
            lineage: String::new(),
            outputs: BTreeMap::new(),
            instances: BTreeMap::new(),
        }
    }
}

pub fn read(_path: &Path, _display_name: &str) -> Result<Option<State>, Diagnostic> {
    Ok(None)
}

pub fn parse_module_path(_s: &str) -> Option<ModulePath> {
    None
}

pub fn parse_resource_addr(_s: &str) -> Option<ResourceAddr> {
    None
}

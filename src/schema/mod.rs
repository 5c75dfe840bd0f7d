//! Per-resource-type schemas of the azurerm provider, kept as data tables.
//!
//! Each table lists what a resource or data source accepts and exports:
//! which arguments are required, optional or computed, their types and
//! defaults, and which changes force replacement. The tables follow the
//! provider's v4 Go schemas and also accept the v5 spellings (as optional
//! arguments), so one table serves configurations written for either major
//! version. The functions the planner needs live next door: [`validate_body`]
//! checks a block body, [`plan_object`] builds the planned object,
//! [`normalize`] shapes state values, [`compute_id`] derives Azure ids and
//! [`replace_paths`] finds the changes that force replacement.

mod data;
mod dns;
mod ids;
mod monitor;
mod network;
mod plan;
mod resolver;
mod validate;

pub use ids::compute_id;
pub use plan::{normalize, plan_object, replace_paths};
pub use validate::validate_body;

/// The type of an attribute's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AttrType {
    String,
    Number,
    Bool,
    List(&'static AttrType),
    Set(&'static AttrType),
    Map(&'static AttrType),
    /// An object with fixed attributes; used for computed-only nested values
    /// such as a private endpoint's `network_interface`.
    Object(&'static [(&'static str, AttrType)]),
}

/// Whether an attribute must, may or cannot be set in configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    Required,
    Optional,
    /// Set by the provider only; configuring it is an error.
    Computed,
    /// May be configured; when it is not, the provider decides the value.
    OptionalComputed,
}

/// A default the provider applies to an unset optional attribute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DefaultValue {
    Str(&'static str),
    Num(f64),
    Bool(bool),
}

impl DefaultValue {
    /// The default as a value.
    pub fn to_value(self) -> crate::value::Value {
        match self {
            DefaultValue::Str(s) => crate::value::Value::string(s),
            DefaultValue::Num(n) => crate::value::Value::Number(n),
            DefaultValue::Bool(b) => crate::value::Value::Bool(b),
        }
    }
}

/// One argument or exported attribute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attribute {
    pub name: &'static str,
    pub ty: AttrType,
    pub presence: Presence,
    pub force_new: bool,
    pub default: Option<DefaultValue>,
    pub sensitive: bool,
    /// A spelling of another provider major version (v5 for a v4 argument,
    /// or the reverse). Unset, it plans as null on create and keeps the prior
    /// value on update, so that a configuration in one spelling does not
    /// show the other spelling changing.
    pub alt_spelling: bool,
    /// How the provider folds the value before comparing or storing it.
    pub fold: Fold,
}

/// The provider's normalisation of a value (its `StateFunc` or
/// `DiffSuppressFunc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Compared and stored as given.
    Exact,
    /// Azure region names: stored lowercase without spaces
    /// (`West Europe` becomes `westeurope`).
    Location,
    /// A difference only in letter case is no change: the prior value stays.
    IgnoreCase,
}

impl Attribute {
    const fn new(name: &'static str, ty: AttrType, presence: Presence) -> Attribute {
        Attribute {
            name,
            ty,
            presence,
            force_new: false,
            default: None,
            sensitive: false,
            alt_spelling: false,
            fold: Fold::Exact,
        }
    }

    /// Marks the attribute as forcing replacement when it changes.
    pub const fn force_new(self) -> Attribute {
        Attribute {
            force_new: true,
            ..self
        }
    }

    /// Marks the attribute's value as sensitive.
    pub const fn sensitive(self) -> Attribute {
        Attribute {
            sensitive: true,
            ..self
        }
    }

    /// Gives the attribute a default.
    pub const fn default(self, default: DefaultValue) -> Attribute {
        Attribute {
            default: Some(default),
            ..self
        }
    }

    /// Marks the attribute as the spelling of another provider version.
    pub const fn alt_spelling(self) -> Attribute {
        Attribute {
            alt_spelling: true,
            ..self
        }
    }

    /// Sets how the provider normalises the value.
    pub const fn fold(self, fold: Fold) -> Attribute {
        Attribute { fold, ..self }
    }

    /// True when configuration may set the attribute.
    pub fn is_configurable(&self) -> bool {
        self.presence != Presence::Computed
    }
}

/// A required argument.
pub const fn required(name: &'static str, ty: AttrType) -> Attribute {
    Attribute::new(name, ty, Presence::Required)
}

/// An optional argument.
pub const fn optional(name: &'static str, ty: AttrType) -> Attribute {
    Attribute::new(name, ty, Presence::Optional)
}

/// An exported attribute that configuration cannot set.
pub const fn computed(name: &'static str, ty: AttrType) -> Attribute {
    Attribute::new(name, ty, Presence::Computed)
}

/// An optional argument whose value the provider decides when unset.
pub const fn optional_computed(name: &'static str, ty: AttrType) -> Attribute {
    Attribute::new(name, ty, Presence::OptionalComputed)
}

/// The `location` argument of regional resources.
pub(crate) const LOCATION: Attribute = required("location", types::STRING)
    .force_new()
    .fold(Fold::Location);

/// The `resource_group_name` argument; the provider ignores case changes.
pub(crate) const RESOURCE_GROUP_NAME: Attribute = required("resource_group_name", types::STRING)
    .force_new()
    .fold(Fold::IgnoreCase);

/// A nested block type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BlockType {
    pub name: &'static str,
    /// Elements form a set (order does not matter) rather than a list.
    pub set: bool,
    pub min_items: usize,
    /// 0 means unlimited.
    pub max_items: usize,
    pub force_new: bool,
    pub attributes: &'static [Attribute],
    pub blocks: &'static [BlockType],
    /// Optional and computed: when configuration has no such block, the
    /// provider decides (a virtual network's inline `subnet` blocks).
    pub computed: bool,
    /// May also be written as an attribute (`subnet = [...]`), as the
    /// provider's "attributes as blocks" mode allows.
    pub attr_mode: bool,
    /// At most one block whose value is an object or null, not a list
    /// (the `timeouts` block).
    pub single: bool,
    /// Template for the computed `id` of each element, appended to the
    /// parent's id, e.g. `/subnets/{name}`.
    pub id_suffix: Option<&'static str>,
    /// A block of another provider major version: when neither the
    /// configuration nor the prior object has it, the planned and
    /// normalised objects leave it out rather than show an empty list.
    pub alt_spelling: bool,
}

impl BlockType {
    /// A list block with no item limits.
    pub const fn list(
        name: &'static str,
        attributes: &'static [Attribute],
        blocks: &'static [BlockType],
    ) -> BlockType {
        BlockType {
            name,
            set: false,
            min_items: 0,
            max_items: 0,
            force_new: false,
            attributes,
            blocks,
            computed: false,
            attr_mode: false,
            single: false,
            id_suffix: None,
            alt_spelling: false,
        }
    }

    pub const fn as_set(self) -> BlockType {
        BlockType { set: true, ..self }
    }

    pub const fn min(self, min_items: usize) -> BlockType {
        BlockType { min_items, ..self }
    }

    pub const fn max(self, max_items: usize) -> BlockType {
        BlockType { max_items, ..self }
    }

    pub const fn force_new(self) -> BlockType {
        BlockType {
            force_new: true,
            ..self
        }
    }

    pub const fn computed(self) -> BlockType {
        BlockType {
            computed: true,
            ..self
        }
    }

    pub const fn attr_mode(self) -> BlockType {
        BlockType {
            attr_mode: true,
            ..self
        }
    }

    pub const fn single(self) -> BlockType {
        BlockType {
            single: true,
            max_items: 1,
            ..self
        }
    }

    pub const fn alt_spelling(self) -> BlockType {
        BlockType {
            alt_spelling: true,
            ..self
        }
    }

    pub const fn id_suffix(self, suffix: &'static str) -> BlockType {
        BlockType {
            id_suffix: Some(suffix),
            ..self
        }
    }

    /// The nested attribute of this name.
    pub fn attribute(&self, name: &str) -> Option<&'static Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The nested block type of this name.
    pub fn block(&self, name: &str) -> Option<&'static BlockType> {
        self.blocks.iter().find(|b| b.name == name)
    }
}

/// The schema of one resource type or data source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResourceSchema {
    pub type_name: &'static str,
    pub attributes: &'static [Attribute],
    pub blocks: &'static [BlockType],
    /// Groups of arguments of which at least one must be set, for
    /// arguments that provider versions spell differently (v4
    /// `private_dns_zone_name` or v5 `private_dns_zone_id`). The first name
    /// of a group is the one a missing-argument error names.
    pub required_one_of: &'static [&'static [&'static str]],
}

impl ResourceSchema {
    /// The top-level attribute of this name.
    pub fn attribute(&self, name: &str) -> Option<&'static Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The top-level block type of this name.
    pub fn block(&self, name: &str) -> Option<&'static BlockType> {
        self.blocks.iter().find(|b| b.name == name)
    }
}

/// What planning knows about the target Azure account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanContext {
    pub subscription_id: String,
    pub tenant_id: String,
}

/// Shorthands the tables use.
pub(crate) mod types {
    use super::AttrType;

    pub const STRING: AttrType = AttrType::String;
    pub const NUMBER: AttrType = AttrType::Number;
    pub const BOOL: AttrType = AttrType::Bool;
    pub const LIST_STRING: AttrType = AttrType::List(&AttrType::String);
    pub const SET_STRING: AttrType = AttrType::Set(&AttrType::String);
    pub const MAP_STRING: AttrType = AttrType::Map(&AttrType::String);
}

/// The `timeouts` block every azurerm resource accepts.
pub(crate) const TIMEOUTS: BlockType = BlockType::list(
    "timeouts",
    &[
        optional("create", types::STRING),
        optional("delete", types::STRING),
        optional("read", types::STRING),
        optional("update", types::STRING),
    ],
    &[],
)
.single();

/// The `timeouts` block of data sources: reading is all they do.
pub(crate) const DATA_TIMEOUTS: BlockType =
    BlockType::list("timeouts", &[optional("read", types::STRING)], &[]).single();

/// Every resource schema amplan knows.
static RESOURCES: &[&ResourceSchema] = &[
    &network::RESOURCE_GROUP,
    &network::VIRTUAL_NETWORK,
    &network::SUBNET,
    &network::VIRTUAL_NETWORK_PEERING,
    &network::VIRTUAL_NETWORK_DNS_SERVERS,
    &network::PRIVATE_ENDPOINT,
    &dns::PRIVATE_DNS_ZONE,
    &dns::PRIVATE_DNS_ZONE_VIRTUAL_NETWORK_LINK,
    &dns::PRIVATE_DNS_A_RECORD,
    &dns::PRIVATE_DNS_CNAME_RECORD,
    &monitor::MONITOR_PRIVATE_LINK_SCOPE,
    &monitor::MONITOR_PRIVATE_LINK_SCOPED_SERVICE,
    &monitor::LOG_ANALYTICS_WORKSPACE,
    &monitor::APPLICATION_INSIGHTS,
    &monitor::MONITOR_DATA_COLLECTION_ENDPOINT,
    &resolver::PRIVATE_DNS_RESOLVER,
    &resolver::INBOUND_ENDPOINT,
    &resolver::OUTBOUND_ENDPOINT,
    &resolver::DNS_FORWARDING_RULESET,
    &resolver::FORWARDING_RULE,
    &resolver::RULESET_VIRTUAL_NETWORK_LINK,
];

/// The schema of a managed resource type.
pub fn resource(type_name: &str) -> Option<&'static ResourceSchema> {
    RESOURCES.iter().copied().find(|s| s.type_name == type_name)
}

/// The schema of a data source.
pub fn data_source(type_name: &str) -> Option<&'static ResourceSchema> {
    data::DATA_SOURCES
        .iter()
        .copied()
        .find(|s| s.type_name == type_name)
}

/// The names of every resource type amplan knows, in table order.
pub fn resource_types() -> impl Iterator<Item = &'static str> {
    RESOURCES.iter().map(|s| s.type_name)
}

/// Top-level attribute names whose values are sensitive.
pub fn sensitive_attributes(schema: &ResourceSchema) -> Vec<&'static str> {
    schema
        .attributes
        .iter()
        .filter(|a| a.sensitive)
        .map(|a| a.name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_resource_type_is_found() {
        for name in [
            "azurerm_resource_group",
            "azurerm_virtual_network",
            "azurerm_subnet",
            "azurerm_virtual_network_peering",
            "azurerm_virtual_network_dns_servers",
            "azurerm_private_dns_zone",
            "azurerm_private_dns_zone_virtual_network_link",
            "azurerm_private_dns_a_record",
            "azurerm_private_dns_cname_record",
            "azurerm_private_endpoint",
            "azurerm_monitor_private_link_scope",
            "azurerm_monitor_private_link_scoped_service",
            "azurerm_log_analytics_workspace",
            "azurerm_application_insights",
            "azurerm_monitor_data_collection_endpoint",
            "azurerm_private_dns_resolver",
            "azurerm_private_dns_resolver_inbound_endpoint",
            "azurerm_private_dns_resolver_outbound_endpoint",
            "azurerm_private_dns_resolver_dns_forwarding_ruleset",
            "azurerm_private_dns_resolver_forwarding_rule",
            "azurerm_private_dns_resolver_virtual_network_link",
        ] {
            assert_eq!(resource(name).map(|s| s.type_name), Some(name));
        }
        assert!(resource("azurerm_storage_account").is_none());
    }

    #[test]
    fn data_sources_are_separate_from_resources() {
        for name in [
            "azurerm_resource_group",
            "azurerm_virtual_network",
            "azurerm_subnet",
            "azurerm_private_dns_zone",
            "azurerm_monitor_private_link_scope",
            "azurerm_log_analytics_workspace",
            "azurerm_application_insights",
            "azurerm_client_config",
        ] {
            assert_eq!(data_source(name).map(|s| s.type_name), Some(name));
        }
        assert!(resource("azurerm_client_config").is_none());
        assert!(data_source("azurerm_private_dns_a_record").is_none());
    }

    #[test]
    fn no_table_repeats_a_name() {
        let all = RESOURCES.iter().chain(data::DATA_SOURCES.iter());
        for schema in all {
            let mut names: Vec<&str> = schema.attributes.iter().map(|a| a.name).collect();
            names.extend(schema.blocks.iter().map(|b| b.name));
            let count = names.len();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), count, "{} repeats a name", schema.type_name);
        }
    }

    #[test]
    fn workspace_keys_are_sensitive() {
        let schema = resource("azurerm_log_analytics_workspace").unwrap();
        let sensitive = sensitive_attributes(schema);
        assert!(sensitive.contains(&"primary_shared_key"));
        assert!(!sensitive.contains(&"workspace_id"));
    }
}

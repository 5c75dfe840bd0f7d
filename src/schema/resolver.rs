//! Azure DNS Private Resolver: the resolver, its inbound and outbound
//! endpoints, forwarding rulesets, their rules and their virtual network
//! links. Almost every argument forces replacement.

use super::types::{BOOL, LIST_STRING, MAP_STRING, NUMBER, STRING};
use super::DefaultValue::{Bool, Num, Str};
use super::{
    optional, optional_computed, required, BlockType, ResourceSchema, LOCATION,
    RESOURCE_GROUP_NAME, TIMEOUTS,
};

pub static PRIVATE_DNS_RESOLVER: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_resolver",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        LOCATION,
        required("virtual_network_id", STRING).force_new(),
        optional("tags", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

pub static INBOUND_ENDPOINT: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_resolver_inbound_endpoint",
    attributes: &[
        required("name", STRING).force_new(),
        required("private_dns_resolver_id", STRING).force_new(),
        LOCATION,
        optional("tags", MAP_STRING),
    ],
    blocks: &[
        BlockType::list(
            "ip_configurations",
            &[
                required("subnet_id", STRING),
                optional_computed("private_ip_address", STRING),
                optional("private_ip_allocation_method", STRING).default(Str("Dynamic")),
            ],
            &[],
        )
        .min(1)
        .max(1)
        .force_new(),
        TIMEOUTS,
    ],
    required_one_of: &[],
};

pub static OUTBOUND_ENDPOINT: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_resolver_outbound_endpoint",
    attributes: &[
        required("name", STRING).force_new(),
        required("private_dns_resolver_id", STRING).force_new(),
        LOCATION,
        required("subnet_id", STRING).force_new(),
        optional("tags", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

pub static DNS_FORWARDING_RULESET: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_resolver_dns_forwarding_ruleset",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        LOCATION,
        required("private_dns_resolver_outbound_endpoint_ids", LIST_STRING),
        optional("tags", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

pub static FORWARDING_RULE: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_resolver_forwarding_rule",
    attributes: &[
        required("name", STRING).force_new(),
        required("dns_forwarding_ruleset_id", STRING).force_new(),
        required("domain_name", STRING).force_new(),
        optional("enabled", BOOL).default(Bool(true)),
        optional("metadata", MAP_STRING),
    ],
    blocks: &[
        BlockType::list(
            "target_dns_servers",
            &[
                required("ip_address", STRING),
                optional("port", NUMBER).default(Num(53.0)),
            ],
            &[],
        )
        .min(1),
        TIMEOUTS,
    ],
    required_one_of: &[],
};

pub static RULESET_VIRTUAL_NETWORK_LINK: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_resolver_virtual_network_link",
    attributes: &[
        required("name", STRING).force_new(),
        required("dns_forwarding_ruleset_id", STRING).force_new(),
        required("virtual_network_id", STRING).force_new(),
        optional("metadata", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

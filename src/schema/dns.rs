//! Private DNS zones, their virtual network links and records.
//!
//! v4 names a link's or record's zone with `private_dns_zone_name` /
//! `zone_name` plus `resource_group_name`; v5 with `private_dns_zone_id`.
//! Both spellings are optional here and `required_one_of` demands one.

use super::types::{BOOL, MAP_STRING, NUMBER, SET_STRING, STRING};
use super::DefaultValue::{Bool, Num};
use super::{
    computed, optional, optional_computed, required, BlockType, Fold, ResourceSchema,
    RESOURCE_GROUP_NAME, TIMEOUTS,
};

pub static PRIVATE_DNS_ZONE: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_zone",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        computed("number_of_record_sets", NUMBER),
        computed("max_number_of_record_sets", NUMBER),
        computed("max_number_of_virtual_network_links", NUMBER),
        computed(
            "max_number_of_virtual_network_links_with_registration",
            NUMBER,
        ),
        optional("tags", MAP_STRING),
    ],
    blocks: &[
        BlockType::list(
            "soa_record",
            &[
                required("email", STRING),
                optional("expire_time", NUMBER).default(Num(2419200.0)),
                optional("minimum_ttl", NUMBER).default(Num(10.0)),
                optional("refresh_time", NUMBER).default(Num(3600.0)),
                optional("retry_time", NUMBER).default(Num(300.0)),
                optional("ttl", NUMBER).default(Num(3600.0)),
                optional("tags", MAP_STRING),
                computed("fqdn", STRING),
                computed("host_name", STRING),
                computed("serial_number", NUMBER),
            ],
            &[],
        )
        .max(1)
        .computed()
        .force_new(),
        TIMEOUTS,
    ],
    required_one_of: &[],
};

pub static PRIVATE_DNS_ZONE_VIRTUAL_NETWORK_LINK: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_zone_virtual_network_link",
    attributes: &[
        required("name", STRING).force_new().fold(Fold::IgnoreCase),
        optional("private_dns_zone_name", STRING).force_new(),
        optional("resource_group_name", STRING)
            .force_new()
            .fold(Fold::IgnoreCase),
        optional("private_dns_zone_id", STRING)
            .force_new()
            .alt_spelling(),
        required("virtual_network_id", STRING).force_new(),
        optional("registration_enabled", BOOL).default(Bool(false)),
        // Azure picks a value for `privatelink.*` zones when it is unset.
        optional_computed("resolution_policy", STRING),
        optional("tags", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[
        &["private_dns_zone_name", "private_dns_zone_id"],
        &["resource_group_name", "private_dns_zone_id"],
    ],
};

pub static PRIVATE_DNS_A_RECORD: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_a_record",
    attributes: &[
        required("name", STRING).force_new(),
        optional("zone_name", STRING).force_new(),
        optional("resource_group_name", STRING)
            .force_new()
            .fold(Fold::IgnoreCase),
        optional("private_dns_zone_id", STRING)
            .force_new()
            .alt_spelling(),
        required("records", SET_STRING),
        required("ttl", NUMBER),
        computed("fqdn", STRING),
        optional("tags", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[
        &["zone_name", "private_dns_zone_id"],
        &["resource_group_name", "private_dns_zone_id"],
    ],
};

pub static PRIVATE_DNS_CNAME_RECORD: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_cname_record",
    attributes: &[
        required("name", STRING).force_new(),
        optional("zone_name", STRING).force_new(),
        optional("resource_group_name", STRING)
            .force_new()
            .fold(Fold::IgnoreCase),
        optional("private_dns_zone_id", STRING)
            .force_new()
            .alt_spelling(),
        required("record", STRING),
        required("ttl", NUMBER),
        computed("fqdn", STRING),
        optional("tags", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[
        &["zone_name", "private_dns_zone_id"],
        &["resource_group_name", "private_dns_zone_id"],
    ],
};

//! Resource groups, virtual networks, subnets, peerings, custom DNS servers
//! and private endpoints.

use super::types::{BOOL, LIST_STRING, MAP_STRING, NUMBER, SET_STRING, STRING};
use super::DefaultValue::{Bool, Str};
use super::{
    computed, optional, optional_computed, required, AttrType, BlockType, ResourceSchema, LOCATION,
    RESOURCE_GROUP_NAME, TIMEOUTS,
};

pub static RESOURCE_GROUP: ResourceSchema = ResourceSchema {
    type_name: "azurerm_resource_group",
    attributes: &[
        required("name", STRING).force_new(),
        LOCATION,
        optional("managed_by", STRING),
        optional("tags", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

/// `delegation { service_delegation { ... } }`, shared by inline and
/// standalone subnets.
const DELEGATION: BlockType = BlockType::list(
    "delegation",
    &[required("name", STRING)],
    &[BlockType::list(
        "service_delegation",
        &[required("name", STRING), optional("actions", SET_STRING)],
        &[],
    )
    .min(1)
    .max(1)],
);

/// v5's `service_endpoint` blocks, which replace v4's `service_endpoints`
/// list. The attribute names follow the v5 data source; not verified
/// against the v5 resource schema.
const SERVICE_ENDPOINT: BlockType = BlockType::list(
    "service_endpoint",
    &[
        required("service", STRING),
        optional_computed("locations", SET_STRING),
        optional("network_identifier_id", STRING),
    ],
    &[],
)
.alt_spelling();

/// An IP address pool of Azure Virtual Network Manager (IPAM), the v4
/// alternative to literal address prefixes.
const IP_ADDRESS_POOL: BlockType = BlockType::list(
    "ip_address_pool",
    &[
        required("id", STRING),
        required("number_of_ip_addresses", STRING),
        computed("allocated_ip_address_prefixes", LIST_STRING),
    ],
    &[],
);

/// An inline `subnet` of a virtual network. The block is optional and
/// computed, and may be written as an attribute (`subnet = []` removes all).
const INLINE_SUBNET: BlockType = BlockType::list(
    "subnet",
    &[
        required("name", STRING),
        required("address_prefixes", LIST_STRING),
        optional("security_group", STRING),
        optional("default_outbound_access_enabled", BOOL).default(Bool(true)),
        optional("private_endpoint_network_policies", STRING).default(Str("Disabled")),
        optional("private_link_service_network_policies_enabled", BOOL).default(Bool(true)),
        optional("route_table_id", STRING),
        optional("service_endpoints", SET_STRING),
        optional("service_endpoint_policy_ids", SET_STRING),
        computed("id", STRING),
    ],
    &[DELEGATION, SERVICE_ENDPOINT],
)
.as_set()
.computed()
.attr_mode()
.id_suffix("/subnets/{name}");

pub static VIRTUAL_NETWORK: ResourceSchema = ResourceSchema {
    type_name: "azurerm_virtual_network",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        LOCATION,
        optional("address_space", SET_STRING),
        optional("bgp_community", STRING),
        optional_computed("dns_servers", LIST_STRING),
        optional("edge_zone", STRING).force_new(),
        optional("flow_timeout_in_minutes", NUMBER),
        optional("private_endpoint_vnet_policies", STRING).default(Str("Disabled")),
        computed("guid", STRING),
        optional("tags", MAP_STRING),
    ],
    blocks: &[
        BlockType::list(
            "ddos_protection_plan",
            &[required("id", STRING), required("enable", BOOL)],
            &[],
        )
        .max(1),
        BlockType::list("encryption", &[required("enforcement", STRING)], &[]).max(1),
        IP_ADDRESS_POOL.max(2),
        INLINE_SUBNET,
        TIMEOUTS,
    ],
    required_one_of: &[&["address_space", "ip_address_pool"]],
};

pub static SUBNET: ResourceSchema = ResourceSchema {
    type_name: "azurerm_subnet",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        required("virtual_network_name", STRING).force_new(),
        optional("address_prefixes", LIST_STRING),
        optional("default_outbound_access_enabled", BOOL).default(Bool(true)),
        optional("private_endpoint_network_policies", STRING).default(Str("Disabled")),
        optional("private_link_service_network_policies_enabled", BOOL).default(Bool(true)),
        // v3 spellings of the two policies, still met in older configurations.
        optional("private_endpoint_network_policies_enabled", BOOL).alt_spelling(),
        optional("enforce_private_link_endpoint_network_policies", BOOL).alt_spelling(),
        optional("enforce_private_link_service_network_policies", BOOL).alt_spelling(),
        optional("service_endpoints", SET_STRING),
        optional("service_endpoint_policy_ids", SET_STRING),
        optional("sharing_scope", STRING),
    ],
    blocks: &[
        DELEGATION,
        IP_ADDRESS_POOL.max(1),
        SERVICE_ENDPOINT,
        TIMEOUTS,
    ],
    required_one_of: &[&["address_prefixes", "ip_address_pool"]],
};

pub static VIRTUAL_NETWORK_PEERING: ResourceSchema = ResourceSchema {
    type_name: "azurerm_virtual_network_peering",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        required("virtual_network_name", STRING).force_new(),
        required("remote_virtual_network_id", STRING).force_new(),
        optional("allow_virtual_network_access", BOOL).default(Bool(true)),
        optional("allow_forwarded_traffic", BOOL).default(Bool(false)),
        optional("allow_gateway_transit", BOOL).default(Bool(false)),
        optional("use_remote_gateways", BOOL).default(Bool(false)),
        optional("local_subnet_names", LIST_STRING),
        optional("remote_subnet_names", LIST_STRING),
        optional("only_ipv6_peering_enabled", BOOL).force_new(),
        optional("peer_complete_virtual_networks_enabled", BOOL)
            .default(Bool(true))
            .force_new(),
        optional("triggers", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

pub static VIRTUAL_NETWORK_DNS_SERVERS: ResourceSchema = ResourceSchema {
    type_name: "azurerm_virtual_network_dns_servers",
    attributes: &[
        required("virtual_network_id", STRING).force_new(),
        optional("dns_servers", LIST_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

const NETWORK_INTERFACE: AttrType =
    AttrType::List(&AttrType::Object(&[("id", STRING), ("name", STRING)]));

const CUSTOM_DNS_CONFIGS: AttrType = AttrType::List(&AttrType::Object(&[
    ("fqdn", STRING),
    ("ip_addresses", LIST_STRING),
]));

const RECORD_SETS: AttrType = AttrType::List(&AttrType::Object(&[
    ("fqdn", STRING),
    ("ip_addresses", LIST_STRING),
    ("name", STRING),
    ("ttl", NUMBER),
    ("type", STRING),
]));

const PRIVATE_DNS_ZONE_CONFIGS: AttrType = AttrType::List(&AttrType::Object(&[
    ("id", STRING),
    ("name", STRING),
    ("private_dns_zone_id", STRING),
    ("record_sets", RECORD_SETS),
]));

pub static PRIVATE_ENDPOINT: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_endpoint",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        LOCATION,
        required("subnet_id", STRING).force_new(),
        optional("custom_network_interface_name", STRING).force_new(),
        optional("edge_zone", STRING).force_new(),
        optional("tags", MAP_STRING),
        computed("network_interface", NETWORK_INTERFACE),
        computed("custom_dns_configs", CUSTOM_DNS_CONFIGS),
        computed("private_dns_zone_configs", PRIVATE_DNS_ZONE_CONFIGS),
    ],
    blocks: &[
        // The zone group updates in place: Azure rewrites the records.
        BlockType::list(
            "private_dns_zone_group",
            &[
                required("name", STRING),
                required("private_dns_zone_ids", LIST_STRING),
                computed("id", STRING),
            ],
            &[],
        )
        .max(1)
        .id_suffix("/privateDnsZoneGroups/{name}"),
        BlockType::list(
            "private_service_connection",
            &[
                required("name", STRING).force_new(),
                required("is_manual_connection", BOOL).force_new(),
                optional("private_connection_resource_id", STRING).force_new(),
                optional("private_connection_resource_alias", STRING).force_new(),
                optional("subresource_names", LIST_STRING).force_new(),
                optional("request_message", STRING),
                computed("private_ip_address", STRING),
            ],
            &[],
        )
        .min(1)
        .max(1),
        BlockType::list(
            "ip_configuration",
            &[
                required("name", STRING).force_new(),
                required("private_ip_address", STRING).force_new(),
                optional("subresource_name", STRING).force_new(),
                optional_computed("member_name", STRING).force_new(),
            ],
            &[],
        ),
        TIMEOUTS,
    ],
    required_one_of: &[],
};

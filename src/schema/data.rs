//! Data sources for the objects teams read from other configurations:
//! the lookup arguments are required, everything else is computed.

use super::types::{BOOL, LIST_STRING, MAP_STRING, NUMBER, STRING};
use super::{computed, optional_computed, required, AttrType, ResourceSchema, DATA_TIMEOUTS};

pub static DATA_SOURCES: &[&ResourceSchema] = &[
    &RESOURCE_GROUP,
    &VIRTUAL_NETWORK,
    &SUBNET,
    &PRIVATE_DNS_ZONE,
    &MONITOR_PRIVATE_LINK_SCOPE,
    &LOG_ANALYTICS_WORKSPACE,
    &APPLICATION_INSIGHTS,
    &CLIENT_CONFIG,
];

static RESOURCE_GROUP: ResourceSchema = ResourceSchema {
    type_name: "azurerm_resource_group",
    attributes: &[
        required("name", STRING),
        computed("location", STRING),
        computed("managed_by", STRING),
        computed("tags", MAP_STRING),
    ],
    blocks: &[DATA_TIMEOUTS],
    required_one_of: &[],
};

static VIRTUAL_NETWORK: ResourceSchema = ResourceSchema {
    type_name: "azurerm_virtual_network",
    attributes: &[
        required("name", STRING),
        required("resource_group_name", STRING),
        computed("location", STRING),
        computed("address_space", LIST_STRING),
        computed("dns_servers", LIST_STRING),
        computed("guid", STRING),
        computed("subnets", LIST_STRING),
        computed("vnet_peerings", MAP_STRING),
        computed("vnet_peerings_addresses", LIST_STRING),
        computed("tags", MAP_STRING),
    ],
    blocks: &[DATA_TIMEOUTS],
    required_one_of: &[],
};

/// v5's `service_endpoint` blocks as the subnet data source exports them.
const SERVICE_ENDPOINTS: AttrType = AttrType::List(&AttrType::Object(&[
    ("locations", LIST_STRING),
    ("network_identifier_id", STRING),
    ("service", STRING),
]));

static SUBNET: ResourceSchema = ResourceSchema {
    type_name: "azurerm_subnet",
    attributes: &[
        required("name", STRING),
        required("virtual_network_name", STRING),
        required("resource_group_name", STRING),
        computed("address_prefix", STRING),
        computed("address_prefixes", LIST_STRING),
        computed("default_outbound_access_enabled", BOOL),
        computed("network_security_group_id", STRING),
        computed("route_table_id", STRING),
        computed("service_endpoints", LIST_STRING),
        computed("service_endpoint", SERVICE_ENDPOINTS),
        computed("service_endpoint_policy_ids", LIST_STRING),
        computed("private_endpoint_network_policies", STRING),
        computed("private_link_service_network_policies_enabled", BOOL),
    ],
    blocks: &[DATA_TIMEOUTS],
    required_one_of: &[],
};

static PRIVATE_DNS_ZONE: ResourceSchema = ResourceSchema {
    type_name: "azurerm_private_dns_zone",
    attributes: &[
        required("name", STRING),
        optional_computed("resource_group_name", STRING),
        optional_computed("tags", MAP_STRING),
        computed("number_of_record_sets", NUMBER),
        computed("max_number_of_record_sets", NUMBER),
        computed("max_number_of_virtual_network_links", NUMBER),
        computed(
            "max_number_of_virtual_network_links_with_registration",
            NUMBER,
        ),
    ],
    blocks: &[DATA_TIMEOUTS],
    required_one_of: &[],
};

static MONITOR_PRIVATE_LINK_SCOPE: ResourceSchema = ResourceSchema {
    type_name: "azurerm_monitor_private_link_scope",
    attributes: &[
        required("name", STRING),
        required("resource_group_name", STRING),
        computed("ingestion_access_mode", STRING),
        computed("query_access_mode", STRING),
        computed("tags", MAP_STRING),
    ],
    blocks: &[DATA_TIMEOUTS],
    required_one_of: &[],
};

static LOG_ANALYTICS_WORKSPACE: ResourceSchema = ResourceSchema {
    type_name: "azurerm_log_analytics_workspace",
    attributes: &[
        required("name", STRING),
        required("resource_group_name", STRING),
        computed("location", STRING),
        computed("sku", STRING),
        computed("retention_in_days", NUMBER),
        computed("daily_quota_gb", NUMBER),
        computed("workspace_id", STRING),
        computed("primary_shared_key", STRING).sensitive(),
        computed("secondary_shared_key", STRING).sensitive(),
        computed("tags", MAP_STRING),
    ],
    blocks: &[DATA_TIMEOUTS],
    required_one_of: &[],
};

static APPLICATION_INSIGHTS: ResourceSchema = ResourceSchema {
    type_name: "azurerm_application_insights",
    attributes: &[
        required("name", STRING),
        required("resource_group_name", STRING),
        computed("location", STRING),
        computed("application_type", STRING),
        computed("app_id", STRING),
        computed("instrumentation_key", STRING).sensitive(),
        computed("connection_string", STRING).sensitive(),
        computed("retention_in_days", NUMBER),
        computed("workspace_id", STRING),
        computed("internet_ingestion_enabled", BOOL),
        computed("internet_query_enabled", BOOL),
        computed("tags", MAP_STRING),
    ],
    blocks: &[DATA_TIMEOUTS],
    required_one_of: &[],
};

/// No lookup: the values come from the credentials, i.e. the plan context.
static CLIENT_CONFIG: ResourceSchema = ResourceSchema {
    type_name: "azurerm_client_config",
    attributes: &[
        computed("client_id", STRING),
        computed("object_id", STRING),
        computed("subscription_id", STRING),
        computed("tenant_id", STRING),
    ],
    blocks: &[DATA_TIMEOUTS],
    required_one_of: &[],
};

//! Azure Monitor Private Link Scopes, their scoped resources, and the three
//! kinds of resource a scope can hold: Log Analytics workspaces, Application
//! Insights components and Data Collection Endpoints.

use super::types::{BOOL, MAP_STRING, NUMBER, SET_STRING, STRING};
use super::DefaultValue::{Bool, Num, Str};
use super::{
    computed, optional, optional_computed, required, BlockType, Fold, ResourceSchema, LOCATION,
    RESOURCE_GROUP_NAME, TIMEOUTS,
};

pub static MONITOR_PRIVATE_LINK_SCOPE: ResourceSchema = ResourceSchema {
    type_name: "azurerm_monitor_private_link_scope",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        optional("ingestion_access_mode", STRING).default(Str("Open")),
        optional("query_access_mode", STRING).default(Str("Open")),
        optional("tags", MAP_STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

/// Every argument forces replacement: the provider has no update function.
/// v5's spelling of the scope is not verified; only v4's is modelled.
pub static MONITOR_PRIVATE_LINK_SCOPED_SERVICE: ResourceSchema = ResourceSchema {
    type_name: "azurerm_monitor_private_link_scoped_service",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        required("scope_name", STRING).force_new(),
        required("linked_resource_id", STRING)
            .force_new()
            .fold(Fold::IgnoreCase),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

pub static LOG_ANALYTICS_WORKSPACE: ResourceSchema = ResourceSchema {
    type_name: "azurerm_log_analytics_workspace",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        LOCATION,
        optional("allow_resource_only_permissions", BOOL).default(Bool(true)),
        optional("cmk_for_query_forced", BOOL),
        optional("daily_quota_gb", NUMBER).default(Num(-1.0)),
        optional("data_collection_rule_id", STRING),
        optional("immediate_data_purge_on_30_days_enabled", BOOL),
        optional("internet_ingestion_enabled", BOOL).default(Bool(true)),
        optional("internet_query_enabled", BOOL).default(Bool(true)),
        // v5 replaces the booleans with `Enabled`, `Disabled` or `SecuredByPerimeter`.
        optional("internet_ingestion_access_type", STRING).alt_spelling(),
        optional("internet_query_access_type", STRING).alt_spelling(),
        // v4 has both; `local_authentication_disabled` is deprecated.
        optional_computed("local_authentication_disabled", BOOL),
        optional_computed("local_authentication_enabled", BOOL),
        optional("reservation_capacity_in_gb_per_day", NUMBER),
        optional_computed("retention_in_days", NUMBER),
        // Changing the SKU replaces the workspace except between `PerGB2018`
        // and `CapacityReservation`; that rule is not modelled.
        optional_computed("sku", STRING),
        optional("tags", MAP_STRING),
        computed("workspace_id", STRING),
        computed("primary_shared_key", STRING).sensitive(),
        computed("secondary_shared_key", STRING).sensitive(),
    ],
    blocks: &[
        BlockType::list(
            "identity",
            &[
                required("type", STRING),
                optional("identity_ids", SET_STRING),
                computed("principal_id", STRING),
                computed("tenant_id", STRING),
            ],
            &[],
        )
        .max(1),
        TIMEOUTS,
    ],
    required_one_of: &[],
};

pub static APPLICATION_INSIGHTS: ResourceSchema = ResourceSchema {
    type_name: "azurerm_application_insights",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        LOCATION,
        required("application_type", STRING).force_new(),
        optional_computed("workspace_id", STRING),
        optional("retention_in_days", NUMBER).default(Num(90.0)),
        optional("sampling_percentage", NUMBER).default(Num(100.0)),
        optional("disable_ip_masking", BOOL).default(Bool(false)),
        optional("daily_data_cap_in_gb", NUMBER).default(Num(100.0)),
        optional("daily_data_cap_notifications_disabled", BOOL),
        optional("local_authentication_disabled", BOOL).default(Bool(false)),
        optional("internet_ingestion_enabled", BOOL).default(Bool(true)),
        optional("internet_query_enabled", BOOL).default(Bool(true)),
        optional("force_customer_storage_for_profiler", BOOL).default(Bool(false)),
        optional("tags", MAP_STRING),
        computed("app_id", STRING),
        computed("instrumentation_key", STRING).sensitive(),
        computed("connection_string", STRING).sensitive(),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

pub static MONITOR_DATA_COLLECTION_ENDPOINT: ResourceSchema = ResourceSchema {
    type_name: "azurerm_monitor_data_collection_endpoint",
    attributes: &[
        required("name", STRING).force_new(),
        RESOURCE_GROUP_NAME,
        LOCATION,
        optional("description", STRING),
        optional("kind", STRING),
        optional("public_network_access_enabled", BOOL).default(Bool(true)),
        optional("tags", MAP_STRING),
        computed("configuration_access_endpoint", STRING),
        computed("logs_ingestion_endpoint", STRING),
        computed("metrics_ingestion_endpoint", STRING),
        computed("immutable_id", STRING),
    ],
    blocks: &[TIMEOUTS],
    required_one_of: &[],
};

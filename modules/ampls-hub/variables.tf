variable "name_prefix" {
  description = "Short prefix used in every resource name, e.g. `contoso`."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.name_prefix))
    error_message = "The name_prefix must be 2-21 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "location" {
  description = "Azure region of the hub network, the workspaces and the private endpoint."
  type        = string
}

variable "create_resource_group" {
  description = "Create the hub resource group. When false, `resource_group_name` must name an existing group."
  type        = bool
  default     = true
}

variable "resource_group_name" {
  description = "Name of the hub resource group. Defaults to `rg-<prefix>-hub`."
  type        = string
  default     = null
}

variable "address_space" {
  description = "Address space of the hub virtual network."
  type        = list(string)
  default     = ["10.100.0.0/24"]
}

variable "private_endpoint_subnet_prefix" {
  description = "Prefix of the subnet that hosts the AMPLS private endpoint. Azure Monitor needs a /27 or larger."
  type        = string
  default     = "10.100.0.0/27"

  validation {
    condition     = tonumber(split("/", var.private_endpoint_subnet_prefix)[1]) <= 27
    error_message = "The private endpoint subnet must be a /27 or larger: an AMPLS endpoint uses one address per member."
  }
}

variable "private_endpoint_static_ips" {
  description = "Optional static addresses for the private endpoint, keyed by member name (`api`, `global.in.ai`, `oms-westeurope`, ...). Every member must be listed; leave empty for dynamic allocation."
  type        = map(string)
  default     = {}
}

variable "ingestion_access_mode" {
  description = "AMPLS ingestion access mode: `Open` or `PrivateOnly`."
  type        = string
  default     = "Open"

  validation {
    condition     = contains(["Open", "PrivateOnly"], var.ingestion_access_mode)
    error_message = "The ingestion_access_mode must be Open or PrivateOnly."
  }
}

variable "query_access_mode" {
  description = "AMPLS query access mode: `Open` or `PrivateOnly`."
  type        = string
  default     = "Open"

  validation {
    condition     = contains(["Open", "PrivateOnly"], var.query_access_mode)
    error_message = "The query_access_mode must be Open or PrivateOnly."
  }
}

variable "log_analytics_workspaces" {
  description = "Log Analytics workspaces to create and scope to the AMPLS, keyed by a short name."
  type = map(object({
    sku                        = optional(string, "PerGB2018")
    retention_in_days          = optional(number, 30)
    internet_ingestion_enabled = optional(bool, true)
    internet_query_enabled     = optional(bool, true)
  }))
  default = {}
}

variable "application_insights" {
  description = "Workspace-based Application Insights components, keyed by a short name. `workspace_key` names an entry of `log_analytics_workspaces`."
  type = map(object({
    workspace_key    = string
    application_type = optional(string, "web")
  }))
  default = {}
}

variable "tags" {
  description = "Tags applied to every taggable resource."
  type        = map(string)
  default     = {}
}

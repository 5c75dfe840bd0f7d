variable "location" {
  description = "Azure region."
  type        = string
  default     = "westeurope"

  validation {
    condition     = contains(["westeurope", "northeurope", "swedencentral"], var.location)
    error_message = "Only EU regions are allowed for monitoring data."
  }
}

variable "scope" {
  description = "The AMPLS and its access modes."
  type = object({
    name                  = string
    ingestion_access_mode = optional(string, "Open")
    query_access_mode     = optional(string, "Open")
  })

  validation {
    condition = alltrue([
      for mode in [var.scope.ingestion_access_mode, var.scope.query_access_mode] :
      contains(["Open", "PrivateOnly"], mode)
    ])
    error_message = "Access modes must be Open or PrivateOnly."
  }
}

variable "workspaces" {
  description = "Workspaces to scope, keyed by short name."
  type = map(object({
    retention_in_days = optional(number, 30)
    daily_quota_gb    = optional(number, -1)
    tags              = optional(map(string), {})
  }))
  default = {}

  validation {
    condition     = alltrue([for w in values(var.workspaces) : w.retention_in_days >= 30 && w.retention_in_days <= 730])
    error_message = "Workspace retention must be between 30 and 730 days."
  }
}

variable "ingestion_token" {
  description = "Shared secret handed to on-premises forwarders; never printed."
  type        = string
  sensitive   = true
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
  nullable    = false
}

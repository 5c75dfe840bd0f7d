variable "name_prefix" {
  description = "Prefix used in every resource name."
  type        = string
  default     = "contoso"
}

variable "location" {
  description = "Azure region for all resources."
  type        = string
  default     = "westeurope"
}

variable "environment" {
  description = "Environment tag value."
  type        = string
  default     = "dev"
}

variable "hub_address_space" {
  description = "Address space of the hub VNet; its first /27 hosts the AMPLS endpoint."
  type        = string
  default     = "10.100.0.0/24"
}

variable "ingestion_access_mode" {
  description = "AMPLS ingestion access mode."
  type        = string
  default     = "Open"
}

variable "query_access_mode" {
  description = "AMPLS query access mode."
  type        = string
  default     = "Open"
}

variable "spokes" {
  description = "Spoke VNets peered with the hub and linked to its zones, keyed by name."
  type = map(object({
    address_space = string
    delegation    = optional(string)
  }))
  default = {}
}

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}

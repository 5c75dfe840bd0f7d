variable "name" {
  description = "Spoke name, used in resource names, e.g. `app`."
  type        = string
}

variable "name_prefix" {
  description = "Prefix shared with the hub, e.g. `contoso`."
  type        = string
}

variable "location" {
  description = "Azure region of the spoke."
  type        = string
}

variable "create_resource_group" {
  description = "Create a resource group for the spoke. When false, `resource_group_name` must name an existing group."
  type        = bool
  default     = true
}

variable "resource_group_name" {
  description = "Name of the spoke resource group. Defaults to `rg-<prefix>-<name>`."
  type        = string
  default     = null
}

variable "address_space" {
  description = "Address space of the spoke virtual network."
  type        = list(string)
}

variable "subnet_prefix" {
  description = "Prefix of the workload subnet."
  type        = string
}

variable "subnet_delegation" {
  description = "Optional service delegation of the workload subnet, e.g. `Microsoft.Web/serverFarms`."
  type        = string
  default     = null
}

variable "dns_servers" {
  description = "Custom DNS servers of the spoke VNet. Leave empty to use Azure DNS (and so the linked private zones)."
  type        = list(string)
  default     = []
}

variable "hub_vnet_id" {
  description = "ID of the hub virtual network."
  type        = string
}

variable "hub_vnet_name" {
  description = "Name of the hub virtual network."
  type        = string
}

variable "hub_resource_group_name" {
  description = "Resource group of the hub virtual network."
  type        = string
}

variable "allow_forwarded_traffic" {
  description = "Allow traffic forwarded by the hub into the spoke."
  type        = bool
  default     = false
}

variable "link_zones" {
  description = "Link the hub's private DNS zones to the spoke VNet."
  type        = bool
  default     = true
}

variable "private_dns_zone_ids" {
  description = "Private DNS zones to link, zone name => zone ID (the hub's `private_dns_zone_ids` output)."
  type        = map(string)
  default     = {}
}

variable "private_dns_zone_resource_group_name" {
  description = "Resource group holding the private DNS zones (usually the hub's)."
  type        = string
}

variable "tags" {
  description = "Tags applied to every taggable resource."
  type        = map(string)
  default     = {}
}

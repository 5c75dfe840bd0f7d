terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "00000000-0000-0000-0000-000000000000"
}

variable "workload_subnet_count" {
  description = "Number of workload subnets in the hub (was 3)."
  type        = number
  default     = 1
}

locals {
  location = "westeurope"

  # The `legacy` workspace was retired; its data now goes to `main`.
  workspaces = {
    main = { retention_in_days = 30 }
  }

  zones = toset([
    "privatelink.monitor.azure.com",
    "privatelink.oms.opinsights.azure.com",
    "privatelink.ods.opinsights.azure.com",
    "privatelink.agentsvc.azure-automation.net",
    "privatelink.blob.core.windows.net",
  ])
}

resource "azurerm_resource_group" "hub" {
  name     = "rg-litware-hub"
  location = local.location
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-litware-hub"
  location            = local.location
  resource_group_name = azurerm_resource_group.hub.name
  address_space       = ["10.40.0.0/22"]
}

resource "azurerm_subnet" "pe" {
  name                 = "snet-pe"
  resource_group_name  = azurerm_resource_group.hub.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.40.0.0/27"]
}

resource "azurerm_subnet" "workload" {
  count                = var.workload_subnet_count
  name                 = "snet-workload-${count.index}"
  resource_group_name  = azurerm_resource_group.hub.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = [cidrsubnet("10.40.0.0/22", 2, count.index + 1)]
}

resource "azurerm_monitor_private_link_scope" "main" {
  name                = "ampls-litware"
  resource_group_name = azurerm_resource_group.hub.name
}

resource "azurerm_log_analytics_workspace" "ws" {
  for_each            = local.workspaces
  name                = "log-litware-${each.key}"
  location            = local.location
  resource_group_name = azurerm_resource_group.hub.name
  retention_in_days   = each.value.retention_in_days
}

resource "azurerm_monitor_private_link_scoped_service" "ws" {
  for_each            = azurerm_log_analytics_workspace.ws
  name                = "amplsservice-${each.value.name}"
  resource_group_name = azurerm_resource_group.hub.name
  scope_name          = azurerm_monitor_private_link_scope.main.name
  linked_resource_id  = each.value.id
}

resource "azurerm_private_dns_zone" "monitor" {
  for_each            = local.zones
  name                = each.key
  resource_group_name = azurerm_resource_group.hub.name
}

resource "azurerm_private_dns_zone_virtual_network_link" "hub" {
  for_each              = azurerm_private_dns_zone.monitor
  name                  = "link-hub"
  resource_group_name   = azurerm_resource_group.hub.name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.hub.id
}

resource "azurerm_private_endpoint" "ampls" {
  name                = "pe-ampls-litware"
  location            = local.location
  resource_group_name = azurerm_resource_group.hub.name
  subnet_id           = azurerm_subnet.pe.id

  private_service_connection {
    name                           = "psc-ampls-litware"
    private_connection_resource_id = azurerm_monitor_private_link_scope.main.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = values(azurerm_private_dns_zone.monitor)[*].id
  }
}

# Removed since the last apply:
# - resource "azurerm_private_dns_zone" "oms_public" ("oms.opinsights.azure.com",
#   created by mistake without the privatelink. prefix) and its VNet link;
# - module "legacy_spoke" (source = "../../modules/spoke"), the decommissioned
#   `legacy` spoke, with its peerings and zone links.

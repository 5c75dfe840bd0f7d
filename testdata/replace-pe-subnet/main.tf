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

variable "diagnostics_storage_account_id" {
  description = "Storage account (managed elsewhere) that receives diagnostic archives."
  type        = string
  default     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-woodgrove-shared/providers/Microsoft.Storage/storageAccounts/stwoodgrovediag"
}

locals {
  zones = [
    "privatelink.monitor.azure.com",
    "privatelink.oms.opinsights.azure.com",
    "privatelink.ods.opinsights.azure.com",
    "privatelink.agentsvc.azure-automation.net",
    "privatelink.blob.core.windows.net",
  ]
}

resource "azurerm_resource_group" "hub" {
  name     = "rg-woodgrove-hub"
  location = "westeurope"
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-woodgrove-hub"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  address_space       = ["10.30.0.0/24"]
}

# Replaces `snet-pe-legacy` (10.30.0.0/27, its block deleted): endpoints now
# sit in a subnet where NSGs apply to private endpoint traffic.
resource "azurerm_subnet" "pe" {
  name                              = "snet-pe"
  resource_group_name               = azurerm_resource_group.hub.name
  virtual_network_name              = azurerm_virtual_network.hub.name
  address_prefixes                  = ["10.30.0.32/27"]
  private_endpoint_network_policies = "Enabled"
}

resource "azurerm_monitor_private_link_scope" "main" {
  name                = "ampls-woodgrove"
  resource_group_name = azurerm_resource_group.hub.name
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-woodgrove"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  retention_in_days   = 30
}

resource "azurerm_monitor_private_link_scoped_service" "main" {
  name                = "amplsservice-log-woodgrove"
  resource_group_name = azurerm_resource_group.hub.name
  scope_name          = azurerm_monitor_private_link_scope.main.name
  linked_resource_id  = azurerm_log_analytics_workspace.main.id
}

resource "azurerm_private_dns_zone" "zone" {
  for_each            = toset(local.zones)
  name                = each.key
  resource_group_name = azurerm_resource_group.hub.name
}

resource "azurerm_private_dns_zone_virtual_network_link" "hub" {
  for_each              = azurerm_private_dns_zone.zone
  name                  = "link-hub"
  resource_group_name   = azurerm_resource_group.hub.name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.hub.id
}

resource "azurerm_private_endpoint" "ampls" {
  name                = "pe-ampls-woodgrove"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  subnet_id           = azurerm_subnet.pe.id

  private_service_connection {
    name                           = "psc-ampls-woodgrove"
    private_connection_resource_id = azurerm_monitor_private_link_scope.main.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [for z in local.zones : azurerm_private_dns_zone.zone[z].id]
  }
}

resource "azurerm_private_endpoint" "diag_blob" {
  name                = "pe-stwoodgrovediag-blob"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  subnet_id           = azurerm_subnet.pe.id

  private_service_connection {
    name                           = "psc-stwoodgrovediag-blob"
    private_connection_resource_id = var.diagnostics_storage_account_id
    subresource_names              = ["blob"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [azurerm_private_dns_zone.zone["privatelink.blob.core.windows.net"].id]
  }

  lifecycle {
    create_before_destroy = true
  }
}

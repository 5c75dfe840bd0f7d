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

locals {
  tags = {
    environment = "prod"
    owner       = "observability"
  }

  # Added since the last apply: charge the monitoring spend to its own cost centre.
  billing_tags = merge(local.tags, { cost_center = "cc-4711" })

  zones = toset([
    "privatelink.monitor.azure.com",
    "privatelink.oms.opinsights.azure.com",
    "privatelink.ods.opinsights.azure.com",
    "privatelink.agentsvc.azure-automation.net",
    "privatelink.blob.core.windows.net",
  ])
}

resource "azurerm_resource_group" "monitoring" {
  name     = "rg-tailwind-monitoring"
  location = "northeurope"
  tags     = local.billing_tags
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-tailwind-hub"
  location            = azurerm_resource_group.monitoring.location
  resource_group_name = azurerm_resource_group.monitoring.name
  address_space       = ["10.20.0.0/22"]
  tags                = local.tags
}

resource "azurerm_subnet" "pe" {
  name                 = "snet-pe"
  resource_group_name  = azurerm_resource_group.monitoring.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.20.0.0/26"]
}

resource "azurerm_monitor_private_link_scope" "main" {
  name                  = "ampls-tailwind"
  resource_group_name   = azurerm_resource_group.monitoring.name
  ingestion_access_mode = "PrivateOnly"
  query_access_mode     = "PrivateOnly"
  tags                  = local.tags
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-tailwind-prod"
  location            = azurerm_resource_group.monitoring.location
  resource_group_name = azurerm_resource_group.monitoring.name
  sku                 = "PerGB2018"
  retention_in_days   = 90
  tags                = local.billing_tags
}

resource "azurerm_monitor_private_link_scoped_service" "workspace" {
  name                = "amplsservice-log-tailwind-prod"
  resource_group_name = azurerm_resource_group.monitoring.name
  scope_name          = azurerm_monitor_private_link_scope.main.name
  linked_resource_id  = azurerm_log_analytics_workspace.main.id
}

resource "azurerm_private_dns_zone" "this" {
  for_each            = local.zones
  name                = each.key
  resource_group_name = azurerm_resource_group.monitoring.name
  tags                = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "hub" {
  for_each              = local.zones
  name                  = "link-vnet-tailwind-hub"
  resource_group_name   = azurerm_resource_group.monitoring.name
  private_dns_zone_name = azurerm_private_dns_zone.this[each.key].name
  virtual_network_id    = azurerm_virtual_network.hub.id
  tags                  = local.tags
}

resource "azurerm_private_endpoint" "ampls" {
  name                = "pe-ampls-tailwind"
  location            = azurerm_resource_group.monitoring.location
  resource_group_name = azurerm_resource_group.monitoring.name
  subnet_id           = azurerm_subnet.pe.id
  tags                = local.tags

  private_service_connection {
    name                           = "psc-ampls-tailwind"
    private_connection_resource_id = azurerm_monitor_private_link_scope.main.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [for z in local.zones : azurerm_private_dns_zone.this[z].id]
  }
}

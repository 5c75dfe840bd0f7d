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

# Platform landing zone: resource groups, location and tags (outputs only).
data "terraform_remote_state" "landing_zone" {
  backend = "local"

  config = {
    path = "${path.module}/remote.tfstate"
  }
}

locals {
  lz = data.terraform_remote_state.landing_zone.outputs

  zones = [
    "privatelink.monitor.azure.com",
    "privatelink.oms.opinsights.azure.com",
    "privatelink.ods.opinsights.azure.com",
    "privatelink.agentsvc.azure-automation.net",
    "privatelink.blob.core.windows.net",
  ]
}

# Owned by the network team's configuration (see context.tfstate).
data "azurerm_subnet" "private_endpoints" {
  name                 = "snet-private-endpoints"
  virtual_network_name = local.lz.hub_vnet_name
  resource_group_name  = local.lz.network_resource_group_name
}

data "azurerm_private_dns_zone" "monitor" {
  for_each            = toset(local.zones)
  name                = each.key
  resource_group_name = local.lz.dns_resource_group_name
}

resource "azurerm_monitor_private_link_scope" "main" {
  name                  = "ampls-relecloud"
  resource_group_name   = local.lz.monitoring_resource_group_name
  ingestion_access_mode = "PrivateOnly"
  query_access_mode     = "PrivateOnly"
  tags                  = local.lz.default_tags
}

resource "azurerm_log_analytics_workspace" "main" {
  name                       = "log-relecloud"
  location                   = local.lz.location
  resource_group_name        = local.lz.monitoring_resource_group_name
  retention_in_days          = 30
  internet_ingestion_enabled = false
  internet_query_enabled     = false
  tags                       = local.lz.default_tags
}

resource "azurerm_monitor_private_link_scoped_service" "main" {
  name                = "amplsservice-log-relecloud"
  resource_group_name = local.lz.monitoring_resource_group_name
  scope_name          = azurerm_monitor_private_link_scope.main.name
  linked_resource_id  = azurerm_log_analytics_workspace.main.id
}

resource "azurerm_private_endpoint" "ampls" {
  name                = "pe-ampls-relecloud"
  location            = local.lz.location
  resource_group_name = local.lz.monitoring_resource_group_name
  subnet_id           = data.azurerm_subnet.private_endpoints.id
  tags                = local.lz.default_tags

  private_service_connection {
    name                           = "psc-ampls-relecloud"
    private_connection_resource_id = azurerm_monitor_private_link_scope.main.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [for z in local.zones : data.azurerm_private_dns_zone.monitor[z].id]
  }

  depends_on = [azurerm_monitor_private_link_scoped_service.main]
}

output "endpoint_subnet_prefixes" {
  value = data.azurerm_subnet.private_endpoints.address_prefixes
}

output "zone_ids" {
  value = { for name, zone in data.azurerm_private_dns_zone.monitor : name => zone.id }
}

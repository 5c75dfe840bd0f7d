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
  location = "westeurope"
  zones = [
    "privatelink.monitor.azure.com",
    "privatelink.oms.opinsights.azure.com",
    "privatelink.ods.opinsights.azure.com",
    "privatelink.agentsvc.azure-automation.net",
    "privatelink.blob.core.windows.net",
  ]
}

resource "azurerm_resource_group" "hub" {
  name     = "rg-fabrikam-monitoring"
  location = local.location
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-fabrikam-hub"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  address_space       = ["10.10.0.0/24"]
}

resource "azurerm_subnet" "pe" {
  name                 = "snet-pe"
  resource_group_name  = azurerm_resource_group.hub.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.10.0.0/27"]
}

resource "azurerm_monitor_private_link_scope" "ampls" {
  name                = "ampls-fabrikam"
  resource_group_name = azurerm_resource_group.hub.name
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-fabrikam"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  sku                 = "PerGB2018"
  retention_in_days   = 30
}

resource "azurerm_monitor_private_link_scoped_service" "main" {
  name                = "amplsservice-log-fabrikam"
  resource_group_name = azurerm_resource_group.hub.name
  scope_name          = azurerm_monitor_private_link_scope.ampls.name
  linked_resource_id  = azurerm_log_analytics_workspace.main.id
}

resource "azurerm_private_dns_zone" "monitor" {
  for_each = toset(local.zones)

  name                = each.value
  resource_group_name = azurerm_resource_group.hub.name
}

resource "azurerm_private_dns_zone_virtual_network_link" "hub" {
  for_each = azurerm_private_dns_zone.monitor

  name                  = "link-hub"
  resource_group_name   = azurerm_resource_group.hub.name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.hub.id
}

resource "azurerm_private_endpoint" "ampls" {
  name                = "pe-ampls-fabrikam"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  subnet_id           = azurerm_subnet.pe.id

  private_service_connection {
    name                           = "psc-ampls-fabrikam"
    private_connection_resource_id = azurerm_monitor_private_link_scope.ampls.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "ampls"
    private_dns_zone_ids = [for z in local.zones : azurerm_private_dns_zone.monitor[z].id]
  }

  depends_on = [azurerm_monitor_private_link_scoped_service.main]
}

output "private_endpoint_ip" {
  value = azurerm_private_endpoint.ampls.private_service_connection[0].private_ip_address
}

output "workspace_customer_id" {
  value = azurerm_log_analytics_workspace.main.workspace_id
}

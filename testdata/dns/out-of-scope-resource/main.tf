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
  monitor_zones = [
    "privatelink.monitor.azure.com",
    "privatelink.oms.opinsights.azure.com",
    "privatelink.ods.opinsights.azure.com",
    "privatelink.agentsvc.azure-automation.net",
    "privatelink.blob.core.windows.net",
  ]
}

resource "azurerm_resource_group" "net" {
  name     = "rg-contoso-net"
  location = local.location
}

resource "azurerm_resource_group" "dns" {
  name     = "rg-contoso-dns"
  location = local.location
}

resource "azurerm_resource_group" "mon" {
  name     = "rg-contoso-monitor"
  location = local.location
}

resource "azurerm_virtual_network" "a" {
  name                = "vnet-a"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  address_space       = ["10.0.1.0/24"]
}

resource "azurerm_subnet" "pe_a" {
  name                 = "snet-pe"
  resource_group_name  = azurerm_resource_group.net.name
  virtual_network_name = azurerm_virtual_network.a.name
  address_prefixes     = ["10.0.1.0/27"]
}

resource "azurerm_private_dns_zone" "shared" {
  for_each            = toset(local.monitor_zones)
  name                = each.key
  resource_group_name = azurerm_resource_group.dns.name
}

resource "azurerm_private_dns_zone_virtual_network_link" "a" {
  for_each              = azurerm_private_dns_zone.shared
  name                  = "link-a"
  resource_group_name   = azurerm_resource_group.dns.name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.a.id
}

resource "azurerm_monitor_private_link_scope" "one" {
  name                = "ampls-one"
  resource_group_name = azurerm_resource_group.mon.name
  query_access_mode     = "PrivateOnly"
}

resource "azurerm_log_analytics_workspace" "a" {
  name                = "log-a"
  location            = local.location
  resource_group_name = azurerm_resource_group.mon.name
  sku                 = "PerGB2018"
  retention_in_days   = 30
}

resource "azurerm_monitor_private_link_scoped_service" "a" {
  name                = "amplsservice-a"
  resource_group_name = azurerm_resource_group.mon.name
  scope_name          = azurerm_monitor_private_link_scope.one.name
  linked_resource_id  = azurerm_log_analytics_workspace.a.id
}

resource "azurerm_private_endpoint" "a" {
  name                = "pe-ampls-a"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  subnet_id           = azurerm_subnet.pe_a.id

  private_service_connection {
    name                           = "psc-pe-ampls-a"
    private_connection_resource_id = azurerm_monitor_private_link_scope.one.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "ampls"
    private_dns_zone_ids = [for z in local.monitor_zones : azurerm_private_dns_zone.shared[z].id]
  }
}

resource "azurerm_log_analytics_workspace" "b" {
  name                = "log-b"
  location            = local.location
  resource_group_name = azurerm_resource_group.mon.name
  sku                 = "PerGB2018"
  retention_in_days   = 30
}

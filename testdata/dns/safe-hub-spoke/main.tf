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

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-hub"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  address_space       = ["10.0.0.0/24"]
}

resource "azurerm_subnet" "pe_hub" {
  name                 = "snet-pe"
  resource_group_name  = azurerm_resource_group.net.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.0.0/27"]
}

resource "azurerm_virtual_network" "s1" {
  name                = "vnet-spoke1"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  address_space       = ["10.1.0.0/24"]
}

resource "azurerm_virtual_network" "s2" {
  name                = "vnet-spoke2"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  address_space       = ["10.2.0.0/24"]
}

resource "azurerm_virtual_network_peering" "hub_to_s1" {
  name                      = "peer-hub-to-s1"
  resource_group_name       = azurerm_resource_group.net.name
  virtual_network_name      = azurerm_virtual_network.hub.name
  remote_virtual_network_id = azurerm_virtual_network.s1.id
}

resource "azurerm_virtual_network_peering" "s1_to_hub" {
  name                      = "peer-s1-to-hub"
  resource_group_name       = azurerm_resource_group.net.name
  virtual_network_name      = azurerm_virtual_network.s1.name
  remote_virtual_network_id = azurerm_virtual_network.hub.id
}

resource "azurerm_virtual_network_peering" "hub_to_s2" {
  name                      = "peer-hub-to-s2"
  resource_group_name       = azurerm_resource_group.net.name
  virtual_network_name      = azurerm_virtual_network.hub.name
  remote_virtual_network_id = azurerm_virtual_network.s2.id
}

resource "azurerm_virtual_network_peering" "s2_to_hub" {
  name                      = "peer-s2-to-hub"
  resource_group_name       = azurerm_resource_group.net.name
  virtual_network_name      = azurerm_virtual_network.s2.name
  remote_virtual_network_id = azurerm_virtual_network.hub.id
}

resource "azurerm_private_dns_zone" "shared" {
  for_each            = toset(local.monitor_zones)
  name                = each.key
  resource_group_name = azurerm_resource_group.dns.name
}

resource "azurerm_private_dns_zone_virtual_network_link" "hub" {
  for_each              = azurerm_private_dns_zone.shared
  name                  = "link-hub"
  resource_group_name   = azurerm_resource_group.dns.name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.hub.id
}

resource "azurerm_private_dns_zone_virtual_network_link" "s1" {
  for_each              = azurerm_private_dns_zone.shared
  name                  = "link-s1"
  resource_group_name   = azurerm_resource_group.dns.name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.s1.id
}

resource "azurerm_private_dns_zone_virtual_network_link" "s2" {
  for_each              = azurerm_private_dns_zone.shared
  name                  = "link-s2"
  resource_group_name   = azurerm_resource_group.dns.name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.s2.id
}

resource "azurerm_monitor_private_link_scope" "one" {
  name                = "ampls-hub"
  resource_group_name = azurerm_resource_group.mon.name
}

resource "azurerm_log_analytics_workspace" "a" {
  name                = "log-hub"
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

resource "azurerm_private_endpoint" "hub" {
  name                = "pe-ampls-hub"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  subnet_id           = azurerm_subnet.pe_hub.id

  private_service_connection {
    name                           = "psc-pe-ampls-hub"
    private_connection_resource_id = azurerm_monitor_private_link_scope.one.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "ampls"
    private_dns_zone_ids = [for z in local.monitor_zones : azurerm_private_dns_zone.shared[z].id]
  }
}

resource "azurerm_virtual_network" "s3" {
  name                = "vnet-spoke3"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  address_space       = ["10.3.0.0/24"]
}

resource "azurerm_virtual_network_peering" "hub_to_s3" {
  name                      = "peer-hub-to-s3"
  resource_group_name       = azurerm_resource_group.net.name
  virtual_network_name      = azurerm_virtual_network.hub.name
  remote_virtual_network_id = azurerm_virtual_network.s3.id
}

resource "azurerm_virtual_network_peering" "s3_to_hub" {
  name                      = "peer-s3-to-hub"
  resource_group_name       = azurerm_resource_group.net.name
  virtual_network_name      = azurerm_virtual_network.s3.name
  remote_virtual_network_id = azurerm_virtual_network.hub.id
}

resource "azurerm_private_dns_zone_virtual_network_link" "s3" {
  for_each              = azurerm_private_dns_zone.shared
  name                  = "link-s3"
  resource_group_name   = azurerm_resource_group.dns.name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.s3.id
}

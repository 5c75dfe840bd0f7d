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

resource "azurerm_resource_group" "app" {
  name     = "rg-contoso-app"
  location = local.location
}

# The hub, its zones and the AMPLS belong to the network team's configuration (the context state).
data "azurerm_virtual_network" "hub" {
  name                = "vnet-hub"
  resource_group_name = "rg-contoso-net"
}

data "azurerm_private_dns_zone" "shared" {
  for_each            = toset(local.monitor_zones)
  name                = each.key
  resource_group_name = "rg-contoso-dns"
}

data "azurerm_monitor_private_link_scope" "one" {
  name                = "ampls-one"
  resource_group_name = "rg-contoso-monitor"
}

resource "azurerm_virtual_network" "d" {
  name                = "vnet-d"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name
  address_space       = ["10.0.4.0/24"]
}

resource "azurerm_subnet" "pe_d" {
  name                 = "snet-pe"
  resource_group_name  = azurerm_resource_group.app.name
  virtual_network_name = azurerm_virtual_network.d.name
  address_prefixes     = ["10.0.4.0/27"]
}

resource "azurerm_virtual_network_peering" "d_to_hub" {
  name                      = "peer-d-to-hub"
  resource_group_name       = azurerm_resource_group.app.name
  virtual_network_name      = azurerm_virtual_network.d.name
  remote_virtual_network_id = data.azurerm_virtual_network.hub.id
}

resource "azurerm_virtual_network_peering" "hub_to_d" {
  name                      = "peer-hub-to-d"
  resource_group_name       = "rg-contoso-net"
  virtual_network_name      = "vnet-hub"
  remote_virtual_network_id = azurerm_virtual_network.d.id
}

resource "azurerm_private_endpoint" "d" {
  name                = "pe-ampls-d"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name
  subnet_id           = azurerm_subnet.pe_d.id

  private_service_connection {
    name                           = "psc-pe-ampls-d"
    private_connection_resource_id = data.azurerm_monitor_private_link_scope.one.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "ampls"
    private_dns_zone_ids = [for z in local.monitor_zones : data.azurerm_private_dns_zone.shared[z].id]
  }
}

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

resource "azurerm_resource_group" "mon" {
  name     = "rg-contoso-monitor"
  location = local.location
}

resource "azurerm_log_analytics_workspace" "shared" {
  name                = "log-shared"
  location            = local.location
  resource_group_name = azurerm_resource_group.mon.name
  sku                 = "PerGB2018"
  retention_in_days   = 30
}

resource "azurerm_monitor_private_link_scope" "team" {
  for_each            = toset(["a", "b", "c", "d", "e", "f"])
  name                = "ampls-team-${each.key}"
  resource_group_name = azurerm_resource_group.mon.name
}

resource "azurerm_monitor_private_link_scoped_service" "team" {
  for_each            = azurerm_monitor_private_link_scope.team
  name                = "amplsservice-log-shared"
  resource_group_name = azurerm_resource_group.mon.name
  scope_name          = each.value.name
  linked_resource_id  = azurerm_log_analytics_workspace.shared.id
}

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
  # New naming convention: <type>-<org>-<env>. The workspace used to be
  # "log-northwind"; renaming it forces a new workspace.
  env = "prod"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-northwind-monitoring"
  location = "swedencentral"
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-northwind-${local.env}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 180

  lifecycle {
    prevent_destroy = true
  }
}

resource "azurerm_monitor_private_link_scope" "main" {
  name                = "ampls-northwind"
  resource_group_name = azurerm_resource_group.main.name
  query_access_mode   = "PrivateOnly"
}

resource "azurerm_monitor_private_link_scoped_service" "workspace" {
  name                = "amplsservice-workspace"
  resource_group_name = azurerm_resource_group.main.name
  scope_name          = azurerm_monitor_private_link_scope.main.name
  linked_resource_id  = azurerm_log_analytics_workspace.main.id
}

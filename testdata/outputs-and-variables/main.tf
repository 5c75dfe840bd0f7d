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

resource "azurerm_resource_group" "main" {
  name     = "rg-${var.scope.name}"
  location = var.location
  tags     = var.tags
}

resource "azurerm_monitor_private_link_scope" "main" {
  name                  = var.scope.name
  resource_group_name   = azurerm_resource_group.main.name
  ingestion_access_mode = var.scope.ingestion_access_mode
  query_access_mode     = var.scope.query_access_mode
  tags                  = var.tags
}

resource "azurerm_log_analytics_workspace" "this" {
  for_each            = var.workspaces
  name                = "log-${var.scope.name}-${each.key}"
  location            = var.location
  resource_group_name = azurerm_resource_group.main.name
  retention_in_days   = each.value.retention_in_days
  daily_quota_gb      = each.value.daily_quota_gb
  tags                = merge(var.tags, each.value.tags)
}

resource "azurerm_monitor_private_link_scoped_service" "this" {
  for_each            = azurerm_log_analytics_workspace.this
  name                = "amplsservice-${each.key}"
  resource_group_name = azurerm_resource_group.main.name
  scope_name          = azurerm_monitor_private_link_scope.main.name
  linked_resource_id  = each.value.id
}

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

variable "tenant_id" {
  description = "Entra ID tenant of the key vault."
  type        = string
  default     = "72f988bf-0000-4000-8000-000000000001"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-proseware-monitoring"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-proseware"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  retention_in_days   = 30
}

resource "azurerm_monitor_private_link_scope" "main" {
  name                = "ampls-proseware"
  resource_group_name = azurerm_resource_group.main.name
}

resource "azurerm_monitor_private_link_scoped_service" "workspace" {
  name                = "amplsservice-log-proseware"
  resource_group_name = azurerm_resource_group.main.name
  scope_name          = azurerm_monitor_private_link_scope.main.name
  linked_resource_id  = azurerm_log_analytics_workspace.main.id
}

# Holds the workspace keys for agents outside Azure. amplan has no schema for
# this type: it must diff it generically.
resource "azurerm_key_vault" "secrets" {
  name                       = "kv-proseware-mon"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = var.tenant_id
  sku_name                   = "standard"
  soft_delete_retention_days = 90
  purge_protection_enabled   = true
  enable_rbac_authorization  = true

  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
    ip_rules       = []
  }

  tags = {
    data_classification = "confidential"
  }
}

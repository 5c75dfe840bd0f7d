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
  # A refactoring slip: each name is now derived from the other.
  workspace_name = "log-${local.scope_name}"
  scope_name     = replace(local.workspace_name, "log-", "ampls-")
}

resource "azurerm_resource_group" "main" {
  name     = "rg-adatum-monitoring"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = local.workspace_name
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
}

resource "azurerm_monitor_private_link_scope" "main" {
  name                = local.scope_name
  resource_group_name = azurerm_resource_group.main.name
}

# A second cycle between resources: the scoped service names itself after the
# endpoint, and the endpoint waits for the scoped service.
resource "azurerm_monitor_private_link_scoped_service" "main" {
  name                = "amplsservice-${azurerm_private_endpoint.main.name}"
  resource_group_name = azurerm_resource_group.main.name
  scope_name          = azurerm_monitor_private_link_scope.main.name
  linked_resource_id  = azurerm_log_analytics_workspace.main.id
}

resource "azurerm_private_endpoint" "main" {
  name                = "pe-ampls-adatum"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-adatum-network/providers/Microsoft.Network/virtualNetworks/vnet-adatum-hub/subnets/snet-pe"

  private_service_connection {
    name                           = "psc-ampls-adatum"
    private_connection_resource_id = azurerm_monitor_private_link_scope.main.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  depends_on = [azurerm_monitor_private_link_scoped_service.main]
}

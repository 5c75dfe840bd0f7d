resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-main"
  location            = "westeurope"
  resource_group_name = "rg-main"
}

resource "azurerm_resource_group" "per_workspace" {
  count    = length(azurerm_log_analytics_workspace.main.workspace_id)
  name     = "rg-${count.index}"
  location = "westeurope"
}

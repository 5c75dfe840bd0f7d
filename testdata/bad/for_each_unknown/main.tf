resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-main"
  location            = "westeurope"
  resource_group_name = "rg-main"
}

resource "azurerm_resource_group" "per_workspace" {
  for_each = toset([azurerm_log_analytics_workspace.main.workspace_id])
  name     = "rg-${each.key}"
  location = "westeurope"
}

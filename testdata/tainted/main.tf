resource "azurerm_resource_group" "main" {
  name     = "rg-tainted"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-tainted"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  retention_in_days   = 30
}

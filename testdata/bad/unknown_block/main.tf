resource "azurerm_resource_group" "main" {
  name     = "rg-main"
  location = "westeurope"

  network_rules {
    default_action = "Deny"
  }
}

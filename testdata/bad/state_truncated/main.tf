resource "azurerm_resource_group" "main" {
  name     = "rg-main"
  location = "westeurope"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-café"
  location = "westeurope"
}

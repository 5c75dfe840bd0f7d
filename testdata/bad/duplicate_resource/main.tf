resource "azurerm_resource_group" "main" {
  name     = "rg-main"
  location = "westeurope"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-main-2"
  location = "northeurope"
}

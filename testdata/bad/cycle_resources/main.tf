resource "azurerm_resource_group" "main" {
  name     = "rg-${azurerm_virtual_network.hub.name}"
  location = "westeurope"
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-hub"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.main.name
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_resource_group" "main" {
  name     = "rg-main"
  location = "westeurope"

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-hub"
  location            = "westeurope"
  resource_group_name = "rg-main"
  address_space       = ["10.0.0.0/16"]
}

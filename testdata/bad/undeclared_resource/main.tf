resource "azurerm_subnet" "pe" {
  name                 = "snet-pe"
  resource_group_name  = "rg-main"
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.0.0/27"]
}

resource "azurerm_subnet" "pe" {
  name                 = "snet-pe"
  resource_group_name  = "rg-main"
  virtual_network_name = "vnet-hub"
  address_prefixes     = [cidrsubnet("10.0.0.300/16", 8, 1)]
}

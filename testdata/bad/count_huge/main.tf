resource "azurerm_resource_group" "main" {
  count    = 1e12
  name     = "rg-main-${count.index}"
  location = "westeurope"
}

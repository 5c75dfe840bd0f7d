resource "azurerm_resource_group" "main" {
  count    = 1.5
  name     = "rg-main-${count.index}"
  location = "westeurope"
}

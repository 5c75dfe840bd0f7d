resource "azurerm_resource_group" "main" {
  count    = "three"
  name     = "rg-main-${count.index}"
  location = "westeurope"
}

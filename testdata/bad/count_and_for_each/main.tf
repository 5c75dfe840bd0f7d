resource "azurerm_resource_group" "main" {
  count    = 2
  for_each = toset(["hub", "spoke"])
  name     = "rg-main"
  location = "westeurope"
}

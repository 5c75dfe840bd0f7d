resource "azurerm_resource_group" "main" {
  for_each = ["hub", "spoke"]
  name     = "rg-${each.key}"
  location = "westeurope"
}

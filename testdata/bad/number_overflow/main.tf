resource "azurerm_resource_group" "main" {
  count    = 1e400
  name     = "rg-main-${count.index}"
  location = "westeurope"
}

output "big" {
  value = 1e400 * 0
}

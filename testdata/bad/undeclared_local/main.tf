locals {
  prefix = "fabrikam"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-${local.prefx}"
  location = "westeurope"
}

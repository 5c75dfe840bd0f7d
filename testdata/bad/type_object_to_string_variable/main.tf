variable "location" {
  type = string
}

resource "azurerm_resource_group" "main" {
  name     = "rg-main"
  location = var.location
}

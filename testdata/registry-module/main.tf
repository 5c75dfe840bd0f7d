# A module from the registry, installed by `terraform init` (resolved through
# .terraform/modules/modules.json), and one from git that was never installed.
module "naming" {
  source  = "Azure/naming/azurerm"
  version = "0.4.0"
  suffix  = ["amplan"]
}

module "uninstalled" {
  source = "git::https://example.com/modules/monitoring.git?ref=v1.2.0"
  name   = "monitoring"
}

resource "azurerm_resource_group" "main" {
  name     = module.naming.resource_group_name
  location = "westeurope"
}

output "uninstalled_id" {
  value = module.uninstalled.id
}

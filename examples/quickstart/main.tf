terraform {
  required_version = ">= 1.5.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "00000000-0000-0000-0000-000000000000"
}

locals {
  tags = merge(var.tags, {
    environment = var.environment
    managed_by  = "terraform"
  })
}

module "hub" {
  source = "../../modules/ampls-hub"

  name_prefix                    = var.name_prefix
  location                       = var.location
  address_space                  = [var.hub_address_space]
  private_endpoint_subnet_prefix = cidrsubnet(var.hub_address_space, 3, 0)
  ingestion_access_mode          = var.ingestion_access_mode
  query_access_mode              = var.query_access_mode

  log_analytics_workspaces = {
    main = { retention_in_days = 30 }
  }

  application_insights = {
    web = { workspace_key = "main" }
  }

  tags = local.tags
}

module "spoke" {
  source   = "../../modules/spoke"
  for_each = var.spokes

  name              = each.key
  name_prefix       = var.name_prefix
  location          = var.location
  address_space     = [each.value.address_space]
  subnet_prefix     = cidrsubnet(each.value.address_space, 2, 0)
  subnet_delegation = each.value.delegation

  hub_vnet_id             = module.hub.vnet_id
  hub_vnet_name           = module.hub.vnet_name
  hub_resource_group_name = module.hub.resource_group_name

  private_dns_zone_ids                 = module.hub.private_dns_zone_ids
  private_dns_zone_resource_group_name = module.hub.resource_group_name

  tags = local.tags
}

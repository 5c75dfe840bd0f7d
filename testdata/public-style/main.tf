terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider azurerm {
  features {}
  subscription_id = "00000000-0000-0000-0000-000000000000"
}

data azurerm_client_config current {}

locals {
  name         = format("%s-%s", var.prefix, var.environment)
  default_tags = merge({ environment = var.environment, deployed_with = "terraform" }, var.tags)

  subnets = {
    "snet-pe"   = cidrsubnet(var.hub_cidr, 5, 0) # /27 for the AMPLS endpoint
    "snet-mgmt" = cidrsubnet(var.hub_cidr, 4, 1)
  }

  linked_spokes      = { for k, s in var.spokes : k => s if lookup(s, "link_dns", true) }
  private_workspaces = [for k, w in var.workspaces : k if try(w.private, false)]

  zone_names = [
    "privatelink.monitor.azure.com",
    "privatelink.oms.opinsights.azure.com",
    "privatelink.ods.opinsights.azure.com",
    "privatelink.agentsvc.azure-automation.net",
    "privatelink.blob.core.windows.net",
  ]

  ampls_description = trimspace(templatefile("${path.module}/templates/ampls-description.tpl", {
    name       = local.name
    workspaces = keys(var.workspaces)
    mode       = coalesce(var.ampls_query_access_mode, "Open")
  }))

  audit_policy = <<-POLICY
    {
      "if": { "field": "type", "equals": "Microsoft.OperationalInsights/workspaces" },
      "then": { "effect": "audit" }
    }
  POLICY
}

resource azurerm_resource_group main {
  name     = "rg-${local.name}-monitoring"
  location = var.location
  tags     = local.default_tags

  lifecycle {
    ignore_changes = [tags]
  }
}

resource azurerm_virtual_network hub {
  name                = "vnet-${local.name}-hub"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  address_space       = [var.hub_cidr]
  tags                = local.default_tags

  dynamic subnet {
    for_each = local.subnets
    content {
      name             = subnet.key
      address_prefixes = [subnet.value]
    }
  }
}

resource azurerm_monitor_private_link_scope ampls {
  count               = var.enable_private_link ? 1 : 0
  name                = "ampls-${local.name}"
  resource_group_name = azurerm_resource_group.main.name
  query_access_mode   = var.ampls_query_access_mode
  tags                = merge(local.default_tags, { description = local.ampls_description })
}

resource azurerm_log_analytics_workspace ws {
  for_each               = var.workspaces
  name                   = format("log-%s-%s", local.name, each.key)
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  retention_in_days      = lookup(each.value, "retention", 30)
  internet_query_enabled = !contains(local.private_workspaces, each.key)
  tags                   = merge(local.default_tags, { workspaces = jsonencode(keys(var.workspaces)) })
}

resource azurerm_monitor_private_link_scoped_service ws {
  for_each            = var.enable_private_link ? var.workspaces : {}
  name                = "${each.key}-scoped"
  resource_group_name = azurerm_resource_group.main.name
  scope_name          = azurerm_monitor_private_link_scope.ampls.0.name
  linked_resource_id  = azurerm_log_analytics_workspace.ws[each.key].id
}

resource azurerm_private_dns_zone zones {
  count               = var.enable_private_link ? length(local.zone_names) : 0
  name                = local.zone_names[count.index]
  resource_group_name = azurerm_resource_group.main.name
  tags                = local.default_tags
}

resource azurerm_private_dns_zone_virtual_network_link hub {
  count                 = length(azurerm_private_dns_zone.zones)
  name                  = "${azurerm_virtual_network.hub.name}-link"
  resource_group_name   = azurerm_resource_group.main.name
  private_dns_zone_name = element(azurerm_private_dns_zone.zones.*.name, count.index)
  virtual_network_id    = azurerm_virtual_network.hub.id
}

resource azurerm_private_endpoint ampls {
  count               = var.enable_private_link ? 1 : 0
  name                = "pe-${azurerm_monitor_private_link_scope.ampls[0].name}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  subnet_id           = [for s in azurerm_virtual_network.hub.subnet : s.id if s.name == "snet-pe"][0]
  tags                = local.default_tags

  private_service_connection {
    name                           = "ampls-connection"
    private_connection_resource_id = azurerm_monitor_private_link_scope.ampls[0].id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  dynamic private_dns_zone_group {
    for_each = length(azurerm_private_dns_zone.zones) > 0 ? ["default"] : []
    content {
      name                 = private_dns_zone_group.value
      private_dns_zone_ids = azurerm_private_dns_zone.zones.*.id
    }
  }

  depends_on = [
    azurerm_monitor_private_link_scoped_service.ws,
    azurerm_private_dns_zone_virtual_network_link.hub,
  ]
}

module spoke {
  source   = "../../modules/spoke"
  for_each = var.spokes

  name                  = each.key
  name_prefix           = local.name
  location              = var.location
  create_resource_group = false
  resource_group_name   = azurerm_resource_group.main.name
  address_space         = [each.value.cidr]
  subnet_prefix         = cidrsubnet(each.value.cidr, 1, 0)

  hub_vnet_id             = azurerm_virtual_network.hub.id
  hub_vnet_name           = azurerm_virtual_network.hub.name
  hub_resource_group_name = azurerm_resource_group.main.name

  link_zones                           = contains(keys(local.linked_spokes), each.key)
  private_dns_zone_ids                 = { for z in azurerm_private_dns_zone.zones : z.name => z.id }
  private_dns_zone_resource_group_name = azurerm_resource_group.main.name

  tags = local.default_tags
}

output ampls_id {
  value = try(azurerm_monitor_private_link_scope.ampls[0].id, null)
}

output private_endpoint_ips {
  value = join(",", azurerm_private_endpoint.ampls.*.private_service_connection.0.private_ip_address)
}

output action_group_id {
  value = format("/subscriptions/%s/resourceGroups/rg-%s-shared/providers/Microsoft.Insights/actionGroups/ag-oncall", data.azurerm_client_config.current.subscription_id, var.prefix)
}

output audit_policy {
  value = jsonencode(jsondecode(local.audit_policy))
}

output spoke_vnets {
  value = { for k, m in module.spoke : k => m.vnet_name }
}

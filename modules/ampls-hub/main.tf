locals {
  # The five zones an AMPLS private endpoint writes into (public cloud).
  private_dns_zones = [
    "privatelink.monitor.azure.com",
    "privatelink.oms.opinsights.azure.com",
    "privatelink.ods.opinsights.azure.com",
    "privatelink.agentsvc.azure-automation.net",
    "privatelink.blob.core.windows.net",
  ]

  resource_group_name = var.create_resource_group ? azurerm_resource_group.this[0].name : coalesce(var.resource_group_name, "rg-${var.name_prefix}-hub")
}

resource "azurerm_resource_group" "this" {
  count = var.create_resource_group ? 1 : 0

  name     = coalesce(var.resource_group_name, "rg-${var.name_prefix}-hub")
  location = var.location
  tags     = var.tags
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-${var.name_prefix}-hub"
  location            = var.location
  resource_group_name = local.resource_group_name
  address_space       = var.address_space
  tags                = var.tags
}

resource "azurerm_subnet" "private_endpoints" {
  name                              = "snet-private-endpoints"
  resource_group_name               = local.resource_group_name
  virtual_network_name              = azurerm_virtual_network.hub.name
  address_prefixes                  = [var.private_endpoint_subnet_prefix]
  private_endpoint_network_policies = "Disabled"
}

resource "azurerm_monitor_private_link_scope" "this" {
  name                  = "ampls-${var.name_prefix}"
  resource_group_name   = local.resource_group_name
  ingestion_access_mode = var.ingestion_access_mode
  query_access_mode     = var.query_access_mode
  tags                  = var.tags
}

resource "azurerm_log_analytics_workspace" "this" {
  for_each = var.log_analytics_workspaces

  name                       = "log-${var.name_prefix}-${each.key}"
  location                   = var.location
  resource_group_name        = local.resource_group_name
  sku                        = each.value.sku
  retention_in_days          = each.value.retention_in_days
  internet_ingestion_enabled = each.value.internet_ingestion_enabled
  internet_query_enabled     = each.value.internet_query_enabled
  tags                       = var.tags
}

resource "azurerm_application_insights" "this" {
  for_each = var.application_insights

  name                = "appi-${var.name_prefix}-${each.key}"
  location            = var.location
  resource_group_name = local.resource_group_name
  workspace_id        = azurerm_log_analytics_workspace.this[each.value.workspace_key].id
  application_type    = each.value.application_type
  tags                = var.tags
}

resource "azurerm_monitor_private_link_scoped_service" "workspace" {
  for_each = azurerm_log_analytics_workspace.this

  name                = "amplsservice-${each.value.name}"
  resource_group_name = local.resource_group_name
  scope_name          = azurerm_monitor_private_link_scope.this.name
  linked_resource_id  = each.value.id
}

resource "azurerm_monitor_private_link_scoped_service" "app_insights" {
  for_each = azurerm_application_insights.this

  name                = "amplsservice-${each.value.name}"
  resource_group_name = local.resource_group_name
  scope_name          = azurerm_monitor_private_link_scope.this.name
  linked_resource_id  = each.value.id
}

resource "azurerm_private_dns_zone" "this" {
  for_each = toset(local.private_dns_zones)

  name                = each.value
  resource_group_name = local.resource_group_name
  tags                = var.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "hub" {
  for_each = azurerm_private_dns_zone.this

  name                  = "link-${azurerm_virtual_network.hub.name}"
  resource_group_name   = local.resource_group_name
  private_dns_zone_name = each.value.name
  virtual_network_id    = azurerm_virtual_network.hub.id
  registration_enabled  = false
  tags                  = var.tags
}

resource "azurerm_private_endpoint" "ampls" {
  name                = "pe-ampls-${var.name_prefix}"
  location            = var.location
  resource_group_name = local.resource_group_name
  subnet_id           = azurerm_subnet.private_endpoints.id
  tags                = var.tags

  private_service_connection {
    name                           = "psc-ampls-${var.name_prefix}"
    private_connection_resource_id = azurerm_monitor_private_link_scope.this.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [for zone in local.private_dns_zones : azurerm_private_dns_zone.this[zone].id]
  }

  # Static addresses must name every AMPLS member, or Azure rejects the endpoint.
  dynamic "ip_configuration" {
    for_each = var.private_endpoint_static_ips

    content {
      name               = "ipconfig-${replace(ip_configuration.key, ".", "-")}"
      private_ip_address = ip_configuration.value
      subresource_name   = "azuremonitor"
      member_name        = ip_configuration.key
    }
  }

  # Scoped resources first, so the endpoint's first DNS write already covers them.
  depends_on = [
    azurerm_monitor_private_link_scoped_service.workspace,
    azurerm_monitor_private_link_scoped_service.app_insights,
    azurerm_private_dns_zone_virtual_network_link.hub,
  ]
}

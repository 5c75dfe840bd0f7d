output "resource_group_name" {
  description = "Name of the hub resource group."
  value       = local.resource_group_name
}

output "vnet_id" {
  description = "ID of the hub virtual network."
  value       = azurerm_virtual_network.hub.id
}

output "vnet_name" {
  description = "Name of the hub virtual network."
  value       = azurerm_virtual_network.hub.name
}

output "private_dns_zone_ids" {
  description = "IDs of the Azure Monitor private DNS zones, keyed by zone name."
  value       = { for name, zone in azurerm_private_dns_zone.this : name => zone.id }
}

output "ampls_id" {
  description = "ID of the Azure Monitor Private Link Scope."
  value       = azurerm_monitor_private_link_scope.this.id
}

output "workspace_ids" {
  description = "ARM IDs of the Log Analytics workspaces, keyed like `log_analytics_workspaces`."
  value       = { for key, ws in azurerm_log_analytics_workspace.this : key => ws.id }
}

output "workspace_customer_ids" {
  description = "Workspace (customer) GUIDs, the names used in the oms/ods/agentsvc zones."
  value       = { for key, ws in azurerm_log_analytics_workspace.this : key => ws.workspace_id }
}

output "private_endpoint_ip" {
  description = "First private IP address of the AMPLS endpoint."
  value       = azurerm_private_endpoint.ampls.private_service_connection[0].private_ip_address
}

output "ampls_id" {
  description = "ID of the Azure Monitor Private Link Scope."
  value       = module.hub.ampls_id
}

output "hub_vnet_id" {
  description = "ID of the hub VNet."
  value       = module.hub.vnet_id
}

output "private_endpoint_ip" {
  description = "First private IP of the AMPLS endpoint."
  value       = module.hub.private_endpoint_ip
}

output "workspace_ids" {
  description = "Log Analytics workspace IDs."
  value       = module.hub.workspace_ids
}

output "spoke_vnet_ids" {
  description = "Spoke VNet IDs, keyed by spoke name."
  value       = { for name, spoke in module.spoke : name => spoke.vnet_id }
}

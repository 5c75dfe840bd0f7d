output "vnet_id" {
  description = "ID of the spoke virtual network."
  value       = azurerm_virtual_network.this.id
}

output "vnet_name" {
  description = "Name of the spoke virtual network."
  value       = azurerm_virtual_network.this.name
}

output "subnet_id" {
  description = "ID of the workload subnet."
  value       = azurerm_subnet.workload.id
}

output "zone_link_ids" {
  description = "IDs of the private DNS zone links, keyed by zone name."
  value       = { for zone, link in azurerm_private_dns_zone_virtual_network_link.this : zone => link.id }
}

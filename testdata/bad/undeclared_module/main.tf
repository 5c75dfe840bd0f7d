output "hub_id" {
  value = module.hub.vnet_id
}

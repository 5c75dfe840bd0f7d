locals {
  zones = ["privatelink.monitor.azure.com"]
}

output "second" {
  value = local.zones[3]
}

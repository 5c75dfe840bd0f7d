locals {
  zones = 0
  zone  = 7 % local.zones
}

output "zone" {
  value = local.zone
}

locals {
  enabled = true
  total   = local.enabled + 1
}

output "total" {
  value = local.total
}

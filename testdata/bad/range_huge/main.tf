locals {
  many = range(1e12)
}

output "many" {
  value = length(local.many)
}

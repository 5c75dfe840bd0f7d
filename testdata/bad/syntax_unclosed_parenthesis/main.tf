locals {
  size = (1 + 2 * (3 - 1)
}

output "size" {
  value = local.size
}

variable "spokes" {
  type    = number
  default = 0
}

locals {
  per_spoke = 256 / var.spokes
}

output "per_spoke" {
  value = local.per_spoke
}

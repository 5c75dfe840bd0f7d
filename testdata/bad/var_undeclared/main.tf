variable "location" {
  type    = string
  default = "westeurope"
}

output "location" {
  value = var.location
}

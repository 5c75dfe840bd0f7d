variable "retention_in_days" {
  type = number
}

output "retention" {
  value = var.retention_in_days
}

variable "retention_in_days" {
  type    = number
  default = 7

  validation {
    condition     = var.retention_in_days >= 30 && var.retention_in_days <= 730
    error_message = "Retention must be between 30 and 730 days."
  }
}

output "retention" {
  value = var.retention_in_days
}

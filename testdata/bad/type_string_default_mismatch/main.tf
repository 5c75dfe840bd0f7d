variable "retention" {
  type    = number
  default = "thirty days"
}

output "retention" {
  value = var.retention
}

variable "enabled" {
  type    = bool
  default = true
}

locals {
  greeting = "%{ if var.enabled }on%{ else }off"
}

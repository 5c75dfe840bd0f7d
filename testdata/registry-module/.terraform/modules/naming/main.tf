variable "suffix" {
  type    = list(string)
  default = []
}

output "resource_group_name" {
  value = join("-", concat(["rg"], var.suffix))
}

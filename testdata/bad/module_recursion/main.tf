variable "depth" {
  type    = number
  default = 0
}

module "self" {
  source = "./"
  depth  = var.depth + 1
}

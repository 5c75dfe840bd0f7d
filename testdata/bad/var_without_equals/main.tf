variable "location" {
  type    = string
  default = "westeurope"
}

variable "location" {
  type = string
}

variable "spokes" {
  type = map(strng)
}

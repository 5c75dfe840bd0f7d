output "name" {
  value = uppercase("rg-main")
}

output "name" {
  description = "the resource group name"
}

resource "azurerm_resource_group" "main" {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  a {
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
  }
}

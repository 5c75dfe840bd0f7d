//! Arbitrary bytes as `terraform.tfvars` next to a small configuration whose
//! variables cover the type constraints: primitives, collections, objects
//! with optional attributes, `any`, and a validation block.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const CONFIG: &str = r#"
variable "name" {
  type = string
  validation {
    condition     = length(var.name) < 20
    error_message = "the name is too long"
  }
}
variable "count_of" {
  type    = number
  default = 1
}
variable "enabled" {
  type    = bool
  default = true
}
variable "tags" {
  type    = map(string)
  default = {}
}
variable "cidrs" {
  type    = list(string)
  default = ["10.0.0.0/16"]
}
variable "spokes" {
  type = map(object({
    cidr = string
    dns  = optional(bool, true)
  }))
  default = {}
}
variable "anything" {
  type    = any
  default = null
}
resource "azurerm_resource_group" "rg" {
  count    = var.enabled ? var.count_of : 0
  name     = "${var.name}-${count.index}"
  location = "westeurope"
  tags     = var.tags
}
resource "azurerm_virtual_network" "spoke" {
  for_each            = var.spokes
  name                = each.key
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = concat([each.value.cidr], var.cidrs)
}
output "anything" {
  value = var.anything
}
"#;

static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let dir = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("main.tf"), CONFIG).expect("write main.tf");
        dir
    });
    std::fs::write(dir.path().join("terraform.tfvars"), data).expect("write tfvars");
    common::plan_and_render(dir.path());
});

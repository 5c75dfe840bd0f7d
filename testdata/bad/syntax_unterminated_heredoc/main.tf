locals {
  script = <<-EOT
    echo hello
    echo world
}

output "script" {
  value = local.script
}

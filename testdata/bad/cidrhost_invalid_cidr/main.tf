output "dns_ip" {
  value = cidrhost("not-a-cidr", 4)
}

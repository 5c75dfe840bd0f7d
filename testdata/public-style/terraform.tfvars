prefix      = "tsp"
environment = "test"
hub_cidr    = "10.60.0.0/22"

spokes = {
  web = {
    cidr     = "10.61.0.0/24"
    link_dns = true
  }
  batch = {
    cidr     = "10.62.0.0/24"
    link_dns = false
  }
}

workspaces = {
  app = {
    retention = 30
    private   = false
  }
  audit = {
    retention = 90
    private   = true
  }
}

tags = {
  owner = "tailspin-sre"
}

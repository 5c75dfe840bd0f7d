name_prefix = "contoso"
location    = "westeurope"
environment = "dev"

# Queries from the hub's DNS view may only reach resources in the scope.
query_access_mode = "PrivateOnly"

spokes = {
  app = {
    address_space = "10.101.0.0/24"
    delegation    = "Microsoft.Web/serverFarms"
  }
  data = {
    address_space = "10.102.0.0/24"
  }
}

tags = {
  owner = "platform-team"
}

# Loaded after terraform.tfvars: these values win.
environment             = "prod"
ampls_query_access_mode = "PrivateOnly"

# Passed explicitly (`--var-file invalid.tfvars`) to exercise validation errors.
location = "eastus"

scope = {
  name                  = "ampls-alpine"
  ingestion_access_mode = "Private"
}

workspaces = {
  ops = { retention_in_days = 7 }
}

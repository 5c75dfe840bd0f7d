scope = {
  name              = "ampls-alpine"
  query_access_mode = "PrivateOnly"
}

workspaces = {
  ops = {}
  security = {
    retention_in_days = 365
    tags              = { data_classification = "restricted" }
  }
}

ingestion_token = "not-a-real-secret-0123456789"

tags = {
  owner = "secops"
}

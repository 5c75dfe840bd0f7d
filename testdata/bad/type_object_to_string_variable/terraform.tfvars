location = {
  region = "westeurope"
}

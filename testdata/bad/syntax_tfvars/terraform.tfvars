location = "westeurope

variable prefix {
  type    = string
  default = "tsp"
}

variable location {
  type    = string
  default = "westeurope"
}

variable environment {
  type = string
}

variable enable_private_link {
  description = "Deploy the AMPLS, its zones and the private endpoint"
  type        = bool
  default     = true
}

variable hub_cidr {
  type    = string
  default = "10.60.0.0/22"
}

variable ampls_query_access_mode {
  type    = string
  default = "Open"
}

variable spokes {
  description = "Spoke VNets: cidr, and whether to link the monitor zones"
  type        = map(any)
  default     = {}
}

variable workspaces {
  type    = map(any)
  default = {}
}

variable tags {
  type    = map(string)
  default = {}
}

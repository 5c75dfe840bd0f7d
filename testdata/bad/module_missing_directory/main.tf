module "hub" {
  source   = "./modules/hub"
  location = "westeurope"
}

locals {
  names    = ["a", "b"]
  greeting = "%{ while true }x%{ endwhile }"
}

output "a" {
  value = length(join("", [for i in range(1024) : join("", [for j in range(1024) : join("", [for k in range(1024) : "x"])])]))
}

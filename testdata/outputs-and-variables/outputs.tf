output "scope_name" {
  description = "Name of the AMPLS."
  value       = azurerm_monitor_private_link_scope.main.name
}

output "access_modes" {
  description = "Effective access modes, after optional() defaults."
  value = {
    ingestion = var.scope.ingestion_access_mode
    query     = var.scope.query_access_mode
  }
}

output "workspace_retention" {
  description = "Retention per workspace (known at plan time)."
  value       = { for key, ws in var.workspaces : key => ws.retention_in_days }
}

output "workspace_ids" {
  description = "Workspace customer IDs (known after apply)."
  value       = { for key, ws in azurerm_log_analytics_workspace.this : key => ws.workspace_id }
}

output "forwarder_settings" {
  description = "Settings for on-premises forwarders, including the shared secret."
  sensitive   = true
  value = {
    token      = var.ingestion_token
    shared_key = azurerm_log_analytics_workspace.this["ops"].primary_shared_key
  }
}

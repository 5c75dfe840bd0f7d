//! Loading and evaluating Terraform configuration.

pub mod eval;
pub mod functions;
pub mod types;

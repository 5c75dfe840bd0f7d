//! Loading and evaluating Terraform configuration.

pub mod eval;
pub mod evaluate;
pub mod functions;
pub mod graph;
pub mod load;
pub mod model;
pub mod scope;
pub mod types;
pub mod vars;

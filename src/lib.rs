//! amplan: a Terraform-style planner for Azure Monitor Private Link estates.
//!
//! The pipeline, one module per stage: `config` loads and evaluates the
//! configuration, `state` reads prior state, `plan` diffs and orders,
//! `render` turns a plan into text or JSON. See DESIGN.md in the project's
//! shared folder for the shape.

// Diagnostics are the error type throughout; they are large, but errors are
// the cold path and boxing them would only add noise.
#![allow(clippy::result_large_err)]

pub mod addr;
pub mod analysis;
pub mod apply;
pub mod config;
pub mod diag;
pub mod network;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod schema;
pub mod source;
pub mod state;
pub mod value;

//! The Azure network model and DNS resolution for Azure Monitor names.

pub mod catalog;
pub mod model;
pub mod resolve;
pub mod states;

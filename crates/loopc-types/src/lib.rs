//! loopc-types (placeholder until its issue lands).
pub mod constant;

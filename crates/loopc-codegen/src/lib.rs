//! loopc-codegen (placeholder until its issue lands).

//! loopc-types (placeholder until its issue lands).

//! loopc-ir (placeholder until its issue lands).

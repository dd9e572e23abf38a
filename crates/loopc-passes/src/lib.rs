//! loopc-passes (placeholder until its issue lands).

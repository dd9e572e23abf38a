//! loopc-runtime (placeholder until its issue lands).

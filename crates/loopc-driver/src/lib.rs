//! loopc-driver (placeholder until its issue lands).

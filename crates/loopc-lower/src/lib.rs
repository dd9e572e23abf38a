//! loopc-lower (placeholder until its issue lands).

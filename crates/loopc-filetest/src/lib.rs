//! loopc-filetest (placeholder until its issue lands).

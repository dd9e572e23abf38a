//! Lexer, parser and AST for loopc's Go subset.
//!
//! Data flow: `parse_file(file, src)` lexes `src` (Go's automatic semicolon insertion
//! included), parses one source file into an [`ast::File`] and returns it together with the
//! syntax errors found, worded and positioned as gc's `syntax` package reports them
//! (`syntax error: unexpected newline, expected ...`). The parser recovers after errors, so
//! the tree is always complete; callers stop before type checking when errors were reported.
//!
//! Invariants:
//! - Node ids are dense, unique in a file, and `< File::node_count`.
//! - Every span lies within the file.
//! - No input makes the parser panic, loop forever or overflow the stack: nesting deeper than
//!   a fixed limit is a syntax error.

pub mod ast;

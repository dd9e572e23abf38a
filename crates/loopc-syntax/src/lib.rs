//! Lexer, parser and AST for loopc's Go subset.
//!
//! Data flow: `parse_file(file, src)` lexes `src` (Go's automatic semicolon insertion
//! included), parses one source file into an [`ast::File`] and returns it together with the
//! errors found, worded and positioned as gc's `syntax` package reports them
//! (`syntax error: unexpected newline, expected ...`). The parser recovers after errors, so
//! the tree is always complete.
//!
//! The lexer (`lexer.rs`) and parser (`parser/`) are ports of gc's `syntax/scanner.go` and
//! `syntax/parser.go`; besides syntax errors they report what gc reports while parsing:
//! lexical errors (`newline in string`, `invalid character U+0040 '@'`), label and branch
//! errors (`branches.rs`, gc's `CheckBranches` mode) and misplaced compiler directives.
//! Like `go build`, which checks the package clause and imports itself (with `go/parser`)
//! before running the compiler, a header error is reported alone, in go/parser's words
//! (`header.rs`).
//!
//! Diagnostics are returned in gc's emission order, already filtered as gc's error printer
//! filters them while reporting (only the first syntax error per line; a repeated identical
//! message on the same line once). Callers sort them by position for printing.
//!
//! Whether compilation continues: gc type-checks a file unless it had a syntax error (a
//! message starting with `syntax error:`) or any error in its package clause, and the go
//! command never runs the compiler after a header error. [`Parsed::fatal`] says which case applies. Other errors (lexical, branch,
//! directive) leave a usable tree — malformed literals are [`ast::ExprKind::Bad`] nodes, to
//! be treated as invalid operands without further messages — and type checking proceeds, so
//! that its errors are reported too.
//!
//! Invariants:
//! - Node ids are dense, unique in a file, allocated in source (pre-)order, and
//!   `< File::node_count`.
//! - Every span lies within the file.
//! - No input makes the parser panic, loop forever or overflow the stack: nesting deeper
//!   than [`MAX_NESTING`] levels is a syntax error, and the tree's height never exceeds that
//!   limit (so recursive walkers of the tree, and its `Drop`, need a bounded stack). The
//!   parser itself runs on a thread of its own with a large stack (`stack.rs`): unoptimized
//!   builds use kilobytes of stack per nesting level.

pub mod ast;
mod branches;
pub mod dump;
mod header;
mod lexer;
mod parser;
mod printer;
mod quote;
mod stack;
mod token;
mod unquote;
mod visit;

pub use parser::MAX_NESTING;

use loopc_span::{Diagnostic, FileId, Span};

/// Parses one Go source file. Positions inside messages (`goto L jumps into block starting
/// at :3:2`) are printed without a file name; use [`parse_file_named`] to supply it.
pub fn parse_file(file: FileId, src: &str) -> (ast::File, Vec<Diagnostic>) {
    parse_file_named(file, "", src)
}

/// Like [`parse_file`], with the file name that gc would print inside messages that mention
/// a second position. `go build` passes files to the compiler as `./name.go`, so to match
/// its output pass `"./"` followed by the file's base name.
pub fn parse_file_named(file: FileId, name: &str, src: &str) -> (ast::File, Vec<Diagnostic>) {
    let p = parse_source(file, name, src);
    (p.file, p.diagnostics)
}

/// The result of [`parse_source`].
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The tree (complete even after errors).
    pub file: ast::File,
    /// The diagnostics, in gc's emission order.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether compilation stops after parsing, as with `go build`: there was a header error
    /// (the go command does not run the compiler), a syntax error, or any error in the
    /// package clause (gc does not type-check).
    pub fatal: bool,
}

/// Parses one Go source file as `go build` would compile it; `name` is as for
/// [`parse_file_named`].
pub fn parse_source(file: FileId, name: &str, src: &str) -> Parsed {
    stack::with_big_stack(|| parse_here(file, name, src))
}

fn parse_here(file: FileId, name: &str, src: &str) -> Parsed {
    let p = parser::Parser::new(file, name, src);
    let parsed = p.parse();
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(src.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1)).collect();
    let line_of = |pos: u32| line_starts.partition_point(|&s| s <= pos as usize);

    // gc's error reporter (base.ErrorfAt) keeps only the first syntax error of a line, and
    // drops a non-syntax error identical to the previous one on the same line.
    let mut last_syntax: Option<usize> = None;
    let mut last_other: Option<(usize, String)> = None;
    let mut diags = Vec::new();
    for e in parsed.errors {
        let pos = e.pos.min(src.len() as u32);
        let line = line_of(pos);
        if e.msg.starts_with("syntax error") {
            if last_syntax == Some(line) {
                continue;
            }
            last_syntax = Some(line);
        } else {
            if last_other.as_ref().is_some_and(|(l, m)| *l == line && *m == e.msg) {
                continue;
            }
            last_other = Some((line, e.msg.clone()));
        }
        diags.push(Diagnostic::error(Span::point(file, pos), e.msg));
    }

    let mut fatal = parsed.no_file || diags.iter().any(|d| d.message.starts_with("syntax error"));

    // `go build` checks the header itself first and reports only that error (see header.rs).
    if let Some((pos, msg)) = header::check_header(src) {
        let pos = pos.min(src.len() as u32);
        diags = vec![Diagnostic::error(Span::point(file, pos), msg)];
        fatal = true;
    }
    Parsed { file: parsed.file, diagnostics: diags, fatal }
}

#[cfg(test)]
mod robustness_tests;

//! The recursive-descent parser: tokens to [`ast::File`].
//!
//! This is a port of gc's `syntax/parser.go`, production by production, so that every syntax
//! error is found at the same token and worded the same way as gc's (the messages are part of
//! loopc's interface: tests compare them with `go build`'s output). The productions are split
//! by construct: `decl.rs` (declarations, parameter lists), `expr.rs`, `types.rs`, `stmt.rs`;
//! this file holds the parser state, token handling, error reporting and the productions
//! shared by all of them (lists, names).
//!
//! Error handling follows gc exactly:
//! - `syntax_error` formats `syntax error: unexpected <current token>, <what was expected>`;
//!   `advance` skips to a token in a follow set (plus statement keywords inside functions).
//! - No syntax error is reported at EOF once an error has been reported.
//! - Recovery builds `Bad` nodes; no production ever fails to return a node.
//!
//! Differences from gc's tree, dictated by the AST contract (see `ast.rs`): expression lists
//! are `Vec`s; parameter and field lists are grouped (`a, b int` is one [`ast::Field`]); a
//! type switch guard is a `TypeAssert` without type; malformed literals become `Bad`
//! expressions (their error was already reported by the scanner).
//!
//! Robustness: recursion depth is bounded by [`MAX_NESTING`] (`enter`/`leave`), and so is the
//! height of every subtree built (`heights`), because left-associative chains such as
//! `a+b+c+...` or `x.f.f.f...` are built by loops, not recursion. Past the limit the parser
//! reports one error and stops reading input (the scanner is forced to EOF), so it terminates
//! quickly and the tree stays shallow enough for recursive walkers — including the `Drop` of
//! the tree — on a small stack.

mod decl;
mod expr;
mod pragma;
mod stmt;
mod types;

use loopc_span::{FileId, Span};

use crate::ast::{self, Expr, ExprKind, Ident, LitKind, NodeId};
use crate::lexer::Scanner;
use crate::token::{Op, Tok};

pub(crate) use pragma::PragmaState;

/// Maximum nesting depth of the source and height of the tree.
pub const MAX_NESTING: u32 = 1000;

/// Statement keywords: synchronization points for error recovery inside functions.
const STOPSET: u64 = bit(Tok::Break)
    | bit(Tok::Const)
    | bit(Tok::Continue)
    | bit(Tok::Defer)
    | bit(Tok::Fallthrough)
    | bit(Tok::For)
    | bit(Tok::Go)
    | bit(Tok::Goto)
    | bit(Tok::If)
    | bit(Tok::Return)
    | bit(Tok::Select)
    | bit(Tok::Switch)
    | bit(Tok::Type)
    | bit(Tok::Var);

const fn bit(t: Tok) -> u64 {
    1u64 << (t as u8)
}

/// A reported problem: offset, message, and whether gc reports it through the parser (and so
/// counts it as "an error occurred" for its recovery decisions) or directly (branch checks).
#[derive(Clone, Debug)]
pub(crate) struct RawError {
    pub pos: u32,
    pub msg: String,
}

/// A literal token, as `oliteral` returns it.
pub(crate) struct Lit {
    pub kind: LitKind,
    pub raw: String,
    pub bad: bool,
    pub span: Span,
}

pub(crate) struct Parser<'a> {
    pub(crate) s: Scanner<'a>,
    pub(crate) file: FileId,
    /// The file name as gc prints it inside messages (`goto L jumps into block starting at
    /// ./x.go:3:2`).
    pub(crate) name: &'a str,
    pub(crate) src: &'a str,
    line_starts: Vec<u32>,

    /// Errors reported outside the parser proper (branch checks): gc hands them straight to
    /// the error handler, so they do not count for `errcnt`.
    uncounted: usize,
    /// In the top of the file (before the package clause).
    top: bool,
    /// Function nesting level.
    pub(crate) fnest: i32,
    /// Expression nesting level (composite-literal ambiguity resolution); -1 in control clauses.
    pub(crate) xnest: i32,
    /// Current recursion depth.
    depth: u32,
    /// Set once the nesting limit was exceeded: the scanner then yields only EOF.
    aborted: bool,
    /// Set if the package clause had errors (gc's parser then returns no file).
    no_file: bool,
    /// Offset one past the last consumed non-semicolon token.
    pub(crate) prev_end: u32,

    next_id: u32,
    /// Height of the subtree rooted at each node, by provisional id.
    heights: Vec<u32>,
    /// For `FuncType` expressions: gc's position of the type (the token after `func`), by
    /// provisional id. gc reports "missing parameter name" there.
    pub(crate) func_type_pos: Vec<(NodeId, u32)>,

    pub(crate) go_build: Option<(String, Span)>,
    pub(crate) pragma: PragmaState,
    /// Errors gc's type checker (not its parser) reports about constructs the AST cannot
    /// represent; they are reported only if parsing found no syntax error, because gc does
    /// not type-check a file with syntax errors.
    pub(crate) checker_errors: Vec<(u32, String)>,
}

/// Result of parsing a source file.
pub(crate) struct Parsed {
    pub file: ast::File,
    /// All errors in the order gc reports them.
    pub errors: Vec<RawError>,
    /// Whether gc's parser would have returned no file at all (an error before the end of the
    /// package clause), after which gc exits without type checking.
    pub no_file: bool,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(file: FileId, name: &'a str, src: &'a str) -> Parser<'a> {
        let mut line_starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Parser {
            s: Scanner::new(src),
            file,
            name,
            src,
            line_starts,
            uncounted: 0,
            top: true,
            fnest: 0,
            xnest: 0,
            depth: 0,
            aborted: false,
            no_file: false,
            prev_end: 0,
            next_id: 0,
            heights: Vec::new(),
            func_type_pos: Vec::new(),
            go_build: None,
            pragma: PragmaState::default(),
            checker_errors: Vec::new(),
        }
    }

    // ------------------------------------------------------------------------------------
    // Positions and node construction

    pub(crate) fn span(&self, lo: u32, hi: u32) -> Span {
        Span::new(self.file, lo, hi.max(lo))
    }

    /// The span from `lo` to the end of the last consumed token.
    pub(crate) fn span_from(&self, lo: u32) -> Span {
        self.span(lo, self.prev_end)
    }

    /// The span of the current token.
    pub(crate) fn tok_span(&self) -> Span {
        self.span(self.s.pos, self.s.end)
    }

    pub(crate) fn pos(&self) -> u32 {
        self.s.pos
    }

    /// 1-based line and column of an offset.
    pub(crate) fn line_col(&self, pos: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (line as u32 + 1, pos - self.line_starts[line] + 1)
    }

    /// A position as gc prints it inside messages: `name:line:col`.
    pub(crate) fn pos_string(&self, pos: u32) -> String {
        let (l, c) = self.line_col(pos);
        format!("{}:{}:{}", self.name, l, c)
    }

    /// A fresh provisional node id (ids are renumbered in source order at the end).
    pub(crate) fn new_id(&mut self) -> NodeId {
        let id = NodeId(self.next_id);
        self.next_id += 1;
        self.heights.push(0);
        id
    }

    pub(crate) fn height(&self, id: NodeId) -> u32 {
        self.heights.get(id.0 as usize).copied().unwrap_or(0)
    }

    /// Records the height of node `id`; past the limit, reports the error and aborts.
    /// Returns whether the height is acceptable.
    pub(crate) fn set_height(&mut self, id: NodeId, h: u32) -> bool {
        if let Some(slot) = self.heights.get_mut(id.0 as usize) {
            *slot = h;
        }
        if h > MAX_NESTING {
            self.nesting_exceeded();
            return false;
        }
        true
    }

    pub(crate) fn ident(&mut self, name: impl Into<String>, span: Span) -> Ident {
        let id = self.new_id();
        Ident { id, name: name.into(), span }
    }

    /// Builds an expression node, tracking its height. A node that would exceed the nesting
    /// limit is replaced by a `Bad` node (its children are dropped).
    pub(crate) fn mk_expr(&mut self, kind: ExprKind, span: Span) -> Expr {
        let id = self.new_id();
        let h = 1 + self.expr_kind_height(&kind);
        if !self.set_height(id, h) {
            return Expr { id, span, kind: ExprKind::Bad };
        }
        Expr { id, span, kind }
    }

    pub(crate) fn bad_expr_at(&mut self, pos: u32) -> Expr {
        let span = self.span(pos, pos);
        self.mk_expr(ExprKind::Bad, span)
    }

    /// A `Bad` expression at the current token (gc's `badExpr`).
    pub(crate) fn bad_expr(&mut self) -> Expr {
        self.bad_expr_at(self.s.pos)
    }

    pub(crate) fn ident_expr(&mut self, id: Ident) -> Expr {
        // The identifier's id is reused: the identifier node becomes the expression node.
        Expr { id: id.id, span: id.span, kind: ExprKind::Name(id.name) }
    }

    // ------------------------------------------------------------------------------------
    // Recursion limit

    /// Enters one level of recursion; returns `false` (without entering) past the limit.
    pub(crate) fn enter(&mut self) -> bool {
        if self.depth >= MAX_NESTING {
            self.nesting_exceeded();
            return false;
        }
        self.depth += 1;
        true
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn nesting_exceeded(&mut self) {
        if !self.aborted {
            let pos = self.s.pos;
            self.error_at(pos, format!("syntax error: nesting too deep (loopc allows at most {MAX_NESTING} levels)"));
            self.aborted = true;
        }
        self.s.tok = Tok::Eof;
    }

    // ------------------------------------------------------------------------------------
    // Tokens

    /// Advances to the next token.
    pub(crate) fn next(&mut self) {
        if self.aborted {
            self.s.tok = Tok::Eof;
            return;
        }
        if self.s.tok != Tok::Semi {
            self.prev_end = self.s.end;
        }
        self.s.next();
        if !self.s.directives.is_empty() {
            self.take_directives();
        }
    }

    pub(crate) fn tok(&self) -> Tok {
        self.s.tok
    }

    pub(crate) fn op(&self) -> Op {
        self.s.op
    }

    pub(crate) fn got(&mut self, tok: Tok) -> bool {
        if self.s.tok == tok {
            self.next();
            return true;
        }
        false
    }

    pub(crate) fn want(&mut self, tok: Tok) {
        if !self.got(tok) {
            self.syntax_error(&format!("expected {}", tok.describe()));
            self.advance(&[]);
        }
    }

    /// Like `got(Assign)`, but also accepts `:=` (with an error).
    pub(crate) fn got_assign(&mut self) -> bool {
        match self.s.tok {
            Tok::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    // ------------------------------------------------------------------------------------
    // Errors

    /// Number of errors gc's parser would have counted so far.
    pub(crate) fn errcnt(&self) -> usize {
        self.s.errors.len() - self.uncounted
    }

    pub(crate) fn error_at(&mut self, pos: u32, msg: String) {
        self.s.errors.push((pos, msg));
    }

    /// An error at the current token.
    pub(crate) fn error(&mut self, msg: &str) {
        let pos = self.s.pos;
        self.error_at(pos, msg.to_string());
    }

    /// An error reported directly to gc's error handler (does not count for recovery).
    pub(crate) fn uncounted_error_at(&mut self, pos: u32, msg: String) {
        self.s.errors.push((pos, msg));
        self.uncounted += 1;
    }

    pub(crate) fn syntax_error(&mut self, msg: &str) {
        let pos = self.s.pos;
        self.syntax_error_at(pos, msg);
    }

    /// gc's `syntaxErrorAt`: adds the current token to "in ...", "at ...", "after ..." and
    /// "expected ..." messages.
    pub(crate) fn syntax_error_at(&mut self, pos: u32, msg: &str) {
        if self.s.tok == Tok::Eof && self.errcnt() > 0 {
            return; // avoid meaningless follow-up errors
        }
        let msg = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expected ") {
            format!(", {msg}")
        } else {
            self.error_at(pos, format!("syntax error: {msg}"));
            return;
        };
        let tok = match self.s.tok {
            Tok::Name => format!("name {}", self.s.lit),
            Tok::Semi => self.s.lit.clone(),
            Tok::Literal => format!("literal {}", self.s.lit),
            Tok::Operator => self.s.op.as_str().to_string(),
            Tok::AssignOp => format!("{}=", self.s.op.as_str()),
            Tok::IncOp => format!("{0}{0}", self.s.op.as_str()),
            t => t.describe(),
        };
        self.error_at(pos, format!("syntax error: unexpected {tok}{msg}"));
    }

    /// Skips tokens until one in `follow` (or, inside functions, a statement keyword); with an
    /// empty `follow`, skips exactly one token.
    pub(crate) fn advance(&mut self, follow: &[Tok]) {
        let mut set = bit(Tok::Eof);
        if !follow.is_empty() {
            if self.fnest > 0 {
                set |= STOPSET;
            }
            for &t in follow {
                set |= bit(t);
            }
        }
        while set & bit(self.s.tok) == 0 {
            self.next();
            if follow.is_empty() {
                break;
            }
        }
    }

    // ------------------------------------------------------------------------------------
    // Source file

    /// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .`
    pub(crate) fn parse(mut self) -> Parsed {
        self.next();
        let file = self.file_or_nil();
        let mut file = file;
        let count = crate::visit::renumber(&mut file);
        file.node_count = count;
        if !self.s.errors.iter().any(|(_, m)| m.starts_with("syntax error")) {
            self.s.errors.append(&mut self.checker_errors);
        }
        let errors = self.s.errors.into_iter().map(|(pos, msg)| RawError { pos, msg }).collect();
        Parsed { file, errors, no_file: self.no_file }
    }

    fn empty_file(&mut self, lo: u32) -> ast::File {
        let span = self.span(lo, lo);
        let package = self.ident("_", span);
        ast::File {
            package,
            package_span: span,
            go_build: self.go_build.take(),
            imports: Vec::new(),
            decls: Vec::new(),
            node_count: 0,
            span: self.span(0, self.src.len() as u32),
        }
    }

    fn file_or_nil(&mut self) -> ast::File {
        let lo = self.s.pos;
        self.top = false;
        if self.s.tok != Tok::Package {
            self.syntax_error("package statement must be first");
            self.no_file = true;
            return self.empty_file(lo);
        }
        let package_span = self.tok_span();
        self.next();
        self.take_pragma_for(pragma::Allowed::File);
        let package = self.name();
        self.want(Tok::Semi);

        let mut file = ast::File {
            package,
            package_span,
            go_build: self.go_build.take(),
            imports: Vec::new(),
            decls: Vec::new(),
            node_count: 0,
            span: self.span(0, self.src.len() as u32),
        };

        // Don't bother continuing if the package clause has errors.
        if self.errcnt() > 0 {
            self.no_file = true;
            return file;
        }

        let top_follow = [Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func];
        let mut prev = Tok::Import;
        let mut last_is_bodyless_func = false;
        while self.s.tok != Tok::Eof {
            if self.s.tok == Tok::Import && prev != Tok::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.s.tok;
            let kw = self.s.pos;
            match self.s.tok {
                Tok::Import => {
                    self.next();
                    self.import_group(&mut file.imports);
                    last_is_bodyless_func = false;
                }
                Tok::Const | Tok::Type | Tok::Var => {
                    let d = self.gen_decl(kw);
                    file.decls.push(ast::Decl::Gen(d));
                    last_is_bodyless_func = false;
                }
                Tok::Func => {
                    self.next();
                    let f = self.func_decl(kw);
                    last_is_bodyless_func = f.body.is_none();
                    file.decls.push(ast::Decl::Func(f));
                }
                _ => {
                    if self.s.tok == Tok::Lbrace && last_is_bodyless_func {
                        // The opening { of a function declaration on the next line.
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&top_follow);
                    continue;
                }
            }

            // Reset the pragma before consuming ';': comments before the next declaration
            // may set pragmas for it.
            self.clear_pragma();

            if self.s.tok != Tok::Eof && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&top_follow);
            }
        }
        self.clear_pragma();
        file
    }

    // ------------------------------------------------------------------------------------
    // Common productions

    /// `list = [ f { sep f } [sep] ] close .` Calls `f` for each element; `f` returning
    /// `true` ends the list. Returns the position of the closing token.
    pub(crate) fn list(&mut self, context: &str, sep: Tok, close: Tok, f: &mut dyn FnMut(&mut Self) -> bool) -> u32 {
        let mut done = false;
        while self.s.tok != Tok::Eof && self.s.tok != close && !done {
            done = f(self);
            // sep is optional before close
            if !self.got(sep) && self.s.tok != close {
                self.syntax_error(&format!(
                    "in {}; possibly missing {} or {}",
                    context,
                    sep.describe(),
                    close.describe()
                ));
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                if self.s.tok != close {
                    return self.s.pos;
                }
            }
        }
        let pos = self.s.pos;
        self.want(close);
        pos
    }

    pub(crate) fn name(&mut self) -> Ident {
        if self.s.tok == Tok::Name {
            let lit = std::mem::take(&mut self.s.lit);
            let span = self.tok_span();
            let id = self.ident(lit, span);
            self.next();
            return id;
        }
        let span = self.span(self.s.pos, self.s.pos);
        let id = self.ident("_", span);
        self.syntax_error("expected name");
        self.advance(&[]);
        id
    }

    /// `IdentifierList = identifier { "," identifier } .` (the first name is given).
    pub(crate) fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    /// A type name, possibly qualified and instantiated. The first name may be given.
    pub(crate) fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let x = match name {
            Some(n) => n,
            None if self.s.tok == Tok::Name => self.name(),
            None => {
                let span = self.span(self.s.pos, self.s.pos);
                let n = self.ident("_", span);
                self.syntax_error("expected name");
                self.advance(&[Tok::Dot, Tok::Semi, Tok::Rbrace]);
                n
            }
        };
        let mut x = self.ident_expr(x);
        if self.s.tok == Tok::Dot {
            self.next();
            let sel = self.name();
            let span = self.span(x.span.lo, sel.span.hi);
            x = self.mk_expr(ExprKind::Selector { x: Box::new(x), sel }, span);
        }
        if self.s.tok == Tok::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    /// `ExpressionList = Expression { "," Expression } .`
    pub(crate) fn expr_list(&mut self) -> Vec<Expr> {
        let mut l = vec![self.expr()];
        while self.got(Tok::Comma) {
            l.push(self.expr());
        }
        l
    }

    /// A non-empty, comma-separated list of types (the first may be an expression unless
    /// `strict`), optionally followed by a comma. Also returns whether there was a comma.
    pub(crate) fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut list = vec![first];
        let mut comma = false;
        if self.got(Tok::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Tok::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }

    /// The current literal token, consumed, if there is one.
    pub(crate) fn oliteral(&mut self) -> Option<Lit> {
        if self.s.tok != Tok::Literal {
            return None;
        }
        let lit =
            Lit { kind: self.s.kind, raw: std::mem::take(&mut self.s.lit), bad: self.s.bad, span: self.tok_span() };
        self.next();
        Some(lit)
    }

    /// A literal as an expression; malformed literals (already reported) become `Bad`.
    pub(crate) fn lit_expr(&mut self, lit: Lit) -> Expr {
        if lit.bad {
            return self.mk_expr(ExprKind::Bad, lit.span);
        }
        self.mk_expr(ExprKind::BasicLit { kind: lit.kind, raw: lit.raw }, lit.span)
    }
}

/// Strips enclosing parentheses.
pub(crate) fn unparen(x: &Expr) -> &Expr {
    let mut x = x;
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}

/// Strips enclosing parentheses of an owned expression.
pub(crate) fn unparen_owned(mut x: Expr) -> Expr {
    loop {
        match x.kind {
            ExprKind::Paren(inner) => x = *inner,
            kind => return Expr { kind, ..x },
        }
    }
}

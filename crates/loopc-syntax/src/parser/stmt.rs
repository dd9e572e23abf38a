//! Statements: simple statements, blocks, control clauses (`if`/`for`/`switch`/`select`
//! headers with gc's diagnostics for misuse), labels and branches.

use super::Parser;
use crate::ast::{self, BranchKind, Expr, ExprKind, Ident, Stmt, StmtKind};
use crate::printer;
use crate::token::{Op, Tok};

/// A simple statement as gc's `simpleStmt` returns it. Range clauses and type switch guards
/// only exist inside `for` and `switch` headers.
pub(crate) enum Simple {
    /// A statement and gc's position for it (the operator of assignments, `++`/`--` and
    /// sends; the start of expression statements).
    Stmt(Box<Stmt>, u32),
    Range {
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        range_span: loopc_span::Span,
        lo: u32,
    },
    /// `bind := x.(type)`; `guard` is the `x.(type)` expression.
    Guard {
        bind: Ident,
        guard: Expr,
        op_span: loopc_span::Span,
    },
}

/// The condition part of a control clause.
enum Cond {
    None,
    Expr(Expr),
    Guard { bind: Ident, guard: Expr },
}

impl Parser<'_> {
    pub(crate) fn mk_stmt(&mut self, kind: StmtKind, span: loopc_span::Span) -> Stmt {
        let id = self.new_id();
        let h = 1 + self.stmt_kind_height(&kind);
        if !self.set_height(id, h) {
            return Stmt { id, span, kind: StmtKind::Bad };
        }
        Stmt { id, span, kind }
    }

    fn simple_to_stmt(&mut self, s: Simple) -> Stmt {
        match s {
            Simple::Stmt(s, _) => *s,
            Simple::Range { lhs, define, x, range_span, lo } => {
                // Not reachable from the callers (range clauses are handled by for); keep the
                // tree well formed anyway.
                let mut lhs = lhs.into_iter();
                let kind = StmtKind::Range {
                    key: lhs.next(),
                    value: lhs.next(),
                    define,
                    x,
                    body: self.empty_block(range_span.lo),
                    range_span,
                };
                let span = self.span_from(lo);
                self.mk_stmt(kind, span)
            }
            Simple::Guard { bind, guard, op_span } => {
                let lo = bind.span.lo;
                let lhs = self.ident_expr(bind);
                let span = self.span(lo, guard.span.hi);
                self.mk_stmt(
                    StmtKind::Assign { lhs: vec![lhs], op: None, define: true, rhs: vec![guard], op_span },
                    span,
                )
            }
        }
    }

    fn empty_block(&mut self, pos: u32) -> ast::Block {
        let id = self.new_id();
        let sp = self.span(pos, pos);
        self.set_height(id, 1);
        ast::Block { id, stmts: Vec::new(), lbrace: sp, rbrace: sp }
    }

    /// `SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment |
    /// ShortVarDecl .` `lhs` is an already parsed expression list; `keyword` is the
    /// enclosing control statement (`for` permits a range clause, `switch` a type guard).
    pub(crate) fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Tok>) -> Simple {
        if keyword == Some(Tok::For) && self.tok() == Tok::Range {
            // _Range expr
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        let lo = lhs.first().map_or(self.pos(), |e| e.span.lo);

        if lhs.len() == 1 && self.tok() != Tok::Assign && self.tok() != Tok::Define {
            let Some(x) = lhs.pop() else { unreachable!("invariant: one element") };
            let op_span = self.tok_span();
            let pos = if self.tok() == Tok::AssignOp || self.tok() == Tok::IncOp || self.tok() == Tok::Arrow {
                op_span.lo
            } else {
                x.span.lo
            };
            let s = match self.tok() {
                Tok::AssignOp => {
                    // lhs op= rhs
                    let op = self.op();
                    self.next();
                    let rhs = self.expr();
                    let span = self.span_from(lo);
                    let kind =
                        StmtKind::Assign { lhs: vec![x], op: op.binary(), define: false, rhs: vec![rhs], op_span };
                    self.mk_stmt(kind, span)
                }
                Tok::IncOp => {
                    // lhs++ or lhs--
                    let inc = self.op() == Op::Add;
                    self.next();
                    let span = self.span_from(lo);
                    self.mk_stmt(StmtKind::IncDec { x, inc }, span)
                }
                Tok::Arrow => {
                    // lhs <- rhs
                    self.next();
                    let value = self.expr();
                    let span = self.span_from(lo);
                    self.mk_stmt(StmtKind::Send { ch: x, value }, span)
                }
                _ => {
                    let span = x.span;
                    self.mk_stmt(StmtKind::Expr(x), span)
                }
            };
            return Simple::Stmt(Box::new(s), pos);
        }

        match self.tok() {
            Tok::Assign | Tok::Define => {
                let op_span = self.tok_span();
                let define = self.tok() == Tok::Define;
                self.next();

                if keyword == Some(Tok::For) && self.tok() == Tok::Range {
                    // expr_list op= _Range expr
                    return self.range_clause(lhs, define);
                }

                // expr_list op= expr_list
                let mut rhs = self.expr_list();
                if keyword == Some(Tok::Switch) && define && rhs.len() == 1 && lhs.len() == 1 {
                    let is_guard = matches!(rhs[0].kind, ExprKind::TypeAssert { ty: None, .. });
                    let is_name = matches!(lhs[0].kind, ExprKind::Name(_));
                    if is_guard && is_name {
                        // switch … lhs := rhs.(type)
                        if let (Some(l), Some(guard)) = (lhs.pop(), rhs.pop()) {
                            if let ExprKind::Name(name) = l.kind {
                                let bind = Ident { id: l.id, name, span: l.span };
                                return Simple::Guard { bind, guard, op_span };
                            }
                        }
                    }
                }
                let span = self.span_from(lo);
                Simple::Stmt(
                    Box::new(self.mk_stmt(StmtKind::Assign { lhs, op: None, define, rhs, op_span }, span)),
                    op_span.lo,
                )
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
                // make the best of what we have
                let x = lhs.into_iter().next().unwrap_or_else(|| self.bad_expr());
                let span = x.span;
                Simple::Stmt(Box::new(self.mk_stmt(StmtKind::Expr(x), span)), span.lo)
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        let range_span = self.tok_span();
        let lo = lhs.first().map_or(range_span.lo, |e| e.span.lo);
        self.next(); // consume range
        let x = self.expr();
        Simple::Range { lhs, define, x, range_span, lo }
    }

    /// `L: stmt` after the label; `None` if the statement is missing (reported).
    fn labeled_stmt_or_nil(&mut self, label: Ident) -> Option<Stmt> {
        let colon = self.pos();
        self.want(Tok::Colon);

        if self.tok() == Tok::Rbrace {
            // A statement must follow; before '}' it is an (implicit) empty statement.
            let sp = self.span(self.pos(), self.pos());
            let empty = self.mk_stmt(StmtKind::Empty, sp);
            let span = self.span(label.span.lo, colon + 1);
            return Some(self.mk_stmt(StmtKind::Labeled { label, stmt: Box::new(empty) }, span));
        }

        if let Some(s) = self.stmt_or_nil() {
            let span = self.span(label.span.lo, s.span.hi.max(colon + 1));
            return Some(self.mk_stmt(StmtKind::Labeled { label, stmt: Box::new(s) }, span));
        }

        // report error at line of ':' token
        self.syntax_error_at(colon, "missing statement after label");
        // we are already at the end of the labeled statement - no need to advance
        None
    }

    /// A braced statement list. `context` names what the block belongs to, for the
    /// "expected { after ..." error.
    pub(crate) fn block_stmt(&mut self, context: &str) -> ast::Block {
        let id = self.new_id();
        let lbrace = self.tok_span();
        // people coming from C may forget that braces are mandatory in Go
        if !self.got(Tok::Lbrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[Tok::Name, Tok::Rbrace]);
            let rbrace = self.tok_span();
            if self.got(Tok::Rbrace) {
                self.set_height(id, 1);
                return ast::Block { id, stmts: Vec::new(), lbrace: lbrace.start(), rbrace };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.tok_span();
        self.want(Tok::Rbrace);
        let h = stmts.iter().map(|s| self.height(s.id)).max().unwrap_or(0) + 1;
        self.set_height(id, h);
        ast::Block { id, stmts, lbrace, rbrace }
    }

    fn decl_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let d = self.gen_decl(lo);
        let span = d.span;
        self.mk_stmt(StmtKind::Decl(d), span)
    }

    fn for_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let (init, cond, post) = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        let span = self.span_from(lo);
        let kind = match init {
            Some(Simple::Range { mut lhs, define, x, range_span, .. }) => {
                if lhs.len() > 2 {
                    // types2 (range.go) reports this; the tree has room for two variables only.
                    let pos = lhs[2].span.lo;
                    self.checker_errors.push((pos, "range clause permits at most two iteration variables".to_string()));
                    lhs.truncate(2);
                }
                let mut lhs = lhs.into_iter();
                StmtKind::Range { key: lhs.next(), value: lhs.next(), define, x, body, range_span }
            }
            init => {
                let init = init.map(|s| Box::new(self.simple_to_stmt(s)));
                let post = post.map(|s| Box::new(self.simple_to_stmt(s)));
                let cond = match cond {
                    Cond::Expr(e) => Some(e),
                    Cond::Guard { bind, guard } => {
                        // Only a switch header produces guards; keep the expression.
                        let _ = bind;
                        Some(guard)
                    }
                    Cond::None => None,
                };
                StmtKind::For { init, cond, post, body }
            }
        };
        self.mk_stmt(kind, span)
    }

    /// The header of an `if`, `for` or `switch`: `[init ;] cond` or `init; cond; post`.
    fn header(&mut self, keyword: Tok) -> (Option<Simple>, Cond, Option<Simple>) {
        self.want(keyword);
        let mut init = None;
        let mut cond = Cond::None;
        let mut post = None;

        if self.tok() == Tok::Lbrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
                cond = Cond::Expr(self.bad_expr());
            }
            return (init, cond, post);
        }
        // tok != Lbrace

        let outer = self.xnest;
        self.xnest = -1;

        if self.tok() != Tok::Semi {
            // accept potential varDecl but complain
            if self.got(Tok::Var) {
                self.syntax_error(&format!("var declaration not allowed in {} initializer", keyword.as_str()));
            }
            let s = self.simple_stmt(None, Some(keyword));
            // If we have a range clause, we are done (can only happen for keyword == For).
            if matches!(s, Simple::Range { .. }) {
                self.xnest = outer;
                return (Some(s), cond, post);
            }
            init = Some(s);
        }

        let mut cond_stmt: Option<Simple> = None;
        let mut semi: Option<(u32, String)> = None;
        'done: {
            if self.tok() != Tok::Lbrace {
                if self.tok() == Tok::Semi {
                    semi = Some((self.pos(), self.s.lit.clone()));
                    self.next();
                } else {
                    // asking for a '{' rather than a ';' here leads to a better error message
                    self.want(Tok::Lbrace);
                    if self.tok() != Tok::Lbrace {
                        self.advance(&[Tok::Lbrace, Tok::Rbrace]); // for better synchronization (go.dev/issue/22581)
                    }
                }
                if keyword == Tok::For {
                    if self.tok() != Tok::Semi {
                        if self.tok() == Tok::Lbrace {
                            self.syntax_error("expected for loop condition");
                            break 'done;
                        }
                        cond_stmt = Some(self.simple_stmt(None, None));
                    }
                    self.want(Tok::Semi);
                    if self.tok() != Tok::Lbrace {
                        let p = self.simple_stmt(None, None);
                        if let Simple::Stmt(st, _) = &p {
                            if let StmtKind::Assign { define: true, op_span, .. } = &st.kind {
                                let pos = op_span.lo;
                                self.syntax_error_at(pos, "cannot declare in post statement of for loop");
                            }
                        }
                        post = Some(p);
                    }
                } else if self.tok() != Tok::Lbrace {
                    cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
                }
            } else {
                cond_stmt = init.take();
            }
        }

        // unpack cond_stmt
        match cond_stmt {
            None => {
                if keyword == Tok::If {
                    if let Some((pos, lit)) = semi {
                        if lit != "semicolon" {
                            self.syntax_error_at(pos, &format!("unexpected {lit}, expected {{ after if clause"));
                        } else {
                            self.syntax_error_at(pos, "missing condition in if statement");
                        }
                        cond = Cond::Expr(self.bad_expr_at(pos));
                    }
                }
            }
            Some(Simple::Stmt(st, _)) if matches!(st.kind, StmtKind::Expr(_)) => {
                if let StmtKind::Expr(x) = st.kind {
                    cond = Cond::Expr(x);
                }
            }
            Some(Simple::Guard { bind, guard, .. }) => cond = Cond::Guard { bind, guard },
            Some(s) => {
                // A common error is to write '=' instead of '==', which turns an expression
                // into an assignment: say so explicitly.
                let (pos, text) = match &s {
                    Simple::Stmt(st, pos) => {
                        let pos = *pos;
                        let text = match &st.kind {
                            StmtKind::Assign { lhs, op: None, define: false, rhs, .. } => format!(
                                "assignment {} = {}",
                                printer::emphasize_list(lhs),
                                printer::emphasize_list(rhs)
                            ),
                            _ => printer::stmt_string(st),
                        };
                        (pos, text)
                    }
                    Simple::Range { range_span, .. } => (range_span.lo, "range clause".to_string()),
                    Simple::Guard { .. } => (self.pos(), String::new()),
                };
                self.syntax_error_at(pos, &format!("cannot use {text} as value"));
                let b = self.bad_expr_at(pos);
                cond = Cond::Expr(b);
                // Keep the misused statement's parts out of the tree: it was an error.
                drop(s);
            }
        }

        self.xnest = outer;
        (init, cond, post)
    }

    fn if_stmt(&mut self) -> Stmt {
        if !self.enter() {
            let b = self.bad_expr();
            let sp = b.span;
            return self.mk_stmt(StmtKind::Expr(b), sp);
        }
        let s = self.if_stmt_inner();
        self.leave();
        s
    }

    fn if_stmt_inner(&mut self) -> Stmt {
        let lo = self.pos();
        let (init, cond, _) = self.header(Tok::If);
        let init = init.map(|s| Box::new(self.simple_to_stmt(s)));
        let cond = match cond {
            Cond::Expr(e) => e,
            Cond::Guard { guard, .. } => guard,
            Cond::None => self.bad_expr_at(lo),
        };
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Tok::Else) {
            match self.tok() {
                Tok::If => els = Some(Box::new(self.if_stmt())),
                Tok::Lbrace => {
                    let b = self.block_stmt("");
                    let span = self.span(b.lbrace.lo, b.rbrace.hi);
                    els = Some(Box::new(self.mk_stmt(StmtKind::Block(b), span)));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::Rbrace]);
                }
            }
        }
        let span = self.span_from(lo);
        self.mk_stmt(StmtKind::If { init, cond, then, els }, span)
    }

    fn switch_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let (init, tag, _) = self.header(Tok::Switch);
        let init = init.map(|s| Box::new(self.simple_to_stmt(s)));

        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            clauses.push(self.case_clause());
        }
        let rbrace = self.tok_span();
        self.want(Tok::Rbrace);
        let span = self.span_from(lo);

        let kind = match tag {
            Cond::Guard { bind, guard } => {
                let x = guard_operand(guard);
                StmtKind::TypeSwitch { init, bind: Some(bind), x, clauses, rbrace }
            }
            Cond::Expr(e) if matches!(e.kind, ExprKind::TypeAssert { ty: None, .. }) => {
                StmtKind::TypeSwitch { init, bind: None, x: guard_operand(e), clauses, rbrace }
            }
            Cond::Expr(e) => StmtKind::Switch { init, tag: Some(e), clauses, rbrace },
            Cond::None => StmtKind::Switch { init, tag: None, clauses, rbrace },
        };
        self.mk_stmt(kind, span)
    }

    fn select_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        self.want(Tok::Select);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            clauses.push(self.comm_clause());
        }
        self.want(Tok::Rbrace);
        let span = self.span_from(lo);
        self.mk_stmt(StmtKind::Select { clauses }, span)
    }

    fn case_clause(&mut self) -> ast::CaseClause {
        let id = self.new_id();
        let span = self.tok_span();
        let mut exprs = Vec::new();
        let mut is_default = false;
        match self.tok() {
            Tok::Case => {
                self.next();
                exprs = self.expr_list();
            }
            Tok::Default => {
                self.next();
                is_default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        let colon = self.tok_span();
        self.want(Tok::Colon);
        let body = self.stmt_list();
        let h =
            exprs.iter().map(|e| self.height(e.id)).chain(body.iter().map(|s| self.height(s.id))).max().unwrap_or(0);
        self.set_height(id, h + 1);
        ast::CaseClause { id, exprs, is_default, body, span, colon }
    }

    fn comm_clause(&mut self) -> ast::CommClause {
        let id = self.new_id();
        let span = self.tok_span();
        let mut comm = None;
        match self.tok() {
            Tok::Case => {
                self.next();
                let s = self.simple_stmt(None, None);
                comm = Some(Box::new(self.simple_to_stmt(s)));
            }
            Tok::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        self.want(Tok::Colon);
        let body = self.stmt_list();
        let h = comm.iter().map(|s| self.height(s.id)).chain(body.iter().map(|s| self.height(s.id))).max().unwrap_or(0);
        self.set_height(id, h + 1);
        ast::CommClause { id, comm, body, span }
    }

    /// A statement, or `None` if the current token cannot start one.
    pub(crate) fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            return None;
        }
        let s = self.stmt_or_nil_inner();
        self.leave();
        s
    }

    fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
        // Most statements (assignments) start with an identifier.
        if self.tok() == Tok::Name {
            self.clear_pragma();
            let mut lhs = self.expr_list();
            if lhs.len() == 1 && self.tok() == Tok::Colon && matches!(lhs[0].kind, ExprKind::Name(_)) {
                let l = lhs.pop()?;
                let ExprKind::Name(name) = l.kind else { return None };
                let label = Ident { id: l.id, name, span: l.span };
                return self.labeled_stmt_or_nil(label);
            }
            let s = self.simple_stmt(Some(lhs), None);
            return Some(self.simple_to_stmt(s));
        }

        match self.tok() {
            Tok::Var | Tok::Const | Tok::Type => return Some(self.decl_stmt()),
            _ => {}
        }

        self.clear_pragma();

        let lo = self.pos();
        let s = match self.tok() {
            Tok::Lbrace => {
                let b = self.block_stmt("");
                let span = self.span(b.lbrace.lo, b.rbrace.hi);
                self.mk_stmt(StmtKind::Block(b), span)
            }
            Tok::Operator | Tok::Star => match self.op() {
                Op::Add | Op::Sub | Op::Mul | Op::And | Op::Xor | Op::Not => {
                    let s = self.simple_stmt(None, None);
                    self.simple_to_stmt(s)
                }
                _ => return None,
            },
            Tok::Literal
            | Tok::Func
            | Tok::Lparen
            | Tok::Lbrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => {
                let s = self.simple_stmt(None, None);
                self.simple_to_stmt(s)
            }
            Tok::For => self.for_stmt(),
            Tok::Switch => self.switch_stmt(),
            Tok::Select => self.select_stmt(),
            Tok::If => self.if_stmt(),
            Tok::Fallthrough => {
                self.next();
                let span = self.span_from(lo);
                self.mk_stmt(StmtKind::Branch { kind: BranchKind::Fallthrough, label: None }, span)
            }
            Tok::Break | Tok::Continue => {
                let kind = if self.tok() == Tok::Break { BranchKind::Break } else { BranchKind::Continue };
                self.next();
                let label = if self.tok() == Tok::Name { Some(self.name()) } else { None };
                let span = self.span_from(lo);
                self.mk_stmt(StmtKind::Branch { kind, label }, span)
            }
            Tok::Go | Tok::Defer => self.call_stmt(),
            Tok::Goto => {
                self.next();
                let label = self.name();
                let span = self.span_from(lo);
                self.mk_stmt(StmtKind::Branch { kind: BranchKind::Goto, label: Some(label) }, span)
            }
            Tok::Return => {
                self.next();
                let results =
                    if self.tok() != Tok::Semi && self.tok() != Tok::Rbrace { self.expr_list() } else { Vec::new() };
                let span = self.span_from(lo);
                self.mk_stmt(StmtKind::Return(results), span)
            }
            Tok::Semi => {
                let sp = self.span(lo, lo);
                self.mk_stmt(StmtKind::Empty, sp)
            }
            _ => return None,
        };
        Some(s)
    }

    /// `go` or `defer` statement.
    fn call_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let is_go = self.tok() == Tok::Go;
        self.next();
        let x = self.pexpr(None);
        let x = if matches!(x.kind, ExprKind::Paren(_)) {
            let what = if is_go { "go" } else { "defer" };
            self.error_at(x.span.lo, format!("expression in {what} must not be parenthesized"));
            // already progressed, no need to advance
            super::unparen_owned(x)
        } else {
            x
        };
        let span = self.span_from(lo);
        self.mk_stmt(if is_go { StmtKind::Go(x) } else { StmtKind::Defer(x) }, span)
    }

    /// `StatementList = { Statement ";" } .`
    pub(crate) fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut l = Vec::new();
        while !matches!(self.tok(), Tok::Eof | Tok::Rbrace | Tok::Case | Tok::Default) {
            let s = self.stmt_or_nil();
            self.clear_pragma();
            let Some(s) = s else { break };
            l.push(s);
            // ";" is optional before "}"
            if !self.got(Tok::Semi) && self.tok() != Tok::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default]);
                self.got(Tok::Semi); // avoid spurious empty statement
            }
        }
        l
    }

    /// Height of a statement with this kind, not counting the statement itself.
    fn stmt_kind_height(&self, kind: &StmtKind) -> u32 {
        let h = |e: &Expr| self.height(e.id);
        let hl = |l: &[Expr]| l.iter().map(|e| self.height(e.id)).max().unwrap_or(0);
        let hs = |s: &Option<Box<Stmt>>| s.as_ref().map_or(0, |s| self.height(s.id));
        let ho = |e: &Option<Expr>| e.as_ref().map_or(0, |e| self.height(e.id));
        match kind {
            StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => 0,
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => h(x),
            StmtKind::Send { ch, value } => h(ch).max(h(value)),
            StmtKind::IncDec { x, .. } => h(x),
            StmtKind::Assign { lhs, rhs, .. } => hl(lhs).max(hl(rhs)),
            StmtKind::Return(l) => hl(l),
            StmtKind::Block(b) => self.height(b.id),
            StmtKind::If { init, cond, then, els } => hs(init).max(h(cond)).max(self.height(then.id)).max(hs(els)),
            StmtKind::Switch { init, tag, clauses, .. } => {
                hs(init).max(ho(tag)).max(clauses.iter().map(|c| self.height(c.id)).max().unwrap_or(0))
            }
            StmtKind::TypeSwitch { init, x, clauses, .. } => {
                hs(init).max(h(x)).max(clauses.iter().map(|c| self.height(c.id)).max().unwrap_or(0))
            }
            StmtKind::Select { clauses } => clauses.iter().map(|c| self.height(c.id)).max().unwrap_or(0),
            StmtKind::For { init, cond, post, body } => hs(init).max(ho(cond)).max(hs(post)).max(self.height(body.id)),
            StmtKind::Range { key, value, x, body, .. } => ho(key).max(ho(value)).max(h(x)).max(self.height(body.id)),
            StmtKind::Labeled { stmt, .. } => self.height(stmt.id),
            StmtKind::Decl(d) => self.height(d.id),
        }
    }
}

/// The operand `x` of a type switch guard `x.(type)`.
fn guard_operand(guard: Expr) -> Expr {
    match guard.kind {
        ExprKind::TypeAssert { x, ty: None } => *x,
        kind => Expr { kind, ..guard },
    }
}

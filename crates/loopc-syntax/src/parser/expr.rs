//! Expressions: operators, primary expressions, operands, composite and function literals.

use super::{unparen, unparen_owned, Parser};
use crate::ast::{ChanDir, Expr, ExprKind, InterfaceElem, UnaryOp};
use crate::printer;
use crate::token::{Op, Tok};

impl Parser<'_> {
    pub(crate) fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression .` Operators binding
    /// tighter than `prec` are consumed; `x` is an already parsed left operand.
    pub(crate) fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while matches!(self.tok(), Tok::Operator | Tok::Star) && self.s.prec > prec {
            let op = self.op();
            let op_span = self.tok_span();
            let tprec = self.s.prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            let span = self.span(x.span.lo, y.span.hi);
            let kind = match op.binary() {
                Some(op) => ExprKind::Binary { op, x: Box::new(x), y: Box::new(y), op_span },
                None => ExprKind::Bad,
            };
            x = self.mk_expr(kind, span);
        }
        x
    }

    /// `UnaryExpr = PrimaryExpr | unary_op UnaryExpr .`
    pub(crate) fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            return self.bad_expr();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> Expr {
        let pos = self.pos();
        match self.tok() {
            Tok::Operator | Tok::Star => match self.op() {
                Op::Mul => {
                    self.next();
                    let x = self.unary_expr();
                    let span = self.span_from(pos);
                    return self.mk_expr(ExprKind::Star(Box::new(x)), span);
                }
                op @ (Op::Add | Op::Sub | Op::Not | Op::Xor | Op::Tilde) => {
                    self.next();
                    let x = self.unary_expr();
                    let span = self.span_from(pos);
                    let kind = match op.unary() {
                        Some(op) => ExprKind::Unary { op, x: Box::new(x) },
                        None => ExprKind::Bad,
                    };
                    return self.mk_expr(kind, span);
                }
                Op::And => {
                    self.next();
                    // unary_expr may have returned a parenthesized composite literal (see
                    // operand): remove the parentheses.
                    let x = unparen_owned(self.unary_expr());
                    let span = self.span_from(pos);
                    return self.mk_expr(ExprKind::Unary { op: UnaryOp::Addr, x: Box::new(x) }, span);
                }
                _ => {}
            },
            Tok::Arrow => {
                // A receive (<-x) or a receive-only channel type (<-chan E): only known once
                // the operand has been parsed.
                self.next();
                let mut x = self.unary_expr();
                if matches!(x.kind, ExprKind::ChanType { .. }) {
                    // <-(chan E) => (<-chan E); <-(chan<- E) => (<-chan (<-E))
                    self.reassociate_recv_chan(&mut x);
                    x.span = self.span(pos, x.span.hi);
                    return x;
                }
                let span = self.span_from(pos);
                return self.mk_expr(ExprKind::Unary { op: UnaryOp::Recv, x: Box::new(x) }, span);
            }
            _ => {}
        }
        self.pexpr(None)
    }

    /// Moves a leading `<-` into the channel type `x`, as gc does.
    fn reassociate_recv_chan(&mut self, x: &mut Expr) {
        // First find how many channel types the `<-` travels through (and the errors), then
        // rewrite their directions.
        let mut dir = ChanDir::Send;
        let mut depth = 0;
        let mut errors = Vec::new();
        let mut t: &Expr = x;
        while dir == ChanDir::Send {
            let ExprKind::ChanType { dir: cdir, elem } = &t.kind else { break };
            dir = *cdir;
            if dir == ChanDir::Recv {
                // t is type <-chan E but <-<-chan E is not permitted
                errors.push("unexpected <-, expected chan".to_string());
            }
            depth += 1;
            t = elem;
        }
        if dir == ChanDir::Send {
            // The channel direction is <- but the element type is not a channel.
            errors.push(format!("unexpected {}, expected chan", printer::expr_string(t)));
        }
        let mut t: &mut Expr = x;
        for _ in 0..depth {
            let ExprKind::ChanType { dir: cdir, elem } = &mut t.kind else { break };
            *cdir = ChanDir::Recv;
            t = elem;
        }
        for e in errors {
            self.syntax_error(&e);
        }
    }

    /// `Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .`
    fn operand(&mut self) -> Expr {
        let pos = self.pos();
        match self.tok() {
            Tok::Name => {
                let n = self.name();
                self.ident_expr(n)
            }
            Tok::Literal => match self.oliteral() {
                Some(l) => self.lit_expr(l),
                None => self.bad_expr(),
            },
            Tok::Lparen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Tok::Rparen);
                let span = self.span_from(pos);
                self.mk_expr(ExprKind::Paren(Box::new(x)), span)
            }
            Tok::Func => {
                self.next();
                let typ_pos = self.pos();
                let (_, sig) = self.func_type("function type", Some(pos));
                if self.tok() == Tok::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    let span = self.span_from(pos);
                    return self.mk_expr(ExprKind::FuncLit { sig, body }, span);
                }
                let span = sig.span;
                let e = self.mk_expr(ExprKind::FuncType(sig), span);
                self.func_type_pos.push((e.id, typ_pos));
                e
            }
            Tok::Lbrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                x
            }
        }
    }

    /// `PrimaryExpr` with its selectors, indices, slices, assertions, calls and composite
    /// literal bodies; `x` is an already parsed operand. Parentheses are always kept in
    /// expressions (gc keeps them where its callers ask, which covers every case in which
    /// they are observable: `(x) := 1`, `defer (f())`, `(T){}`).
    pub(crate) fn pexpr(&mut self, x: Option<Expr>) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(),
        };
        loop {
            let pos = self.pos();
            match self.tok() {
                Tok::Dot => {
                    self.next();
                    match self.tok() {
                        Tok::Name => {
                            let sel = self.name();
                            let span = self.span(x.span.lo, sel.span.hi);
                            x = self.mk_expr(ExprKind::Selector { x: Box::new(x), sel }, span);
                        }
                        Tok::Lparen => {
                            self.next();
                            let ty = if self.got(Tok::Type) { None } else { Some(Box::new(self.type_())) };
                            self.want(Tok::Rparen);
                            let span = self.span_from(x.span.lo);
                            x = self.mk_expr(ExprKind::TypeAssert { x: Box::new(x), ty }, span);
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[Tok::Semi, Tok::Rparen]);
                        }
                    }
                }
                Tok::Lbrack => {
                    self.next();
                    let mut i: Option<Expr> = None;
                    if self.tok() != Tok::Colon {
                        let (list, comma) = if self.tok() == Tok::Rbrack {
                            // invalid empty instance, slice or index expression; accept but complain
                            self.syntax_error("expected operand");
                            (vec![self.bad_expr()], false)
                        } else {
                            self.type_list(false)
                        };
                        if comma || self.tok() == Tok::Rbrack {
                            self.want(Tok::Rbrack);
                            // x[], x[i,] or x[i, j, ...]
                            x = self.index_expr(x, list, pos);
                            continue;
                        }
                        i = list.into_iter().next();
                    }

                    // x[i:...
                    // For a better error message, don't simply use want(Colon) (go.dev/issue/47704).
                    if !self.got(Tok::Colon) {
                        self.syntax_error("expected comma, : or ]");
                        self.advance(&[Tok::Comma, Tok::Colon, Tok::Rbrack]);
                    }
                    self.xnest += 1;
                    let mut hi = None;
                    let mut max = None;
                    let mut full = false;
                    if self.tok() != Tok::Colon && self.tok() != Tok::Rbrack {
                        // x[i:j...
                        hi = Some(self.expr());
                    }
                    if self.tok() == Tok::Colon {
                        full = true;
                        // x[i:j:...]
                        if hi.is_none() {
                            self.error("middle index required in 3-index slice");
                            hi = Some(self.bad_expr());
                        }
                        self.next();
                        if self.tok() != Tok::Rbrack {
                            // x[i:j:k...
                            max = Some(self.expr());
                        } else {
                            self.error("final index required in 3-index slice");
                            max = Some(self.bad_expr());
                        }
                    }
                    self.xnest -= 1;
                    self.want(Tok::Rbrack);
                    let span = self.span_from(x.span.lo);
                    let lbrack = self.span(pos, pos + 1);
                    x = self.mk_expr(
                        ExprKind::Slice {
                            x: Box::new(x),
                            lo: i.map(Box::new),
                            hi: hi.map(Box::new),
                            max: max.map(Box::new),
                            full,
                            lbrack,
                        },
                        span,
                    );
                }
                Tok::Lparen => {
                    self.next();
                    let (args, dots, rparen) = self.arg_list();
                    let span = self.span_from(x.span.lo);
                    let lparen = self.span(pos, pos + 1);
                    let rparen = self.span(rparen, rparen + 1);
                    x = self.mk_expr(ExprKind::Call { func: Box::new(x), args, dots, lparen, rparen }, span);
                }
                Tok::Lbrace => {
                    // operand may have returned a parenthesized composite literal type;
                    // accept it but complain if we have a composite literal.
                    let t = unparen(&x);
                    // Does '{' belong to a composite literal or a block statement?
                    let complit_ok = match &t.kind {
                        ExprKind::Name(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. } | ExprKind::StructType { .. } | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                        // already progressed, no need to advance
                    }
                    x = self.complit_expr(Some(x));
                }
                _ => break,
            }
        }
        x
    }

    /// `Element = Expression | LiteralValue .`
    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok() == Tok::Lbrace {
            // '{' start_complit braced_keyval_list '}'
            return self.complit_expr(None);
        }
        self.expr()
    }

    /// `LiteralValue = "{" [ ElementList [ "," ] ] "}" .`, with type `ty` if written.
    fn complit_expr(&mut self, ty: Option<Expr>) -> Expr {
        if !self.enter() {
            return self.bad_expr();
        }
        let lbrace = self.pos();
        let lo = ty.as_ref().map_or(lbrace, |t| t.span.lo);
        self.xnest += 1;
        self.want(Tok::Lbrace);
        let mut elts = Vec::new();
        let rbrace = self.list("composite literal", Tok::Comma, Tok::Rbrace, &mut |p| {
            // value
            let mut e = p.bare_complit_expr();
            if p.tok() == Tok::Colon {
                // key ':' value
                p.next();
                let value = p.bare_complit_expr();
                let span = p.span(e.span.lo, value.span.hi);
                e = p.mk_expr(ExprKind::KeyValue { key: Box::new(e), value: Box::new(value) }, span);
            }
            elts.push(e);
            false
        });
        self.xnest -= 1;
        self.leave();
        let span = self.span_from(lo);
        let kind = ExprKind::CompositeLit {
            ty: ty.map(Box::new),
            elts,
            lbrace: self.span(lbrace, lbrace + 1),
            rbrace: self.span(rbrace, rbrace + 1),
        };
        self.mk_expr(kind, span)
    }

    /// `Arguments` after `(`: returns the arguments, the position of a final `...`, and the
    /// position of the closing `)`.
    fn arg_list(&mut self) -> (Vec<Expr>, Option<loopc_span::Span>, u32) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut dots = None;
        let rparen = self.list("argument list", Tok::Comma, Tok::Rparen, &mut |p| {
            list.push(p.expr());
            if p.tok() == Tok::DotDotDot {
                dots = Some(p.tok_span());
                p.next();
                return true;
            }
            false
        });
        self.xnest -= 1;
        (list, dots, rparen)
    }

    /// Height of a node with this kind, not counting the node itself.
    pub(crate) fn expr_kind_height(&self, kind: &ExprKind) -> u32 {
        let h = |e: &Expr| self.height(e.id);
        let hb = |e: &Option<Box<Expr>>| e.as_ref().map_or(0, |e| self.height(e.id));
        let hl = |l: &[Expr]| l.iter().map(|e| self.height(e.id)).max().unwrap_or(0);
        match kind {
            ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit { .. } | ExprKind::DotsLen => 0,
            ExprKind::CompositeLit { ty, elts, .. } => hb(ty).max(hl(elts)),
            ExprKind::KeyValue { key, value } => h(key).max(h(value)),
            ExprKind::FuncLit { sig, body } => self.func_type_height(sig).max(self.height(body.id)),
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::DotsType(x) => h(x),
            ExprKind::Selector { x, .. } => h(x),
            ExprKind::Index { x, indices, .. } => h(x).max(hl(indices)),
            ExprKind::Slice { x, lo, hi, max, .. } => h(x).max(hb(lo)).max(hb(hi)).max(hb(max)),
            ExprKind::TypeAssert { x, ty } => h(x).max(hb(ty)),
            ExprKind::Call { func, args, .. } => h(func).max(hl(args)),
            ExprKind::Unary { x, .. } => h(x),
            ExprKind::Binary { x, y, .. } => h(x).max(h(y)),
            ExprKind::ArrayType { len, elem } => hb(len).max(h(elem)),
            ExprKind::MapType { key, value } => h(key).max(h(value)),
            ExprKind::ChanType { elem, .. } => h(elem),
            ExprKind::FuncType(sig) => self.func_type_height(sig),
            ExprKind::StructType { fields } => fields.iter().map(|f| self.height(f.id)).max().unwrap_or(0),
            ExprKind::InterfaceType { elems } => elems
                .iter()
                .map(|e| match e {
                    InterfaceElem::Method { sig, .. } => self.func_type_height(sig) + 1,
                    InterfaceElem::Embed(x) => h(x),
                })
                .max()
                .unwrap_or(0),
        }
    }
}

/// Whether `x` syntactically must be a value (and not a type) expression.
pub(crate) fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit { .. }
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. } => true,
        // *T may be a type; other operations are values.
        ExprKind::Unary { .. } | ExprKind::Binary { .. } => true,
        ExprKind::Star(_) => false,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index { x, indices, .. } => {
            is_value(x) || (indices.len() == 1 && indices.first().is_some_and(is_value))
        }
        _ => false,
    }
}

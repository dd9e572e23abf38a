//! Types: type names and literals, struct fields, interface elements and type-set terms.

use super::Parser;
use crate::ast::{self, ChanDir, Expr, ExprKind, Field, InterfaceElem};
use crate::token::{Op, Tok};

/// What `name [` ... turned out to be in a field or parameter: an array/slice type (`[n]E`,
/// `[]E`) or type arguments of an embedded instantiated type (`T[A, B]`).
pub(crate) enum ArrayOrTArgs {
    Type(Expr),
    TArgs { indices: Vec<Expr>, lbrack: u32 },
}

/// An interface element as gc's `methodDecl` leaves it: a method, or the start of an
/// embedded type term.
enum MethodOrType {
    Method(ast::Ident, ast::FuncType),
    Type(Expr),
}

impl Parser<'_> {
    /// A type; reports "expected type" if there is none.
    pub(crate) fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                t
            }
        }
    }

    /// `Type = TypeName | TypeLit | "(" Type ")" .`, or `None` without consuming anything if
    /// the current token cannot start a type. Parentheses are not kept.
    pub(crate) fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            return Some(self.bad_expr());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let pos = self.pos();
        Some(match self.tok() {
            Tok::Star => {
                self.next();
                let elem = self.type_();
                let span = self.span_from(pos);
                self.mk_expr(ExprKind::Star(Box::new(elem)), span)
            }
            Tok::Arrow => {
                // recvchantype
                self.next();
                self.want(Tok::Chan);
                let elem = self.chan_elem();
                let span = self.span_from(pos);
                self.mk_expr(ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(elem) }, span)
            }
            Tok::Func => {
                self.next();
                self.func_type_expr(pos)
            }
            Tok::Lbrack => {
                self.next();
                if self.got(Tok::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                self.array_type(pos, None)
            }
            Tok::Chan => {
                self.next();
                let dir = if self.got(Tok::Arrow) { ChanDir::Send } else { ChanDir::Both };
                let elem = self.chan_elem();
                let span = self.span_from(pos);
                self.mk_expr(ExprKind::ChanType { dir, elem: Box::new(elem) }, span)
            }
            Tok::Map => {
                self.next();
                self.want(Tok::Lbrack);
                let key = self.type_();
                self.want(Tok::Rbrack);
                let value = self.type_();
                let span = self.span_from(pos);
                self.mk_expr(ExprKind::MapType { key: Box::new(key), value: Box::new(value) }, span)
            }
            Tok::Struct => self.struct_type(),
            Tok::Interface => self.interface_type(),
            Tok::Name => self.qualified_name(None),
            Tok::Lparen => {
                self.next();
                let t = self.type_();
                self.want(Tok::Rparen);
                t
            }
            _ => return None,
        })
    }

    /// A function type after `func` (at `pos`) in a type or expression context.
    pub(crate) fn func_type_expr(&mut self, pos: u32) -> Expr {
        let typ_pos = self.pos();
        let (_, sig) = self.func_type("function type", Some(pos));
        let span = sig.span;
        let e = self.mk_expr(ExprKind::FuncType(sig), span);
        self.func_type_pos.push((e.id, typ_pos));
        e
    }

    /// `x[T1, T2]` in a type context; `x` is the generic type.
    pub(crate) fn type_instance(&mut self, x: Expr) -> Expr {
        let lbrack = self.pos();
        self.want(Tok::Lbrack);
        let indices = if self.tok() == Tok::Rbrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr()]
        } else {
            self.type_list(true).0
        };
        self.want(Tok::Rbrack);
        self.index_expr(x, indices, lbrack)
    }

    /// An index (or instantiation) expression ending at the last consumed token.
    pub(crate) fn index_expr(&mut self, x: Expr, indices: Vec<Expr>, lbrack: u32) -> Expr {
        let span = self.span_from(x.span.lo);
        let lbrack = self.span(lbrack, lbrack + 1);
        self.mk_expr(ExprKind::Index { x: Box::new(x), indices, lbrack }, span)
    }

    /// `[` len `]` Elem, with `[` (at `pos`) consumed; `len` may already be parsed.
    pub(crate) fn array_type(&mut self, pos: u32, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => l,
            None => {
                if self.tok() == Tok::DotDotDot {
                    let span = self.tok_span();
                    self.next();
                    self.mk_expr(ExprKind::DotsLen, span)
                } else {
                    self.xnest += 1;
                    let l = self.expr();
                    self.xnest -= 1;
                    l
                }
            }
        };
        if self.tok() == Tok::Comma {
            // Trailing commas are accepted in type parameter lists but not in array types.
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Tok::Rbrack);
        let elem = self.type_();
        let span = self.span_from(pos);
        self.mk_expr(ExprKind::ArrayType { len: Some(Box::new(len)), elem: Box::new(elem) }, span)
    }

    /// `[]Elem`, with `[` (at `pos`) and `]` consumed.
    pub(crate) fn slice_type(&mut self, pos: u32) -> Expr {
        let elem = self.type_();
        let span = self.span_from(pos);
        self.mk_expr(ExprKind::ArrayType { len: None, elem: Box::new(elem) }, span)
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("missing channel element type");
                // assume the element type is simply absent - don't advance
                t
            }
        }
    }

    /// `StructType = "struct" "{" { FieldDecl ";" } "}" .`
    fn struct_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Tok::Struct);
        self.want(Tok::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", Tok::Semi, Tok::Rbrace, &mut |p| {
            p.field_decl(&mut fields);
            false
        });
        let span = self.span_from(pos);
        self.mk_expr(ExprKind::StructType { fields }, span)
    }

    /// `InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .`
    fn interface_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Tok::Interface);
        self.want(Tok::Lbrace);
        let mut elems = Vec::new();
        self.list("interface type", Tok::Semi, Tok::Rbrace, &mut |p| {
            let f = if p.tok() == Tok::Name { Some(p.method_decl()) } else { None };
            let elem = match f {
                Some(MethodOrType::Method(name, sig)) => InterfaceElem::Method { name, sig },
                Some(MethodOrType::Type(t)) => InterfaceElem::Embed(p.embedded_elem(Some(t))),
                None => InterfaceElem::Embed(p.embedded_elem(None)),
            };
            elems.push(elem);
            false
        });
        let span = self.span_from(pos);
        self.mk_expr(ExprKind::InterfaceType { elems }, span)
    }

    /// A struct field tag, as its raw literal text.
    fn tag(&mut self) -> Option<String> {
        self.oliteral().map(|l| l.raw)
    }

    /// `FieldDecl = (IdentifierList Type | AnonymousField) [ Tag ] .`
    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let pos = self.pos();
        match self.tok() {
            Tok::Name => {
                let name = self.name();
                if matches!(self.tok(), Tok::Dot | Tok::Literal | Tok::Semi | Tok::Rbrace) {
                    // embedded type
                    let typ = self.qualified_name(Some(name));
                    let tag = self.tag();
                    fields.push(self.field(Vec::new(), typ, tag, pos));
                    return;
                }

                // name1, name2, ... Type [ tag ]
                let names = self.name_list(name);
                let typ;
                // Careful dance: an embedded instantiated type T[P1, P2, ...] or a field T of
                // array/slice type [P]E or []E?
                if names.len() == 1 && self.tok() == Tok::Lbrack {
                    match self.array_or_targs() {
                        ArrayOrTArgs::TArgs { indices, lbrack } => {
                            // embedded type T[P1, P2, ...]
                            let mut names = names;
                            let Some(n) = names.pop() else { return };
                            let x = self.ident_expr(n);
                            let typ = self.index_expr(x, indices, lbrack);
                            let tag = self.tag();
                            fields.push(self.field(Vec::new(), typ, tag, pos));
                            return;
                        }
                        ArrayOrTArgs::Type(t) => typ = t,
                    }
                    let tag = self.tag();
                    fields.push(self.field(names, typ, tag, pos));
                } else {
                    // T P
                    typ = self.type_();
                    let tag = self.tag();
                    fields.push(self.field(names, typ, tag, pos));
                }
            }
            Tok::Star => {
                self.next();
                let typ = if self.tok() == Tok::Lparen {
                    // *(T)
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Tok::Rparen); // no need to complain if missing
                    t
                } else {
                    // *T
                    self.qualified_name(None)
                };
                let tag = self.tag();
                let span = self.span(pos, typ.span.hi);
                let star = self.mk_expr(ExprKind::Star(Box::new(typ)), span);
                fields.push(self.field(Vec::new(), star, tag, pos));
            }
            Tok::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let typ = if self.tok() == Tok::Star {
                    // (*T)
                    let star = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    let span = self.span(star, t.span.hi);
                    self.mk_expr(ExprKind::Star(Box::new(t)), span)
                } else {
                    // (T)
                    self.qualified_name(None)
                };
                self.got(Tok::Rparen); // no need to complain if missing
                let tag = self.tag();
                fields.push(self.field(Vec::new(), typ, tag, pos));
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
            }
        }
    }

    /// After a name in a field or parameter: `[]E`, `[n]E`, or type arguments `[A, B]`.
    pub(crate) fn array_or_targs(&mut self) -> ArrayOrTArgs {
        let pos = self.pos();
        self.want(Tok::Lbrack);
        if self.got(Tok::Rbrack) {
            return ArrayOrTArgs::Type(self.slice_type(pos));
        }
        // x [n]E or x[n,], x[n1, n2], ...
        let (mut n, comma) = self.type_list(false);
        self.want(Tok::Rbrack);
        if !comma && n.len() == 1 {
            if let Some(elem) = self.type_or_nil() {
                // x [n]E
                let len = n.pop().map(Box::new);
                let span = self.span_from(pos);
                return ArrayOrTArgs::Type(self.mk_expr(ExprKind::ArrayType { len, elem: Box::new(elem) }, span));
            }
        }
        ArrayOrTArgs::TArgs { indices: n, lbrack: pos }
    }

    /// `MethodSpec = MethodName Signature | InterfaceTypeName .`
    fn method_decl(&mut self) -> MethodOrType {
        const CONTEXT: &str = "interface method";
        let name = self.name();
        match self.tok() {
            Tok::Lparen => {
                let (_, sig) = self.func_type(CONTEXT, None);
                MethodOrType::Method(name, sig)
            }
            Tok::Lbrack => {
                // A generic method m[T C](x T) (accepted, with an error) or an embedded
                // instantiated type T[P1, P2].
                let pos = self.pos();
                self.next();

                // Empty type parameter or argument lists are not permitted.
                if self.tok() == Tok::Rbrack {
                    let pos = self.pos();
                    self.next();
                    if self.tok() == Tok::Lparen {
                        // name[](
                        self.error_at(pos, "empty type parameter list".to_string());
                        let (_, sig) = self.func_type(CONTEXT, None);
                        return MethodOrType::Method(name, sig);
                    }
                    self.error_at(pos, "empty type argument list".to_string());
                    return MethodOrType::Type(self.ident_expr(name));
                }

                // A type argument list looks like a parameter list with only types.
                let list = self.param_list(None, None, Tok::Rbrack, false, false);
                if list.len() == 0 {
                    // Errors were reported by param_list; treat as if [] were absent.
                    if self.tok() == Tok::Lparen {
                        let (_, sig) = self.func_type(CONTEXT, None);
                        return MethodOrType::Method(name, sig);
                    }
                    return MethodOrType::Type(self.ident_expr(name));
                }
                if list.first_is_named() {
                    // generic method
                    let (_, sig) = self.func_type(CONTEXT, None);
                    self.error_at(pos, "interface method must have no type parameters".to_string());
                    return MethodOrType::Method(name, sig);
                }
                // embedded instantiated type
                let indices: Vec<Expr> = (0..list.len()).filter_map(|i| list.type_of(i).cloned()).collect();
                let x = self.ident_expr(name);
                MethodOrType::Type(self.index_expr(x, indices, pos))
            }
            _ => MethodOrType::Type(self.qualified_name(Some(name))),
        }
    }

    /// `EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .` `first` is an
    /// already parsed first term.
    pub(crate) fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut x = match first {
            Some(t) => t,
            None => self.embedded_term(),
        };
        while self.tok() == Tok::Operator && self.op() == Op::Or {
            let op_span = self.tok_span();
            self.next();
            let y = self.embedded_term();
            let span = self.span(x.span.lo, y.span.hi);
            x = self.mk_expr(ExprKind::Binary { op: ast::BinaryOp::Or, x: Box::new(x), y: Box::new(y), op_span }, span);
        }
        x
    }

    /// `EmbeddedTerm = [ "~" ] Type .`
    fn embedded_term(&mut self) -> Expr {
        if self.tok() == Tok::Operator && self.op() == Op::Tilde {
            let pos = self.pos();
            self.next();
            let t = self.type_();
            let span = self.span_from(pos);
            return self.mk_expr(ExprKind::Unary { op: ast::UnaryOp::Tilde, x: Box::new(t) }, span);
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(&[Tok::Operator, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                t
            }
        }
    }
}

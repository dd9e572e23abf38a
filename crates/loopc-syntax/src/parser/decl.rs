//! Declarations: imports, `const`/`type`/`var` specs, function declarations, and the
//! parameter lists shared by functions, methods, type parameters and function types.

use super::pragma::Allowed;
use super::{unparen_owned, Parser};
use crate::ast::{self, Expr, ExprKind, Field, GenDecl, GenKind, Ident, Spec};
use crate::token::{Op, Tok};

/// One parameter as gc's parser sees it before grouping: each name is its own field.
pub(crate) struct ParamField {
    pub name: Option<Ident>,
    pub ty: Option<Expr>,
    /// Start of the field (its name, or its type).
    pub lo: u32,
}

impl Parser<'_> {
    // ------------------------------------------------------------------------------------
    // Imports and grouped declarations

    /// `import` spec or group; the keyword has been consumed.
    pub(crate) fn import_group(&mut self, out: &mut Vec<ast::ImportSpec>) {
        if self.tok() == Tok::Lparen {
            self.clear_pragma();
            self.next();
            self.list("grouped declaration", Tok::Semi, Tok::Rparen, &mut |p| {
                if let Some(s) = p.import_decl() {
                    out.push(s);
                }
                false
            });
        } else if let Some(s) = self.import_decl() {
            out.push(s);
        }
    }

    /// `ImportSpec = [ "." | PackageName ] ImportPath .`
    fn import_decl(&mut self) -> Option<ast::ImportSpec> {
        let lo = self.pos();
        self.take_pragma_for(Allowed::Decl);
        let name = match self.tok() {
            Tok::Name => Some(self.name()),
            Tok::Dot => {
                let span = self.tok_span();
                let n = self.ident(".", span);
                self.next();
                Some(n)
            }
            _ => None,
        };
        let Some(path) = self.oliteral() else {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi, Tok::Rparen]);
            return None;
        };
        if !path.bad && path.kind != ast::LitKind::String {
            self.syntax_error_at(path.span.lo, "import path must be a string");
        }
        let id = self.new_id();
        let value = crate::unquote::unquote(&path.raw).unwrap_or_else(|| path.raw.clone());
        Some(ast::ImportSpec { id, name, path: value, path_span: path.span, span: self.span_from(lo) })
    }

    /// A `const`, `type` or `var` declaration at the current keyword (at offset `kw`).
    pub(crate) fn gen_decl(&mut self, kw: u32) -> GenDecl {
        let kind = match self.tok() {
            Tok::Const => GenKind::Const,
            Tok::Type => GenKind::Type,
            _ => GenKind::Var,
        };
        let id = self.new_id();
        self.next();
        let mut specs = Vec::new();
        let grouped = self.tok() == Tok::Lparen;
        if grouped {
            self.clear_pragma();
            self.next();
            let mut iota = 0;
            self.list("grouped declaration", Tok::Semi, Tok::Rparen, &mut |p| {
                specs.push(p.spec(kind, iota));
                iota += 1;
                false
            });
        } else {
            specs.push(self.spec(kind, 0));
        }
        let mut h = 0;
        for s in &specs {
            let sid = match s {
                Spec::Value(v) => v.id,
                Spec::Type(t) => t.id,
            };
            h = h.max(self.height(sid));
        }
        self.set_height(id, h + 1);
        GenDecl { id, kind, specs, grouped, span: self.span_from(kw) }
    }

    fn spec(&mut self, kind: GenKind, iota: u32) -> Spec {
        match kind {
            GenKind::Const => Spec::Value(self.const_decl(iota)),
            GenKind::Var => Spec::Value(self.var_decl()),
            GenKind::Type => Spec::Type(self.type_decl()),
        }
    }

    fn value_spec(
        &mut self,
        lo: u32,
        names: Vec<Ident>,
        ty: Option<Expr>,
        values: Vec<Expr>,
        iota: u32,
    ) -> ast::ValueSpec {
        let id = self.new_id();
        let h = ty.iter().chain(values.iter()).map(|e| self.height(e.id)).max().unwrap_or(0);
        self.set_height(id, h + 1);
        ast::ValueSpec { id, names, ty, values, iota, span: self.span_from(lo) }
    }

    /// `ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .`
    fn const_decl(&mut self, iota: u32) -> ast::ValueSpec {
        let lo = self.pos();
        self.take_pragma_for(Allowed::Decl);
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if !matches!(self.tok(), Tok::Eof | Tok::Semi | Tok::Rparen) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        self.value_spec(lo, names, ty, values, iota)
    }

    /// `VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .`
    fn var_decl(&mut self) -> ast::ValueSpec {
        let lo = self.pos();
        self.take_pragma_for(Allowed::Decl);
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        self.value_spec(lo, names, ty, values, 0)
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type .`
    fn type_decl(&mut self) -> ast::TypeSpec {
        let lo = self.pos();
        self.take_pragma_for(Allowed::Decl);
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty;
        if self.tok() == Tok::Lbrack {
            // name "[" ...: an array/slice type or a type parameter list.
            let lbrack = self.pos();
            self.next();
            match self.tok() {
                Tok::Name => {
                    // An array length expression or the start of a type parameter list; if
                    // the name is followed by "[", it must start an array or slice constraint.
                    let n = self.name();
                    let mut x = self.ident_expr(n);
                    if self.tok() != Tok::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x));
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok() == Tok::Comma;
                    match extract_name(x, force) {
                        Extracted::Split(pname, ptype) if ptype.is_some() || self.tok() != Tok::Rbrack => {
                            let params = self.param_list(Some(pname), ptype, Tok::Rbrack, true, false);
                            type_params = params.into_fields(self, false);
                            alias = self.got_assign();
                            ty = self.type_or_nil();
                        }
                        Extracted::Split(pname, _) => {
                            let len = self.ident_expr(pname);
                            ty = Some(self.array_type(lbrack, Some(len)));
                        }
                        Extracted::Whole(x) => ty = Some(self.array_type(lbrack, Some(x))),
                    }
                }
                Tok::Rbrack => {
                    self.next();
                    ty = Some(self.slice_type(lbrack));
                }
                _ => ty = Some(self.array_type(lbrack, None)),
            }
        } else {
            alias = self.got_assign();
            ty = self.type_or_nil();
        }

        let ty = match ty {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi, Tok::Rparen]);
                b
            }
        };
        let id = self.new_id();
        let h = type_params.iter().map(|f| self.height(f.id)).max().unwrap_or(0).max(self.height(ty.id));
        self.set_height(id, h + 1);
        ast::TypeSpec { id, name, type_params, alias, ty, span: self.span_from(lo) }
    }

    // ------------------------------------------------------------------------------------
    // Functions

    /// `FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .`
    /// `MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .`
    /// The `func` keyword (at `kw`) has been consumed.
    pub(crate) fn func_decl(&mut self, kw: u32) -> ast::FuncDecl {
        let directives = std::mem::take(&mut self.pragma.texts);
        self.take_pragma_for(Allowed::Decl);
        let id = self.new_id();
        let mut has_recv = false;
        let mut recv = None;
        if self.got(Tok::Lparen) {
            has_recv = true;
            let rcvr = self.param_list(None, None, Tok::Rparen, false, false);
            match rcvr.len() {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            recv = rcvr.into_fields(self, true).pop();
        }

        let name;
        let mut type_params = Vec::new();
        let sig;
        if self.tok() == Tok::Name {
            name = self.name();
            let (tp, s) = self.func_type("", None);
            type_params = tp;
            sig = s;
        } else {
            let span = self.span(self.pos(), self.pos());
            name = self.ident("_", span);
            sig = ast::FuncType { params: Vec::new(), results: Vec::new(), span };
            self.syntax_error(if has_recv { "expected name" } else { "expected name or (" });
            self.advance(&[Tok::Lbrace, Tok::Semi]);
        }

        let body = if self.tok() == Tok::Lbrace { Some(self.func_body()) } else { None };
        let h = [recv.as_ref().map(|f| f.id), body.as_ref().map(|b| b.id)]
            .into_iter()
            .flatten()
            .chain(type_params.iter().map(|f| f.id))
            .map(|i| self.height(i))
            .max()
            .unwrap_or(0)
            .max(self.func_type_height(&sig));
        self.set_height(id, h + 1);
        ast::FuncDecl { id, recv, name, type_params, sig, body, span: self.span_from(kw), directives }
    }

    /// A function body; checks its branch statements if it parsed without errors.
    pub(crate) fn func_body(&mut self) -> ast::Block {
        self.fnest += 1;
        let errcnt = self.errcnt();
        let body = self.block_stmt("");
        self.fnest -= 1;
        // Branches are not checked after syntax errors in the function: the tree may be
        // incomplete and the errors spurious.
        if errcnt == self.errcnt() {
            let errs = crate::branches::check_branches(&body, self);
            for (pos, msg) in errs {
                self.uncounted_error_at(pos, msg);
            }
        }
        body
    }

    /// Signature with optional type parameters: `[ TypeParams ] Parameters [ Result ]`.
    /// If `context` is not empty, type parameters are not permitted. `lo` is where the
    /// resulting `FuncType` span starts (the `func` keyword), or `None` to start at the
    /// parameters' `(`.
    pub(crate) fn func_type(&mut self, context: &str, lo: Option<u32>) -> (Vec<Field>, ast::FuncType) {
        let typ_pos = self.pos();
        let mut tparams = Vec::new();
        if self.got(Tok::Lbrack) {
            if !context.is_empty() {
                // accept but complain
                self.syntax_error_at(typ_pos, &format!("{context} must have no type parameters"));
            }
            if self.tok() == Tok::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Tok::Rbrack, true, false).into_fields(self, false);
            }
        }
        let params_lo = self.pos();
        self.want(Tok::Lparen);
        let params = self.param_list(None, None, Tok::Rparen, false, true).into_fields(self, false);
        let results = self.func_result();
        let span = self.span_from(lo.unwrap_or(params_lo));
        (tparams, ast::FuncType { params, results, span })
    }

    /// `Result = Parameters | Type .`
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::Lparen) {
            return self.param_list(None, None, Tok::Rparen, false, false).into_fields(self, false);
        }
        let lo = self.pos();
        match self.type_or_nil() {
            Some(ty) => vec![self.field(Vec::new(), ty, None, lo)],
            None => Vec::new(),
        }
    }

    pub(crate) fn func_type_height(&self, sig: &ast::FuncType) -> u32 {
        sig.params.iter().chain(sig.results.iter()).map(|f| self.height(f.id)).max().unwrap_or(0)
    }

    /// Builds a field (group) node.
    pub(crate) fn field(&mut self, names: Vec<Ident>, ty: Expr, tag: Option<String>, lo: u32) -> Field {
        let id = self.new_id();
        let h = self.height(ty.id) + 1;
        self.set_height(id, h);
        Field { id, names, ty, tag, span: self.span_from(lo) }
    }

    // ------------------------------------------------------------------------------------
    // Parameter lists

    /// `ParameterDecl = [ IdentifierList ] [ "..." ] Type .` `name` is an already consumed
    /// first name; `follow` is the list's closing token (`]` allows type set notation).
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Tok) -> Option<ParamField> {
        let type_sets_ok = follow == Tok::Rbrack;
        let mut lo = self.pos();
        if let Some(n) = &name {
            lo = n.span.lo;
        } else if type_sets_ok && self.tok() == Tok::Operator && self.op() == Op::Tilde {
            // "~" ...
            let ty = self.embedded_elem(None);
            return Some(ParamField { name: None, ty: Some(ty), lo });
        }

        let mut f = ParamField { name: None, ty: None, lo };
        if self.tok() == Tok::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };

            if self.tok() == Tok::Lbrack {
                // name "[" ...
                match self.array_or_targs() {
                    super::types::ArrayOrTArgs::TArgs { indices, lbrack } => {
                        // name "[" ... "]": an instantiated type
                        let x = self.ident_expr(name);
                        f.ty = Some(self.index_expr(x, indices, lbrack));
                    }
                    super::types::ArrayOrTArgs::Type(t) => {
                        // name "[" n "]" E
                        f.name = Some(name);
                        f.ty = Some(t);
                    }
                }
                if type_sets_ok && self.tok() == Tok::Operator && self.op() == Op::Or {
                    // name "[" ... "]" "|" ...
                    f.ty = f.ty.map(|t| self.embedded_elem(Some(t)));
                }
                return Some(f);
            }

            if self.tok() == Tok::Dot {
                // name "." ...
                let t = self.qualified_name(Some(name));
                f.ty = Some(t);
                if type_sets_ok && self.tok() == Tok::Operator && self.op() == Op::Or {
                    f.ty = f.ty.map(|t| self.embedded_elem(Some(t)));
                }
                return Some(f);
            }

            if type_sets_ok && self.tok() == Tok::Operator && self.op() == Op::Or {
                // name "|" ...
                let t = self.ident_expr(name);
                f.ty = Some(self.embedded_elem(Some(t)));
                return Some(f);
            }

            f.name = Some(name);
        }

        if self.tok() == Tok::DotDotDot {
            // [name] "..." ...
            let dots = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    let span = self.span_from(dots);
                    f.ty = Some(self.mk_expr(ExprKind::DotsType(Box::new(elem)), span));
                }
                None => {
                    f.ty = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }

        if type_sets_ok && self.tok() == Tok::Operator && self.op() == Op::Tilde {
            // [name] "~" ...
            f.ty = Some(self.embedded_elem(None));
            return Some(f);
        }

        f.ty = self.type_or_nil();
        if type_sets_ok && self.tok() == Tok::Operator && self.op() == Op::Or {
            if let Some(t) = f.ty.take() {
                // [name] type "|"
                f.ty = Some(self.embedded_elem(Some(t)));
            }
        }
        if f.name.is_some() || f.ty.is_some() {
            return Some(f);
        }

        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(&[Tok::Comma, follow]);
        None
    }

    /// `Parameters = "(" [ ParameterList [ "," ] ] ")" .` (the opening token has been
    /// consumed). `name`/`typ` are an already parsed first parameter. Distributes types over
    /// names and reports missing names and types, and misplaced `...`, as gc does.
    pub(crate) fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<Expr>,
        close: Tok,
        require_names: bool,
        dddok: bool,
    ) -> ParamList {
        let mut out = ParamList::default();
        if let (Some(n), Some(t)) = (&name, &typ) {
            if self.tok() == close {
                // A complete first field and nothing else: the list function is not called.
                let lo = n.span.lo;
                let _ = t;
                self.next();
                out.push(name, lo, 0, typ);
                return out;
            }
        }

        let mut list: Vec<ParamField> = Vec::new();
        let mut named = 0; // parameters with an explicit name and type
        let mut typed = 0; // parameters with an explicit type
        let mut first = Some((name, typ));
        let end = self.list("parameter list", Tok::Comma, close, &mut |p| {
            let par = match first.take() {
                Some((Some(n), Some(t))) => {
                    let lo = n.span.lo;
                    Some(ParamField { name: Some(n), ty: Some(t), lo })
                }
                Some((n, _)) => p.param_decl_or_nil(n, close),
                None => p.param_decl_or_nil(None, close),
            };
            if let Some(par) = par {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });

        if list.is_empty() {
            return out;
        }
        let n = list.len();

        if named == 0 && !require_names {
            // All unnamed: the names found are type names.
            for (i, par) in list.into_iter().enumerate() {
                let ty = match (par.ty, par.name) {
                    (Some(t), _) => t,
                    (None, Some(name)) => self.ident_expr(name),
                    (None, None) => self.bad_expr_at(par.lo),
                };
                out.push(None, par.lo, i, Some(ty));
            }
        } else if named != n {
            // Some named, or a type parameter list: all must be named. Distribute types
            // right to left: a name without type shares the type of the next field.
            let mut err_pos: Option<u32> = None;
            let mut owner: Option<usize> = None;
            let mut fields: Vec<ParamField> = list;
            let mut owners = vec![0usize; n];
            for i in (0..n).rev() {
                if let Some(t) = &fields[i].ty {
                    owner = Some(i);
                    owners[i] = i;
                    if fields[i].name.is_none() {
                        let start = self.start_pos(t);
                        err_pos = Some(start);
                        let span = self.span(start, start);
                        fields[i].name = Some(self.ident("_", span));
                    }
                } else if let Some(o) = owner {
                    owners[i] = o;
                } else {
                    // Only a name, and no type to its right.
                    let pos = fields[i].name.as_ref().map_or(fields[i].lo, |n| n.span.lo);
                    err_pos = Some(pos);
                    fields[i].ty = Some(self.bad_expr_at(pos));
                    owners[i] = i;
                }
            }
            if let Some(mut pos) = err_pos {
                // Not all parameters are named. If named == typed, some have no types; they
                // must be at the end of the list (else the sweep would have typed them).
                let msg = if named == typed {
                    pos = end;
                    if require_names {
                        "missing type constraint".to_string()
                    } else {
                        "missing parameter type".to_string()
                    }
                } else if require_names {
                    if n == 1 {
                        "missing type parameter name or invalid array length".to_string()
                    } else {
                        "missing type parameter name".to_string()
                    }
                } else {
                    "missing parameter name".to_string()
                };
                self.syntax_error_at(pos, &msg);
            }
            for (par, o) in fields.into_iter().zip(owners) {
                out.push(par.name, par.lo, o, par.ty);
            }
        } else {
            for (i, par) in list.into_iter().enumerate() {
                out.push(par.name, par.lo, i, par.ty);
            }
        }

        // Check the use of "...": every misplaced one is replaced by its element type; only
        // the first is reported.
        let mut reported = false;
        for i in 0..n {
            let o = out.owner[i];
            let is_dots = matches!(out.types[o].as_ref().map(|t| &t.kind), Some(ExprKind::DotsType(_)));
            if is_dots && (!dddok || i + 1 < n) {
                if !reported {
                    reported = true;
                    let pos = out.types[o].as_ref().map_or(out.los[i], |t| t.span.lo);
                    let msg = if dddok { "can only use ... with final parameter" } else { "invalid use of ..." };
                    self.error_at(pos, msg.to_string());
                }
                out.converted[i] = true;
            }
        }
        out
    }

    /// gc's `StartPos` for an expression in a parameter list.
    pub(crate) fn start_pos(&self, x: &Expr) -> u32 {
        match &x.kind {
            ExprKind::FuncType(_) => {
                self.func_type_pos.iter().rev().find(|(id, _)| *id == x.id).map(|&(_, p)| p).unwrap_or(x.span.lo)
            }
            ExprKind::CompositeLit { ty: Some(t), .. } => self.start_pos(t),
            ExprKind::KeyValue { key, .. } => self.start_pos(key),
            ExprKind::Selector { x, .. }
            | ExprKind::Index { x, .. }
            | ExprKind::TypeAssert { x, .. }
            | ExprKind::Call { func: x, .. } => self.start_pos(x),
            ExprKind::Binary { x, .. } => self.start_pos(x),
            ExprKind::Slice { lbrack, .. } => lbrack.lo,
            _ => x.span.lo,
        }
    }
}

/// Parameters as gc's parser leaves them: one entry per name, types distributed over names.
/// Names sharing a type point to the entry that owns the type expression (`a, b int`: both
/// are owned by `b`); entries whose `...T` was misplaced are `converted` to type `T`.
#[derive(Default)]
pub(crate) struct ParamList {
    names: Vec<Option<Ident>>,
    los: Vec<u32>,
    owner: Vec<usize>,
    types: Vec<Option<Expr>>,
    converted: Vec<bool>,
}

impl ParamList {
    fn push(&mut self, name: Option<Ident>, lo: u32, owner: usize, ty: Option<Expr>) {
        self.names.push(name);
        self.los.push(lo);
        self.owner.push(owner);
        self.types.push(ty);
        self.converted.push(false);
    }

    /// Number of parameters (names, or unnamed types).
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the first parameter has a name.
    pub(crate) fn first_is_named(&self) -> bool {
        self.names.first().is_some_and(|n| n.is_some())
    }

    /// The type of parameter `i` (its owner's, or the element type if converted).
    pub(crate) fn type_of(&self, i: usize) -> Option<&Expr> {
        let t = self.types.get(*self.owner.get(i)?)?.as_ref()?;
        match (&t.kind, self.converted[i]) {
            (ExprKind::DotsType(e), true) => Some(e),
            _ => Some(t),
        }
    }

    /// Groups the parameters into AST fields: consecutive names sharing one type expression
    /// become one field. With `only_first`, keeps just the first parameter (a receiver).
    pub(crate) fn into_fields(mut self, p: &mut Parser<'_>, only_first: bool) -> Vec<Field> {
        let n = if only_first { self.len().min(1) } else { self.len() };
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let key = (self.owner[i], self.converted[i]);
            let lo = self.los[i];
            let mut names = Vec::new();
            let mut j = i;
            while j < n && (self.owner[j], self.converted[j]) == key {
                if let Some(name) = self.names[j].take() {
                    names.push(name);
                }
                j += 1;
            }
            let (o, converted) = key;
            let ty = if converted {
                match self.types[o].as_ref().map(|t| &t.kind) {
                    Some(ExprKind::DotsType(e)) => Some((**e).clone()),
                    _ => None,
                }
            } else if only_first {
                self.types[o].clone()
            } else {
                self.types[o].take()
            };
            let ty = match ty {
                Some(t) => t,
                None => p.bad_expr_at(lo),
            };
            let id = p.new_id();
            let h = p.height(ty.id) + 1;
            p.set_height(id, h);
            let span = p.span(lo, ty.span.hi);
            out.push(Field { id, names, ty, tag: None, span });
            i = j;
        }
        out
    }
}

/// Result of [`extract_name`].
pub(crate) enum Extracted {
    /// A type parameter name and, unless `x` was a lone name, its constraint.
    Split(Ident, Option<Expr>),
    /// `x` cannot be split; returned unchanged.
    Whole(Expr),
}

/// gc's `extractName`: splits `x` into a type parameter name and constraint if `x` can be
/// read as `name expr` where `expr` is a type element (or `force` is set). A lone name yields
/// `Split(name, None)`.
pub(crate) fn extract_name(x: Expr, force: bool) -> Extracted {
    let Expr { id, span, kind } = x;
    let rebuild = |kind: ExprKind| Extracted::Whole(Expr { id, span, kind });
    match kind {
        ExprKind::Name(name) => Extracted::Split(Ident { id, name, span }, None),
        ExprKind::Binary { op: ast::BinaryOp::Mul, x: lhs, y, op_span } => {
            if let (ExprKind::Name(name), true) = (&lhs.kind, force || is_type_elem(&y)) {
                // x = name *y
                let name = Ident { id: lhs.id, name: name.clone(), span: lhs.span };
                let star = Expr { id, span: op_span.to(y.span), kind: ExprKind::Star(y) };
                return Extracted::Split(name, Some(star));
            }
            rebuild(ExprKind::Binary { op: ast::BinaryOp::Mul, x: lhs, y, op_span })
        }
        ExprKind::Binary { op: ast::BinaryOp::Or, x: lhs, y, op_span } => {
            let f = force || is_type_elem(&y);
            match extract_name(*lhs, f) {
                Extracted::Split(name, Some(l)) => {
                    // x = name l|y
                    let span = l.span.to(y.span);
                    let or = ExprKind::Binary { op: ast::BinaryOp::Or, x: Box::new(l), y, op_span };
                    Extracted::Split(name, Some(Expr { id, span, kind: or }))
                }
                Extracted::Split(name, None) => {
                    // Nothing to split: put the name back.
                    let l = Expr { id: name.id, span: name.span, kind: ExprKind::Name(name.name) };
                    rebuild(ExprKind::Binary { op: ast::BinaryOp::Or, x: Box::new(l), y, op_span })
                }
                Extracted::Whole(l) => rebuild(ExprKind::Binary { op: ast::BinaryOp::Or, x: Box::new(l), y, op_span }),
            }
        }
        ExprKind::Call { func, mut args, dots, lparen, rparen } => {
            let splits = args.len() == 1 && dots.is_none() && (force || args.first().is_some_and(is_type_elem));
            if let (ExprKind::Name(name), true) = (&func.kind, splits) {
                // x = name (arg)
                let name = Ident { id: func.id, name: name.clone(), span: func.span };
                return Extracted::Split(name, args.pop().map(unparen_owned));
            }
            rebuild(ExprKind::Call { func, args, dots, lparen, rparen })
        }
        kind => rebuild(kind),
    }
}

/// Whether `x` is (possibly parenthesized) syntactically a type element, not a value.
pub(crate) fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Unary { op, x } => *op == ast::UnaryOp::Tilde || is_type_elem(x),
        ExprKind::Star(x) => is_type_elem(x),
        ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

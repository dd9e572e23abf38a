//! Type expressions: names, composite type literals, signatures, struct and interface types,
//! type parameter lists and generic type instantiation.

use crate::check::Checker;
use crate::objects::{ObjId, ObjKind, Object, ScopeId, VarKind};
use crate::operand::{start_span, OpMode};
use crate::types::{
    Field, IMethod, InterfaceType, Param, Signature, StructType, Term, TypeId, TypeKind, TypeParamType, INVALID,
};
use loopc_span::Span;
use loopc_syntax::ast::{self, ExprKind};
use std::rc::Rc;

/// Checks that must wait until all types of a package are set up.
pub(crate) enum Later {
    MapKey { span: Span, key: TypeId },
    VarType { span: Span, ty: TypeId },
}

/// The objects of a parameter list, with the identifier of each named one.
pub(crate) type ParamObjs = Vec<(Option<ast::Ident>, ObjId)>;

impl<'a> Checker<'a> {
    /// A type usable for variables (`varType`).
    pub(crate) fn var_type(&mut self, e: &ast::Expr) -> TypeId {
        let t = self.defined_type(e, None);
        self.valid_var_type(e, t);
        t
    }

    /// Alias for [`Checker::var_type`].
    pub(crate) fn typexpr(&mut self, e: &ast::Expr) -> TypeId {
        self.var_type(e)
    }

    fn valid_var_type(&mut self, e: &ast::Expr, t: TypeId) {
        if t == INVALID || self.types.is_type_param(t) {
            return;
        }
        self.later.push(Later::VarType { span: start_span(e), ty: t });
    }

    /// Runs the delayed checks.
    pub(crate) fn process_later(&mut self) {
        while let Some(l) = (!self.later.is_empty()).then(|| self.later.remove(0)) {
            match l {
                Later::MapKey { span, key } => {
                    if !self.comparable(key) {
                        let why = if self.types.is_type_param(key) { " (missing comparable constraint)" } else { "" };
                        let msg = format!("invalid map key type {}{why}", self.ts(key));
                        self.error(span, msg);
                    }
                }
                Later::VarType { span, ty } => {
                    if let TypeKind::Interface(_) = self.types.under_kind(ty) {
                        let ts = self.types.type_set(ty);
                        if !ts.is_method_set() {
                            let msg = if ts.comparable && ts.terms.is_none() {
                                format!(
                                    "cannot use type {} outside a type constraint: interface is (or embeds) comparable",
                                    self.ts(ty)
                                )
                            } else {
                                format!(
                                    "cannot use type {} outside a type constraint: interface contains type constraints",
                                    self.ts(ty)
                                )
                            };
                            self.error(span, msg);
                        }
                    }
                }
            }
        }
    }

    /// A type that must not be generic (`definedType`).
    pub(crate) fn defined_type(&mut self, e: &ast::Expr, def: Option<TypeId>) -> TypeId {
        let t = self.type_internal(e, def);
        if t != INVALID && self.is_generic_type(t) {
            let msg = format!("cannot use generic type {} without instantiation", self.ts(t));
            self.error(start_span(e), msg);
            self.record(e, crate::info::Mode::TypeExpr, INVALID);
            return INVALID;
        }
        self.record(e, crate::info::Mode::TypeExpr, t);
        t
    }

    fn type_internal(&mut self, e: &ast::Expr, def: Option<TypeId>) -> TypeId {
        match &e.kind {
            ExprKind::Bad => INVALID,
            ExprKind::Name(_) | ExprKind::Selector { .. } => {
                let x = match &e.kind {
                    ExprKind::Name(n) => self.ident(e, n, true),
                    _ => self.selector(e, true),
                };
                match x.mode {
                    OpMode::TypeExpr => x.ty,
                    OpMode::Invalid => INVALID,
                    OpMode::NoValue => {
                        let msg = format!("{} used as type", self.op_string(&x));
                        self.error(x.span(), msg);
                        INVALID
                    }
                    _ => {
                        let msg = format!("{} is not a type", self.op_string(&x));
                        self.error(x.span(), msg);
                        INVALID
                    }
                }
            }
            ExprKind::Index { x, indices, .. } => {
                self.verify_version(start_span(e), (1, 18), "type instantiation");
                self.instantiated_type(e, x, indices)
            }
            ExprKind::Paren(x) => self.defined_type(x, def),
            ExprKind::ArrayType { len: Some(len), elem } => {
                if matches!(len.kind, ExprKind::DotsLen) {
                    self.error(e.span, "invalid use of [...] array (outside a composite literal)");
                    self.var_type(elem);
                    return INVALID;
                }
                let n = self.array_length(len);
                let el = self.var_type(elem);
                match n {
                    Some(n) => self.types.array(n, el),
                    None => INVALID,
                }
            }
            ExprKind::ArrayType { len: None, elem } => {
                let el = self.var_type(elem);
                self.types.slice(el)
            }
            ExprKind::DotsType(_) => {
                self.error(e.span, "invalid use of ...");
                INVALID
            }
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::Star(x) => {
                let base = self.var_type(x);
                if base == INVALID {
                    return INVALID;
                }
                self.types.pointer(base)
            }
            ExprKind::FuncType(ft) => {
                let scope = self.new_scope(Some(self.scope), ft.span, true);
                let saved = self.scope;
                self.scope = scope;
                let sig = self.signature(&[], None, ft, false);
                self.scope = saved;
                sig
            }
            ExprKind::InterfaceType { elems } => self.interface_type(elems, def),
            ExprKind::MapType { key, value } => {
                let k = self.var_type(key);
                let v = self.var_type(value);
                if k != INVALID {
                    self.later.push(Later::MapKey { span: start_span(key), key: k });
                }
                self.types.map(k, v)
            }
            ExprKind::ChanType { elem, .. } => {
                self.error(e.span, "loopc does not support channels");
                self.var_type(elem);
                INVALID
            }
            _ => {
                let msg = format!("{} is not a type", crate::exprstring::expr_string(e));
                self.error(start_span(e), msg);
                INVALID
            }
        }
    }

    fn array_length(&mut self, e: &ast::Expr) -> Option<u64> {
        if let ExprKind::Name(n) = &e.kind {
            match self.lookup(n) {
                None => {
                    self.error(e.span, format!("undefined array length {n} or missing type constraint"));
                    return None;
                }
                Some(o) if !matches!(self.obj(o).kind, ObjKind::Const(_)) => {
                    self.error(e.span, format!("invalid array length {n}"));
                    return None;
                }
                _ => {}
            }
        }
        let x = self.expr(e);
        let OpMode::Constant(v) = &x.mode else {
            if !x.is_invalid() {
                let msg = format!("array length {} must be constant", self.op_string(&x));
                self.error(x.span(), msg);
            }
            return None;
        };
        let k = self.types.basic_kind(x.ty);
        if self.types.is_untyped(x.ty) || k.is_some_and(|k| k.is_integer()) {
            if let Some(n) = crate::constops::to_int(v).and_then(|i| crate::constops::int64(&i)) {
                if n >= 0 {
                    return Some(n as u64);
                }
            }
        }
        let msg = if k.is_some_and(|k| k.is_integer()) { "invalid array length" } else { "array length" };
        let s = self.op_string(&x);
        let msg = if msg == "array length" {
            format!("array length {s} must be integer")
        } else {
            format!("invalid array length {s}")
        };
        self.error(x.span(), msg);
        None
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: Vec<(String, Span)> = Vec::new();
        for f in fields {
            let tag = f.tag.as_ref().map(|t| crate::constops::unquote(t).unwrap_or_default());
            if f.names.is_empty() {
                // Embedded field: T, *T, pkg.T, T[args].
                let t = self.var_type(&f.ty);
                let (name, name_span) = embedded_name(&f.ty);
                let obj = self.field_obj(&name, name_span, t, true);
                self.check_dup_field(&mut seen, &name, name_span);
                if t != INVALID {
                    let base = match self.types.kind(self.types.unalias(t)) {
                        TypeKind::Pointer(b) => Some(*b),
                        _ => None,
                    };
                    if let Some(b) = base {
                        if self.types.is_type_param(b) {
                            self.error(
                                start_span(&f.ty),
                                "embedded field type cannot be a (pointer to a) type parameter",
                            );
                        } else if matches!(self.types.under_kind(b), TypeKind::Pointer(_)) {
                            self.error(start_span(&f.ty), "embedded field type cannot be a pointer");
                        } else if self.types.is_interface(b) {
                            self.error(start_span(&f.ty), "embedded field type cannot be a pointer to an interface");
                        }
                    } else if self.types.is_type_param(t) {
                        self.error(start_span(&f.ty), "embedded field type cannot be a (pointer to a) type parameter");
                    } else if matches!(self.types.kind(self.types.unalias(t)), TypeKind::Named(_))
                        && matches!(self.types.under_kind(t), TypeKind::Pointer(_))
                    {
                        self.error(start_span(&f.ty), "embedded field type cannot be a pointer");
                    }
                }
                out.push(Field { name: name.clone(), ty: t, embedded: true, tag, obj, pkg: Some(self.pkg) });
            } else {
                let t = self.var_type(&f.ty);
                for n in &f.names {
                    let obj = self.field_obj(&n.name, n.span, t, false);
                    let k = self.key(n.id);
                    self.info.defs.insert(k, obj);
                    if n.name != "_" {
                        self.check_dup_field(&mut seen, &n.name, n.span);
                    }
                    out.push(Field {
                        name: n.name.clone(),
                        ty: t,
                        embedded: false,
                        tag: tag.clone(),
                        obj,
                        pkg: Some(self.pkg),
                    });
                }
            }
        }
        self.types.structure(StructType { fields: out })
    }

    fn check_dup_field(&mut self, seen: &mut Vec<(String, Span)>, name: &str, span: Span) {
        if let Some((_, alt)) = seen.iter().find(|(n, _)| n == name) {
            let note = format!("{}: other declaration of {name}", self.pos_string(*alt));
            self.error_with_notes(span, format!("{name} redeclared"), vec![note]);
        } else {
            seen.push((name.to_string(), span));
        }
    }

    fn field_obj(&mut self, name: &str, span: Span, ty: TypeId, embedded: bool) -> ObjId {
        let pkg = Some(self.pkg);
        self.new_obj(Object {
            name: name.into(),
            kind: ObjKind::Var { kind: VarKind::Field, embedded },
            ty,
            span,
            pkg,
            parent: None,
            func: None,
            used: true,
        })
    }

    fn interface_type(&mut self, elems: &[ast::InterfaceElem], def: Option<TypeId>) -> TypeId {
        let mut it = InterfaceType::default();
        let iface = self.types.interface(InterfaceType::default());
        let _ = def;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    if name.name == "_" {
                        self.error(name.span, "methods must have a unique non-blank name");
                        continue;
                    }
                    let scope = self.new_scope(Some(self.scope), sig.span, true);
                    let saved = self.scope;
                    self.scope = scope;
                    let st = self.signature(&[], None, sig, false);
                    self.scope = saved;
                    let pkg = Some(self.pkg);
                    let obj = self.new_obj(Object {
                        name: name.name.clone(),
                        kind: ObjKind::Func { has_body: false, recv_base: None, ptr_recv: false },
                        ty: st,
                        span: name.span,
                        pkg,
                        parent: None,
                        func: None,
                        used: true,
                    });
                    let k = self.key(name.id);
                    self.info.defs.insert(k, obj);
                    if let Some(alt) = it.methods.iter().find(|m| m.name == name.name) {
                        let note =
                            format!("{}: other declaration of {}", self.pos_string(self.obj(alt.obj).span), name.name);
                        self.error_with_notes(name.span, format!("duplicate method {}", name.name), vec![note]);
                        continue;
                    }
                    it.methods.push(IMethod { name: name.name.clone(), sig: st, obj });
                }
                ast::InterfaceElem::Embed(e) => {
                    let t = self.embedded_elem(e);
                    if t != INVALID {
                        it.embeddeds.push(t);
                    }
                }
            }
        }
        if let TypeKind::Interface(slot) = self.types.kind_mut(iface) {
            *slot = Rc::new(it);
        }
        iface
    }

    /// An embedded interface element: a type, `~T`, or a union.
    fn embedded_elem(&mut self, e: &ast::Expr) -> TypeId {
        let mut terms = Vec::new();
        self.collect_union_terms(e, &mut terms);
        if terms.len() == 1 && !terms[0].0 {
            let t = self.defined_type(terms[0].1, None);
            if t != INVALID && self.types.is_type_param(t) {
                self.error(start_span(terms[0].1), "term cannot be a type parameter");
                return INVALID;
            }
            return t;
        }
        let mut out = Vec::new();
        for (tilde, te) in terms {
            let t = self.defined_type(te, None);
            if t == INVALID {
                continue;
            }
            if self.types.is_type_param(t) {
                self.error(start_span(te), "term cannot be a type parameter");
                continue;
            }
            if tilde {
                let u = self.types.underlying(t);
                if self.types.is_interface(t) {
                    let msg = format!("invalid use of ~ ({} is an interface)", self.ts(t));
                    self.error(start_span(te), msg);
                    continue;
                }
                if !self.types.identical(t, u) {
                    let msg = format!("invalid use of ~ (underlying type of {} is {})", self.ts(t), self.ts(u));
                    self.error(start_span(te), msg);
                    continue;
                }
            }
            if self.types.is_interface(t) {
                let ts = self.types.type_set(t);
                if self.types.unalias(t) == self.types.comparable {
                    self.error(start_span(te), "cannot use comparable in union");
                    continue;
                }
                if !ts.methods.is_empty() {
                    let msg = format!("cannot use {} in union ({} contains methods)", self.ts(t), self.ts(t));
                    self.error(start_span(te), msg);
                    continue;
                }
            }
            out.push(Term { tilde, ty: t });
        }
        self.types.add(TypeKind::Union(Rc::new(out)))
    }

    fn collect_union_terms<'e>(&self, e: &'e ast::Expr, out: &mut Vec<(bool, &'e ast::Expr)>) {
        match &e.kind {
            ExprKind::Binary { op: ast::BinaryOp::Or, x, y, .. } => {
                self.collect_union_terms(x, out);
                self.collect_union_terms(y, out);
            }
            ExprKind::Unary { op: ast::UnaryOp::Tilde, x } => out.push((true, x)),
            _ => out.push((false, e)),
        }
    }

    /// Declares type parameters in the current scope and returns their types.
    pub(crate) fn declare_type_params(&mut self, fields: &[ast::Field]) -> Vec<TypeId> {
        let mut tps = Vec::new();
        for f in fields {
            for n in &f.names {
                let pkg = Some(self.pkg);
                let obj = self.new_obj(Object {
                    name: n.name.clone(),
                    kind: ObjKind::TypeName,
                    ty: INVALID,
                    span: n.span,
                    pkg,
                    parent: None,
                    func: None,
                    used: true,
                });
                let index = tps.len();
                let t = self.types.add(TypeKind::TypeParam(TypeParamType { obj, index, bound: INVALID }));
                self.obj_mut(obj).ty = t;
                let scope = self.scope;
                self.declare(scope, Some(n), obj);
                tps.push(t);
            }
        }
        let mut i = 0;
        for f in fields {
            let bound = self.bound_type(&f.ty);
            for _ in &f.names {
                if let TypeKind::TypeParam(tp) = self.types.kind_mut(tps[i]) {
                    tp.bound = bound;
                }
                i += 1;
            }
        }
        tps
    }

    /// A type constraint; non-interface constraints are wrapped in an implicit interface.
    fn bound_type(&mut self, e: &ast::Expr) -> TypeId {
        let is_union_like = matches!(
            &e.kind,
            ExprKind::Binary { op: ast::BinaryOp::Or, .. } | ExprKind::Unary { op: ast::UnaryOp::Tilde, .. }
        );
        if is_union_like {
            let u = self.embedded_elem(e);
            return self.types.interface(InterfaceType { methods: vec![], embeddeds: vec![u], implicit: true });
        }
        let t = self.defined_type(e, None);
        if t == INVALID {
            return self.types.any;
        }
        if self.types.is_type_param(t) {
            self.error(start_span(e), "cannot use a type parameter as constraint");
            return self.types.any;
        }
        if self.types.is_interface(t) {
            return t;
        }
        self.types.interface(InterfaceType { methods: vec![], embeddeds: vec![t], implicit: true })
    }

    /// Collects parameters of a field list; declares named ones in the current scope when
    /// `declare` is set. Returns params, their objects (or `None` for unnamed), and variadic.
    pub(crate) fn collect_params(
        &mut self,
        list: &[ast::Field],
        kind: VarKind,
        variadic_ok: bool,
    ) -> (Vec<Param>, ParamObjs, bool) {
        let mut params = Vec::new();
        let mut objs = Vec::new();
        let mut variadic = false;
        for (i, f) in list.iter().enumerate() {
            let mut te = &f.ty;
            if let ExprKind::DotsType(elem) = &f.ty.kind {
                te = elem;
                if variadic_ok && i + 1 == list.len() && f.names.len() <= 1 {
                    variadic = true;
                } else {
                    self.error(f.ty.span, "can only use ... with final parameter in list");
                }
            }
            let mut t = self.var_type(te);
            if variadic && i + 1 == list.len() {
                t = self.types.slice(t);
                self.record(&f.ty, crate::info::Mode::TypeExpr, t);
            }
            if f.names.is_empty() {
                let o = self.new_var("", f.span, t, kind);
                params.push(Param { name: String::new(), ty: t });
                objs.push((None, o));
            } else {
                for n in &f.names {
                    let o = self.new_var(&n.name, n.span, t, kind);
                    params.push(Param { name: n.name.clone(), ty: t });
                    objs.push((Some(n.clone()), o));
                }
            }
        }
        (params, objs, variadic)
    }

    /// Checks a signature in the current (fresh) scope, declaring its parameters there.
    pub(crate) fn signature(
        &mut self,
        tparams: &[ast::Field],
        recv: Option<(&ast::Field, Option<Param>)>,
        ft: &ast::FuncType,
        _is_decl: bool,
    ) -> TypeId {
        let tps = if tparams.is_empty() { Vec::new() } else { self.declare_type_params(tparams) };
        let (params, pobjs, variadic) = self.collect_params(&ft.params, VarKind::Param, true);
        let (results, robjs, _) = self.collect_params(&ft.results, VarKind::Result, false);
        let scope = self.scope;
        for (n, o) in pobjs.iter().chain(robjs.iter()) {
            if let Some(n) = n {
                self.declare(scope, Some(n), *o);
            }
        }
        self.last_result_objs = robjs.iter().map(|p| p.1).collect();
        let sig = Signature {
            tparams: tps,
            recv_tparams: Vec::new(),
            recv: recv.and_then(|r| r.1),
            params,
            results,
            variadic,
        };
        self.types.func(sig)
    }

    /// The signature of a function or method declaration (declares receiver, type
    /// parameters and parameters in `scope`).
    pub(crate) fn func_signature(&mut self, obj: ObjId, decl: &ast::FuncDecl, scope: ScopeId) -> TypeId {
        self.scope = scope;
        let mut recv_param = None;
        let mut recv_tparams = Vec::new();
        let mut recv_obj = None;
        if let Some(recv) = &decl.recv {
            let (rt, rtps) = self.receiver_type(obj, recv);
            recv_tparams = rtps;
            let name = recv.names.first();
            let o = self.new_var(
                name.map(|n| n.name.as_str()).unwrap_or(""),
                name.map(|n| n.span).unwrap_or(recv.span),
                rt,
                VarKind::Param,
            );
            if let Some(n) = name {
                self.declare(scope, Some(n), o);
            }
            recv_obj = Some(o);
            recv_param = Some(Param { name: name.map(|n| n.name.clone()).unwrap_or_default(), ty: rt });
        }
        let tps = if !decl.type_params.is_empty() { self.declare_type_params(&decl.type_params) } else { Vec::new() };
        let (params, pobjs, variadic) = self.collect_params(&decl.sig.params, VarKind::Param, true);
        let (results, robjs, _) = self.collect_params(&decl.sig.results, VarKind::Result, false);
        for (n, o) in pobjs.iter().chain(robjs.iter()) {
            if let Some(n) = n {
                self.declare(scope, Some(n), *o);
            }
        }
        let mut all = Vec::new();
        all.extend(recv_obj);
        all.extend(pobjs.iter().map(|p| p.1));
        self.func_params.insert(obj, (all, robjs.iter().map(|p| p.1).collect()));
        let sig = Signature { tparams: tps, recv_tparams, recv: recv_param, params, results, variadic };
        self.types.func(sig)
    }

    /// Checks a method receiver; returns its type and any receiver type parameters.
    fn receiver_type(&mut self, method: ObjId, recv: &ast::Field) -> (TypeId, Vec<TypeId>) {
        let (ptr, base_expr) = match &recv.ty.kind {
            ExprKind::Star(x) => (true, &**x),
            ExprKind::Paren(x) => match &x.kind {
                ExprKind::Star(y) => (true, &**y),
                _ => (false, &**x),
            },
            _ => (false, &recv.ty),
        };
        let (name_expr, targ_exprs): (&ast::Expr, &[ast::Expr]) = match &base_expr.kind {
            ExprKind::Index { x, indices, .. } => (x, indices),
            _ => (base_expr, &[]),
        };
        let mut rtps = Vec::new();
        let base = if targ_exprs.is_empty() {
            self.defined_type(name_expr, None)
        } else {
            // Receiver type parameters: fresh names bound like the base type's parameters.
            let t = self.type_internal(name_expr, None);
            self.record(name_expr, crate::info::Mode::TypeExpr, t);
            let orig_tps = self.types.named(t).map(|n| n.tparams.clone()).unwrap_or_default();
            if t != INVALID && orig_tps.is_empty() {
                let msg = format!("{} is not a generic type", self.ts(t));
                self.error(start_span(name_expr), msg);
                return (INVALID, rtps);
            }
            if t != INVALID && orig_tps.len() != targ_exprs.len() {
                let msg = format!(
                    "receiver declares {} type parameter{}, but receiver base type declares {}",
                    targ_exprs.len(),
                    if targ_exprs.len() == 1 { "" } else { "s" },
                    orig_tps.len()
                );
                self.error(start_span(&targ_exprs[0]), msg);
                return (INVALID, rtps);
            }
            for (i, a) in targ_exprs.iter().enumerate() {
                let (name, span, id) = match &a.kind {
                    ExprKind::Name(n) => (n.clone(), a.span, a.id),
                    _ => {
                        let msg = format!(
                            "receiver type parameter {} must be an identifier",
                            crate::exprstring::expr_string(a)
                        );
                        self.error(a.span, msg);
                        ("_".to_string(), a.span, a.id)
                    }
                };
                let pkg = Some(self.pkg);
                let o = self.new_obj(Object {
                    name: name.clone(),
                    kind: ObjKind::TypeName,
                    ty: INVALID,
                    span,
                    pkg,
                    parent: None,
                    func: None,
                    used: true,
                });
                let tp = self.types.add(TypeKind::TypeParam(TypeParamType { obj: o, index: i, bound: INVALID }));
                self.obj_mut(o).ty = tp;
                let ident = ast::Ident { id, name, span };
                let scope = self.scope;
                self.declare(scope, Some(&ident), o);
                rtps.push(tp);
            }
            if t == INVALID {
                return (INVALID, rtps);
            }
            // Bounds: the base type's bounds with its parameters replaced by ours.
            let smap: Vec<(TypeId, TypeId)> = orig_tps.iter().copied().zip(rtps.iter().copied()).collect();
            for (i, &otp) in orig_tps.iter().enumerate() {
                let b = match self.types.kind(otp) {
                    TypeKind::TypeParam(p) => p.bound,
                    _ => INVALID,
                };
                let nb = self.subst(b, &smap);
                if let TypeKind::TypeParam(p) = self.types.kind_mut(rtps[i]) {
                    p.bound = nb;
                }
            }
            let inst = self.instantiate_named(t, rtps.clone());
            self.record(base_expr, crate::info::Mode::TypeExpr, inst);
            inst
        };
        if base == INVALID {
            return (INVALID, rtps);
        }
        let ok = match self.types.kind(self.types.unalias(base)) {
            TypeKind::Named(n) => {
                let o = n.obj;
                if self.obj(o).pkg != Some(self.pkg) {
                    let msg = format!("cannot define new methods on non-local type {}", self.ts(base));
                    self.error(start_span(base_expr), msg);
                    false
                } else {
                    match self.types.under_kind(base) {
                        TypeKind::Pointer(_) => {
                            let msg = format!("invalid receiver type {} (pointer or interface type)", self.ts(base));
                            self.error(start_span(base_expr), msg);
                            false
                        }
                        TypeKind::Interface(_) => {
                            let msg = format!("invalid receiver type {} (pointer or interface type)", self.ts(base));
                            self.error(start_span(base_expr), msg);
                            false
                        }
                        _ => true,
                    }
                }
            }
            TypeKind::Basic(_) => {
                let msg = format!("cannot define new methods on non-local type {}", self.ts(base));
                self.error(start_span(base_expr), msg);
                false
            }
            _ => {
                let msg = format!("invalid receiver type {}", self.ts(base));
                self.error(start_span(base_expr), msg);
                false
            }
        };
        if ok {
            let bt = self.types.named(base).map(|n| n.orig.unwrap_or(self.types.unalias(base)));
            if let ObjKind::Func { recv_base, ptr_recv, .. } = &mut self.obj_mut(method).kind {
                *recv_base = bt;
                *ptr_recv = ptr;
            }
        }
        let t = if ptr { self.types.pointer(base) } else { base };
        self.record(&recv.ty, crate::info::Mode::TypeExpr, t);
        (t, rtps)
    }

    /// `G[args]` in a type context.
    fn instantiated_type(&mut self, e: &ast::Expr, x: &ast::Expr, indices: &[ast::Expr]) -> TypeId {
        let g = self.type_internal(x, None);
        self.record(x, crate::info::Mode::TypeExpr, g);
        if g == INVALID {
            for i in indices {
                self.var_type(i);
            }
            return INVALID;
        }
        if !self.is_generic_type(g) {
            let list: Vec<String> = indices.iter().map(crate::exprstring::expr_string).collect();
            let msg = format!(
                "invalid operation: {}[{}] ({} is not a generic type)",
                crate::exprstring::expr_string(x),
                list.join(", "),
                self.ts(g)
            );
            self.error(start_span(x), msg);
            return INVALID;
        }
        let mut targs = Vec::new();
        for i in indices {
            let t = self.var_type(i);
            if t == INVALID {
                return INVALID;
            }
            targs.push(t);
        }
        let tparams = self.types.named(g).map(|n| n.tparams.clone()).unwrap_or_default();
        if targs.len() != tparams.len() {
            let qual = if targs.len() < tparams.len() { "not enough" } else { "too many" };
            let msg = format!(
                "{qual} type arguments for type {}: have {}, want {}",
                self.obj(self.types.named(g).map(|n| n.obj).unwrap_or(crate::objects::ObjId(0))).name,
                targs.len(),
                tparams.len()
            );
            let span = if targs.len() > tparams.len() { start_span(&indices[tparams.len()]) } else { start_span(e) };
            self.error(span, msg);
            return INVALID;
        }
        let inst = self.instantiate_named(g, targs.clone());
        // Constraint satisfaction is checked once all declarations are set up.
        self.verify_later.push((e.span, indices.iter().map(start_span).collect(), tparams, targs.clone()));
        let k = self.key(e.id);
        self.info.instances.insert(k, crate::info::Instance { targs, ty: inst });
        inst
    }
}

/// The implicit field name of an embedded field type expression and its position.
fn embedded_name(e: &ast::Expr) -> (String, Span) {
    match &e.kind {
        ExprKind::Name(n) => (n.clone(), e.span),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector { sel, .. } => (sel.name.clone(), sel.span),
        ExprKind::Index { x, .. } => embedded_name(x),
        _ => ("_".into(), e.span),
    }
}

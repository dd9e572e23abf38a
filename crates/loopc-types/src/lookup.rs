//! Field and method lookup through embedded fields, selectors, method sets, interface
//! satisfaction (`implements`) and comparability.

use crate::check::Checker;
use crate::info::{Selection, SelectionKind};
use crate::objects::{is_exported, ObjId, ObjKind};
use crate::operand::{OpMode, Operand};
use crate::types::{Param, Signature, TypeId, TypeKind, INVALID};
use loopc_syntax::ast;

/// The result of a field or method lookup.
#[derive(Clone, Debug)]
#[allow(clippy::enum_variant_names)]
pub(crate) enum Found {
    /// No field or method of that name.
    NotFound,
    /// Several candidates at the shallowest depth.
    Ambiguous,
    /// A method with a pointer receiver on a non-addressable value.
    NeedsPtr,
    Field {
        obj: ObjId,
        ty: TypeId,
        index: Vec<usize>,
        indirect: bool,
    },
    /// A method declared on `named` (or in an interface when `iface`).
    Method {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
        named: Option<TypeId>,
        iface: Option<TypeId>,
    },
}

struct Embedded {
    ty: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

impl Checker<'_> {
    fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.types.kind(self.types.unalias(t)) {
            TypeKind::Pointer(b) => (*b, true),
            _ => (t, false),
        }
    }

    /// types2's `lookupFieldOrMethod`.
    pub(crate) fn lookup_field_or_method(&mut self, t: TypeId, addressable: bool, name: &str, fold: bool) -> Found {
        if name == "_" {
            return Found::NotFound;
        }
        let eq = |a: &str| if fold { a.eq_ignore_ascii_case(name) } else { a == name };
        // A named pointer type has no methods or promoted fields through its base.
        if let TypeKind::Named(_) = self.types.kind(self.types.unalias(t)) {
            if let TypeKind::Pointer(_) = self.types.under_kind(t) {
                // Fields of *S through a named pointer are still accessible.
                let (b, _) = self.deref(self.types.underlying(t));
                if let Some(st) = self.types.struct_type(b) {
                    if let Some(i) = st.fields.iter().position(|f| eq(&f.name)) {
                        let f = &st.fields[i];
                        return Found::Field { obj: f.obj, ty: f.ty, index: vec![i], indirect: true };
                    }
                }
                return Found::NotFound;
            }
        }
        let (typ, is_ptr) = self.deref(t);
        if is_ptr && self.types.is_interface(typ) && !self.types.is_type_param(typ) {
            return Found::NotFound;
        }
        let mut current = vec![Embedded { ty: typ, index: vec![], indirect: is_ptr, multiples: false }];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Option<Found> = None;
            let mut ambiguous = false;
            for e in &current {
                let mut typ = self.types.unalias(e.ty);
                if let Some(n) = self.types.named(typ) {
                    let key = n.orig.unwrap_or(typ);
                    if seen.iter().any(|&s| self.types.identical(s, typ)) {
                        continue;
                    }
                    let _ = key;
                    seen.push(typ);
                    let methods = self.named_methods(typ);
                    if let Some((i, &m)) = methods.iter().enumerate().find(|(_, &m)| eq(&self.obj(m).name)) {
                        let mut index = e.index.clone();
                        index.push(i);
                        if found.is_some() || e.multiples {
                            ambiguous = true;
                        }
                        found =
                            Some(Found::Method { obj: m, index, indirect: e.indirect, named: Some(typ), iface: None });
                        continue;
                    }
                    typ = self.types.underlying(typ);
                }
                if let TypeKind::TypeParam(p) = self.types.kind(typ) {
                    typ = self.types.underlying(p.bound);
                }
                match self.types.kind(typ).clone() {
                    TypeKind::Struct(st) => {
                        for (i, f) in st.fields.iter().enumerate() {
                            if eq(&f.name) {
                                let mut index = e.index.clone();
                                index.push(i);
                                if found.is_some() || e.multiples {
                                    ambiguous = true;
                                }
                                found = Some(Found::Field { obj: f.obj, ty: f.ty, index, indirect: e.indirect });
                                continue;
                            }
                            if found.is_none() && f.embedded {
                                let (ft, p) = self.deref(f.ty);
                                let mut index = e.index.clone();
                                index.push(i);
                                next.push(Embedded {
                                    ty: ft,
                                    index,
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    TypeKind::Interface(_) => {
                        let ts = self.types.type_set(typ);
                        if let Some((i, m)) = ts.methods.iter().enumerate().find(|(_, m)| eq(&m.name)) {
                            let mut index = e.index.clone();
                            index.push(i);
                            if found.is_some() || e.multiples {
                                ambiguous = true;
                            }
                            found = Some(Found::Method {
                                obj: m.obj,
                                index,
                                indirect: e.indirect,
                                named: None,
                                iface: Some(typ),
                            });
                        }
                    }
                    _ => {}
                }
            }
            if ambiguous {
                return Found::Ambiguous;
            }
            if let Some(f) = found {
                if let Found::Method { obj, indirect, iface: None, .. } = &f {
                    if let ObjKind::Func { ptr_recv: true, .. } = self.obj(*obj).kind {
                        if !indirect && !addressable {
                            return Found::NeedsPtr;
                        }
                    }
                }
                return f;
            }
            // Consolidate: the same type reached twice at one depth is ambiguous.
            let mut cons: Vec<Embedded> = Vec::new();
            for e in next {
                if let Some(c) = cons.iter_mut().find(|c| self.types.identical(c.ty, e.ty)) {
                    c.multiples = true;
                } else {
                    cons.push(e);
                }
            }
            current = cons;
        }
        Found::NotFound
    }

    /// `x.sel` where `x` is not a package name.
    pub(crate) fn selector<'e>(&mut self, e: &'e ast::Expr, want_type: bool) -> Operand<'e> {
        let ast::ExprKind::Selector { x: xe, sel } = &e.kind else { return Operand::invalid() };
        // Package-qualified identifiers.
        if let ast::ExprKind::Name(n) = &xe.kind {
            if let Some(o) = self.lookup(n) {
                if let ObjKind::PkgName(p) = self.obj(o).kind {
                    return self.qualified_ident(e, xe, o, p, sel);
                }
            }
        }
        let mut x = self.expr_or_type(xe, false);
        let err = |c: &mut Checker, e: &'e ast::Expr| {
            let _ = c;
            Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) }
        };
        match x.mode {
            OpMode::Builtin(_) => {
                let msg = format!("invalid use of {} in selector expression", self.op_string(&x));
                self.error(sel.span, msg);
                return err(self, e);
            }
            OpMode::Invalid => return err(self, e),
            _ => {}
        }
        if x.ty == INVALID {
            return err(self, e);
        }
        if want_type {
            let msg = format!("{} is not a type", crate::exprstring::expr_string(e));
            self.error(sel.span, msg);
            return err(self, e);
        }
        self.single_value(&mut x);
        if x.is_invalid() {
            return err(self, e);
        }
        let addressable = x.mode == OpMode::Variable;
        let found = self.lookup_field_or_method(x.ty, addressable, &sel.name, false);
        let xs = crate::exprstring::expr_string(xe);
        match found {
            Found::NotFound => {
                if self.types.underlying(x.ty) == INVALID {
                    return err(self, e);
                }
                let why = if self.is_interface_ptr(x.ty) {
                    self.interface_ptr_error(x.ty)
                } else {
                    let alt = self.lookup_field_or_method(x.ty, addressable, &sel.name, true);
                    self.lookup_error(x.ty, &sel.name, alt)
                };
                let msg = format!("{xs}.{} undefined ({why})", sel.name);
                self.error(sel.span, msg);
                err(self, e)
            }
            Found::Ambiguous => {
                let msg = format!("ambiguous selector {xs}.{}", sel.name);
                self.error(sel.span, msg);
                err(self, e)
            }
            Found::NeedsPtr => {
                let msg = if x.mode == OpMode::TypeExpr {
                    let t = self.ts(x.ty);
                    format!("invalid method expression {t}.{} (needs pointer receiver (*{t}).{})", sel.name, sel.name)
                } else {
                    format!("cannot call pointer method {} on {}", sel.name, self.ts(x.ty))
                };
                self.error(sel.span, msg);
                err(self, e)
            }
            Found::Field { obj, ty, index, indirect } => {
                if x.mode == OpMode::TypeExpr {
                    let msg =
                        format!("operand for field selector {} must be value of type {}", sel.name, self.ts(x.ty));
                    self.error(crate::operand::start_span(xe), msg);
                    return err(self, e);
                }
                let k = self.key(e.id);
                self.info.selections.insert(
                    k,
                    Selection {
                        kind: SelectionKind::Field,
                        recv: x.ty,
                        obj,
                        ty,
                        index,
                        indirect,
                        is_interface: false,
                        addr_taken: false,
                    },
                );
                let ks = self.key(sel.id);
                self.info.uses.insert(ks, obj);
                let mode = if x.mode == OpMode::Variable || indirect { OpMode::Variable } else { OpMode::Value };
                Operand { mode, ty, expr: Some(e) }
            }
            Found::Method { obj, index, indirect, named, iface } => {
                let sig_t = match (named, iface) {
                    (Some(n), _) => self.method_sig_on(obj, n),
                    (None, Some(it)) => {
                        let ts = self.types.type_set(it);
                        ts.methods.iter().find(|m| m.name == sel.name).map(|m| m.sig).unwrap_or(self.obj(obj).ty)
                    }
                    _ => self.obj(obj).ty,
                };
                let ks = self.key(sel.id);
                self.info.uses.insert(ks, obj);
                self.add_decl_dep(obj);
                let Some(sig) = self.types.signature(sig_t) else { return err(self, e) };
                let ptr_recv = matches!(self.obj(obj).kind, ObjKind::Func { ptr_recv: true, .. });
                if x.mode == OpMode::TypeExpr {
                    let recv_name = sig.recv.as_ref().map(|r| r.name.clone()).unwrap_or_default();
                    let name = if !sig.params.is_empty() && !sig.params[0].name.is_empty() {
                        if recv_name.is_empty() {
                            "_".to_string()
                        } else {
                            recv_name
                        }
                    } else {
                        String::new()
                    };
                    let mut params = vec![Param { name, ty: x.ty }];
                    params.extend(sig.params.iter().cloned());
                    let ty = self.types.func(Signature {
                        tparams: sig.tparams.clone(),
                        recv_tparams: vec![],
                        recv: None,
                        params,
                        results: sig.results.clone(),
                        variadic: sig.variadic,
                    });
                    let k = self.key(e.id);
                    self.info.selections.insert(
                        k,
                        Selection {
                            kind: SelectionKind::MethodExpr,
                            recv: x.ty,
                            obj,
                            ty,
                            index,
                            indirect,
                            is_interface: iface.is_some(),
                            addr_taken: false,
                        },
                    );
                    return Operand { mode: OpMode::Value, ty, expr: Some(e) };
                }
                let addr_taken = ptr_recv && !indirect && addressable;
                if addr_taken {
                    self.mark_addr_taken(xe);
                }
                let mut s = (*sig).clone();
                s.recv = None;
                s.recv_tparams.clear();
                let ty = self.types.func(s);
                let k = self.key(e.id);
                self.info.selections.insert(
                    k,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        recv: x.ty,
                        obj,
                        ty,
                        index,
                        indirect,
                        is_interface: iface.is_some(),
                        addr_taken,
                    },
                );
                Operand { mode: OpMode::Value, ty, expr: Some(e) }
            }
        }
    }

    fn qualified_ident<'e>(
        &mut self,
        e: &'e ast::Expr,
        xe: &ast::Expr,
        pn: ObjId,
        p: crate::objects::PkgId,
        sel: &ast::Ident,
    ) -> Operand<'e> {
        let k = self.key(xe.id);
        self.info.uses.insert(k, pn);
        self.used_pkgs.insert(pn);
        let scope = self.pkgs[p.0 as usize].scope;
        let es = crate::exprstring::expr_string(e);
        let Some(&exp) = self.scopes[scope.0 as usize].names.get(&sel.name) else {
            let alt = self.scopes[scope.0 as usize]
                .names
                .keys()
                .find(|k| k.eq_ignore_ascii_case(&sel.name) && is_exported(k))
                .cloned();
            let msg = match alt {
                Some(a) => format!("undefined: {es} (but have {a})"),
                None => format!("undefined: {es}"),
            };
            self.error(sel.span, msg);
            return Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        };
        if !is_exported(&sel.name) {
            let msg = format!("name {} not exported by package {}", sel.name, self.pkgs[p.0 as usize].name);
            self.error(sel.span, msg);
        }
        let ks = self.key(sel.id);
        self.info.uses.insert(ks, exp);
        let o = self.obj(exp).clone();
        let mode = match &o.kind {
            ObjKind::Const(Some(v)) => OpMode::Constant(v.clone()),
            ObjKind::TypeName => OpMode::TypeExpr,
            ObjKind::Var { .. } => OpMode::Variable,
            ObjKind::Func { .. } => OpMode::Value,
            ObjKind::Builtin(b) => OpMode::Builtin(*b),
            _ => OpMode::Invalid,
        };
        Operand { mode, ty: o.ty, expr: Some(e) }
    }

    pub(crate) fn is_interface_ptr(&self, t: TypeId) -> bool {
        match self.types.under_kind(t) {
            TypeKind::Pointer(b) => self.types.is_interface(*b),
            _ => false,
        }
    }

    pub(crate) fn interface_ptr_error(&self, t: TypeId) -> String {
        format!("type {} is pointer to interface, not interface", self.ts(t))
    }

    fn lookup_error(&self, t: TypeId, sel: &str, alt: Found) -> String {
        let ts = self.ts(t);
        let (alt_obj, what) = match alt {
            Found::Field { obj, .. } => (Some(obj), "field"),
            Found::Method { obj, .. } => (Some(obj), "method"),
            _ => (None, "object"),
        };
        let Some(ao) = alt_obj else { return format!("type {ts} has no field or method {sel}") };
        let alt = self.obj(ao).name.clone();
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        let same_pkg = self.obj(ao).pkg == Some(self.pkg) || self.obj(ao).pkg.is_none();
        enum E {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let e = if same_pkg {
            E::Misspelled
        } else if is_exported(sel) {
            if is_exported(&alt) {
                E::Misspelled
            } else if tail(sel) == tail(&alt) {
                E::Unexported
            } else {
                E::Missing
            }
        } else if is_exported(&alt) {
            if tail(sel) == tail(&alt) {
                E::Misspelled
            } else {
                E::Missing
            }
        } else if sel == alt {
            E::Inaccessible
        } else {
            E::Missing
        };
        match e {
            E::Missing => format!("type {ts} has no field or method {sel}"),
            E::Misspelled => format!("type {ts} has no field or method {sel}, but does have {what} {alt}"),
            E::Unexported => format!("type {ts} has no field or method {sel}, but does have unexported {what} {alt}"),
            E::Inaccessible => format!("cannot refer to unexported {what} {alt}"),
        }
    }

    /// Marks the variable at the root of an addressable expression as address-taken.
    pub(crate) fn mark_addr_taken(&mut self, e: &ast::Expr) {
        match &e.kind {
            ast::ExprKind::Name(_) => {
                let k = self.key(e.id);
                if let Some(&o) = self.info.uses.get(&k) {
                    if matches!(self.obj(o).kind, ObjKind::Var { .. }) {
                        self.info.address_taken.insert(o);
                    }
                }
            }
            ast::ExprKind::Paren(x) => self.mark_addr_taken(x),
            ast::ExprKind::Selector { x, .. } => {
                let k = self.key(e.id);
                let indirect = self.info.selections.get(&k).is_some_and(|s| s.indirect);
                if !indirect {
                    self.mark_addr_taken(x);
                }
            }
            ast::ExprKind::Index { x, .. } => {
                let k = self.key(x.id);
                let is_array = self
                    .info
                    .types
                    .get(&k)
                    .is_some_and(|tv| matches!(self.types.under_kind(tv.ty), TypeKind::Array { .. }));
                if is_array {
                    self.mark_addr_taken(x);
                }
            }
            _ => {}
        }
    }

    /// The method signature string `M(x int) string` (types2 `funcString`).
    fn func_string(&self, name: &str, sig: TypeId) -> String {
        match self.types.signature(sig) {
            Some(s) => format!("{name}{}", self.types.signature_string(&s, self)),
            None => name.to_string(),
        }
    }

    /// Finds a method of interface `t` missing from `v`. Returns a cause like
    /// `(missing method M)`.
    pub(crate) fn missing_method(&mut self, v: TypeId, t: TypeId, is_static: bool) -> Option<String> {
        let methods = self.types.type_set(t).methods.clone();
        if methods.is_empty() {
            return None;
        }
        if self.types.is_interface(v) && !self.types.is_type_param(v) {
            let vs = self.types.type_set(v);
            for m in &methods {
                match vs.methods.iter().find(|f| f.name == m.name) {
                    None => {
                        if !is_static {
                            continue;
                        }
                        return Some(format!("(missing method {})", m.name));
                    }
                    Some(f) => {
                        if !self.types.identical(f.sig, m.sig) {
                            let fs = self.func_string(&f.name, f.sig);
                            let ms = self.func_string(&m.name, m.sig);
                            return Some(format!("(wrong type for method {})\n\t\thave {fs}\n\t\twant {ms}", m.name));
                        }
                    }
                }
            }
            return None;
        }
        for m in &methods {
            let found = self.lookup_field_or_method(v, false, &m.name, false);
            match found {
                Found::Method { obj, named, .. } => {
                    let fsig = match named {
                        Some(n) => self.method_sig_on(obj, n),
                        None => self.obj(obj).ty,
                    };
                    let fsig = self.strip_recv(fsig);
                    if !self.types.identical(fsig, m.sig) {
                        let fs = self.func_string(&m.name, fsig);
                        let ms = self.func_string(&m.name, m.sig);
                        return Some(format!("(wrong type for method {})\n\t\thave {fs}\n\t\twant {ms}", m.name));
                    }
                }
                Found::Field { .. } => return Some(format!("({}.{} is a field, not a method)", self.ts(v), m.name)),
                Found::Ambiguous => return Some(format!("(ambiguous selector {}.{})", self.ts(v), m.name)),
                Found::NeedsPtr => return Some(format!("(method {} has pointer receiver)", m.name)),
                Found::NotFound => {
                    if self.is_interface_ptr(v) {
                        return Some(format!("({})", self.interface_ptr_error(v)));
                    }
                    let alt = self.lookup_field_or_method(v, false, &m.name, true);
                    if let Found::Method { obj, named, .. } = alt {
                        let an = self.obj(obj).name.clone();
                        if an == m.name {
                            return Some(format!("(unexported method {})", m.name));
                        }
                        let fsig = match named {
                            Some(n) => self.method_sig_on(obj, n),
                            None => self.obj(obj).ty,
                        };
                        let fs = self.func_string(&an, fsig);
                        let ms = self.func_string(&m.name, m.sig);
                        return Some(format!("(missing method {})\n\t\thave {fs}\n\t\twant {ms}", m.name));
                    }
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    fn strip_recv(&mut self, sig: TypeId) -> TypeId {
        match self.types.signature(sig) {
            Some(s) if s.recv.is_some() => {
                let mut n = (*s).clone();
                n.recv = None;
                n.recv_tparams.clear();
                self.types.func(n)
            }
            _ => sig,
        }
    }

    /// Whether `v` implements (or, for constraints, satisfies) `t`; fills `cause`.
    pub(crate) fn implements(&mut self, v: TypeId, t: TypeId, constraint: bool, cause: Option<&mut String>) -> bool {
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if vu == INVALID || tu == INVALID || v == INVALID || t == INVALID {
            return true;
        }
        let verb = if constraint { "satisfy" } else { "implement" };
        let TypeKind::Interface(_) = self.types.kind(tu) else {
            if let Some(c) = cause {
                *c = format!("{} does not {verb} {} ({} is not an interface)", self.ts(v), self.ts(t), self.ts(t));
            }
            return false;
        };
        let ts = self.types.type_set(t);
        if ts.is_all() {
            return true;
        }
        if let Some(mm) = self.missing_method(v, t, true) {
            if let Some(c) = cause {
                *c = format!("{} does not {verb} {} {mm}", self.ts(v), self.ts(t));
            }
            return false;
        }
        let vi = self.types.is_interface(v) && !self.types.is_type_param(v);
        let check_cmp = |c: &mut Checker, cause: Option<&mut String>| -> bool {
            if !ts.comparable {
                return true;
            }
            if c.comparable_strict(v) {
                return true;
            }
            if constraint && c.comparable(v) {
                return true;
            }
            if let Some(cs) = cause {
                *cs = format!("{} does not {verb} comparable", c.ts(v));
            }
            false
        };
        let Some(terms) = ts.terms.clone() else { return check_cmp(self, cause) };
        if vi || self.types.is_type_param(v) {
            let vs = self.types.type_set(v);
            let ok = match &vs.terms {
                None => false,
                Some(vt) => {
                    vt.iter().all(|x| terms.iter().any(|y| self.term_includes(*y, x.ty) && (!x.tilde || y.tilde)))
                }
            };
            if !ok {
                if let Some(c) = cause {
                    *c = format!("{} does not {verb} {}", self.ts(v), self.ts(t));
                }
                return false;
            }
            return check_cmp(self, cause);
        }
        if !terms.iter().any(|term| self.term_includes(*term, v)) {
            if let Some(c) = cause {
                let alt = terms.iter().find(|term| {
                    !term.tilde
                        && self.types.identical(term.ty, self.types.underlying(term.ty))
                        && self.types.identical(self.types.underlying(v), term.ty)
                });
                let detail = match alt {
                    Some(a) => format!("possibly missing ~ for {} in {}", self.ts(a.ty), self.ts(t)),
                    None => {
                        let list: Vec<String> = terms
                            .iter()
                            .map(|x| format!("{}{}", if x.tilde { "~" } else { "" }, self.ts(x.ty)))
                            .collect();
                        format!("{} missing in {}", self.ts(v), list.join(" | "))
                    }
                };
                *c = format!("{} does not {verb} {} ({detail})", self.ts(v), self.ts(t));
            }
            return false;
        }
        check_cmp(self, cause)
    }

    fn term_includes(&self, term: crate::types::Term, t: TypeId) -> bool {
        if term.tilde {
            self.types.identical(self.types.underlying(term.ty), self.types.underlying(t))
        } else {
            self.types.identical(term.ty, t)
        }
    }

    /// Spec comparability (interfaces are comparable).
    pub(crate) fn comparable(&self, t: TypeId) -> bool {
        self.comparable_rec(t, false, &mut Vec::new())
    }

    /// Strict comparability (interfaces are not strictly comparable).
    pub(crate) fn comparable_strict(&self, t: TypeId) -> bool {
        self.comparable_rec(t, true, &mut Vec::new())
    }

    fn comparable_rec(&self, t: TypeId, strict: bool, seen: &mut Vec<TypeId>) -> bool {
        if seen.contains(&t) {
            return true;
        }
        seen.push(t);
        if self.types.is_type_param(t) {
            let ts = self.types.type_set(t);
            let r = ts.comparable
                || ts.terms.as_ref().is_some_and(|terms| {
                    !terms.is_empty() && terms.iter().all(|x| self.comparable_rec(x.ty, true, seen))
                });
            seen.pop();
            return r;
        }
        let r = match self.types.under_kind(t).clone() {
            TypeKind::Basic(k) => k != crate::types::BasicKind::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(_) => true,
            TypeKind::Interface(_) => !strict,
            TypeKind::Struct(s) => s.fields.iter().all(|f| self.comparable_rec(f.ty, strict, seen)),
            TypeKind::Array { elem, .. } => self.comparable_rec(elem, strict, seen),
            _ => false,
        };
        seen.pop();
        r
    }
}

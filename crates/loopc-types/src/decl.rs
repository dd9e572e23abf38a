//! Declarations: package-level objects (checked on demand, with cycle detection), local
//! `var`/`const`/`type` declarations, and function declarations.

use crate::check::{Checker, Color, DeclInfo, DelayedBody};
use crate::info::{Mode, TypeAndValue};
use crate::objects::{ObjId, ObjKind, Object, VarKind};
use crate::operand::{OpMode, Operand};
use crate::types::{NamedType, TypeId, TypeKind, INVALID};
use loopc_span::Span;
use loopc_syntax::ast;

impl<'a> Checker<'a> {
    /// Associates method declarations with their receiver base type names.
    pub(crate) fn resolve_method_bases(&mut self) {
        let names = std::mem::take(&mut self.method_names);
        for (base, m, scope) in names {
            let Some(&tobj) = self.scopes[scope.0 as usize].names.get(&base) else { continue };
            if let Some(DeclInfo::Type { spec, .. }) = self.decls.get(&tobj) {
                if spec.alias {
                    continue;
                }
                self.methods.entry(tobj).or_default().push(m);
            }
        }
    }

    /// Type-checks a package-level object if not done yet.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        match self.color.get(&obj) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.grey_cycle(obj);
                return;
            }
            None => {}
        }
        let Some(d) = self.decls.get(&obj).cloned() else { return };
        self.color.insert(obj, Color::Grey);
        self.obj_path.push(obj);
        let saved_file = self.file;
        let saved_fscope = self.file_scope;
        let saved_scope = self.scope;
        let saved_fctx = std::mem::take(&mut self.fctx);
        let saved_iota = self.iota.take();
        // Initializers of consts and vars record their dependencies (for the initialization
        // order); type declarations and signatures do not.
        let saved_decl = self.cur_decl.take();
        match d {
            DeclInfo::Const { file, fscope, typ, init, iota, inherited } => {
                self.set_file(file, fscope);
                self.cur_decl = Some(obj);
                self.const_decl(obj, typ, init, iota, inherited);
            }
            DeclInfo::Var { file, fscope, lhs, typ, init } => {
                self.set_file(file, fscope);
                let lhs = lhs.map(|l| l.as_ref().clone());
                self.cur_decl = Some(lhs.as_ref().map_or(obj, |l| l[0]));
                self.var_decl(obj, lhs, typ, init);
            }
            DeclInfo::Type { file, fscope, spec } => {
                self.set_file(file, fscope);
                self.type_decl(obj, spec);
                self.collect_methods(obj);
            }
            DeclInfo::Func { file, fscope, decl } => {
                self.set_file(file, fscope);
                self.func_decl(obj, decl, file, fscope);
            }
        }
        self.cur_decl = saved_decl;
        self.file = saved_file;
        self.file_scope = saved_fscope;
        self.scope = saved_scope;
        self.fctx = saved_fctx;
        self.iota = saved_iota;
        self.obj_path.pop();
        self.color.insert(obj, Color::Black);
    }

    fn set_file(&mut self, file: loopc_span::FileId, fscope: crate::objects::ScopeId) {
        self.file = file;
        self.file_scope = fscope;
        self.scope = fscope;
    }

    /// A reference to an object whose declaration is being checked.
    fn grey_cycle(&mut self, obj: ObjId) {
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else { return };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let mut nval = 0;
        let mut ndef = 0;
        for &o in &cycle {
            match self.obj(o).kind {
                ObjKind::Const(_) | ObjKind::Var { .. } => nval += 1,
                ObjKind::TypeName if !matches!(self.types.kind(self.obj(o).ty), TypeKind::Alias { .. }) => ndef += 1,
                _ => {}
            }
        }
        let valid = nval == cycle.len() || (nval == 0 && ndef > 0);
        if !valid {
            self.cycle_error(&cycle);
        }
        match self.obj(obj).kind {
            // A cycle of consts and vars only is reported by the initialization order
            // (`initorder.rs`); here the object just becomes invalid, and a variable whose
            // type was to come from its initializer stays invalid.
            ObjKind::Const(_) | ObjKind::Var { .. } if !valid || self.obj(obj).ty == INVALID => {
                self.untyped_vars.remove(&obj);
                self.obj_mut(obj).ty = INVALID;
            }
            ObjKind::TypeName if !valid => {
                let t = self.obj(obj).ty;
                if let TypeKind::Alias { actual, .. } = self.types.kind_mut(t) {
                    *actual = INVALID;
                }
            }
            _ => {}
        }
    }

    fn first_in_src(&self, cycle: &[ObjId]) -> usize {
        let mut best = 0;
        for (i, &o) in cycle.iter().enumerate() {
            if self.obj(o).span.lo < self.obj(cycle[best]).span.lo {
                best = i;
            }
        }
        best
    }

    /// Reports an invalid declaration cycle as types2's `cycleError`.
    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId]) {
        let start = self.first_in_src(cycle);
        let obj = cycle[start];
        let is_type = matches!(self.obj(obj).kind, ObjKind::TypeName);
        let name = |c: &Checker, o: ObjId| c.type_name_of(o);
        let span = self.obj(obj).span;
        if cycle.len() == 1 {
            let msg = if is_type {
                format!("invalid recursive type: {} refers to itself", name(self, obj))
            } else {
                format!("invalid cycle in declaration: {} refers to itself", name(self, obj))
            };
            self.error(span, msg);
            return;
        }
        let head = if is_type {
            format!("invalid recursive type {}", name(self, obj))
        } else {
            format!("invalid cycle in declaration of {}", name(self, obj))
        };
        let mut notes = Vec::new();
        let mut cur = obj;
        for i in 0..cycle.len() {
            let next = cycle[(start + i + 1) % cycle.len()];
            notes.push(format!(
                "{}: {} refers to {}",
                self.pos_string(self.obj(cur).span),
                name(self, cur),
                name(self, next)
            ));
            cur = next;
        }
        self.error_with_notes(span, head, notes);
    }

    fn type_name_of(&self, o: ObjId) -> String {
        use crate::types::NameSource;
        self.type_name(o)
    }

    // ---- constants -------------------------------------------------------------------

    pub(crate) fn const_decl(
        &mut self,
        obj: ObjId,
        typ: Option<&ast::Expr>,
        init: Option<&ast::Expr>,
        iota: u32,
        inherited: bool,
    ) {
        self.iota = Some(crate::constops::int(iota as i64));
        let mut t = None;
        if let Some(te) = typ {
            let ty = self.typexpr(te);
            if ty != INVALID && !self.is_const_type(ty) {
                let msg = format!("invalid constant type {}", self.ts(ty));
                self.error(te.span, msg);
                self.obj_mut(obj).ty = INVALID;
                self.iota = None;
                return;
            }
            t = Some(ty);
        }
        let mut x = Operand::invalid();
        if let Some(e) = init {
            if inherited {
                // The error position for inherited expressions is the constant's name.
                self.errpos_override = Some(self.obj(obj).span);
            }
            x = self.expr(e);
            self.errpos_override = None;
        }
        self.init_const(obj, &mut x, t);
        self.iota = None;
    }

    fn is_const_type(&self, t: TypeId) -> bool {
        self.types.basic_kind(t).is_some_and(|k| k.is_const_type()) && !self.types.is_type_param(t)
    }

    fn init_const(&mut self, obj: ObjId, x: &mut Operand<'_>, t: Option<TypeId>) {
        if x.mode == OpMode::Invalid || x.ty == INVALID {
            self.obj_mut(obj).ty = INVALID;
            return;
        }
        if !matches!(x.mode, OpMode::Constant(_)) {
            let msg = format!("{} is not constant", self.op_string(x));
            self.error(x.span(), msg);
            self.obj_mut(obj).ty = INVALID;
            return;
        }
        if let Some(t) = t {
            self.assignment(x, t, "constant declaration");
        }
        if x.mode == OpMode::Invalid {
            self.obj_mut(obj).ty = INVALID;
            return;
        }
        self.obj_mut(obj).ty = x.ty;
        if let OpMode::Constant(v) = &x.mode {
            self.obj_mut(obj).kind = ObjKind::Const(Some(v.clone()));
        }
    }

    // ---- variables -------------------------------------------------------------------

    pub(crate) fn var_decl(
        &mut self,
        obj: ObjId,
        lhs: Option<Vec<ObjId>>,
        typ: Option<&ast::Expr>,
        init: Option<&ast::Expr>,
    ) {
        if let Some(te) = typ {
            let t = self.var_type(te);
            self.obj_mut(obj).ty = t;
            if let Some(l) = &lhs {
                for &o in l {
                    self.obj_mut(o).ty = t;
                }
            }
        }
        let Some(init) = init else {
            if typ.is_none() {
                self.obj_mut(obj).ty = INVALID;
            }
            return;
        };
        match lhs {
            None => {
                let hint = typ.map(|_| self.obj(obj).ty);
                let mut x = self.expr_hint(init, hint);
                self.init_var(obj, &mut x, "variable declaration");
            }
            Some(l) => {
                self.in_var_decl = true;
                self.init_vars(&l, &[init], None, Span::default());
                self.in_var_decl = false;
                for &o in &l {
                    self.color.insert(o, Color::Black);
                }
            }
        }
    }

    // ---- types -----------------------------------------------------------------------

    pub(crate) fn type_decl(&mut self, obj: ObjId, spec: &ast::TypeSpec) {
        if spec.alias {
            if !spec.type_params.is_empty() {
                self.verify_version(spec.type_params[0].span, (1, 24), "generic type alias");
            }
            let alias = self.types.add(TypeKind::Alias { obj, actual: INVALID });
            self.obj_mut(obj).ty = alias;
            let t = self.typexpr(&spec.ty);
            if let TypeKind::Alias { actual, .. } = self.types.kind_mut(alias) {
                if *actual == INVALID && t != alias {
                    *actual = t;
                }
            }
            return;
        }
        let named = self.types.add(TypeKind::Named(NamedType {
            obj,
            underlying: INVALID,
            methods: Vec::new(),
            tparams: Vec::new(),
            orig: None,
            targs: Vec::new(),
        }));
        self.obj_mut(obj).ty = named;
        let saved_scope = self.scope;
        if !spec.type_params.is_empty() {
            self.verify_version(spec.type_params[0].span, (1, 18), "type parameter");
            self.open_scope(spec.span);
            let tps = self.declare_type_params(&spec.type_params);
            if let TypeKind::Named(n) = self.types.kind_mut(named) {
                n.tparams = tps;
            }
        }
        let rhs = self.defined_type(&spec.ty, Some(named));
        self.scope = saved_scope;
        if self.types.is_type_param(rhs) {
            self.error(spec.ty.span, "cannot use a type parameter as RHS in type declaration");
            self.set_underlying(named, INVALID);
            return;
        }
        let mut under = self.types.underlying(rhs);
        if under == INVALID && rhs != INVALID {
            // The RHS is a named type still being declared: a cycle through its underlying.
            let rhs_obj = self.types.named(rhs).map(|n| n.obj);
            if let Some(ro) = rhs_obj {
                if let Some(pos) = self.obj_path.iter().position(|&o| o == ro) {
                    let cycle = self.obj_path[pos..].to_vec();
                    self.cycle_error(&cycle);
                }
            }
            under = INVALID;
        }
        self.set_underlying(named, under);
        self.expand_pending();
        self.valid_type(named);
    }

    pub(crate) fn set_underlying(&mut self, named: TypeId, under: TypeId) {
        if let TypeKind::Named(n) = self.types.kind_mut(named) {
            n.underlying = under;
        }
    }

    /// Reports value cycles like `type T struct{ x T }` (types2's `validType`).
    fn valid_type(&mut self, named: TypeId) {
        let mut path = vec![named];
        if let Some(cycle) = self.find_value_cycle(self.types.underlying(named), named, &mut path) {
            let objs: Vec<ObjId> = cycle.iter().filter_map(|&t| self.types.named(t).map(|n| n.obj)).collect();
            if self.pkg == self.obj(objs[0]).pkg.unwrap_or(self.pkg) {
                self.cycle_error(&objs);
            }
            self.set_underlying(named, INVALID);
        }
    }

    fn find_value_cycle(&self, t: TypeId, target: TypeId, path: &mut Vec<TypeId>) -> Option<Vec<TypeId>> {
        match self.types.kind(t) {
            TypeKind::Array { elem, .. } => self.find_value_cycle(*elem, target, path),
            TypeKind::Struct(s) => {
                for f in s.fields.iter() {
                    if let Some(c) = self.find_value_cycle(f.ty, target, path) {
                        return Some(c);
                    }
                }
                None
            }
            TypeKind::Alias { actual, .. } => self.find_value_cycle(*actual, target, path),
            TypeKind::Named(n) => {
                let base = n.orig.unwrap_or(t);
                if base == target || t == target {
                    return Some(path.clone());
                }
                if path.contains(&t) || path.len() > 64 {
                    return None;
                }
                path.push(t);
                let r = self.find_value_cycle(n.underlying, target, path);
                path.pop();
                r
            }
            _ => None,
        }
    }

    /// Attaches the methods declared for type name `obj` to its named type.
    fn collect_methods(&mut self, obj: ObjId) {
        let Some(ms) = self.methods.get(&obj).cloned() else { return };
        let named = self.obj(obj).ty;
        if self.types.named(named).is_none() {
            return;
        }
        let under = self.types.underlying(named);
        let mut seen: Vec<ObjId> = Vec::new();
        for m in ms {
            let mname = self.obj(m).name.clone();
            if let Some(&alt) = seen.iter().find(|&&a| self.obj(a).name == mname) {
                let tname = self.obj(obj).name.clone();
                let note = format!("{}: other declaration of {mname}", self.pos_string(self.obj(alt).span));
                let span = self.obj(m).span;
                self.error_with_notes(
                    span,
                    format!("method {tname}.{mname} already declared at {}", self.pos_string(self.obj(alt).span)),
                    vec![],
                );
                let _ = note;
                continue;
            }
            if let Some(st) = self.types.struct_type(under) {
                if let Some(f) = st.fields.iter().find(|f| f.name == mname) {
                    let tname = self.obj(obj).name.clone();
                    let fspan = self.obj(f.obj).span;
                    let note = format!("{}: other declaration of {mname}", self.pos_string(fspan));
                    let span = self.obj(m).span;
                    self.error_with_notes(span, format!("field and method with the same name {mname}"), vec![note]);
                    let _ = tname;
                    continue;
                }
            }
            seen.push(m);
            self.add_method(named, m);
        }
    }

    fn add_method(&mut self, named: TypeId, m: ObjId) {
        // Instances read their origin's method list (see `named_methods`).
        if let TypeKind::Named(n) = self.types.kind_mut(named) {
            n.methods.push(m);
        }
    }

    // ---- functions -------------------------------------------------------------------

    fn func_decl(
        &mut self,
        obj: ObjId,
        decl: &'a ast::FuncDecl,
        file: loopc_span::FileId,
        fscope: crate::objects::ScopeId,
    ) {
        let sig_scope = self.new_scope(Some(fscope), decl.span, true);
        self.scope = sig_scope;
        let sig = self.func_signature(obj, decl, sig_scope);
        self.obj_mut(obj).ty = sig;
        let k = self.key(decl.id);
        self.info.func_sigs.insert(k, sig);
        if decl.body.is_none() && !self.is_std {
            self.error(decl.name.span, "missing function body");
        }
        if decl.body.is_some() {
            self.delayed.push(DelayedBody { obj, decl, file, fscope, sig_scope, sig });
        }
    }

    // ---- local declarations ----------------------------------------------------------

    /// A `var`, `const` or `type` declaration inside a function.
    pub(crate) fn decl_stmt(&mut self, g: &ast::GenDecl) {
        let mut last: Option<&ast::ValueSpec> = None;
        for spec in &g.specs {
            match spec {
                ast::Spec::Value(vs) if g.kind == ast::GenKind::Const => {
                    let mut inherited = true;
                    if vs.ty.is_some() || !vs.values.is_empty() {
                        last = Some(vs);
                        inherited = false;
                    } else if last.is_none() {
                        inherited = false;
                    }
                    let (typ, values): (Option<&ast::Expr>, &[ast::Expr]) = match last {
                        Some(l) => (l.ty.as_ref(), &l.values),
                        None => (None, &[]),
                    };
                    let mut objs = Vec::new();
                    for (i, name) in vs.names.iter().enumerate() {
                        let obj = self.local_obj(name, ObjKind::Const(None));
                        self.const_decl(obj, typ, values.get(i), vs.iota, inherited);
                        objs.push(obj);
                    }
                    self.arity(vs, values, true, inherited);
                    let scope = self.scope;
                    for (name, obj) in vs.names.iter().zip(objs) {
                        self.declare(scope, Some(name), obj);
                    }
                }
                ast::Spec::Value(vs) => self.local_var_spec(vs),
                ast::Spec::Type(ts) => {
                    let obj = self.local_obj(&ts.name, ObjKind::TypeName);
                    let scope = self.scope;
                    // The type name is in scope in its own declaration (recursive types).
                    self.declare(scope, Some(&ts.name), obj);
                    self.color.insert(obj, Color::Grey);
                    self.obj_path.push(obj);
                    self.type_decl(obj, ts);
                    self.obj_path.pop();
                    self.color.insert(obj, Color::Black);
                }
            }
        }
    }

    fn local_obj(&mut self, name: &ast::Ident, kind: ObjKind) -> ObjId {
        let pkg = Some(self.pkg);
        let func = self.cur_func();
        self.new_obj(Object {
            name: name.name.clone(),
            kind,
            ty: INVALID,
            span: name.span,
            pkg,
            parent: None,
            func,
            used: false,
        })
    }

    fn local_var_spec(&mut self, vs: &ast::ValueSpec) {
        let mut objs = Vec::new();
        for name in &vs.names {
            let o = self.new_var(&name.name, name.span, INVALID, VarKind::Local);
            if vs.ty.is_none() {
                self.untyped_vars.insert(o);
            }
            objs.push(o);
        }
        let t = vs.ty.as_ref().map(|te| self.var_type(te));
        if let Some(t) = t {
            for &o in &objs {
                self.obj_mut(o).ty = t;
            }
        }
        if vs.values.is_empty() {
            if t.is_none() {
                for &o in &objs {
                    self.obj_mut(o).ty = INVALID;
                }
            }
        } else if vs.values.len() == vs.names.len() || vs.values.len() == 1 && vs.names.len() == 1 {
            for (i, e) in vs.values.iter().enumerate() {
                let mut x = self.expr_hint(e, t);
                self.init_var(objs[i], &mut x, "variable declaration");
            }
        } else {
            let vals: Vec<&ast::Expr> = vs.values.iter().collect();
            self.in_var_decl = true;
            self.init_vars(&objs, &vals, None, Span::default());
            self.in_var_decl = false;
        }
        if vs.ty.is_none() || !vs.values.is_empty() {
            self.arity(vs, &vs.values, false, false);
        }
        let scope = self.scope;
        for (name, obj) in vs.names.iter().zip(objs) {
            self.declare(scope, Some(name), obj);
        }
    }

    /// Records an expression's final type and mode.
    pub(crate) fn record(&mut self, e: &ast::Expr, mode: Mode, ty: TypeId) {
        let k = self.key(e.id);
        self.info.types.insert(k, TypeAndValue { mode, ty });
    }
}

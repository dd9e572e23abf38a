//! The checker's state and the package-level driver.
//!
//! A package is checked in phases, as types2 does: (1) collect every package-level object
//! into the package scope (imports into the file scope) without looking at types;
//! (2) type-check each object on demand (`obj_decl`), following references, with colors to
//! detect invalid cycles; (3) associate methods with their receiver base types; (4) check
//! function bodies; (5) compute the variable initialization order, reporting
//! initialization cycles (`initorder.rs`); (6) report unused imports.
//!
//! Imports: a path resolves to a package checked before (the standard packages the
//! [`crate::Importer`] supplied), or, for `unsafe` imported by a standard package, to the
//! predeclared package `unsafe` (made on first import). Everything else is refused at the
//! import path with a clear message (`loopc does not support package time`, ...), and the
//! name of a refused import is remembered so that its uses report nothing more.

use crate::constant::ConstValue;
use crate::info::{Info, NodeKey};
use crate::objects::{FuncDirective, FuncRef, ObjId, ObjKind, Object, Package, PkgId, Scope, ScopeId, VarKind};
use crate::types::{NameSource, Signature, TypeId, Types};
use crate::Config;
use indexmap::{IndexMap, IndexSet};
use loopc_span::{Diagnostic, FileId, SourceMap, Span};
use loopc_syntax::ast;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The source of a package-level object's declaration.
#[derive(Clone)]
pub(crate) enum DeclInfo<'a> {
    Const {
        file: FileId,
        fscope: ScopeId,
        typ: Option<&'a ast::Expr>,
        init: Option<&'a ast::Expr>,
        iota: u32,
        inherited: bool,
    },
    Var {
        file: FileId,
        fscope: ScopeId,
        lhs: Option<Rc<Vec<ObjId>>>,
        typ: Option<&'a ast::Expr>,
        init: Option<&'a ast::Expr>,
    },
    Type {
        file: FileId,
        fscope: ScopeId,
        spec: &'a ast::TypeSpec,
    },
    Func {
        file: FileId,
        fscope: ScopeId,
        decl: &'a ast::FuncDecl,
    },
}

/// Where an object is in its declaration check (cycle detection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Color {
    Grey,
    Black,
}

/// Per-function checking state.
pub(crate) struct FuncCtx {
    pub func: FuncRef,
    pub sig: Rc<Signature>,
    /// Result variables (named or not).
    pub results: Vec<ObjId>,
    /// Local variables declared in this function (for "declared and not used").
    pub locals: Vec<ObjId>,
    /// For function literals: the captured variables, in first-use order.
    pub captures: Vec<ObjId>,
}

/// A function body waiting to be checked.
pub(crate) struct DelayedBody<'a> {
    pub obj: ObjId,
    pub decl: &'a ast::FuncDecl,
    pub file: FileId,
    pub fscope: ScopeId,
    pub sig_scope: ScopeId,
    pub sig: TypeId,
}

/// The type checker.
pub(crate) struct Checker<'a> {
    pub map: &'a SourceMap,
    pub types: Types,
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub pkgs: Vec<Package>,
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    pub universe: ScopeId,
    pub pkg: PkgId,
    pub file: FileId,
    pub file_scope: ScopeId,
    pub scope: ScopeId,
    pub decls: HashMap<ObjId, DeclInfo<'a>>,
    pub color: HashMap<ObjId, Color>,
    pub obj_path: Vec<ObjId>,
    pub fctx: Vec<FuncCtx>,
    pub iota: Option<ConstValue>,
    pub pkg_by_path: HashMap<String, PkgId>,
    pub delayed: Vec<DelayedBody<'a>>,
    /// Method declarations by receiver base type name object.
    pub methods: IndexMap<ObjId, Vec<ObjId>>,
    /// Imports per file: (package name object, import spec span).
    pub imports: Vec<(ObjId, Span)>,
    /// Package names used anywhere.
    pub used_pkgs: HashSet<ObjId>,
    /// Whether the package being checked is one of loopc's standard packages.
    pub is_std: bool,
    /// Number of errors reported for the package being checked (types2 suppresses some
    /// follow-on errors once there is one).
    pub errors: usize,
    /// Import names (per file) whose import was refused: their uses report nothing more.
    pub failed_imports: HashSet<(FileId, String)>,
    /// The predeclared package `unsafe`, once a standard package imported it.
    pub unsafe_pkg: Option<PkgId>,
    /// The current package's package-level objects in collection (source) order; the index
    /// is types2's `Object.order`.
    pub pkg_order: Vec<ObjId>,
    /// The package-level declaration whose initialization dependencies are being recorded
    /// (a const or var initializer, or a function body); `None` elsewhere.
    pub cur_decl: Option<ObjId>,
    /// Initialization dependencies of each package-level declaration (types2's
    /// `declInfo.deps`): the package-level consts, vars, funcs and methods its initializer or
    /// body refers to. The variables of `var a, b = f()` share one entry, keyed by `a`.
    pub deps: HashMap<ObjId, IndexSet<ObjId>>,
    /// Go language version in effect.
    pub lang: (u32, u32),
    /// Type parameter names in scope for printing (object → name).
    pub pending_instances: Vec<TypeId>,
    /// Method declarations with the name of their receiver base type.
    pub method_names: Vec<(String, ObjId, ScopeId)>,
    /// Variables whose type is inferred from their initializer and not yet known.
    pub untyped_vars: HashSet<ObjId>,
    /// Whether a `var` declaration is being checked (assignment context wording).
    pub in_var_decl: bool,
    /// Untyped lhs operands of non-constant shifts.
    pub shift_lhs: HashSet<NodeKey>,
    /// Delayed checks.
    pub later: Vec<crate::typexpr::Later>,
    /// Delayed constraint checks of type instantiations.
    pub verify_later: Vec<crate::subst::VerifyLater>,
    /// Position override for errors in inherited constant initializers.
    pub errpos_override: Option<Span>,
    /// Parameter and result objects of function declarations.
    pub func_params: HashMap<ObjId, (Vec<ObjId>, Vec<ObjId>)>,
    /// The result objects of the signature checked last (for a function literal's body).
    pub last_result_objs: Vec<ObjId>,
    /// Enclosing breakable/continuable statements (for branch targets).
    pub branch_stack: Vec<crate::stmt::BranchTarget>,
    /// Labels of the function being checked.
    pub labels: HashMap<String, NodeKey>,
    /// Gotos waiting for their label.
    pub pending_gotos: Vec<(NodeKey, String)>,
}

impl NameSource for Checker<'_> {
    fn type_name(&self, obj: ObjId) -> String {
        let o = &self.objs[obj.0 as usize];
        match o.pkg {
            Some(p) if p != self.pkg => format!("{}.{}", self.pkgs[p.0 as usize].name, o.name),
            _ => o.name.clone(),
        }
    }
    fn tparam_name(&self, obj: ObjId) -> String {
        self.objs[obj.0 as usize].name.clone()
    }
}

impl<'a> Checker<'a> {
    pub fn new(map: &'a SourceMap, cfg: &Config) -> Checker<'a> {
        let mut c = Checker {
            map,
            types: Types::new(),
            objs: Vec::new(),
            scopes: Vec::new(),
            pkgs: Vec::new(),
            info: Info::default(),
            diags: Vec::new(),
            universe: ScopeId(0),
            pkg: PkgId(0),
            file: FileId(0),
            file_scope: ScopeId(0),
            scope: ScopeId(0),
            decls: HashMap::new(),
            color: HashMap::new(),
            obj_path: Vec::new(),
            fctx: Vec::new(),
            iota: None,
            pkg_by_path: HashMap::new(),
            delayed: Vec::new(),
            methods: IndexMap::new(),
            imports: Vec::new(),
            used_pkgs: HashSet::new(),
            is_std: false,
            errors: 0,
            failed_imports: HashSet::new(),
            unsafe_pkg: None,
            pkg_order: Vec::new(),
            cur_decl: None,
            deps: HashMap::new(),
            lang: cfg.lang,
            pending_instances: Vec::new(),
            method_names: Vec::new(),
            untyped_vars: HashSet::new(),
            in_var_decl: false,
            shift_lhs: HashSet::new(),
            later: Vec::new(),
            verify_later: Vec::new(),
            errpos_override: None,
            func_params: HashMap::new(),
            last_result_objs: Vec::new(),
            branch_stack: Vec::new(),
            labels: HashMap::new(),
            pending_gotos: Vec::new(),
        };
        c.universe = c.new_scope(None, Span::default(), false);
        c.setup_universe();
        c
    }

    // ---- diagnostics -------------------------------------------------------------------

    /// Reports an error at `span`'s start, applying types2's follow-on suppression.
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.error_with_notes(span, msg.into(), Vec::new());
    }

    pub fn error_with_notes(&mut self, span: Span, msg: String, notes: Vec<String>) {
        if self.errors > 0 {
            let at = |s: &str| msg.find(s).is_some_and(|i| i > 0);
            if at("invalid operand") || at("invalid type") {
                return;
            }
        }
        let span = self.errpos_override.unwrap_or(span);
        self.errors += 1;
        let mut d = Diagnostic::error(span, msg);
        d.notes = notes;
        self.diags.push(d);
    }

    /// Renders a position for a note line (`file:line:col`).
    pub fn pos_string(&self, span: Span) -> String {
        // `go build` passes files as `./name.go`; positions inside messages keep that form.
        let p = self.map.position(span);
        let name = &self.map.file(span.file).name;
        if name.contains('/') {
            p
        } else {
            format!("./{p}")
        }
    }

    /// Prints a type as gc does.
    pub fn ts(&self, t: TypeId) -> String {
        self.types.type_string(t, self)
    }

    // ---- arenas ------------------------------------------------------------------------

    pub fn new_obj(&mut self, o: Object) -> ObjId {
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub fn new_scope(&mut self, parent: Option<ScopeId>, span: Span, is_func: bool) -> ScopeId {
        self.scopes.push(Scope { parent, names: IndexMap::new(), is_func, span });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub fn key(&self, id: ast::NodeId) -> NodeKey {
        NodeKey::new(self.file, id)
    }

    /// Opens a block scope nested in the current one.
    pub fn open_scope(&mut self, span: Span) {
        self.scope = self.new_scope(Some(self.scope), span, false);
    }

    /// Closes the current block scope.
    pub fn close_scope(&mut self) {
        if let Some(p) = self.scopes[self.scope.0 as usize].parent {
            self.scope = p;
        }
    }

    /// Looks `name` up from the current scope outwards.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            let sc = &self.scopes[id.0 as usize];
            if let Some(&o) = sc.names.get(name) {
                return Some(o);
            }
            s = sc.parent;
        }
        None
    }

    /// Declares `obj` in `scope`, reporting a redeclaration.
    pub fn declare(&mut self, scope: ScopeId, ident: Option<&ast::Ident>, obj: ObjId) {
        let name = self.obj(obj).name.clone();
        if name == "_" {
            if let Some(id) = ident {
                let k = self.key(id.id);
                self.info.defs.insert(k, obj);
            }
            self.obj_mut(obj).parent = Some(scope);
            return;
        }
        if let Some(&alt) = self.scopes[scope.0 as usize].names.get(&name) {
            let span = ident.map(|i| i.span).unwrap_or(self.obj(obj).span);
            let alt_span = self.obj(alt).span;
            let note = if alt_span == Span::default() {
                format!("other declaration of {name}")
            } else {
                format!("{}: other declaration of {name}", self.pos_string(alt_span))
            };
            self.error_with_notes(span, format!("{name} redeclared in this block"), vec![note]);
            return;
        }
        if let Some(id) = ident {
            let k = self.key(id.id);
            self.info.defs.insert(k, obj);
        }
        self.scopes[scope.0 as usize].names.insert(name, obj);
        self.obj_mut(obj).parent = Some(scope);
    }

    /// The innermost function reference, for locals.
    pub fn cur_func(&self) -> Option<FuncRef> {
        self.fctx.last().map(|f| f.func)
    }

    /// Creates a local variable object (not yet declared).
    pub fn new_var(&mut self, name: &str, span: Span, ty: TypeId, kind: VarKind) -> ObjId {
        let func = self.cur_func();
        let pkg = Some(self.pkg);
        let id = self.new_obj(Object {
            name: name.into(),
            kind: ObjKind::Var { kind, embedded: false },
            ty,
            span,
            pkg,
            parent: None,
            func,
            used: false,
        });
        if kind == VarKind::Local {
            if let Some(f) = self.fctx.last_mut() {
                f.locals.push(id);
            }
        }
        id
    }

    /// Whether language version `(major, minor)` is enabled.
    pub fn allow_version(&self, v: (u32, u32)) -> bool {
        self.is_std || self.lang >= v
    }

    /// Reports a "requires go1.N or later" error unless the version allows `feature`.
    pub fn verify_version(&mut self, span: Span, v: (u32, u32), feature: &str) -> bool {
        if self.allow_version(v) {
            return true;
        }
        // The driver appends where the version came from (gc's noder does the same).
        let msg = format!("{feature} requires go{}.{} or later", v.0, v.1);
        self.error(span, msg);
        false
    }

    // ---- packages ----------------------------------------------------------------------

    /// Checks one package given its files. `imports` must already be checked.
    pub fn check_package(&mut self, path: &str, files: &[&'a ast::File], is_std: bool) -> PkgId {
        let name = files.first().map(|f| f.package.name.clone()).unwrap_or_else(|| path.to_string());
        let scope = self.new_scope(Some(self.universe), Span::default(), false);
        self.pkgs.push(Package { path: path.into(), name, scope, is_std, complete: false });
        let pkg = PkgId(self.pkgs.len() as u32 - 1);
        self.pkg_by_path.insert(path.into(), pkg);
        self.pkg = pkg;
        self.is_std = is_std;
        self.errors = 0;
        self.decls.clear();
        self.methods.clear();
        self.imports.clear();
        self.delayed.clear();
        self.method_names.clear();
        self.deps.clear();
        self.cur_decl = None;

        let mut order = Vec::new();
        for f in files {
            self.collect_file(f, scope, &mut order);
        }
        self.pkg_order = order.clone();
        self.resolve_method_bases();
        for &obj in &order {
            self.obj_decl(obj);
        }
        self.process_later();
        self.process_verify_later();
        self.check_bodies();
        self.process_later();
        self.process_verify_later();
        self.init_order();
        self.unused_imports();
        self.pkgs[pkg.0 as usize].complete = true;
        pkg
    }

    fn check_bodies(&mut self) {
        let mut i = 0;
        while i < self.delayed.len() {
            let d = &self.delayed[i];
            let (obj, decl, file, fscope, sig_scope, sig) = (d.obj, d.decl, d.file, d.fscope, d.sig_scope, d.sig);
            self.file = file;
            self.file_scope = fscope;
            if let Some(body) = &decl.body {
                self.cur_decl = Some(obj);
                self.func_body(FuncRef::Decl(obj), sig, sig_scope, body);
                self.cur_decl = None;
            }
            i += 1;
        }
    }

    fn unused_imports(&mut self) {
        let imports = std::mem::take(&mut self.imports);
        for (pn, span) in imports {
            if self.used_pkgs.contains(&pn) {
                continue;
            }
            let o = self.obj(pn);
            let ObjKind::PkgName(p) = o.kind else { continue };
            let path = self.pkgs[p.0 as usize].path.clone();
            let pname = self.pkgs[p.0 as usize].name.clone();
            let msg = if o.name != pname {
                format!("{path:?} imported as {} and not used", o.name)
            } else {
                format!("{path:?} imported and not used")
            };
            self.error(span, msg);
        }
    }

    /// Phase 1: declares a file's imports and package-level objects.
    fn collect_file(&mut self, f: &'a ast::File, pkg_scope: ScopeId, order: &mut Vec<ObjId>) {
        self.file = f.span.file;
        let fscope = self.new_scope(Some(pkg_scope), f.span, false);
        self.file_scope = fscope;
        self.scope = fscope;
        for imp in &f.imports {
            self.collect_import(imp, fscope);
        }
        let file = self.file;
        for d in &f.decls {
            match d {
                ast::Decl::Gen(g) => self.collect_gen_decl(g, file, fscope, pkg_scope, order),
                ast::Decl::Func(fd) => self.collect_func(fd, file, fscope, pkg_scope, order),
            }
        }
    }

    fn collect_import(&mut self, imp: &ast::ImportSpec, fscope: ScopeId) {
        let p = match self.import_package(&imp.path) {
            Ok(p) => p,
            Err(msg) => {
                self.error(imp.path_span, msg);
                let name = match &imp.name {
                    Some(n) => n.name.clone(),
                    None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
                };
                self.failed_imports.insert((self.file, name));
                return;
            }
        };
        let pname = self.pkgs[p.0 as usize].name.clone();
        let name = imp.name.as_ref().map(|n| n.name.clone()).unwrap_or(pname);
        if name == "." {
            if let Some(n) = &imp.name {
                self.error(n.span, "loopc does not support dot imports");
            }
            return;
        }
        let pkg = Some(self.pkg);
        let obj = self.new_obj(Object {
            name: name.clone(),
            kind: ObjKind::PkgName(p),
            ty: crate::types::INVALID,
            span: imp.span,
            pkg,
            parent: None,
            func: None,
            used: false,
        });
        if name == "_" {
            return;
        }
        if let Some(n) = &imp.name {
            let k = self.key(n.id);
            self.info.defs.insert(k, obj);
        } else {
            let k = self.key(imp.id);
            self.info.implicits.insert(k, obj);
        }
        self.declare(fscope, None, obj);
        self.imports.push((obj, imp.span));
    }

    /// The package an import path denotes, or why it cannot be imported.
    fn import_package(&mut self, path: &str) -> Result<PkgId, String> {
        if path == "unsafe" || path == "runtime" {
            // Go programs may import both; loopc keeps them to its own standard packages.
            if !self.is_std {
                return Err(format!("loopc does not support package {path}"));
            }
            if path == "unsafe" {
                return Ok(self.unsafe_package());
            }
        }
        if let Some(&p) = self.pkg_by_path.get(path) {
            return Ok(p);
        }
        Err(crate::gostd::unavailable_import_message(path))
    }

    /// The predeclared package `unsafe` (made on first use): the type `Pointer` and the
    /// [`Builtin::UNSAFE`](crate::objects::Builtin::UNSAFE) functions.
    pub(crate) fn unsafe_package(&mut self) -> PkgId {
        if let Some(p) = self.unsafe_pkg {
            return p;
        }
        let scope = self.new_scope(Some(self.universe), Span::default(), false);
        self.pkgs.push(Package { path: "unsafe".into(), name: "unsafe".into(), scope, is_std: true, complete: true });
        let p = PkgId(self.pkgs.len() as u32 - 1);
        let ptr = self.types.basic(crate::types::BasicKind::UnsafePointer);
        let mut members = vec![("Pointer", ObjKind::TypeName, ptr)];
        for b in crate::objects::Builtin::UNSAFE {
            members.push((b.name(), ObjKind::Builtin(b), crate::types::INVALID));
        }
        for (name, kind, ty) in members {
            let o = self.new_obj(Object {
                name: name.into(),
                kind,
                ty,
                span: Span::default(),
                pkg: Some(p),
                parent: Some(scope),
                func: None,
                used: true,
            });
            self.scopes[scope.0 as usize].names.insert(name.into(), o);
        }
        self.unsafe_pkg = Some(p);
        p
    }

    /// Whether `name` is the name of a refused import in the current file (its uses are
    /// not reported again).
    pub fn is_failed_import(&self, name: &str) -> bool {
        self.failed_imports.contains(&(self.file, name.to_string()))
    }

    /// Records that the package-level declaration being checked depends on `obj` if `obj`
    /// is a package-level object of the current package (types2's `addDeclDep`).
    pub fn add_decl_dep(&mut self, obj: ObjId) {
        let Some(from) = self.cur_decl else { return };
        if self.decls.contains_key(&obj) {
            self.deps.entry(from).or_default().insert(obj);
        }
    }

    fn pkg_obj(&mut self, ident: &ast::Ident, kind: ObjKind) -> ObjId {
        let pkg = Some(self.pkg);
        self.new_obj(Object {
            name: ident.name.clone(),
            kind,
            ty: crate::types::INVALID,
            span: ident.span,
            pkg,
            parent: None,
            func: None,
            used: false,
        })
    }

    fn declare_pkg_obj(
        &mut self,
        ident: &ast::Ident,
        obj: ObjId,
        d: DeclInfo<'a>,
        pkg_scope: ScopeId,
        order: &mut Vec<ObjId>,
    ) {
        if ident.name == "init" {
            self.error(ident.span, "cannot declare init - must be func");
            return;
        }
        if ident.name == "main" && self.pkgs[self.pkg.0 as usize].name == "main" {
            self.error(ident.span, "cannot declare main - must be func");
            return;
        }
        self.declare(pkg_scope, Some(ident), obj);
        self.decls.insert(obj, d);
        order.push(obj);
    }

    fn collect_gen_decl(
        &mut self,
        g: &'a ast::GenDecl,
        file: FileId,
        fscope: ScopeId,
        pkg_scope: ScopeId,
        order: &mut Vec<ObjId>,
    ) {
        let mut last: Option<&'a ast::ValueSpec> = None;
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
                    let (typ, values): (Option<&'a ast::Expr>, &'a [ast::Expr]) = match last {
                        Some(l) => (l.ty.as_ref(), &l.values),
                        None => (None, &[]),
                    };
                    for (i, name) in vs.names.iter().enumerate() {
                        let obj = self.pkg_obj(name, ObjKind::Const(None));
                        let d = DeclInfo::Const { file, fscope, typ, init: values.get(i), iota: vs.iota, inherited };
                        self.declare_pkg_obj(name, obj, d, pkg_scope, order);
                    }
                    self.arity(vs, values, true, inherited);
                }
                ast::Spec::Value(vs) => {
                    let n_to_1 = vs.values.len() == 1 && vs.names.len() > 1;
                    let mut lhs = Vec::new();
                    for name in &vs.names {
                        let obj = self.pkg_obj(name, ObjKind::Var { kind: VarKind::Global, embedded: false });
                        if vs.ty.is_none() {
                            self.untyped_vars.insert(obj);
                        }
                        lhs.push(obj);
                    }
                    let lhs_rc = Rc::new(lhs.clone());
                    for (i, name) in vs.names.iter().enumerate() {
                        let d = if n_to_1 {
                            DeclInfo::Var {
                                file,
                                fscope,
                                lhs: Some(lhs_rc.clone()),
                                typ: vs.ty.as_ref(),
                                init: vs.values.first(),
                            }
                        } else {
                            DeclInfo::Var { file, fscope, lhs: None, typ: vs.ty.as_ref(), init: vs.values.get(i) }
                        };
                        self.declare_pkg_obj(name, lhs[i], d, pkg_scope, order);
                    }
                    if vs.ty.is_none() || !vs.values.is_empty() {
                        self.arity(vs, &vs.values, false, false);
                    }
                }
                ast::Spec::Type(ts) => {
                    let obj = self.pkg_obj(&ts.name, ObjKind::TypeName);
                    self.declare_pkg_obj(&ts.name, obj, DeclInfo::Type { file, fscope, spec: ts }, pkg_scope, order);
                }
            }
        }
    }

    /// Reports a names/values count mismatch in a var or const spec.
    pub fn arity(&mut self, vs: &ast::ValueSpec, values: &[ast::Expr], is_const: bool, inherited: bool) {
        let (l, r) = (vs.names.len(), values.len());
        if l < r {
            let n = &values[l];
            if inherited {
                let msg = format!("extra init expr at {}", self.pos_string(n.span));
                self.error(vs.span, msg);
            } else {
                let msg = format!("extra init expr {}", crate::exprstring::expr_string(n));
                self.error(n.span, msg);
            }
        } else if l > r && (is_const || r != 1) {
            let n = &vs.names[r];
            let msg = format!("missing init expr for {}", n.name);
            self.error(n.span, msg);
        }
    }

    fn collect_func(
        &mut self,
        fd: &'a ast::FuncDecl,
        file: FileId,
        fscope: ScopeId,
        pkg_scope: ScopeId,
        order: &mut Vec<ObjId>,
    ) {
        let name = fd.name.name.clone();
        let obj =
            self.pkg_obj(&fd.name, ObjKind::Func { has_body: fd.body.is_some(), recv_base: None, ptr_recv: false });
        let d = DeclInfo::Func { file, fscope, decl: fd };
        if fd.recv.is_none() {
            if name == "init" || (name == "main" && self.pkgs[self.pkg.0 as usize].name == "main") {
                if let Some(tp) = fd.type_params.first() {
                    self.error(tp.span, format!("func {name} must have no type parameters"));
                }
                if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                    self.error(fd.name.span, format!("func {name} must have no arguments and no return values"));
                }
            } else if let Some(tp) = fd.type_params.first() {
                self.verify_version(tp.span, (1, 18), "type parameter");
            }
            if name == "init" {
                let k = self.key(fd.name.id);
                self.info.defs.insert(k, obj);
                self.obj_mut(obj).parent = Some(pkg_scope);
                if fd.body.is_none() {
                    self.error(fd.name.span, "func init must have a body");
                }
            } else {
                self.declare(pkg_scope, Some(&fd.name), obj);
            }
        } else {
            if let Some(tp) = fd.type_params.first() {
                self.verify_version(tp.span, (1, 27), "generic method");
            }
            let k = self.key(fd.name.id);
            self.info.defs.insert(k, obj);
            if let Some(recv) = &fd.recv {
                if let Some(base) = recv_base_name(&recv.ty) {
                    if name != "_" {
                        // Associated with the base type name later (it may be declared after).
                        self.pending_methods_push(base, obj);
                    }
                }
            }
        }
        if self.is_std {
            self.func_directives(fd, obj);
        }
        self.decls.insert(obj, d);
        order.push(obj);
    }

    /// Reads the `//loopc:libc NAME` / `//loopc:intrinsic NAME` / `//loopc:root PASS` directive of a function of
    /// a standard package into `Info::func_directives`. Errors are reported just after the
    /// comment's `//`, where gc reports its own directive errors.
    fn func_directives(&mut self, fd: &ast::FuncDecl, obj: ObjId) {
        let mut found = false;
        for (text, span) in &fd.directives {
            let Some(rest) = text.strip_prefix("loopc:") else { continue };
            let at = Span::point(span.file, span.lo + 2);
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let verb = fields.first().copied().unwrap_or("");
            let make: fn(String) -> FuncDirective = match verb {
                "libc" => FuncDirective::Libc,
                "intrinsic" => FuncDirective::Intrinsic,
                "root" => FuncDirective::Root,
                _ => {
                    self.error(at, format!("unknown directive //loopc:{verb}"));
                    continue;
                }
            };
            if fields.len() != 2 {
                self.error(at, format!("usage: //loopc:{verb} name"));
            } else if verb == "root" && (fd.body.is_none() || fd.recv.is_some() || !fd.type_params.is_empty()) {
                self.error(at, "//loopc:root applies only to a non-generic function with a body".to_string());
            } else if verb != "root" && (fd.body.is_some() || fd.recv.is_some() || !fd.type_params.is_empty()) {
                self.error(at, format!("//loopc:{verb} applies only to a function declared without a body"));
            } else if found {
                self.error(at, format!("//loopc:{verb}: {} has a //loopc: directive already", fd.name.name));
            } else {
                found = true;
                self.info.func_directives.insert(obj, make(fields[1].to_string()));
            }
        }
    }

    fn pending_methods_push(&mut self, base: &str, m: ObjId) {
        let scope = self.pkgs[self.pkg.0 as usize].scope;
        // The base type may be declared later in the file: remember by name via a
        // placeholder key resolved in `collect_all_methods`.
        self.method_names.push((base.to_string(), m, scope));
    }
}

/// The base type name of a receiver type expression `T`, `*T`, `T[P]`, `*T[P]` (with parens).
pub(crate) fn recv_base_name(e: &ast::Expr) -> Option<&str> {
    match &e.kind {
        ast::ExprKind::Paren(x) => recv_base_name(x),
        ast::ExprKind::Star(x) => recv_base_name_noptr(x),
        _ => recv_base_name_noptr(e),
    }
}

fn recv_base_name_noptr(e: &ast::Expr) -> Option<&str> {
    match &e.kind {
        ast::ExprKind::Paren(x) => recv_base_name_noptr(x),
        ast::ExprKind::Name(n) => Some(n),
        ast::ExprKind::Index { x, .. } => recv_base_name_noptr(x),
        _ => None,
    }
}

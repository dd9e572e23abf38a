//! Functions: symbols and signatures, entry (parameters, results, defer frame), the exit
//! block, and the program entry `go.entry`.
//!
//! Every body has one exit block. `return` stores the results into the result variables
//! and jumps there; panic checks jump there too. The exit block runs `defer_run` (if the
//! function defers), then returns: zero values if a panic is still in progress, otherwise
//! the result variables (aggregates copied to the caller's out pointers), so a deferred
//! `recover()` that changes named results is seen by the caller.

use crate::builder::{FnCx, ResultVar, Val, VarLoc};
use crate::types_layout::{Env, Repr, Ty};
use crate::{DeclSite, Job, Lower};
use loopc_ir::{FuncRef, Linkage, Signature, Type};
use loopc_span::FileId;
use loopc_span::Span;
use loopc_syntax::ast;
use loopc_types::types::TypeKind;
use loopc_types::{NodeKey, ObjId, ObjKind};
use std::collections::HashMap;

/// The IR signature of a Go function: `(clo?, g, out..., recv?, params...) -> scalars`.
pub(crate) fn ir_sig(lw: &Lower, closure: bool, recv: Option<Ty>, params: &[Ty], results: &[Ty]) -> Signature {
    let mut ps = Vec::new();
    if closure {
        ps.push(Type::Ptr);
    }
    ps.push(Type::Ptr);
    let mut rets = Vec::new();
    for &r in results {
        match lw.tcx.repr(r) {
            Repr::Scalar(t) => rets.push(t),
            Repr::Mem(..) => ps.push(Type::Ptr),
        }
    }
    for &p in recv.iter().chain(params) {
        ps.push(lw.tcx.scalar(p).unwrap_or(Type::Ptr));
    }
    Signature { params: ps, returns: rets }
}

impl<'p> Lower<'p> {
    /// The symbol name of function/method `obj` instantiated with `targs`.
    pub fn func_symbol(&self, obj: ObjId, targs: &[Ty]) -> String {
        let o = self.p.object(obj);
        let pkg = self.pkg_prefix(obj);
        let targ_str = if targs.is_empty() {
            String::new()
        } else {
            format!("[{}]", targs.iter().map(|&t| self.tcx.type_string(t)).collect::<Vec<_>>().join(","))
        };
        match o.kind {
            ObjKind::Func { recv_base: Some(base), ptr_recv, .. } => {
                let base_name = match self.p.types.named(base) {
                    Some(n) => self.p.object(n.obj).name.clone(),
                    None => "?".to_string(),
                };
                if ptr_recv {
                    format!("{pkg}.(*{base_name}{targ_str}).{}", o.name)
                } else {
                    format!("{pkg}.{base_name}{targ_str}.{}", o.name)
                }
            }
            _ => format!("{pkg}.{}{targ_str}", o.name),
        }
    }

    /// The substitution for `obj` instantiated with `targs` (function type parameters, or
    /// the receiver's type parameters for methods of generic types).
    pub fn func_env(&self, obj: ObjId, targs: &[Ty]) -> Env {
        let o = self.p.object(obj);
        match self.p.types.kind(o.ty) {
            TypeKind::Func(sig) => {
                let tps = if sig.recv_tparams.is_empty() { &sig.tparams } else { &sig.recv_tparams };
                tps.iter().copied().zip(targs.iter().copied()).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Receiver, parameter and result types of `obj` under `env`.
    pub fn func_obj_parts(&self, obj: ObjId, env: &Env) -> (Option<Ty>, Vec<Ty>, Vec<Ty>) {
        let o = self.p.object(obj);
        match self.p.types.kind(o.ty) {
            TypeKind::Func(sig) => {
                let recv = sig.recv.as_ref().map(|r| self.tcx.conv(r.ty, env));
                let params = sig.params.iter().map(|p| self.tcx.conv(p.ty, env)).collect();
                let results = sig.results.iter().map(|p| self.tcx.conv(p.ty, env)).collect();
                (recv, params, results)
            }
            _ => (None, Vec::new(), Vec::new()),
        }
    }

    /// The module function for `obj` with `targs`, declaring it (and queueing its body) on
    /// first use.
    pub fn func_ref(&mut self, obj: ObjId, targs: Vec<Ty>) -> FuncRef {
        if let Some(&f) = self.instances.get(&(obj, targs.clone())) {
            return f;
        }
        let env = self.func_env(obj, &targs);
        let (recv, params, results) = self.func_obj_parts(obj, &env);
        if let Some(libc) = self.directive(obj, "loopc:libc") {
            // A libc function: direct C call, no goroutine pointer.
            let mut sig = ir_sig(self, false, recv, &params, &results);
            sig.params.remove(0);
            let f = self.declare(&libc, sig, Linkage::Import);
            self.libc_funcs.insert(f);
            self.instances.insert((obj, targs), f);
            return f;
        }
        let sig = ir_sig(self, false, recv, &params, &results);
        let mut name = self.func_symbol(obj, &targs);
        if let Some(k) = self.init_funcs.iter().position(|&o| o == obj) {
            name = format!("{}.init.{k}", self.pkg_prefix(obj));
        }
        let has_body = self.decl_sites.get(&obj).is_some_and(|s| s.decl.body.is_some());
        let linkage = if has_body { Linkage::Local } else { Linkage::Import };
        let f = self.declare(&name, sig, linkage);
        self.instances.insert((obj, targs), f);
        if has_body {
            self.queue.push_back(Job::Func { fref: f, obj, env });
        }
        f
    }
}

impl Lower<'_> {
    /// The argument of directive `//KEY ARG` on function `obj`'s declaration.
    /// Whether module function `f` (a declared Go function or method) calls `recover`
    /// itself, outside function literals: the wrappers that call it must then be
    /// transparent to recover (`closure::wrap_enter`).
    pub fn calls_recover(&self, f: FuncRef) -> bool {
        let Some((&(obj, _), _)) = self.instances.iter().find(|(_, &g)| g == f) else { return false };
        let Some(site) = self.decl_sites.get(&obj) else { return false };
        let Some(body) = &site.decl.body else { return false };
        let file = site.file;
        let mut found = false;
        crate::walk::walk_stmts(&body.stmts, &mut |n| match n {
            crate::walk::Node::Expr(e) => match &e.kind {
                ast::ExprKind::FuncLit { .. } => false,
                ast::ExprKind::Call { func, .. } => {
                    let key = loopc_types::NodeKey::new(file, func.id);
                    if let Some(tv) = self.p.info.types.get(&key) {
                        found |= matches!(tv.mode, loopc_types::Mode::Builtin(loopc_types::Builtin::Recover));
                    }
                    true
                }
                _ => true,
            },
            crate::walk::Node::Stmt(_) => true,
        });
        found
    }

    pub fn directive(&self, obj: ObjId, key: &str) -> Option<String> {
        let site = self.decl_sites.get(&obj)?;
        site.decl.directives.iter().find_map(|(d, _)| {
            let rest = d.strip_prefix(key)?;
            let arg = rest.trim();
            (rest.starts_with(' ') && !arg.is_empty()).then(|| arg.to_string())
        })
    }
}

/// Lowers the body of a declared function or method.
pub(crate) fn lower_decl(lw: &mut Lower, fref: FuncRef, obj: ObjId, env: Env) {
    let Some(DeclSite { decl, file }) = lw.decl_sites.get(&obj).copied() else { return };
    let Some(body) = &decl.body else { return };
    let (recv, params, results) = lw.func_obj_parts(obj, &env);
    let mut cx = FnCx::new(lw, fref, file, env);
    cx.span = decl.name.span;
    let recv_field = decl.recv.as_ref();
    setup_entry(
        &mut cx,
        false,
        recv_field.map(|f| (f, recv.expect("invariant: methods have a receiver type"))),
        &decl.sig,
        &params,
        &results,
        body,
    );
    crate::stmt::lower_block(&mut cx, body);
    let (mut func, fref) = finish_body(cx, body.rbrace);
    // gc's pragma: the function (every instance of it) is never inlined.
    func.noinline = decl.directives.iter().any(|(d, _)| d.trim_end() == "go:noinline");
    lw.m.define(fref, func);
}

/// Creates the entry block, binds receiver/parameters/results, takes the defer frame.
pub(crate) fn setup_entry(
    cx: &mut FnCx,
    closure: bool,
    recv: Option<(&ast::Field, Ty)>,
    ftype: &ast::FuncType,
    params: &[Ty],
    results: &[Ty],
    body: &ast::Block,
) {
    let entry = cx.entry;
    cx.switch_to(entry);
    cx.seal(entry);
    if closure {
        cx.ctx = Some(cx.func.dfg.append_block_param(entry, Type::Ptr));
    }
    cx.g = cx.func.dfg.append_block_param(entry, Type::Ptr);
    for &r in results {
        if let Repr::Mem(..) = cx.lw.tcx.repr(r) {
            let p = cx.func.dfg.append_block_param(entry, Type::Ptr);
            cx.out_ptrs.push(p);
        }
    }
    let mut incoming = Vec::new();
    for &p in recv.iter().map(|(_, t)| t).chain(params) {
        let ty = cx.lw.tcx.scalar(p).unwrap_or(Type::Ptr);
        incoming.push(cx.func.dfg.append_block_param(entry, ty));
    }
    cx.bind_captures();
    // Receiver and parameters.
    let mut i = 0;
    if let Some((field, rty)) = recv {
        let v = incoming[i];
        i += 1;
        if let Some(name) = field.names.first() {
            bind_param(cx, name, rty, v);
        }
    }
    let mut pi = 0;
    for field in &ftype.params {
        let n = field.names.len().max(1);
        for k in 0..n {
            let (Some(&v), Some(&ty)) = (incoming.get(i), params.get(pi)) else { break };
            i += 1;
            pi += 1;
            if let Some(name) = field.names.get(k) {
                bind_param(cx, name, ty, v);
            }
        }
    }
    // Results.
    let force_slots = crate::rangefunc::contains_range_func(cx, body);
    let mut ri = 0;
    for field in &ftype.results {
        let n = field.names.len().max(1);
        for k in 0..n {
            let Some(&ty) = results.get(ri) else { break };
            ri += 1;
            let name = field.names.get(k);
            let obj = name.and_then(|n| cx.lw.p.info.object_of(cx.file, n.id));
            let span = name.map(|n| n.span).unwrap_or(field.span);
            let loc = match obj {
                Some(o) if !name.is_some_and(|n| n.is_blank()) => {
                    let z = cx.zero_val(ty);
                    cx.declare_var(o, ty, z, span, force_slots)
                }
                _ => {
                    let z = cx.zero_val(ty);
                    cx.hidden_var(ty, z, span, force_slots)
                }
            };
            cx.results.push(ResultVar { ty, loc });
        }
    }
    if crate::stmt::contains_defer(body) {
        let g = cx.g;
        cx.defer_frame = Some(cx.ins().defer_frame(g));
    }
}

fn bind_param(cx: &mut FnCx, name: &ast::Ident, ty: Ty, v: loopc_ir::Value) {
    if name.is_blank() {
        return;
    }
    let Some(obj) = cx.lw.p.info.object_of(cx.file, name.id) else { return };
    let val = match cx.lw.tcx.repr(ty) {
        Repr::Scalar(_) => Val::S(v),
        Repr::Mem(..) => Val::M(v),
    };
    cx.declare_var(obj, ty, val, name.span, false);
}

impl FnCx<'_, '_> {
    /// Declares local variable `obj` with initial value `init`: an SSA variable for
    /// scalars that are never captured or address-taken, a slot otherwise.
    pub fn declare_var(&mut self, obj: ObjId, ty: Ty, init: Val, decl: Span, force_slot: bool) -> VarLoc {
        let needs_slot = force_slot
            || self.lw.captured.contains(&obj)
            || self.lw.p.info.address_taken.contains(&obj)
            || matches!(self.lw.tcx.repr(ty), Repr::Mem(..));
        let loc = if needs_slot {
            let name = self.lw.p.object(obj).name.clone();
            let ss = self.new_slot(&name, ty, decl);
            self.ins().slot_start(ss);
            if !matches!(init, Val::None) {
                let a = self.ins().slot_addr(ss);
                self.store_val(ty, init, a);
            }
            VarLoc::Slot(ss)
        } else {
            let irt = self.lw.tcx.scalar(ty).expect("invariant: SSA variables are scalars");
            let var = self.ssa.declare(irt);
            let v = match init {
                Val::S(v) => v,
                _ => self.zero(irt),
            };
            self.def_var(var, v);
            VarLoc::Ssa(var)
        };
        self.vars.insert(obj, loc);
        loc
    }

    /// A compiler-made variable (unnamed results).
    pub fn hidden_var(&mut self, ty: Ty, init: Val, decl: Span, force_slot: bool) -> VarLoc {
        match self.lw.tcx.repr(ty) {
            Repr::Scalar(irt) if !force_slot => {
                let var = self.ssa.declare(irt);
                let v = match init {
                    Val::S(v) => v,
                    _ => self.zero(irt),
                };
                self.def_var(var, v);
                VarLoc::Ssa(var)
            }
            _ => {
                let ss = self.new_slot("", ty, decl);
                self.ins().slot_start(ss);
                if !matches!(init, Val::None) {
                    let a = self.ins().slot_addr(ss);
                    self.store_val(ty, init, a);
                }
                VarLoc::Slot(ss)
            }
        }
    }

    /// Reads a variable location of type `ty`.
    pub fn read_loc(&mut self, loc: VarLoc, ty: Ty) -> Val {
        match loc {
            VarLoc::Ssa(v) => Val::S(self.use_var(v)),
            _ => {
                let a = self.loc_addr(loc, None);
                self.load_val(ty, a)
            }
        }
    }

    /// Writes a variable location.
    pub fn write_loc(&mut self, loc: VarLoc, ty: Ty, v: Val) {
        match loc {
            VarLoc::Ssa(var) => {
                let x = match v {
                    Val::S(x) => x,
                    _ => {
                        let t = self.ssa.var_type(var);
                        self.zero(t)
                    }
                };
                self.def_var(var, x);
            }
            _ => {
                let a = self.loc_addr(loc, None);
                self.store_val(ty, v, a);
            }
        }
    }

    /// The address of a variable's storage; `Some(site)` marks a source-level `&v`.
    pub fn loc_addr(&mut self, loc: VarLoc, addrof: Option<loopc_ir::Site>) -> loopc_ir::Value {
        match loc {
            VarLoc::Slot(ss) => match addrof {
                Some(site) => self.ins().slot_addrof(ss, site),
                None => self.ins().slot_addr(ss),
            },
            VarLoc::Addr(v) => v,
            VarLoc::Global(g) => self.ins().global_addr(g),
            VarLoc::Ssa(_) => panic!("invariant: SSA variables are never addressed"),
        }
    }

    /// The location of a variable object (package variables included).
    pub fn var_loc(&mut self, obj: ObjId) -> Option<VarLoc> {
        if let Some(&l) = self.vars.get(&obj) {
            return Some(l);
        }
        self.lw.globals.get(&obj).map(|&g| VarLoc::Global(g))
    }
}

/// Jumps to the exit block if the body falls off its end, builds the exit block, and
/// returns the finished body for the caller to install.
pub(crate) fn finish_body(mut cx: FnCx, end: Span) -> (loopc_ir::Func, FuncRef) {
    cx.span = end;
    if cx.is_open() {
        let exit = cx.exit;
        cx.jump(exit);
    }
    build_exit(&mut cx);
    cx.finish()
}

/// Builds the exit block.
pub(crate) fn build_exit(cx: &mut FnCx) {
    let exit = cx.exit;
    cx.switch_to(exit);
    cx.seal(exit);
    if let Some(d) = cx.defer_frame {
        cx.ins().defer_run(d);
        let g = cx.g;
        let f = cx.ins().load(Type::Bool, g, 0);
        let zero = cx.new_block();
        let normal = cx.new_block();
        cx.brif(f, zero, normal);
        cx.switch_to(zero);
        cx.seal(zero);
        let mut zs = Vec::new();
        for r in cx.results.clone() {
            if let Some(t) = cx.lw.tcx.scalar(r.ty) {
                zs.push(cx.zero(t));
            }
        }
        cx.ins().ret(&zs);
        cx.block = None;
        cx.switch_to(normal);
        cx.seal(normal);
    }
    let mut rets = Vec::new();
    let mut oi = 0;
    for r in cx.results.clone() {
        let v = cx.read_loc(r.loc, r.ty);
        match v {
            Val::S(x) => rets.push(x),
            Val::M(p) => {
                let dst = cx.out_ptrs[oi];
                oi += 1;
                cx.store_val(r.ty, Val::M(p), dst);
            }
            Val::None => {}
        }
    }
    cx.ins().ret(&rets);
    cx.block = None;
}

/// Builds `go.entry(g)`.
pub(crate) fn build_entry(lw: &mut Lower) -> FuncRef {
    let f = lw.declare("go.entry", Signature::new(&[Type::Ptr], &[]), Linkage::Export);
    let file = lw.main.span.file;
    let mut cx = FnCx::new(lw, f, file, Vec::new());
    let entry = cx.entry;
    cx.switch_to(entry);
    cx.seal(entry);
    cx.g = cx.func.dfg.append_block_param(entry, Type::Ptr);
    // Package by package (dependency order): the variables' initialisers in the checker's
    // initialisation order, then the `init` functions in source order.
    let mut by_init: HashMap<NodeKey, (&ast::ValueSpec, FileId)> = HashMap::new();
    for &(vs, fid) in &cx.lw.var_specs {
        let first = if vs.values.len() == vs.names.len() { vs.values.len() } else { vs.values.len().min(1) };
        for v in &vs.values[..first] {
            by_init.insert(NodeKey::new(fid, v.id), (vs, fid));
        }
    }
    let inits = cx.lw.init_funcs.clone();
    for pkg in 0..cx.lw.p.packages.len() {
        for init in &cx.lw.p.info.init_order {
            if init.pkg.0 as usize != pkg {
                continue;
            }
            let Some(&(vs, fid)) = by_init.get(&init.init) else { continue };
            cx.file = fid;
            cx.span = vs.span;
            crate::stmt::init_package_var(&mut cx, vs, init.init.node);
        }
        for &obj in &inits {
            if cx.lw.p.object(obj).pkg.map(|p| p.0 as usize) != Some(pkg) {
                continue;
            }
            let fr = cx.lw.func_ref(obj, Vec::new());
            let g = cx.g;
            cx.span = cx.lw.p.object(obj).span;
            cx.call_direct(fr, &[g], true);
        }
    }
    // main.main
    let main_obj = cx.lw.main.decls.iter().find_map(|d| match d {
        ast::Decl::Func(fd) if fd.recv.is_none() && fd.name.name == "main" => cx.lw.p.info.object_of(file, fd.name.id),
        _ => None,
    });
    if let Some(obj) = main_obj {
        cx.file = file;
        let fr = cx.lw.func_ref(obj, Vec::new());
        let g = cx.g;
        cx.span = cx.lw.p.object(obj).span;
        cx.call_direct(fr, &[g], true);
    }
    let exit = cx.exit;
    if cx.is_open() {
        cx.jump(exit);
    }
    cx.switch_to(exit);
    cx.seal(exit);
    cx.ins().ret(&[]);
    cx.block = None;
    let (func, fr) = cx.finish();
    lw.m.define(fr, func);
    fr
}

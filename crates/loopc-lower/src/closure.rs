//! Closures and func values: function literals (`make_closure` with by-reference captures;
//! by-value is the escape pass's decision), top-level functions used as values (a static
//! closure object pointing at a wrapper that ignores the closure argument), method values
//! (a closure over a copy of the receiver) and method expressions.
//!
//! Capture pre-scan: [`collect_captures`] marks every variable a function literal or a
//! range-over-func body captures, so that those variables get slots instead of SSA values
//! when their declaring function is lowered.

use crate::builder::{FnCx, Val, VarLoc};
use crate::call::{emit, Callee, Prepared};
use crate::func::{ir_sig, setup_entry};
use crate::types_layout::{Repr, Ty, TyKind};
use crate::walk::{walk_expr, walk_stmts, Node};
use crate::{Job, Lower};
use loopc_ir::{Capture, CaptureMode, ClosureInfo, DataValue, FuncDecl, FuncRef, GlobalData, Linkage, Type, Value};
use loopc_span::FileId;
use loopc_syntax::ast::{self, ExprKind, StmtKind};
use loopc_types::{NodeKey, ObjId, ObjKind, RangeKind, VarKind};

/// Marks variables captured by function literals and range-over-func bodies in `body`.
pub(crate) fn collect_captures(lw: &mut Lower, fid: FileId, body: &ast::Block) {
    let mut found: Vec<ObjId> = Vec::new();
    walk_stmts(&body.stmts, &mut |n| {
        match n {
            Node::Expr(e) => {
                if let ExprKind::FuncLit { .. } = &e.kind {
                    if let Some(c) = lw.p.info.captures.get(&NodeKey::new(fid, e.id)) {
                        found.extend(c.iter().copied());
                    }
                }
            }
            Node::Stmt(s) => {
                if let StmtKind::Range { body: rb, .. } = &s.kind {
                    let is_func =
                        lw.p.info
                            .ranges
                            .get(&NodeKey::new(fid, s.id))
                            .is_some_and(|r| matches!(r.kind, RangeKind::Func(_)));
                    if is_func {
                        found.extend(free_vars(lw, fid, rb, &range_assigned(s), s.span));
                    }
                }
            }
        }
        true
    });
    lw.captured.extend(found);
}

/// Captures in package-level initialisers.
pub(crate) fn collect_captures_expr(lw: &mut Lower, fid: FileId, e: &ast::Expr) {
    let mut found: Vec<ObjId> = Vec::new();
    walk_expr(e, &mut |n| {
        if let Node::Expr(x) = n {
            if let ExprKind::FuncLit { .. } = &x.kind {
                if let Some(c) = lw.p.info.captures.get(&NodeKey::new(fid, x.id)) {
                    found.extend(c.iter().copied());
                }
            }
        }
        true
    });
    lw.captured.extend(found);
}

/// Local variables used in `body`, or in the `assigned` expressions (the key and value of
/// an `=` range statement, which the body closure assigns), but declared outside `outer`
/// (a range statement).
pub(crate) fn free_vars(
    lw: &Lower,
    fid: FileId,
    body: &ast::Block,
    assigned: &[&ast::Expr],
    outer: loopc_span::Span,
) -> Vec<ObjId> {
    let mut out = Vec::new();
    let mut visit = |n: Node| {
        if let Node::Expr(e) = n {
            if let ExprKind::Name(_) = &e.kind {
                if let Some(&o) = lw.p.info.uses.get(&NodeKey::new(fid, e.id)) {
                    let obj = lw.p.object(o);
                    let local = matches!(
                        obj.kind,
                        ObjKind::Var { kind: VarKind::Local | VarKind::Param | VarKind::Result, .. }
                    );
                    let inside = obj.span.file == outer.file && obj.span.lo >= outer.lo && obj.span.hi <= outer.hi;
                    if local && !inside && !out.contains(&o) {
                        out.push(o);
                    }
                }
            }
        }
        true
    };
    for e in assigned {
        walk_expr(e, &mut visit);
    }
    walk_stmts(&body.stmts, &mut visit);
    out
}

/// The expressions an `=` range statement assigns (none for `:=`).
pub(crate) fn range_assigned(s: &ast::Stmt) -> Vec<&ast::Expr> {
    match &s.kind {
        StmtKind::Range { key, value, define: false, .. } => key.iter().chain(value.iter()).collect(),
        _ => Vec::new(),
    }
}

impl FnCx<'_, '_> {
    /// Binds the captured variables of a closure body to their `env_addr`s.
    pub fn bind_captures(&mut self) {
        let Some(ctx) = self.ctx else { return };
        let mut caps: Vec<(ObjId, u32)> = self.capture_index.iter().map(|(&o, &i)| (o, i)).collect();
        caps.sort_by_key(|&(_, i)| i);
        for (obj, i) in caps {
            let a = self.ins().env_addr(ctx, i);
            self.vars.insert(obj, VarLoc::Addr(a));
        }
    }

    /// Capture descriptions and `make_closure` operands for variables `objs`.
    pub fn capture_list(&mut self, objs: &[ObjId]) -> (Vec<Capture>, Vec<Value>, Vec<ObjId>) {
        let mut caps = Vec::new();
        let mut args = Vec::new();
        let mut kept = Vec::new();
        for &o in objs {
            let Some(loc) = self.vars.get(&o).copied() else { continue };
            let ty = self.conv(self.lw.p.object(o).ty);
            let (size, align) = self.lw.tcx.size_align(ty);
            let (slot, addr) = match loc {
                VarLoc::Slot(ss) => (Some(ss), self.ins().slot_addr(ss)),
                VarLoc::Addr(a) => (None, a),
                VarLoc::Global(_) => continue,
                VarLoc::Ssa(_) => {
                    // Not marked captured by the pre-scan (should not happen): capture a copy.
                    let v = self.read_loc(loc, ty);
                    let t = self.temp(ty);
                    self.store_val(ty, v, t);
                    (None, t)
                }
            };
            caps.push(Capture {
                name: self.lw.p.object(o).name.clone(),
                mode: CaptureMode::ByRef,
                size: size as u32,
                align: (align as u32).max(1),
                slot,
            });
            args.push(addr);
            kept.push(o);
        }
        (caps, args, kept)
    }
}

/// Declares a closure function of `parent`.
pub(crate) fn declare_closure(
    lw: &mut Lower,
    name: &str,
    sig: loopc_ir::Signature,
    parent: FuncRef,
    captures: Vec<Capture>,
    range_body: Option<loopc_ir::Loop>,
) -> FuncRef {
    let decl = FuncDecl {
        name: name.to_string(),
        sig,
        linkage: Linkage::Local,
        closure: Some(ClosureInfo { parent, range_body, captures }),
    };
    match lw.m.decls.declare_func(decl.clone()) {
        Ok(f) => f,
        Err(_) => {
            let mut d = decl;
            d.name = format!("{}·{}", d.name, lw.m.decls.funcs.len());
            lw.m.decls.declare_func(d).expect("invariant: disambiguated closure names are fresh")
        }
    }
}

/// A function literal: lowers its body as a closure function and creates the closure.
pub(crate) fn func_lit(cx: &mut FnCx, e: &ast::Expr, sig: &ast::FuncType, body: &ast::Block) -> Val {
    let key = cx.key(e.id);
    let objs = cx.lw.p.info.captures.get(&key).cloned().unwrap_or_default();
    let fty = cx.ty_of(e);
    let (params, results, _) = cx.lw.tcx.func_parts(fty);
    let name = cx.lw.next_closure_name(&cx.name, false, cx.nesting > 0);
    let (caps, args, kept) = cx.capture_list(&objs);
    let irsig = ir_sig(cx.lw, true, None, &params, &results);
    let f = declare_closure(cx.lw, &name, irsig, cx.fref, caps, None);
    {
        let env = cx.env.clone();
        let file = cx.file;
        let nesting = cx.nesting + 1;
        let mut child = FnCx::new(cx.lw, f, file, env);
        child.nesting = nesting;
        child.span = e.span;
        for (i, o) in kept.iter().enumerate() {
            child.capture_index.insert(*o, i as u32);
        }
        setup_entry(&mut child, true, None, sig, &params, &results, body);
        crate::stmt::lower_block(&mut child, body);
        let (func, fr) = crate::func::finish_body(child, body.rbrace);
        cx.lw.m.define(fr, func);
    }
    let site = cx.site();
    Val::S(cx.ins().make_closure(f, &args, site))
}

/// A top-level function used as a value: its static closure object.
pub(crate) fn func_value(cx: &mut FnCx, obj: ObjId, targs: Vec<Ty>) -> Val {
    let target = cx.lw.func_ref(obj, targs);
    let span = cx.lw.p.object(obj).span;
    let g = static_closure(cx.lw, target, span);
    Val::S(cx.ins().global_addr(g))
}

/// The static closure `{ 0: addr @wrapper }` of module function `target`.
pub(crate) fn static_closure(lw: &mut Lower, target: FuncRef, span: loopc_span::Span) -> loopc_ir::Global {
    if let Some(&g) = lw.static_closures.get(&target) {
        return g;
    }
    let tname = lw.m.decls.funcs[target].name.clone();
    let mut sig = lw.m.decls.funcs[target].sig.clone();
    sig.params.insert(0, Type::Ptr);
    let wname = format!("{tname}·f");
    let w = lw.declare(&wname, sig, Linkage::Local);
    lw.queue.push_back(Job::FuncValueWrapper { fref: w, target, span });
    let mut data = GlobalData::zeroed(format!("{wname}.clo"), 8, 8);
    data.readonly = true;
    data.init.push((0, DataValue::FuncAddr(w)));
    let g = lw.m.decls.declare_global(data).expect("invariant: static closure names are fresh");
    lw.static_closures.insert(target, g);
    g
}

/// Body of a func-value wrapper: drops the closure argument and calls `target`.
pub(crate) fn build_func_value_wrapper(lw: &mut Lower, fref: FuncRef, target: FuncRef, span: loopc_span::Span) {
    let sig = lw.m.decls.funcs[fref].sig.clone();
    let mut cx = FnCx::new(lw, fref, span.file, Vec::new());
    cx.span = span;
    let entry = cx.entry;
    cx.switch_to(entry);
    cx.seal(entry);
    let mut params = Vec::new();
    for &t in &sig.params {
        params.push(cx.func.dfg.append_block_param(entry, t));
    }
    let transparent = params.len() > 1 && cx.lw.calls_recover(target);
    let saved = transparent.then(|| {
        cx.g = params[1];
        wrap_enter(&mut cx)
    });
    let r = cx.ins().call(target, &params[1..]).to_vec();
    if let Some(saved) = saved {
        cx.rt("wrapexit", &saved);
    }
    cx.ins().ret(&r);
    cx.block = None;
    let (func, fr) = cx.finish();
    lw.m.define(fr, func);
}

/// Makes a wrapper about to call a function that calls `recover` transparent to it
/// (runtime `wrapenter`); returns the state to pass to `wrapexit` after the call.
pub(crate) fn wrap_enter(cx: &mut FnCx) -> Vec<loopc_ir::Value> {
    let fp = cx.ins().frame_addr();
    let caller = cx.ins().caller_frame();
    cx.rt("wrapenter", &[fp, caller])
}

/// A method value `x.M`: a closure over the evaluated receiver.
pub(crate) fn method_value(cx: &mut FnCx, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> Val {
    let Some(s) = cx.lw.p.info.selections.get(&cx.key(e.id)).cloned() else { return Val::None };
    let fty = cx.ty_of(e);
    let (params, results, variadic) = cx.lw.tcx.func_parts(fty);
    let (callee, (rv, rty)) = crate::call::method_callee(cx, x, &s.index, &sel.name);
    // What the closure holds: the receiver (and for interface calls the itab code).
    let (hold_ty, hold_val, iface_code) = match callee {
        Callee::Indirect(code) => (rty, rv, Some(code)),
        _ => (rty, rv, None),
    };
    let uptr = cx.lw.tcx.basic(loopc_types::BasicKind::UnsafePointer);
    let cell_ty = hold_ty;
    let cell = cx.temp(cell_ty);
    cx.store_val(cell_ty, hold_val, cell);
    let mut caps = vec![Capture {
        name: "recv".into(),
        mode: CaptureMode::ByRef,
        size: cx.lw.tcx.size(cell_ty),
        align: cx.lw.tcx.align(cell_ty).max(1),
        slot: None,
    }];
    let mut args = vec![cell];
    if let Some(code) = iface_code {
        let ccell = cx.temp(uptr);
        cx.ins().store(code, ccell, 0);
        caps.push(Capture { name: "code".into(), mode: CaptureMode::ByRef, size: 8, align: 8, slot: None });
        args.push(ccell);
    }
    let name = cx.lw.next_closure_name(&cx.name, false, cx.nesting > 0);
    let irsig = ir_sig(cx.lw, true, None, &params, &results);
    let f = declare_closure(cx.lw, &name, irsig, cx.fref, caps, None);
    {
        let mut child = FnCx::new(cx.lw, f, cx.file, cx.env.clone());
        child.span = e.span;
        let entry = child.entry;
        child.switch_to(entry);
        child.seal(entry);
        let ctx = child.func.dfg.append_block_param(entry, Type::Ptr);
        child.g = child.func.dfg.append_block_param(entry, Type::Ptr);
        let mut outs = Vec::new();
        for &r in &results {
            if let Repr::Mem(..) = child.lw.tcx.repr(r) {
                outs.push(child.func.dfg.append_block_param(entry, Type::Ptr));
            }
        }
        let mut ps = Vec::new();
        for &p in &params {
            let t = child.lw.tcx.scalar(p).unwrap_or(Type::Ptr);
            ps.push(child.func.dfg.append_block_param(entry, t));
        }
        let rp = child.ins().env_addr(ctx, 0);
        let recv = child.load_val(cell_ty, rp);
        let mut irargs = vec![child.g];
        irargs.extend(outs);
        irargs.push(recv.v());
        irargs.extend(ps);
        let r = match callee {
            Callee::Direct(t) => child.ins().call(t, &irargs).to_vec(),
            _ => {
                let cp = child.ins().env_addr(ctx, 1);
                let code = child.ins().load(Type::Ptr, cp, 0);
                let sig = ir_sig(child.lw, false, Some(uptr), &params, &results);
                let sr = child.ins().import_sig(sig);
                child.ins().call_indirect(sr, code, &irargs).to_vec()
            }
        };
        child.ins().ret(&r);
        child.block = None;
        let (func, fr) = child.finish();
        cx.lw.m.define(fr, func);
    }
    let _ = variadic;
    let site = cx.site();
    Val::S(cx.ins().make_closure(f, &args, site))
}

/// A method expression `T.M` / `(*T).M`: a func value taking the receiver first.
pub(crate) fn method_expr(cx: &mut FnCx, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> Val {
    let fty = cx.ty_of(e);
    let (params, results, _) = cx.lw.tcx.func_parts(fty);
    let recv_t = cx.ty_of(x);
    let name = format!("{}.{}·mexpr", cx.lw.tcx.type_string(recv_t), sel.name);
    if let Some(&w) = cx.lw.wrappers.get(&name) {
        let g = static_closure_of_wrapper(cx.lw, w);
        return Val::S(cx.ins().global_addr(g));
    }
    let mut sig = ir_sig(cx.lw, false, None, &params, &results);
    sig.params.insert(0, Type::Ptr);
    let w = cx.lw.declare(&name, sig, Linkage::Local);
    cx.lw.wrappers.insert(name, w);
    {
        let mut child = FnCx::new(cx.lw, w, cx.file, cx.env.clone());
        child.span = e.span;
        let entry = child.entry;
        child.switch_to(entry);
        child.seal(entry);
        let _clo = child.func.dfg.append_block_param(entry, Type::Ptr);
        child.g = child.func.dfg.append_block_param(entry, Type::Ptr);
        let mut outs = Vec::new();
        for &r in &results {
            if let Repr::Mem(..) = child.lw.tcx.repr(r) {
                outs.push(child.func.dfg.append_block_param(entry, Type::Ptr));
            }
        }
        let mut ps = Vec::new();
        for &p in &params {
            let t = child.lw.tcx.scalar(p).unwrap_or(Type::Ptr);
            ps.push(child.func.dfg.append_block_param(entry, t));
        }
        let recv = ps[0];
        let rest: Vec<(Val, Ty)> = params[1..]
            .iter()
            .zip(&ps[1..])
            .map(|(&t, &v)| (if child.lw.tcx.scalar(t).is_some() { Val::S(v) } else { Val::M(v) }, t))
            .collect();
        let mut irargs = vec![child.g];
        irargs.extend(outs.iter().copied());
        let r = if child.lw.tcx.is_interface(recv_t) {
            let methods = match child.lw.tcx.ukind(recv_t) {
                TyKind::Interface(m) => m,
                _ => Vec::new(),
            };
            let i = methods.iter().position(|m| m.name == sel.name).unwrap_or(0);
            let tab = child.ins().load(Type::Ptr, recv, 0);
            child.nil_check(tab);
            let data = child.ins().load(Type::Ptr, recv, 8);
            let code = child.ins().load(Type::Ptr, tab, 24 + 8 * i as i32);
            let uptr = child.lw.tcx.basic(loopc_types::BasicKind::UnsafePointer);
            let p = Prepared {
                callee: Callee::Indirect(code),
                recv: Some((Val::S(data), uptr)),
                args: rest,
                results: results.clone(),
            };
            emit_raw(&mut child, &p, &outs)
        } else {
            let (base, is_ptr) = match child.lw.tcx.kind(recv_t) {
                TyKind::Pointer(b) => (b, true),
                _ => (recv_t, false),
            };
            match crate::iface::find_declared_method(child.lw, base, &sel.name) {
                Some((obj, ptr_recv, targs)) => {
                    let target = child.lw.func_ref(obj, targs);
                    let rv = if is_ptr && !ptr_recv {
                        child.nil_check(recv);
                        let v = child.load_val(base, recv);
                        v.v()
                    } else {
                        recv
                    };
                    let rty = if ptr_recv { recv_t } else { base };
                    let p = Prepared {
                        callee: Callee::Direct(target),
                        recv: Some((Val::S(rv), rty)),
                        args: rest,
                        results: results.clone(),
                    };
                    emit_raw(&mut child, &p, &outs)
                }
                None => Vec::new(),
            }
        };
        child.ins().ret(&r);
        child.block = None;
        let (func, fr) = child.finish();
        cx.lw.m.define(fr, func);
    }
    let g = static_closure_of_wrapper(cx.lw, w);
    let _ = emit;
    Val::S(cx.ins().global_addr(g))
}

/// Emits a call passing the given out pointers, returning the raw scalar results.
fn emit_raw(cx: &mut FnCx, p: &Prepared, outs: &[Value]) -> Vec<Value> {
    let mut args = vec![cx.g];
    args.extend_from_slice(outs);
    if let Some((v, _)) = p.recv {
        args.push(v.v());
    }
    for (v, _) in &p.args {
        args.push(v.v());
    }
    match p.callee {
        Callee::Getg => vec![cx.g],
        Callee::Direct(f) | Callee::Entry(f) => cx.ins().call(f, &args).to_vec(),
        Callee::Indirect(code) => {
            let params: Vec<Ty> = p.args.iter().map(|a| a.1).collect();
            let sig = ir_sig(cx.lw, false, p.recv.map(|r| r.1), &params, &p.results);
            let sr = cx.ins().import_sig(sig);
            cx.ins().call_indirect(sr, code, &args).to_vec()
        }
        Callee::Closure(clo) => {
            let params: Vec<Ty> = p.args.iter().map(|a| a.1).collect();
            let sig = ir_sig(cx.lw, false, None, &params, &p.results);
            let sr = cx.ins().import_sig(sig);
            cx.ins().call_closure(sr, clo, &args).to_vec()
        }
    }
}

/// A static closure object for a wrapper that already takes the closure argument.
fn static_closure_of_wrapper(lw: &mut Lower, w: FuncRef) -> loopc_ir::Global {
    if let Some(&g) = lw.static_closures.get(&w) {
        return g;
    }
    let name = format!("{}.clo", lw.m.decls.funcs[w].name);
    let mut data = GlobalData::zeroed(name, 8, 8);
    data.readonly = true;
    data.init.push((0, DataValue::FuncAddr(w)));
    let g = lw.m.decls.declare_global(data).expect("invariant: static closure names are fresh");
    lw.static_closures.insert(w, g);
    g
}

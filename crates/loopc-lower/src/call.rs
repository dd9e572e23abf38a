//! Calls: static calls of functions and methods (value/pointer receivers with implicit `&`
//! and `*`, promoted through embedded fields), interface method calls through the itab,
//! calls of func values (`call_closure`), variadic packing, multi-value arguments, and the
//! calling convention (out pointers for aggregate results, aggregates passed by address).
//!
//! A call is first *prepared* ([`Prepared`]: callee, receiver and argument values, types),
//! then emitted. `defer` prepares the same way and moves the prepared values into a
//! closure of no arguments that performs the call later.

use crate::builder::{FnCx, Val};
use crate::expr::unparen;
use crate::func::ir_sig;
use crate::types_layout::{Repr, Ty, TyKind};
use loopc_ir::{FuncRef, Signature, Type, Value};
use loopc_syntax::ast::{self, ExprKind};
use loopc_types::{Mode, ObjKind, SelectionKind};

/// What is called.
#[derive(Clone, Copy, Debug)]
pub enum Callee {
    /// A module function.
    Direct(FuncRef),
    /// A func value (closure object).
    Closure(Value),
    /// A code pointer taking the data word as receiver (interface methods).
    Indirect(Value),
    /// The `getg` intrinsic.
    Getg,
    /// The `main_main` intrinsic: a direct call of `go.entry` with no panic check after it
    /// (its caller, `runtime.main`, reports a panic that ends the program).
    Entry(FuncRef),
}

/// A call whose callee and operands have been evaluated.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// Callee.
    pub callee: Callee,
    /// Receiver value and its type (methods; for `Indirect`, the data word as `ptr`).
    pub recv: Option<(Val, Ty)>,
    /// Arguments with their parameter types.
    pub args: Vec<(Val, Ty)>,
    /// Result types.
    pub results: Vec<Ty>,
}

/// Lowers a call expression (conversion, builtin or call) to its results.
pub(crate) fn call_expr(cx: &mut FnCx, e: &ast::Expr) -> Vec<Val> {
    let ExprKind::Call { func, args, dots, .. } = &e.kind else { return vec![] };
    match cx.mode_of(func) {
        Some(Mode::TypeExpr) => {
            let to = cx.ty_of(e);
            return vec![crate::convert::conversion(cx, &args[0], to)];
        }
        Some(Mode::Builtin(b)) => return crate::builtins::builtin(cx, e, b, args, dots.is_some()),
        _ => {}
    }
    if !matches!(cx.lw.tcx.ukind(cx.ty_of(func)), TyKind::Func { .. }) {
        // A callee the checker could not type (errors in std packages): evaluate the
        // operands, produce zero results.
        for a in args {
            let _ = cx.expr(a);
        }
        let rt = cx.ty_of(e);
        return cx.lw.tcx.tuple_elems(rt).into_iter().map(|t| cx.zero_val(t)).collect();
    }
    let Some(p) = prepare(cx, e, func, args, dots.is_some()) else { return vec![] };
    emit(cx, &p)
}

/// Evaluates the callee and operands of a (non-builtin) call.
pub(crate) fn prepare(
    cx: &mut FnCx,
    e: &ast::Expr,
    func: &ast::Expr,
    args: &[ast::Expr],
    dots: bool,
) -> Option<Prepared> {
    let fty = cx.ty_of(func);
    let (params, results, variadic) = cx.lw.tcx.func_parts(fty);
    let f = unparen(func);
    let _ = e;
    // Method calls.
    if let ExprKind::Selector { x, sel } = &f.kind {
        if let Some(s) = cx.lw.p.info.selections.get(&cx.key(f.id)).cloned() {
            if s.kind == SelectionKind::MethodVal {
                let (callee, recv) = method_callee(cx, x, &s.index, &sel.name);
                let argv = lower_args(cx, args, &params, variadic, dots);
                return Some(Prepared { callee, recv: Some(recv), args: argv, results });
            }
        }
    }
    // Static calls of declared functions.
    if let Some(obj) = cx.func_obj_of(f) {
        if let Some(which) = cx.lw.directive(obj, "loopc:intrinsic") {
            return intrinsic(cx, &which, results);
        }
        if matches!(cx.lw.p.object(obj).kind, ObjKind::Func { recv_base: None, .. }) {
            let targs = cx.instance_targs(f);
            let fr = cx.lw.func_ref(obj, targs);
            let argv = lower_args(cx, args, &params, variadic, dots);
            return Some(Prepared { callee: Callee::Direct(fr), recv: None, args: argv, results });
        }
    }
    // Func values.
    let clo = cx.expr(func).v();
    let argv = lower_args(cx, args, &params, variadic, dots);
    Some(Prepared { callee: Callee::Closure(clo), recv: None, args: argv, results })
}

/// `//loopc:intrinsic` functions: `getg` is the goroutine pointer, `main_main` calls
/// `go.entry` (the package initialisers, then the program's `main.main`).
fn intrinsic(cx: &mut FnCx, which: &str, results: Vec<Ty>) -> Option<Prepared> {
    match which {
        "main_main" => {
            let fr = cx.lw.go_entry?;
            Some(Prepared { callee: Callee::Entry(fr), recv: None, args: Vec::new(), results })
        }
        _ => {
            // getg: the hidden parameter, returned through a trivial identity.
            Some(Prepared { callee: Callee::Getg, recv: None, args: Vec::new(), results })
        }
    }
}

/// Resolves a method call's callee and receiver value for `x.name` with embedded path
/// `index` (the last entry is the method index).
pub(crate) fn method_callee(cx: &mut FnCx, x: &ast::Expr, index: &[usize], name: &str) -> (Callee, (Val, Ty)) {
    let path = &index[..index.len().saturating_sub(1)];
    // The type holding the method, after the embedded path.
    let mut t = cx.ty_of(x);
    for &fi in path {
        if let TyKind::Pointer(e) = cx.lw.tcx.ukind(t) {
            t = e;
        }
        let fields = cx.lw.tcx.fields(t);
        if let Some(f) = fields.get(fi) {
            t = f.ty;
        }
    }
    let (base, is_ptr) = match cx.lw.tcx.kind(t) {
        TyKind::Pointer(e) => (e, true),
        _ => (t, false),
    };
    if cx.lw.tcx.is_interface(base) && !is_ptr {
        let iv = recv_operand(cx, x, path, false, t);
        let p = iv.v();
        let tab = cx.ins().load(Type::Ptr, p, 0);
        cx.nil_check(tab);
        let data = cx.ins().load(Type::Ptr, p, 8);
        let methods = match cx.lw.tcx.ukind(base) {
            TyKind::Interface(m) => m,
            _ => Vec::new(),
        };
        let i = methods.iter().position(|m| m.name == name).unwrap_or(0);
        let code = cx.ins().load(Type::Ptr, tab, 24 + 8 * i as i32);
        let uptr = cx.lw.tcx.basic(loopc_types::BasicKind::UnsafePointer);
        return (Callee::Indirect(code), (Val::S(data), uptr));
    }
    let (mobj, ptr_recv, targs) = match crate::iface::find_declared_method(cx.lw, base, name) {
        Some(m) => m,
        None => {
            cx.lw.unsupported(x.span, "this method call");
            let z = cx.zero_val(t);
            return (Callee::Closure(cx.iconst(Type::Ptr, 0)), (z, t));
        }
    };
    let fr = cx.lw.func_ref(mobj, targs);
    let recv_ty = if ptr_recv { cx.lw.tcx.pointer(base) } else { base };
    let v = recv_operand(cx, x, path, ptr_recv, t);
    (Callee::Direct(fr), (v, recv_ty))
}

/// The receiver operand: `x` walked along `path` (type `t` at the end), as a pointer
/// (`want_ptr`) or as a value.
fn recv_operand(cx: &mut FnCx, x: &ast::Expr, path: &[usize], want_ptr: bool, t: Ty) -> Val {
    let is_ptr = matches!(cx.lw.tcx.kind(t), TyKind::Pointer(_)) || matches!(cx.lw.tcx.ukind(t), TyKind::Pointer(_));
    if path.is_empty() {
        if is_ptr {
            let v = cx.expr(x).v();
            if want_ptr {
                return Val::S(v);
            }
            cx.nil_check(v);
            let elem = cx.lw.tcx.elem(t);
            let val = cx.load_val(elem, v);
            return cx.copy_val(elem, val);
        }
        if want_ptr {
            return Val::S(cx.operand_addr(x, true));
        }
        return cx.expr(x);
    }
    let p = cx.field_addr(x, path, want_ptr);
    if is_ptr {
        let v = cx.ins().load(Type::Ptr, p, 0);
        if want_ptr {
            return Val::S(v);
        }
        cx.nil_check(v);
        let elem = cx.lw.tcx.elem(t);
        return cx.load_val(elem, v);
    }
    if want_ptr {
        return Val::S(p);
    }
    cx.load_val(t, p)
}

/// Lowers call arguments for parameters `params` (packing variadic ones).
pub(crate) fn lower_args(
    cx: &mut FnCx,
    args: &[ast::Expr],
    params: &[Ty],
    variadic: bool,
    dots: bool,
) -> Vec<(Val, Ty)> {
    // f(g()) with g returning several values.
    if args.len() == 1 && params.len() > 1
        || (args.len() == 1 && matches!(cx.lw.tcx.kind(cx.ty_of(&args[0])), TyKind::Tuple(ref v) if v.len() > 1))
    {
        let tys = cx.lw.tcx.tuple_elems(cx.ty_of(&args[0]));
        if tys.len() > 1 {
            let vals = cx.expr_multi(&args[0], tys.len());
            let mut out = Vec::new();
            let nfixed = if variadic { params.len() - 1 } else { params.len() };
            for (i, (&v, &t)) in vals.iter().zip(&tys).enumerate().take(nfixed) {
                let pt = params[i];
                let v = cx.copy_val(t, v);
                out.push((cx.implicit(v, t, pt), pt));
            }
            if variadic {
                let st = params[params.len() - 1];
                let et = cx.lw.tcx.elem(st);
                let rest: Vec<(Val, Ty)> = vals.iter().zip(&tys).skip(nfixed).map(|(&v, &t)| (v, t)).collect();
                let mut conv = Vec::new();
                for (v, t) in rest {
                    conv.push(cx.implicit(v, t, et));
                }
                let s = crate::builtins::make_slice_of(cx, st, &conv);
                out.push((s, st));
            }
            return out;
        }
    }
    let mut out = Vec::new();
    let nfixed = if variadic && !dots { params.len() - 1 } else { params.len() };
    for (i, a) in args.iter().enumerate().take(nfixed) {
        let pt = params[i];
        let v = cx.expr_to(a, pt);
        out.push((v, pt));
    }
    if variadic && !dots {
        let st = params[params.len() - 1];
        let et = cx.lw.tcx.elem(st);
        let mut vals = Vec::new();
        for a in &args[nfixed..] {
            let v = cx.expr_to(a, et);
            let v = cx.copy_val(et, v);
            vals.push(v);
        }
        let s = if vals.is_empty() { cx.zero_val(st) } else { crate::builtins::make_slice_of(cx, st, &vals) };
        out.push((s, st));
    }
    out
}

/// Emits a prepared call; returns its results.
pub(crate) fn emit(cx: &mut FnCx, p: &Prepared) -> Vec<Val> {
    if let Callee::Getg = p.callee {
        return vec![Val::S(cx.g)];
    }
    let libc = matches!(p.callee, Callee::Direct(f) if cx.lw.libc_funcs.contains(&f));
    let mut outs = Vec::new();
    let mut irargs = Vec::new();
    let g = cx.g;
    if !libc {
        irargs.push(g);
    }
    for &r in &p.results {
        if let Repr::Mem(..) = cx.lw.tcx.repr(r) {
            let t = cx.temp(r);
            outs.push(t);
            irargs.push(t);
        }
    }
    if let Some((v, _)) = p.recv {
        irargs.push(v.v());
    }
    for (v, t) in &p.args {
        match v {
            Val::None => {
                let z = cx.zero_val(*t);
                irargs.push(z.v());
            }
            v => irargs.push(v.v()),
        }
    }
    let rets: Vec<Value> = match p.callee {
        Callee::Direct(f) | Callee::Entry(f) => cx.ins().call(f, &irargs).to_vec(),
        Callee::Closure(clo) => {
            // Calling a nil func value: gc faults on the closure's code word (SIGSEGV).
            cx.nil_check(clo);
            let sig = sig_of(cx, None, &p.args, &p.results);
            let sr = cx.ins().import_sig(sig);
            cx.ins().call_closure(sr, clo, &irargs).to_vec()
        }
        Callee::Indirect(code) => {
            let sig = sig_of(cx, p.recv.map(|r| r.1), &p.args, &p.results);
            let sr = cx.ins().import_sig(sig);
            cx.ins().call_indirect(sr, code, &irargs).to_vec()
        }
        Callee::Getg => Vec::new(),
    };
    if !libc && !matches!(p.callee, Callee::Entry(_)) {
        cx.check_panic();
    }
    let mut out = Vec::new();
    let (mut si, mut oi) = (0, 0);
    for &r in &p.results {
        match cx.lw.tcx.repr(r) {
            Repr::Scalar(_) => {
                out.push(Val::S(rets[si]));
                si += 1;
            }
            Repr::Mem(..) => {
                out.push(Val::M(outs[oi]));
                oi += 1;
            }
        }
    }
    if p.results.is_empty() {
        out.push(Val::None);
    }
    out
}

/// The visible signature of a call (without closure object).
fn sig_of(cx: &FnCx, recv: Option<Ty>, args: &[(Val, Ty)], results: &[Ty]) -> Signature {
    let params: Vec<Ty> = args.iter().map(|a| a.1).collect();
    ir_sig(cx.lw, false, recv, &params, results)
}

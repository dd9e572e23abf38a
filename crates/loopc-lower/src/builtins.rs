//! Builtin functions (`len`, `cap`, `append`, `copy`, `make`, `new`, `delete`, `clear`,
//! `min`, `max`, `print`, `println`, `panic`, `recover`), composite literals, and the map
//! and slice helpers other constructs share (map access/assign through the runtime,
//! building a slice from values, string concatenation).

use crate::builder::{FnCx, Val, VarLoc};
use crate::expr::unparen;
use crate::types_layout::{Ty, TyKind};
use loopc_ir::{FloatCC, FuncCursor, IntCC, Opcode, Type, Value};
use loopc_syntax::ast::{self, ExprKind};
use loopc_types::types::BasicKind;
use loopc_types::Builtin;

/// Lowers a builtin call.
pub(crate) fn builtin(cx: &mut FnCx, e: &ast::Expr, b: Builtin, args: &[ast::Expr], dots: bool) -> Vec<Val> {
    let rt_ty = cx.ty_of(e);
    let one = |v: Val| vec![v];
    match b {
        Builtin::Len | Builtin::Cap => {
            let t = cx.ty_of(&args[0]);
            one(Val::S(len_cap(cx, &args[0], t, b == Builtin::Cap)))
        }
        Builtin::Append => one(append(cx, rt_ty, args, dots)),
        Builtin::Copy | Builtin::Delete | Builtin::Clear | Builtin::Print | Builtin::Println | Builtin::Panic => {
            let ops = operands(cx, b, args);
            call_with(cx, b, &ops)
        }
        Builtin::Recover => call_with(cx, b, &[]),
        Builtin::Make => one(make(cx, rt_ty, &args[1..])),
        Builtin::New => {
            let t = cx.lw.tcx.elem(rt_ty);
            one(Val::S(cx.temp(t)))
        }
        Builtin::Min | Builtin::Max => one(min_max(cx, e, b == Builtin::Min, args)),
        Builtin::UnsafeAdd => {
            // A `ptr_add`, so escape analysis follows the pointer (gc's unsafeValue).
            let p = cx.expr(&args[0]).v();
            let t = cx.ty_of(&args[1]);
            let n = cx.expr(&args[1]).v();
            let n = cx.widen_i64(n, t);
            one(Val::S(cx.ins().ptr_add(p, n)))
        }
        _ => {
            cx.lw.unsupported(e.span, &format!("builtin {}", b.name()));
            one(cx.zero_val(rt_ty))
        }
    }
}

/// Evaluates the operands of a call of builtin `b` that [`call_with`] completes, each with
/// the type it is used at: `print`/`println` arguments at their own types, `panic`'s as
/// `any`, `delete`'s key at the map's key type. `defer` evaluates them at the defer
/// statement and makes the call later.
pub(crate) fn operands(cx: &mut FnCx, b: Builtin, args: &[ast::Expr]) -> Vec<(Val, Ty)> {
    match b {
        Builtin::Panic => {
            let any = cx.lw.tcx.any();
            vec![(cx.expr_to(&args[0], any), any)]
        }
        Builtin::Delete => {
            let mt = cx.ty_of(&args[0]);
            let m = cx.expr(&args[0]);
            let kt = match cx.lw.tcx.ukind(mt) {
                TyKind::Map(k, _) => k,
                _ => mt,
            };
            let k = cx.expr_to(&args[1], kt);
            vec![(m, mt), (k, kt)]
        }
        _ => args
            .iter()
            .map(|a| {
                let t = cx.ty_of(a);
                (cx.expr(a), t)
            })
            .collect(),
    }
}

/// Whether a call of builtin `b` can be completed by [`call_with`] from its operands
/// (the builtins allowed as statements, hence in `defer`).
pub(crate) fn deferrable(b: Builtin) -> bool {
    matches!(
        b,
        Builtin::Copy
            | Builtin::Delete
            | Builtin::Clear
            | Builtin::Print
            | Builtin::Println
            | Builtin::Panic
            | Builtin::Recover
    )
}

/// Completes a call of builtin `b` (one of [`deferrable`]) with operands from
/// [`operands`].
pub(crate) fn call_with(cx: &mut FnCx, b: Builtin, ops: &[(Val, Ty)]) -> Vec<Val> {
    let one = |v: Val| vec![v];
    match b {
        Builtin::Copy => {
            let (d, dt) = ops[0];
            let s = ops[1].0.v();
            let d = d.v();
            let es = cx.lw.tcx.size(cx.lw.tcx.elem(dt));
            let dp = cx.ins().load(Type::Ptr, d, 0);
            let dl = cx.ins().load(Type::I64, d, 8);
            let sp = cx.ins().load(Type::Ptr, s, 0);
            let sl = cx.ins().load(Type::I64, s, 8);
            let w = cx.i64c(es as i64);
            let n = cx.rt("slicecopy", &[dp, dl, sp, sl, w])[0];
            one(Val::S(n))
        }
        Builtin::Delete => {
            let (m, mt) = ops[0];
            let (k, kt) = ops[1];
            let kp = spill(cx, kt, k);
            let d = desc(cx, mt);
            cx.rt("mapdelete", &[d, m.v(), kp]);
            one(Val::None)
        }
        Builtin::Clear => {
            let (v, t) = ops[0];
            let v = v.v();
            match cx.lw.tcx.ukind(t) {
                TyKind::Map(..) => {
                    let d = desc(cx, t);
                    cx.rt("mapclear", &[d, v]);
                }
                _ => clear_slice(cx, t, v),
            }
            one(Val::None)
        }
        Builtin::Print | Builtin::Println => {
            for (i, &(v, t)) in ops.iter().enumerate() {
                if i > 0 && b == Builtin::Println {
                    cx.rt("printsp", &[]);
                }
                print_val(cx, t, v);
            }
            if b == Builtin::Println {
                cx.rt("printnl", &[]);
            }
            one(Val::None)
        }
        Builtin::Panic => {
            cx.rt("gopanic", &[ops[0].0.v()]);
            one(Val::None)
        }
        _ => {
            // recover
            let any = cx.lw.tcx.any();
            let out = cx.temp(any);
            // Who called this function: recover stops a panic only in the function a
            // deferred call's wrapper called directly (gc's argp check).
            let caller = cx.ins().caller_frame();
            cx.rt("gorecover", &[out, caller]);
            one(Val::M(out))
        }
    }
}

fn desc(cx: &mut FnCx, t: Ty) -> Value {
    let g = crate::descriptors::type_descriptor(cx.lw, t);
    cx.ins().global_addr(g)
}

/// Puts a value in memory (for runtime calls taking pointers).
pub(crate) fn spill(cx: &mut FnCx, t: Ty, v: Val) -> Value {
    match v {
        Val::M(p) => p,
        Val::S(x) => {
            let tmp = cx.temp(t);
            cx.ins().store(x, tmp, 0);
            tmp
        }
        Val::None => cx.temp(t),
    }
}

fn len_cap(cx: &mut FnCx, x: &ast::Expr, t: Ty, cap: bool) -> Value {
    match cx.lw.tcx.ukind(t) {
        TyKind::Basic(BasicKind::String) => {
            let s = cx.expr(x).v();
            cx.ins().load(Type::I64, s, 8)
        }
        TyKind::Slice(_) => {
            let s = cx.expr(x).v();
            cx.ins().load(Type::I64, s, if cap { 16 } else { 8 })
        }
        TyKind::Array(n, _) => cx.i64c(n as i64),
        TyKind::Pointer(a) => {
            let _ = cx.expr(x);
            match cx.lw.tcx.ukind(a) {
                TyKind::Array(n, _) => cx.i64c(n as i64),
                _ => cx.i64c(0),
            }
        }
        TyKind::Map(..) => {
            let m = cx.expr(x).v();
            cx.rt("maplen", &[m])[0]
        }
        _ => cx.i64c(0),
    }
}

/// `append(s, args...)` / `append(s, t...)`.
fn append(cx: &mut FnCx, st: Ty, args: &[ast::Expr], dots: bool) -> Val {
    let et = cx.lw.tcx.elem(st);
    let es = cx.lw.tcx.size(et) as i64;
    let s = cx.expr(&args[0]);
    let s = cx.copy_val(st, s).v();
    // The appended values: either a slice/string (dots) or individual values.
    let (src_ptr, n, vals) = if dots {
        let v = cx.expr(&args[1]).v();
        let p = cx.ins().load(Type::Ptr, v, 0);
        let l = cx.ins().load(Type::I64, v, 8);
        (Some(p), l, Vec::new())
    } else {
        let mut vals = Vec::new();
        for a in &args[1..] {
            let v = cx.expr_to(a, et);
            vals.push(cx.copy_val(et, v));
        }
        let n = cx.i64c(vals.len() as i64);
        (None, n, vals)
    };
    if vals.is_empty() && src_ptr.is_none() {
        return Val::M(s);
    }
    let data = cx.ins().load(Type::Ptr, s, 0);
    let len = cx.ins().load(Type::I64, s, 8);
    let cap = cx.ins().load(Type::I64, s, 16);
    let newlen = cx.ins().iadd(len, n);
    let fits = cx.ins().icmp(IntCC::Ule, newlen, cap);
    let grow = cx.new_block();
    let ok = cx.new_block();
    cx.brif(fits, ok, grow);
    cx.switch_to(grow);
    cx.seal(grow);
    let d = desc(cx, et);
    let r = match append_store(cx, &args[0], es) {
        Some(store) => cx.rt("growslicebuf", &[data, newlen, cap, n, d, store]),
        None => cx.rt("growslice", &[data, newlen, cap, n, d]),
    };
    cx.ins().store(r[0], s, 0);
    cx.ins().store(r[2], s, 16);
    cx.jump(ok);
    cx.switch_to(ok);
    cx.seal(ok);
    let data = cx.ins().load(Type::Ptr, s, 0);
    cx.ins().store(newlen, s, 8);
    let dst = cx.elem_addr(data, len, et);
    match src_ptr {
        Some(p) => {
            let esz = cx.i64c(es);
            let bytes = cx.ins().imul(n, esz);
            let w = cx.i64c(1);
            cx.rt("slicecopy", &[dst, bytes, p, bytes, w]);
        }
        None => {
            for (i, v) in vals.into_iter().enumerate() {
                let a = cx.addr_off(dst, i as i64 * es);
                cx.store_val(et, v, a);
            }
        }
    }
    Val::M(s)
}

/// The stack backing store gc gives an append whose result does not escape
/// (`ssagen`'s `getBackingStoreInfoForAppend`): a nullable alloc of a "used" word and 32
/// bytes at the top of the function's entry block, so it is one area per activation and
/// escape analysis places it (null, hence plain growslice, when the slice escapes). As in
/// gc: only for elements of 1 to 32 bytes; for a variable, only its first append site and
/// only when it is SSA-able (an address-taken or captured variable is appended in place,
/// without a store); other expressions get a store per site, except the in-place forms (fields,
/// elements, dereferences).
fn append_store(cx: &mut FnCx, x: &ast::Expr, es: i64) -> Option<Value> {
    if !(1..=32).contains(&es) {
        return None;
    }
    let x = unparen(x);
    match &x.kind {
        ExprKind::Name(_) => {
            let obj = cx.lw.p.info.uses.get(&cx.key(x.id)).copied()?;
            // gc's canSSA: a local that is neither captured nor address-taken (loopc keeps
            // slices in slots either way).
            let local = matches!(cx.var_loc(obj), Some(VarLoc::Ssa(_) | VarLoc::Slot(_)));
            let ssa_able = !cx.lw.captured.contains(&obj) && !cx.lw.p.info.address_taken.contains(&obj);
            if !local || !ssa_able || !cx.append_stores.insert(obj) {
                return None;
            }
        }
        ExprKind::Selector { .. } | ExprKind::Index { .. } | ExprKind::Star(_) => return None,
        _ => {}
    }
    // It belongs to the function's entry: it takes the span of what is there already (the
    // function's name), not the append's.
    let entry = cx.entry;
    let span = cx.func.layout.first_inst(entry).map_or(cx.span, |i| cx.func.srclocs[i]);
    let mut c = FuncCursor::new(&cx.lw.m.decls, &mut cx.func);
    c.goto_first_inst(entry);
    c.set_span(span);
    Some(c.alloc_nullable(8 + 32, 8))
}

/// `make(T, args...)`.
fn make(cx: &mut FnCx, t: Ty, args: &[ast::Expr]) -> Val {
    match cx.lw.tcx.ukind(t) {
        TyKind::Slice(et) => {
            let len = cx.index_val(&args[0]);
            let cap = if args.len() > 1 { cx.index_val(&args[1]) } else { len };
            let d = desc(cx, et);
            let p = cx.rt("makeslice", &[d, len, cap])[0];
            let out = cx.temp(t);
            cx.ins().store(p, out, 0);
            cx.ins().store(len, out, 8);
            cx.ins().store(cap, out, 16);
            Val::M(out)
        }
        TyKind::Map(..) => {
            let hint = if args.is_empty() { cx.i64c(0) } else { cx.index_val(&args[0]) };
            let d = desc(cx, t);
            Val::S(cx.rt("makemap", &[d, hint])[0])
        }
        _ => cx.zero_val(t),
    }
}

fn clear_slice(cx: &mut FnCx, t: Ty, s: Value) {
    let et = cx.lw.tcx.elem(t);
    let es = cx.lw.tcx.size(et) as i64;
    let data = cx.ins().load(Type::Ptr, s, 0);
    let len = cx.ins().load(Type::I64, s, 8);
    let i = cx.ssa.declare(Type::I64);
    let z = cx.i64c(0);
    cx.def_var(i, z);
    let head = cx.new_block();
    let body = cx.new_block();
    let done = cx.new_block();
    cx.jump(head);
    cx.switch_to(head);
    let iv = cx.use_var(i);
    let c = cx.ins().icmp(IntCC::Slt, iv, len);
    cx.brif(c, body, done);
    cx.switch_to(body);
    cx.seal(body);
    let a = cx.elem_addr(data, iv, et);
    let zero = cx.zero_val(et);
    cx.store_val(et, zero, a);
    let one = cx.i64c(1);
    let n = cx.ins().iadd(iv, one);
    cx.def_var(i, n);
    cx.jump(head);
    cx.seal(head);
    cx.switch_to(done);
    cx.seal(done);
    let _ = es;
}

fn min_max(cx: &mut FnCx, e: &ast::Expr, is_min: bool, args: &[ast::Expr]) -> Val {
    let t = cx.ty_of(e);
    let mut acc = cx.expr_to(&args[0], t);
    for a in &args[1..] {
        let v = cx.expr_to(a, t);
        acc = if cx.lw.tcx.is_string(t) {
            let c = cx.rt("cmpstring", &[v.v(), acc.v()])[0];
            let z = cx.i64c(0);
            let take = cx.ins().icmp(if is_min { IntCC::Slt } else { IntCC::Sgt }, c, z);
            let out = cx.temp(t);
            let s = cx.ins().select(take, v.v(), acc.v());
            cx.ins().memcpy(out, s, 16);
            Val::M(out)
        } else if cx.lw.tcx.is_float(t) {
            // NaN propagates; min(-0, +0) is -0 and max(-0, +0) is +0.
            let (x, y) = (acc.v(), v.v());
            let less = cx.ins().fcmp(if is_min { FloatCC::Lt } else { FloatCC::Gt }, y, x);
            let pick = cx.ins().select(less, y, x);
            // Zero signs: for equal values, or-ing (min) / and-ing (max) the bit patterns.
            let ty = cx.func.dfg.value_type(x);
            let it = if ty == Type::F32 { Type::I32 } else { Type::I64 };
            let xb = cx.ins().convert(Opcode::Bitcast, it, x);
            let yb = cx.ins().convert(Opcode::Bitcast, it, y);
            let mixed = cx.bin(if is_min { Opcode::Or } else { Opcode::And }, xb, yb);
            let mixed = cx.ins().convert(Opcode::Bitcast, ty, mixed);
            let eq = cx.ins().fcmp(FloatCC::Eq, x, y);
            let pick = cx.ins().select(eq, mixed, pick);
            let xnan = cx.ins().fcmp(FloatCC::Ne, x, x);
            let pick = cx.ins().select(xnan, x, pick);
            let ynan = cx.ins().fcmp(FloatCC::Ne, y, y);
            Val::S(cx.ins().select(ynan, y, pick))
        } else {
            let u = cx.lw.tcx.is_unsigned(t);
            let cc = match (is_min, u) {
                (true, false) => IntCC::Slt,
                (true, true) => IntCC::Ult,
                (false, false) => IntCC::Sgt,
                (false, true) => IntCC::Ugt,
            };
            let take = cx.ins().icmp(cc, v.v(), acc.v());
            Val::S(cx.ins().select(take, v.v(), acc.v()))
        };
    }
    acc
}

/// print/println of one value.
fn print_val(cx: &mut FnCx, t: Ty, v: Val) {
    match cx.lw.tcx.ukind(t) {
        TyKind::Basic(k) => match k {
            BasicKind::Bool => {
                cx.rt("printbool", &[v.v()]);
            }
            BasicKind::String => {
                cx.rt("printstring", &[v.v()]);
            }
            BasicKind::Float32 | BasicKind::Float64 => {
                let x = v.v();
                let x = if cx.func.dfg.value_type(x) == Type::F32 {
                    cx.ins().convert(Opcode::Fpromote, Type::F64, x)
                } else {
                    x
                };
                cx.rt("printfloat", &[x]);
            }
            BasicKind::UntypedNil | BasicKind::UnsafePointer => {
                cx.rt("printpointer", &[v.v()]);
            }
            _ => {
                let x = cx.widen_i64(v.v(), t);
                let name = if cx.lw.tcx.is_unsigned(t) { "printuint" } else { "printint" };
                cx.rt(name, &[x]);
            }
        },
        TyKind::Interface(_) => {
            let any = cx.lw.tcx.any();
            let e = crate::convert::to_iface(cx, v, t, any);
            cx.rt("printeface", &[e.v()]);
        }
        TyKind::Slice(_) => {
            let s = v.v();
            let p = cx.ins().load(Type::Ptr, s, 0);
            let l = cx.ins().load(Type::I64, s, 8);
            let c = cx.ins().load(Type::I64, s, 16);
            cx.rt("printslice", &[p, l, c]);
        }
        _ => match v {
            Val::S(p) if cx.func.dfg.value_type(p) == Type::Ptr => {
                cx.rt("printpointer", &[p]);
            }
            _ => {
                let p = cx.iconst(Type::Ptr, 0);
                cx.rt("printpointer", &[p]);
            }
        },
    }
}

/// `runtime.mapaccess1`: pointer to the element (or a zero value).
pub(crate) fn map_access1(cx: &mut FnCx, mt: Ty, m: Value, k: Val) -> Value {
    let kt = match cx.lw.tcx.ukind(mt) {
        TyKind::Map(k, _) => k,
        _ => mt,
    };
    let kp = spill(cx, kt, k);
    let d = desc(cx, mt);
    cx.rt("mapaccess1", &[d, m, kp])[0]
}

/// `v, ok := m[k]`.
pub(crate) fn map_access2(cx: &mut FnCx, mt: Ty, m: Value, k: Val) -> Vec<Val> {
    let (kt, vt) = match cx.lw.tcx.ukind(mt) {
        TyKind::Map(k, v) => (k, v),
        _ => (mt, mt),
    };
    let kp = spill(cx, kt, k);
    let d = desc(cx, mt);
    let r = cx.rt("mapaccess2", &[d, m, kp]);
    let v = cx.load_val(vt, r[0]);
    let v = cx.copy_val(vt, v);
    vec![v, Val::S(r[1])]
}

/// `runtime.mapassign`: pointer to the element slot.
pub(crate) fn map_assign(cx: &mut FnCx, mt: Ty, m: Value, k: Val) -> Value {
    let kt = match cx.lw.tcx.ukind(mt) {
        TyKind::Map(k, _) => k,
        _ => mt,
    };
    let kp = spill(cx, kt, k);
    let d = desc(cx, mt);
    cx.rt("mapassign", &[d, m, kp])[0]
}

/// A new slice of type `st` holding `vals` (already of the element type).
pub(crate) fn make_slice_of(cx: &mut FnCx, st: Ty, vals: &[Val]) -> Val {
    let et = cx.lw.tcx.elem(st);
    let (es, ea) = cx.lw.tcx.size_align(et);
    let n = vals.len() as u32;
    let arr = cx.temp_raw((es as u32 * n).max(1), (ea as u32).max(1));
    for (i, &v) in vals.iter().enumerate() {
        let a = cx.addr_off(arr, i as i64 * es as i64);
        cx.store_val(et, v, a);
    }
    let out = cx.temp(st);
    cx.ins().store(arr, out, 0);
    let len = cx.i64c(n as i64);
    cx.ins().store(len, out, 8);
    cx.ins().store(len, out, 16);
    Val::M(out)
}

/// Concatenates strings.
pub(crate) fn concat(cx: &mut FnCx, parts: &[Val]) -> Val {
    let st = cx.lw.tcx.basic(BasicKind::String);
    let sl = cx.lw.tcx.slice(st);
    let s = make_slice_of(cx, sl, parts);
    let out = cx.temp(st);
    cx.rt("concatstrings", &[out, s.v()]);
    Val::M(out)
}

/// A composite literal; `heap` for `&T{...}` (returns the pointer).
pub(crate) fn composite_lit(cx: &mut FnCx, e: &ast::Expr, heap: bool) -> Val {
    let ExprKind::CompositeLit { elts, .. } = &e.kind else { return Val::None };
    let mut t = cx.ty_of(e);
    if let TyKind::Pointer(inner) = cx.lw.tcx.ukind(t) {
        // `&T{}` elided inside another literal: the recorded type is the pointer.
        t = inner;
        let p = cx.temp(t);
        fill_lit(cx, t, p, elts);
        return Val::S(p);
    }
    if let TyKind::Map(kt, vt) = cx.lw.tcx.ukind(t) {
        let d = desc(cx, t);
        let hint = cx.i64c(elts.len() as i64);
        let m = cx.rt("makemap", &[d, hint])[0];
        for el in elts {
            if let ExprKind::KeyValue { key, value } = &el.kind {
                // Each entry is ordered as the statement `m[k] = v` (order.rs).
                cx.as_statement(&[&**key, &**value], |cx| {
                    let k = lit_elem(cx, key, kt);
                    let k = cx.copy_val(kt, k);
                    let v = lit_elem(cx, value, vt);
                    let v = cx.copy_val(vt, v);
                    let p = map_assign(cx, t, m, k);
                    cx.store_val(vt, v, p);
                });
            }
        }
        return Val::S(m);
    }
    if let TyKind::Slice(et) = cx.lw.tcx.ukind(t) {
        let n = slice_lit_len(cx, elts);
        let arr_ty = cx.lw.tcx.intern(TyKind::Array(n, et));
        let arr = cx.temp(arr_ty);
        fill_lit(cx, arr_ty, arr, elts);
        let out = cx.temp(t);
        cx.ins().store(arr, out, 0);
        let len = cx.i64c(n as i64);
        cx.ins().store(len, out, 8);
        cx.ins().store(len, out, 16);
        return Val::M(out);
    }
    let p = cx.temp(t);
    fill_lit(cx, t, p, elts);
    if heap {
        Val::S(p)
    } else {
        Val::M(p)
    }
}

fn slice_lit_len(cx: &FnCx, elts: &[ast::Expr]) -> u64 {
    let mut idx = 0u64;
    let mut max = 0u64;
    for el in elts {
        if let ExprKind::KeyValue { key, .. } = &el.kind {
            if let Some(v) = cx.lw.p.info.const_value(cx.file, key.id).and_then(|c| c.to_u64()) {
                idx = v;
            }
        }
        idx += 1;
        max = max.max(idx);
    }
    max
}

/// An element of a composite literal (elided types of nested literals included).
fn lit_elem(cx: &mut FnCx, e: &ast::Expr, t: Ty) -> Val {
    if let ExprKind::CompositeLit { ty: None, .. } = &unparen(e).kind {
        // An elided map literal may have been built ahead by the ordering (order.rs).
        if let Some(vs) = cx.take_recorded(e) {
            return vs.into_iter().next().unwrap_or(Val::None);
        }
        let v = composite_lit(cx, unparen(e), false);
        return v;
    }
    cx.expr_to(e, t)
}

/// Stores the elements of a struct/array literal into `p` (zeroed memory of type `t`).
fn fill_lit(cx: &mut FnCx, t: Ty, p: Value, elts: &[ast::Expr]) {
    match cx.lw.tcx.ukind(t) {
        TyKind::Struct(fields) => {
            let offs = cx.lw.tcx.offsets(t);
            for (i, el) in elts.iter().enumerate() {
                let (fi, val) = match &el.kind {
                    ExprKind::KeyValue { key, value } => {
                        let name = match &key.kind {
                            ExprKind::Name(n) => n.clone(),
                            _ => String::new(),
                        };
                        (fields.iter().position(|f| f.name == name).unwrap_or(i), &**value)
                    }
                    _ => (i, el),
                };
                let (Some(f), Some(&off)) = (fields.get(fi), offs.get(fi)) else { continue };
                let v = lit_elem(cx, val, f.ty);
                let a = cx.addr_off(p, off as i64);
                cx.store_val(f.ty, v, a);
            }
        }
        TyKind::Array(_, et) => {
            let es = cx.lw.tcx.size(et) as i64;
            let mut idx = 0i64;
            for el in elts {
                let val = match &el.kind {
                    ExprKind::KeyValue { key, value } => {
                        if let Some(v) = cx.lw.p.info.const_value(cx.file, key.id).and_then(|c| c.to_i64()) {
                            idx = v;
                        }
                        &**value
                    }
                    _ => el,
                };
                let v = lit_elem(cx, val, et);
                let a = cx.addr_off(p, idx * es);
                cx.store_val(et, v, a);
                idx += 1;
            }
        }
        _ => {}
    }
}

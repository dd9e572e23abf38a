//! Loops: `for` (3-clause and condition-only forms) and `range` over integers, slices,
//! arrays, pointers to arrays, strings and maps, each recorded as a [`loopc_ir::LoopData`]
//! with exactly one `loop_next` marker at its iteration boundary (go1.21 shared-variable
//! code; the loopvar pass makes variables per-iteration where needed).
//!
//! ```text
//! 3-clause:  init; jump head                range:  setup; vars start; jump head
//!   head:  brif cond, body, exit              head:  brif more, body, exit
//!   body:  ...; jump latch                    body:  loop_next; k, v = ...; ...; jump latch
//!   latch: loop_next; post; jump head         latch: advance; jump head
//! ```
//! `continue` jumps to the latch (so labeled continues from inner loops reach the marker),
//! `break` to the exit. Loop variables (names declared by `:=` in the init statement or the
//! range clause) that live in slots are listed in the loop's `vars`.

use crate::builder::{FnCx, Val, VarLoc};
use crate::expr::Place;
use crate::stmt::{lower_block, push_target, stmt};
use crate::types_layout::{Ty, TyKind};
use loopc_ir::{IntCC, LoopData, LoopKind, Type};
use loopc_span::Span;
use loopc_syntax::ast::{self, ExprKind, StmtKind};
use loopc_types::{NodeKey, RangeKind};

fn keyword_span(s: &ast::Stmt) -> Span {
    Span { file: s.span.file, lo: s.span.lo, hi: s.span.lo + 3 }
}

/// Creates the loop entity and makes it the innermost syntactic loop.
pub(crate) fn begin_loop(cx: &mut FnCx, kind: LoopKind, s: &ast::Stmt, range_span: Span, end: Span) -> loopc_ir::Loop {
    let mut data = LoopData::new(kind, keyword_span(s));
    data.range_span = range_span;
    data.end = end;
    data.parent = cx.loops.last().copied();
    data.distinct = matches!(kind, LoopKind::ThreeClause | LoopKind::Range)
        && (s.span.file != cx.lw.main.span.file || cx.lw.main_distinct_vars);
    let lp = cx.func.loops.push(data);
    cx.loops.push(lp);
    lp
}

/// `for init; cond; post { body }`.
pub(crate) fn for_stmt(cx: &mut FnCx, s: &ast::Stmt, label: Option<NodeKey>) {
    let StmtKind::For { init, cond, post, body } = &s.kind else { return };
    let defines = matches!(init.as_deref().map(|i| &i.kind), Some(StmtKind::Assign { define: true, .. }));
    let kind = if defines { LoopKind::ThreeClause } else { LoopKind::Other };
    let lp = begin_loop(cx, kind, s, Span::default(), body.rbrace);
    if let Some(i) = init {
        stmt(cx, i);
        if let StmtKind::Assign { lhs, define: true, .. } = &i.kind {
            for x in lhs {
                if let Some(&o) = cx.lw.p.info.defs.get(&cx.key(x.id)) {
                    if let Some(VarLoc::Slot(ss)) = cx.vars.get(&o).copied() {
                        if !cx.func.loops[lp].vars.contains(&ss) {
                            cx.func.slots[ss].lp = Some(lp);
                            cx.func.loops[lp].vars.push(ss);
                        }
                    }
                }
            }
        }
    }
    let head = cx.new_block();
    let bodyb = cx.new_block();
    let latch = cx.new_block();
    let exit = cx.new_block();
    cx.jump(head);
    cx.switch_to(head);
    match cond {
        Some(c) => cx.cond_branch(c, bodyb, exit),
        None => cx.jump(bodyb),
    }
    cx.switch_to(bodyb);
    cx.seal(bodyb);
    let mark = push_target(cx, cx.key(s.id), label, exit, Some(latch));
    lower_block(cx, body);
    cx.targets.truncate(mark);
    if cx.is_open() {
        cx.jump(latch);
    }
    cx.switch_to(latch);
    cx.seal(latch);
    cx.span = keyword_span(s);
    cx.ins().loop_next(lp);
    if let Some(p) = post {
        stmt(cx, p);
    }
    if cx.is_open() {
        cx.jump(head);
    }
    cx.seal(head);
    cx.loops.pop();
    cx.switch_to(exit);
    cx.seal(exit);
}

/// Declares (define form) or resolves the range clause's key/value destinations.
enum RangeDest {
    Var(VarLoc, Ty),
    Expr(usize),
    None,
}

/// `for k, v := range x { body }`.
pub(crate) fn range_stmt(cx: &mut FnCx, s: &ast::Stmt, label: Option<NodeKey>) {
    let StmtKind::Range { key, value, define, x, body, range_span } = &s.kind else { return };
    let Some(info) = cx.lw.p.info.ranges.get(&cx.key(s.id)).cloned() else { return };
    if let RangeKind::Func(_) = info.kind {
        crate::rangefunc::range_func(cx, s, label);
        return;
    }
    let xt = cx.ty_of(x);
    let lp = begin_loop(cx, LoopKind::Range, s, *range_span, body.rbrace);
    // The range expression, evaluated once (before the loop variables exist).
    let saved = cx.at(x.span);
    let xv = cx.expr(x);
    let xv = match info.kind {
        RangeKind::Array if value.is_some() => cx.copy_val(xt, xv),
        RangeKind::Slice | RangeKind::String => cx.copy_val(xt, xv),
        _ => xv,
    };
    cx.span = saved;
    let kty = info.key.map(|t| cx.conv(t));
    let vty = info.value.map(|t| cx.conv(t));
    let mut dests = Vec::new();
    for (i, (e, t)) in [(key, kty), (value, vty)].into_iter().enumerate() {
        let Some(e) = e else {
            dests.push(RangeDest::None);
            continue;
        };
        if matches!(&e.kind, ExprKind::Name(n) if n == "_") {
            dests.push(RangeDest::None);
            continue;
        }
        if *define {
            match (cx.lw.p.info.defs.get(&cx.key(e.id)).copied(), t) {
                (Some(o), Some(_)) => {
                    let ot = cx.conv(cx.lw.p.object(o).ty);
                    let z = cx.zero_val(ot);
                    let loc = cx.declare_var(o, ot, z, e.span, false);
                    if let VarLoc::Slot(ss) = loc {
                        cx.func.slots[ss].lp = Some(lp);
                        cx.func.loops[lp].vars.push(ss);
                    }
                    dests.push(RangeDest::Var(loc, ot));
                }
                _ => dests.push(RangeDest::None),
            }
        } else {
            dests.push(RangeDest::Expr(i));
        }
    }
    let head = cx.new_block();
    let bodyb = cx.new_block();
    let latch = cx.new_block();
    let exit = cx.new_block();
    let int64 = cx.lw.tcx.basic(loopc_types::BasicKind::Int);
    // Iteration state.
    let idx = cx.ssa.declare(Type::I64);
    let zero = cx.i64c(0);
    cx.def_var(idx, zero);
    let next = cx.ssa.declare(Type::I64);
    cx.def_var(next, zero);
    let (len, data, iter) = match info.kind {
        RangeKind::Int => {
            let it = cx.ir_ty(xt);
            let n = xv.v();
            let _ = it;
            (Some(cx.widen_i64(n, xt)), None, None)
        }
        RangeKind::Slice => {
            let p = xv.v();
            let d = cx.ins().load(Type::Ptr, p, 0);
            let l = cx.ins().load(Type::I64, p, 8);
            (Some(l), Some(d), None)
        }
        RangeKind::String => {
            let p = xv.v();
            let l = cx.ins().load(Type::I64, p, 8);
            (Some(l), Some(p), None)
        }
        RangeKind::Array => {
            let n = match cx.lw.tcx.ukind(xt) {
                TyKind::Array(n, _) => n,
                _ => 0,
            };
            let l = cx.i64c(n as i64);
            let d = match xv {
                Val::M(p) => Some(p),
                _ => None,
            };
            (Some(l), d, None)
        }
        RangeKind::PtrArray => {
            let n = match cx.lw.tcx.ukind(cx.lw.tcx.elem(xt)) {
                TyKind::Array(n, _) => n,
                _ => 0,
            };
            let l = cx.i64c(n as i64);
            (Some(l), Some(xv.v()), None)
        }
        RangeKind::Map => {
            let g = crate::descriptors::type_descriptor(cx.lw, xt);
            let d = cx.ins().global_addr(g);
            let it = cx.rt("mapiterinit", &[d, xv.v()])[0];
            (None, None, Some(it))
        }
        RangeKind::Func(_) => (None, None, None),
    };
    cx.jump(head);
    cx.switch_to(head);
    let mut map_key = None;
    match (len, iter) {
        (Some(l), _) => {
            let i = cx.use_var(idx);
            let c = cx.ins().icmp(IntCC::Slt, i, l);
            cx.brif(c, bodyb, exit);
        }
        (None, Some(it)) => {
            let kp = cx.rt("mapiterkey", &[it])[0];
            let z = cx.iconst(Type::Ptr, 0);
            let c = cx.ins().icmp(IntCC::Ne, kp, z);
            map_key = Some(kp);
            cx.brif(c, bodyb, exit);
        }
        _ => cx.jump(exit),
    }
    cx.switch_to(bodyb);
    cx.seal(bodyb);
    cx.span = keyword_span(s);
    cx.ins().loop_next(lp);
    // Iteration values.
    let i = cx.use_var(idx);
    let (kv, vv): (Option<Val>, Option<Val>) = match info.kind {
        RangeKind::Int => {
            let kt = kty.unwrap_or(int64);
            let t = cx.ir_ty(kt);
            let k = if t == Type::I64 { i } else { cx.ins().convert(loopc_ir::Opcode::Trunc, t, i) };
            (Some(Val::S(k)), None)
        }
        RangeKind::Slice | RangeKind::Array | RangeKind::PtrArray => {
            let v = match (vty, data, &dests[1]) {
                (Some(vt), Some(d), d1) if !matches!(d1, RangeDest::None) => {
                    let a = cx.elem_addr(d, i, vt);
                    let v = cx.load_val(vt, a);
                    Some(v)
                }
                _ => None,
            };
            (Some(Val::S(i)), v)
        }
        RangeKind::String => {
            let p = data.expect("invariant: string range has the string");
            let r = cx.rt("decoderune", &[p, i]);
            cx.def_var(next, r[1]);
            (Some(Val::S(i)), Some(Val::S(r[0])))
        }
        RangeKind::Map => {
            let it = iter.expect("invariant: map range has an iterator");
            let kp = map_key.expect("invariant: map key pointer");
            let k = kty.map(|t| {
                let v = cx.load_val(t, kp);
                cx.copy_val(t, v)
            });
            let v = match (vty, &dests[1]) {
                (Some(t), d1) if !matches!(d1, RangeDest::None) => {
                    let ep = cx.rt("mapiterelem", &[it])[0];
                    let v = cx.load_val(t, ep);
                    Some(cx.copy_val(t, v))
                }
                _ => None,
            };
            (k, v)
        }
        RangeKind::Func(_) => (None, None),
    };
    let exprs = [key, value];
    for (d, (v, t)) in dests.iter().zip([(kv, kty), (vv, vty)]) {
        let (Some(v), Some(t)) = (v, t) else { continue };
        match d {
            RangeDest::Var(loc, ot) => {
                let v = cx.implicit(v, t, *ot);
                cx.write_loc(*loc, *ot, v);
            }
            RangeDest::Expr(i) => {
                if let Some(e) = exprs[*i] {
                    let pt = cx.ty_of(e);
                    let mt = crate::stmt::map_ty(cx, e);
                    let place: Place = cx.place(e, false);
                    let v = cx.implicit(v, t, pt);
                    cx.store_place(place, pt, v, mt);
                }
            }
            RangeDest::None => {}
        }
    }
    let mark = push_target(cx, cx.key(s.id), label, exit, Some(latch));
    lower_block(cx, body);
    cx.targets.truncate(mark);
    if cx.is_open() {
        cx.jump(latch);
    }
    cx.switch_to(latch);
    cx.seal(latch);
    cx.span = keyword_span(s);
    match info.kind {
        RangeKind::String => {
            let n = cx.use_var(next);
            cx.def_var(idx, n);
        }
        RangeKind::Map => {
            let it = iter.expect("invariant: map range has an iterator");
            cx.rt("mapiternext", &[it]);
        }
        _ => {
            let i = cx.use_var(idx);
            let one = cx.i64c(1);
            let n = cx.ins().iadd(i, one);
            cx.def_var(idx, n);
        }
    }
    if cx.is_open() {
        cx.jump(head);
    }
    cx.seal(head);
    cx.loops.pop();
    cx.switch_to(exit);
    cx.seal(exit);
}

//! Range-over-func loops, lowered to the shape the rangefunc pass expects (loopc-ir's crate
//! doc, after Go's `rangefunc/rewrite.go`):
//!
//! ```text
//! for k, v := range seq { body }
//!   ==>  parent:  #next := 0 (one slot per outermost loop nest)
//!                 call_closure seq(g, make_closure @F-rangeN(captures, &#next, ...))
//!                 <panic check>; loop_exit loopN
//!                 dispatch on #next: 0 → after the loop; -1 → return;
//!                   codes of break/continue/goto targets outside the body → reset and branch
//!        body @F-rangeN(clo, g, k, v) -> bool: k, v bound; body; return true
//!          break → return false; continue → return true;
//!          return e → store results, #next = -1, return false;
//!          break/continue/goto out → #next = code, return false
//! ```
//! The body closure captures (by reference) every outer variable it uses (and those an
//! `=` loop assigns), the `#next` variable, the enclosing function's result variables when
//! it returns, and a cell `#defers` holding the nest's defer token when a body defers:
//!
//! ```text
//!   parent:  vT = call @runtime.deferrangefunc(g, d)   (outermost loop; d: its defer frame)
//!   body:    call @runtime.deferprocat(g, vT, clo)      (for `defer f(..)`, clo: the wrapper)
//! ```
//! so body defers run with the enclosing function's, where the loop started (runtime's
//! `rangefunc.go` and `rt.lir`). The state checks are the rangefunc pass's job.

use crate::builder::{Escape, FnCx, RangeBody, Val, VarLoc};
use crate::closure::declare_closure;
use crate::stmt::lower_block;
use crate::types_layout::Ty;
use crate::walk::{walk_stmts, Node};
use loopc_ir::{Capture, CaptureMode, IntCC, LoopKind, Type, Value};
use loopc_span::Span;
use loopc_syntax::ast::{self, BranchKind, ExprKind, StmtKind};
use loopc_types::{NodeKey, RangeKind};

/// Whether `body` contains a range-over-func loop (not inside function literals).
pub(crate) fn contains_range_func(cx: &FnCx, body: &ast::Block) -> bool {
    let mut found = false;
    let file = cx.file;
    walk_stmts(&body.stmts, &mut |n| match n {
        Node::Stmt(s) => {
            if let StmtKind::Range { .. } = &s.kind {
                if cx
                    .lw
                    .p
                    .info
                    .ranges
                    .get(&NodeKey::new(file, s.id))
                    .is_some_and(|r| matches!(r.kind, RangeKind::Func(_)))
                {
                    found = true;
                }
            }
            true
        }
        Node::Expr(e) => !matches!(e.kind, ExprKind::FuncLit { .. }),
    });
    found
}

fn body_labels(body: &ast::Block) -> Vec<String> {
    let mut out = Vec::new();
    walk_stmts(&body.stmts, &mut |n| {
        if let Node::Stmt(s) = n {
            if let StmtKind::Labeled { label, .. } = &s.kind {
                out.push(label.name.clone());
            }
        }
        !matches!(n, Node::Expr(e) if matches!(e.kind, ExprKind::FuncLit { .. }))
    });
    out
}

/// `for k, v := range f { body }` with `f` an iterator function.
pub(crate) fn range_func(cx: &mut FnCx, s: &ast::Stmt, label: Option<NodeKey>) {
    let StmtKind::Range { key, value, define, x, body, range_span } = &s.kind else { return };
    let xt = cx.ty_of(x);
    let (xparams, _, _) = cx.lw.tcx.func_parts(xt);
    let yield_ty = xparams.first().copied().unwrap_or(xt);
    let (yparams, _, _) = cx.lw.tcx.func_parts(yield_ty);
    let seq = cx.expr(x).v();
    let lp = crate::loops::begin_loop(cx, LoopKind::RangeFunc, s, *range_span, body.rbrace);
    // #next: shared by the whole nest.
    let (next_addr, next_slot) = match &cx.range_body {
        Some(rb) => (rb.next, None),
        None => {
            let int = cx.lw.tcx.basic(loopc_types::BasicKind::Int);
            let ss = cx.new_slot("#next", int, s.span);
            cx.ins().slot_start(ss);
            (cx.ins().slot_addr(ss), Some(ss))
        }
    };
    // Captures: outer variables used, #next, results, the defer frame cell.
    let objs = crate::closure::free_vars(cx.lw, cx.file, body, &crate::closure::range_assigned(s), s.span);
    let (mut caps, mut args, kept) = cx.capture_list(&objs);
    let next_idx = caps.len() as u32;
    caps.push(Capture { name: "#next".into(), mode: CaptureMode::ByRef, size: 8, align: 8, slot: next_slot });
    args.push(next_addr);
    let result_addrs: Vec<(Ty, Value)> = match &cx.range_body {
        Some(rb) => rb.results.clone(),
        None => {
            let rs = cx.results.clone();
            rs.iter()
                .map(|r| {
                    let a = match r.loc {
                        VarLoc::Ssa(_) => cx.temp(r.ty),
                        loc => cx.loc_addr(loc, None),
                    };
                    (r.ty, a)
                })
                .collect()
        }
    };
    let res_idx = caps.len() as u32;
    for (i, &(t, a)) in result_addrs.iter().enumerate() {
        let slot = match cx.results.get(i).map(|r| r.loc) {
            Some(VarLoc::Slot(ss)) if cx.range_body.is_none() => Some(ss),
            _ => None,
        };
        caps.push(Capture {
            name: format!("#r{i}"),
            mode: CaptureMode::ByRef,
            size: cx.lw.tcx.size(t),
            align: cx.lw.tcx.align(t).max(1),
            slot,
        });
        args.push(a);
    }
    // Body defers: the outermost loop of a nest whose bodies defer takes the token they
    // push onto (gc's `#defers = runtime.deferrangefunc()`); nested loops pass it on.
    let frame = if !crate::stmt::contains_defer(body) {
        None
    } else {
        match (&cx.range_body, cx.defer_frame) {
            (Some(rb), _) => rb.defer_frame,
            (None, Some(d)) => {
                let (f, _, _) = crate::runtime::runtime_func(cx.lw, "deferrangefunc");
                let g = cx.g;
                Some(cx.ins().call(f, &[g, d])[0])
            }
            (None, None) => None,
        }
    };
    let frame_idx = caps.len() as u32;
    if let Some(fv) = frame {
        let uptr = cx.lw.tcx.basic(loopc_types::BasicKind::UnsafePointer);
        let cell = cx.temp(uptr);
        cx.ins().store(fv, cell, 0);
        caps.push(Capture { name: "#defers".into(), mode: CaptureMode::ByRef, size: 8, align: 8, slot: None });
        args.push(cell);
    }
    let name = cx.lw.next_closure_name(&cx.name, true, false);
    let mut params = vec![Type::Ptr, Type::Ptr];
    for &p in &yparams {
        params.push(cx.lw.tcx.scalar(p).unwrap_or(Type::Ptr));
    }
    let sig = loopc_ir::Signature { params, returns: vec![Type::Bool] };
    let f = declare_closure(cx.lw, &name, sig, cx.fref, caps, Some(lp));
    cx.func.loops[lp].body = Some(f);
    let escapes;
    {
        let mut child = FnCx::new(cx.lw, f, cx.file, cx.env.clone());
        child.nesting = cx.nesting + 1;
        child.span = body.lbrace;
        for (i, o) in kept.iter().enumerate() {
            child.capture_index.insert(*o, i as u32);
        }
        let entry = child.entry;
        child.switch_to(entry);
        child.seal(entry);
        let ctx = child.func.dfg.append_block_param(entry, Type::Ptr);
        child.ctx = Some(ctx);
        child.g = child.func.dfg.append_block_param(entry, Type::Ptr);
        let mut yvals = Vec::new();
        for &p in &yparams {
            let t = child.lw.tcx.scalar(p).unwrap_or(Type::Ptr);
            let v = child.func.dfg.append_block_param(entry, t);
            yvals.push(if child.lw.tcx.scalar(p).is_some() { Val::S(v) } else { Val::M(v) });
        }
        child.bind_captures();
        let next = child.ins().env_addr(ctx, next_idx);
        let mut results = Vec::new();
        for (i, &(t, _)) in result_addrs.iter().enumerate() {
            let a = child.ins().env_addr(ctx, res_idx + i as u32);
            results.push((t, a));
        }
        let defer_frame = if frame.is_some() {
            let c = child.ins().env_addr(ctx, frame_idx);
            Some(child.ins().load(Type::Ptr, c, 0))
        } else {
            None
        };
        child.range_body = Some(RangeBody {
            next,
            results,
            defer_frame,
            outer_codes: Default::default(),
            stmt: child.key(s.id),
            body_labels: body_labels(body),
            escapes: Vec::new(),
        });
        if let Some(l) = label {
            if let Some(rb) = child.range_body.as_mut() {
                rb.outer_codes.insert(l, (0, 0));
            }
        }
        // Iteration values.
        for (i, e) in [key, value].into_iter().enumerate() {
            let (Some(e), Some(&v), Some(&t)) = (e, yvals.get(i), yparams.get(i)) else { continue };
            if matches!(&e.kind, ExprKind::Name(n) if n == "_") {
                continue;
            }
            if *define {
                if let Some(&o) = child.lw.p.info.defs.get(&child.key(e.id)) {
                    let ot = child.conv(child.lw.p.object(o).ty);
                    let v = child.implicit(v, t, ot);
                    child.declare_var(o, ot, v, e.span, false);
                }
            } else {
                let pt = child.ty_of(e);
                let mt = crate::stmt::map_ty(&child, e);
                let place = child.place(e, false);
                let v = child.implicit(v, t, pt);
                child.store_place(place, pt, v, mt);
            }
        }
        lower_block(&mut child, body);
        child.span = body.rbrace;
        if child.is_open() {
            let t = child.iconst(Type::Bool, 1);
            child.ins().ret(&[t]);
            child.block = None;
        }
        // Panics unwind through the exit block.
        let exit = child.exit;
        child.switch_to(exit);
        child.seal(exit);
        let f0 = child.iconst(Type::Bool, 0);
        child.ins().ret(&[f0]);
        child.block = None;
        escapes = child.range_body.as_ref().map(|rb| rb.escapes.clone()).unwrap_or_default();
        let (func, fr) = child.finish();
        cx.lw.m.define(fr, func);
    }
    let site = cx.site();
    let clo = cx.ins().make_closure(f, &args, site);
    cx.loops.pop();
    // Call the iterator.
    cx.span = Span { file: s.span.file, lo: s.span.lo, hi: s.span.lo + 3 };
    let sig = loopc_ir::Signature::new(&[Type::Ptr, Type::Ptr], &[]);
    let sr = cx.ins().import_sig(sig);
    // Calling a nil iterator is a nil dereference (gc faults on the closure's code word).
    cx.nil_check(seq);
    let g = cx.g;
    cx.ins().call_closure(sr, seq, &[g, clo]);
    cx.check_panic();
    cx.ins().loop_exit(lp);
    dispatch(cx, next_addr, &escapes);
}

/// After the iterator returned: act on `#next`.
fn dispatch(cx: &mut FnCx, next: Value, escapes: &[(i64, Escape)]) {
    if escapes.is_empty() {
        return;
    }
    let n = cx.ins().load(Type::I64, next, 0);
    let zero = cx.i64c(0);
    let mut seen = Vec::new();
    for (code, esc) in escapes {
        if seen.contains(code) {
            continue;
        }
        seen.push(*code);
        let c = cx.i64c(*code);
        let hit = cx.ins().icmp(IntCC::Eq, n, c);
        let yes = cx.new_block();
        let no = cx.new_block();
        cx.brif(hit, yes, no);
        cx.switch_to(yes);
        cx.seal(yes);
        let local_target = match esc {
            Escape::Return => None,
            Escape::Break(t) => cx.targets.iter().rev().find(|b| b.stmt == *t).map(|b| b.brk),
            Escape::Continue(t) => cx.targets.iter().rev().find(|b| b.stmt == *t).and_then(|b| b.cont),
            Escape::Goto(l) => {
                if cx.range_body.is_none()
                    || cx.labels.contains_key(l)
                    || cx.range_body.as_ref().is_some_and(|rb| rb.body_labels.contains(l))
                {
                    Some(crate::stmt::label_block(cx, l))
                } else {
                    None
                }
            }
        };
        // `break L` / `continue L` aimed at the loop whose body this is: the branch ends
        // here, stopping (`false`) or continuing (`true`) this loop.
        let own = match esc {
            Escape::Break(t) | Escape::Continue(t) => {
                cx.range_body.as_ref().is_some_and(|rb| rb.stmt == *t || rb.outer_codes.contains_key(t))
            }
            _ => false,
        };
        if own && local_target.is_none() {
            cx.ins().store(zero, next, 0);
            let go_on = cx.iconst(Type::Bool, matches!(esc, Escape::Continue(_)) as i64);
            cx.ins().ret(&[go_on]);
            cx.block = None;
            cx.switch_to(no);
            cx.seal(no);
            continue;
        }
        match (local_target, &cx.range_body) {
            (Some(b), _) => {
                cx.ins().store(zero, next, 0);
                cx.jump(b);
            }
            (None, Some(_)) => {
                // Propagate outward: stop this body too.
                if let Some(rb) = cx.range_body.as_mut() {
                    rb.escapes.push((*code, esc.clone()));
                }
                let f = cx.iconst(Type::Bool, 0);
                cx.ins().ret(&[f]);
                cx.block = None;
            }
            (None, None) => {
                // Return from the enclosing function (results already stored).
                cx.ins().store(zero, next, 0);
                let exit = cx.exit;
                cx.jump(exit);
            }
        }
        cx.switch_to(no);
        cx.seal(no);
    }
}

fn code_for(cx: &mut FnCx, esc: &Escape) -> i64 {
    if *esc == Escape::Return {
        return -1;
    }
    let key = format!("{esc:?}");
    let n = cx.lw.closure_counts.len() as i64;
    let e = cx.lw.closure_counts.entry(format!("#code {key}")).or_insert((n as u32 + 2, 0));
    e.0 as i64
}

fn leave(cx: &mut FnCx, esc: Escape) {
    let code = code_for(cx, &esc);
    let next = cx.range_body.as_ref().map(|rb| rb.next).expect("invariant: inside a range body");
    let c = cx.i64c(code);
    cx.ins().store(c, next, 0);
    if let Some(rb) = cx.range_body.as_mut() {
        rb.escapes.push((code, esc));
    }
    let f = cx.iconst(Type::Bool, 0);
    cx.ins().ret(&[f]);
    cx.block = None;
}

/// `return es` inside a range-over-func body.
pub(crate) fn body_return(cx: &mut FnCx, es: &[ast::Expr]) {
    let results = cx.range_body.as_ref().map(|rb| rb.results.clone()).unwrap_or_default();
    let tys: Vec<Ty> = results.iter().map(|r| r.0).collect();
    let vals = crate::stmt::return_values_for(cx, es, &tys);
    for ((t, a), v) in results.iter().zip(vals) {
        cx.store_val(*t, v, *a);
    }
    leave(cx, Escape::Return);
}

/// `break`/`continue` whose target is not inside the body.
pub(crate) fn body_branch(cx: &mut FnCx, kind: BranchKind, target: Option<NodeKey>) {
    let own = cx.range_body.as_ref().map(|rb| rb.stmt);
    let own_label = target.is_some_and(|t| cx.range_body.as_ref().is_some_and(|rb| rb.outer_codes.contains_key(&t)));
    let is_own = target.is_none() || target == own || own_label;
    if is_own {
        let v = cx.iconst(Type::Bool, (kind == BranchKind::Continue) as i64);
        cx.ins().ret(&[v]);
        cx.block = None;
        return;
    }
    let t = target.expect("invariant: checked above");
    leave(cx, if kind == BranchKind::Break { Escape::Break(t) } else { Escape::Continue(t) });
}

/// `goto L` with `L` outside the body.
pub(crate) fn body_goto(cx: &mut FnCx, label: &str) {
    leave(cx, Escape::Goto(label.to_string()));
}

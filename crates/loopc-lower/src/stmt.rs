//! Statements: declarations and assignments (Go's two-phase order: operands of the
//! left-hand sides and all right-hand values first, then the stores left to right),
//! `if`, `switch` (with `fallthrough`), type switches, labels and `goto`, `break` and
//! `continue` (targets from the checker's `branches`), `return` through the exit block,
//! and `defer`. Loops are in [`crate::loops`].

use crate::builder::{BranchTarget, FnCx, Val};
use crate::call::{Callee, Prepared};
use crate::expr::{unparen, Place};
use crate::types_layout::{Ty, TyKind};
use crate::walk::{walk_stmts, Node};
use loopc_ir::{Capture, CaptureMode, Type};
use loopc_syntax::ast::{self, BinaryOp, BranchKind, ExprKind, StmtKind};
use loopc_types::{Mode, NodeKey};

/// Whether `body` contains a `defer` (outside function literals).
pub(crate) fn contains_defer(body: &ast::Block) -> bool {
    let mut found = false;
    walk_stmts(&body.stmts, &mut |n| match n {
        Node::Stmt(s) => {
            if matches!(s.kind, StmtKind::Defer(_)) {
                found = true;
            }
            true
        }
        Node::Expr(e) => !matches!(e.kind, ExprKind::FuncLit { .. }),
    });
    found
}

/// Lowers a block.
pub(crate) fn lower_block(cx: &mut FnCx, b: &ast::Block) {
    for s in &b.stmts {
        stmt(cx, s);
    }
}

/// Lowers a statement list.
pub(crate) fn stmts(cx: &mut FnCx, list: &[ast::Stmt]) {
    for s in list {
        stmt(cx, s);
    }
}

/// Lowers one statement.
pub(crate) fn stmt(cx: &mut FnCx, s: &ast::Stmt) {
    let saved = cx.at(s.span);
    stmt_inner(cx, s, None);
    cx.span = saved;
}

fn stmt_inner(cx: &mut FnCx, s: &ast::Stmt, label: Option<NodeKey>) {
    match &s.kind {
        StmtKind::Bad | StmtKind::Empty => {}
        StmtKind::Expr(e) => {
            let _ = cx.expr_multi(e, 0);
        }
        StmtKind::IncDec { x, inc } => {
            let t = cx.ty_of(x);
            let place = cx.place(x, false);
            let mt = map_ty(cx, x);
            let old = cx.load_place(place, t, mt);
            let one = if cx.lw.tcx.is_float(t) {
                let ft = cx.ir_ty(t);
                if ft == Type::F32 {
                    Val::S(cx.ins().f32const(1.0))
                } else {
                    Val::S(cx.ins().f64const(1.0))
                }
            } else {
                let it = cx.ir_ty(t);
                Val::S(cx.iconst(it, 1))
            };
            let new = cx.arith(if *inc { BinaryOp::Add } else { BinaryOp::Sub }, t, old, one);
            cx.store_place(place, t, new, mt);
        }
        StmtKind::Assign { lhs, op, define, rhs, .. } => {
            let es: Vec<&ast::Expr> = lhs.iter().chain(rhs.iter()).collect();
            cx.with_order(&es, |cx| assign(cx, lhs, *op, *define, rhs))
        }
        StmtKind::Go(e) => cx.lw.unsupported(e.span, "go statements"),
        StmtKind::Send { .. } => cx.lw.unsupported(s.span, "channel operations"),
        StmtKind::Select { .. } => cx.lw.unsupported(s.span, "select statements"),
        StmtKind::Defer(e) => {
            // The callee and arguments are evaluated now (in order), the call later.
            let es: Vec<&ast::Expr> = match &unparen(e).kind {
                ExprKind::Call { func, args, .. } => std::iter::once(&**func).chain(args.iter()).collect(),
                _ => Vec::new(),
            };
            cx.with_order(&es, |cx| defer(cx, e))
        }
        StmtKind::Return(es) => {
            let refs: Vec<&ast::Expr> = es.iter().collect();
            cx.with_order(&refs, |cx| {
                if cx.range_body.is_some() {
                    crate::rangefunc::body_return(cx, es);
                } else {
                    ret(cx, es);
                }
            })
        }
        StmtKind::Branch { kind, label: lab } => branch(cx, s, *kind, lab.as_ref()),
        StmtKind::Block(b) => lower_block(cx, b),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                stmt(cx, i);
            }
            let tb = cx.new_block();
            let eb = cx.new_block();
            let end = cx.new_block();
            cx.cond_branch(cond, tb, eb);
            cx.switch_to(tb);
            cx.seal(tb);
            lower_block(cx, then);
            if cx.is_open() {
                cx.jump(end);
            }
            cx.switch_to(eb);
            cx.seal(eb);
            if let Some(e) = els {
                stmt(cx, e);
            }
            if cx.is_open() {
                cx.jump(end);
            }
            cx.switch_to(end);
            cx.seal(end);
        }
        StmtKind::Switch { init, tag, clauses, .. } => switch(cx, s, init.as_deref(), tag.as_ref(), clauses, label),
        StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
            type_switch(cx, s, init.as_deref(), bind.as_ref(), x, clauses, label)
        }
        StmtKind::For { .. } => crate::loops::for_stmt(cx, s, label),
        StmtKind::Range { .. } => crate::loops::range_stmt(cx, s, label),
        StmtKind::Labeled { label: l, stmt: inner } => {
            let b = label_block(cx, &l.name);
            if cx.is_open() {
                cx.jump(b);
            }
            cx.switch_to(b);
            let key = cx.key(s.id);
            let saved = cx.at(inner.span);
            stmt_inner(cx, inner, Some(key));
            cx.span = saved;
        }
        StmtKind::Decl(g) => {
            for spec in &g.specs {
                if let ast::Spec::Value(vs) = spec {
                    if g.kind == ast::GenKind::Var {
                        let es: Vec<&ast::Expr> = vs.values.iter().collect();
                        cx.with_order(&es, |cx| var_spec(cx, vs));
                    }
                }
            }
        }
    }
}

/// The key under which the current switch clause's `fallthrough` destination is kept
/// (the checker records no target for `fallthrough`).
fn fallthrough_key(cx: &FnCx) -> NodeKey {
    NodeKey::new(cx.file, loopc_syntax::ast::NodeId(u32::MAX))
}

/// The block of label `name`.
pub(crate) fn label_block(cx: &mut FnCx, name: &str) -> loopc_ir::Block {
    if let Some(&b) = cx.labels.get(name) {
        return b;
    }
    let b = cx.new_block();
    cx.labels.insert(name.to_string(), b);
    b
}

/// The map type if `x` is a map index expression.
pub(crate) fn map_ty(cx: &FnCx, x: &ast::Expr) -> Option<Ty> {
    if let ExprKind::Index { x: m, .. } = &unparen(x).kind {
        let t = cx.ty_of(m);
        if matches!(cx.lw.tcx.ukind(t), TyKind::Map(..)) {
            return Some(t);
        }
    }
    None
}

fn var_spec(cx: &mut FnCx, vs: &ast::ValueSpec) {
    let tys: Vec<Option<(loopc_types::ObjId, Ty)>> = vs
        .names
        .iter()
        .map(|n| cx.lw.p.info.defs.get(&cx.key(n.id)).map(|&o| (o, cx.conv(cx.lw.p.object(o).ty))))
        .collect();
    let vals: Vec<Val> = if vs.values.is_empty() {
        tys.iter().map(|t| t.map(|(_, ty)| cx.zero_val(ty)).unwrap_or(Val::None)).collect()
    } else if vs.values.len() == vs.names.len() {
        let mut out = Vec::new();
        for (i, e) in vs.values.iter().enumerate() {
            let v = match tys[i] {
                Some((_, t)) => {
                    let v = cx.expr_to(e, t);
                    cx.copy_val(t, v)
                }
                None => {
                    let _ = cx.expr(e);
                    Val::None
                }
            };
            out.push(v);
        }
        out
    } else {
        let rt = cx.ty_of(&vs.values[0]);
        let rtys = cx.lw.tcx.tuple_elems(rt);
        let vals = cx.expr_multi(&vs.values[0], vs.names.len());
        let mut out = Vec::new();
        for (i, v) in vals.into_iter().enumerate() {
            match (tys.get(i).copied().flatten(), rtys.get(i)) {
                (Some((_, t)), Some(&from)) => {
                    let v = cx.copy_val(from, v);
                    out.push(cx.implicit(v, from, t));
                }
                _ => out.push(Val::None),
            }
        }
        out
    };
    for (i, n) in vs.names.iter().enumerate() {
        if n.is_blank() {
            continue;
        }
        if let Some((o, t)) = tys[i] {
            let v = vals.get(i).copied().unwrap_or(Val::None);
            cx.declare_var(o, t, v, n.span, false);
        }
    }
}

/// Package-level `var` initialisation (in `go.entry`).
/// Runs one package-level initialiser of `vs`: the value whose node is `value` for
/// `var a, b = x, y`, or the one multi-valued expression of `var a, b = f()`.
pub(crate) fn init_package_var(cx: &mut FnCx, vs: &ast::ValueSpec, value: loopc_syntax::ast::NodeId) {
    let objs: Vec<Option<loopc_types::ObjId>> =
        vs.names.iter().map(|n| cx.lw.p.info.defs.get(&cx.key(n.id)).copied()).collect();
    let vals: Vec<(Option<loopc_types::ObjId>, Val, Ty)> = if vs.values.len() == vs.names.len() {
        let Some(i) = vs.values.iter().position(|v| v.id == value) else { return };
        let e = &vs.values[i];
        let t = objs[i].map(|o| cx.conv(cx.lw.p.object(o).ty)).unwrap_or_else(|| cx.ty_of(e));
        vec![(objs[i], cx.expr_to(e, t), t)]
    } else {
        let Some(e) = vs.values.first() else { return };
        let rt = cx.ty_of(e);
        let rtys = cx.lw.tcx.tuple_elems(rt);
        let vals = cx.expr_multi(e, vs.names.len());
        objs.iter().zip(vals.into_iter().zip(rtys)).map(|(&o, (v, t))| (o, v, t)).collect()
    };
    for (o, v, t) in vals {
        let Some(o) = o else { continue };
        let Some(loc) = cx.var_loc(o) else { continue };
        let ot = cx.conv(cx.lw.p.object(o).ty);
        let v = cx.implicit(v, t, ot);
        cx.write_loc(loc, ot, v);
    }
}

fn assign(cx: &mut FnCx, lhs: &[ast::Expr], op: Option<BinaryOp>, define: bool, rhs: &[ast::Expr]) {
    if let Some(op) = op {
        let x = &lhs[0];
        let t = cx.ty_of(x);
        let place = cx.place(x, false);
        let mt = map_ty(cx, x);
        let old = cx.load_place(place, t, mt);
        let old = cx.copy_val(t, old);
        let new = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            let nt = cx.ty_of(&rhs[0]);
            let n = cx.expr(&rhs[0]).v();
            Val::S(cx.shift(op, old.v(), t, n, nt))
        } else {
            let y = cx.expr_to(&rhs[0], t);
            cx.arith(op, t, old, y)
        };
        cx.store_place(place, t, new, mt);
        return;
    }
    // Destinations: new variables (define) or places.
    enum Dest {
        New(loopc_types::ObjId, Ty, loopc_span::Span),
        Place(Place, Ty, Option<Ty>),
    }
    let mut dests = Vec::new();
    for x in lhs {
        if define {
            if let ExprKind::Name(n) = &x.kind {
                if n == "_" {
                    dests.push(Dest::Place(Place::Blank, cx.ty_of(x), None));
                    continue;
                }
                if let Some(&o) = cx.lw.p.info.defs.get(&cx.key(x.id)) {
                    let t = cx.conv(cx.lw.p.object(o).ty);
                    dests.push(Dest::New(o, t, x.span));
                    continue;
                }
                // A variable `:=` redeclares: the checker records only its use (no
                // expression type), so its type is the object's.
                if let Some(&o) = cx.lw.p.info.uses.get(&cx.key(x.id)) {
                    let t = cx.conv(cx.lw.p.object(o).ty);
                    let p = cx.place(x, false);
                    dests.push(Dest::Place(p, t, None));
                    continue;
                }
            }
        }
        let t = cx.ty_of(x);
        let mt = map_ty(cx, x);
        let p = cx.place(x, false);
        dests.push(Dest::Place(p, t, mt));
    }
    let dest_ty = |d: &Dest| match d {
        Dest::New(_, t, _) => *t,
        Dest::Place(_, t, _) => *t,
    };
    let vals: Vec<Val> = if rhs.len() == lhs.len() {
        let mut out = Vec::new();
        for (i, e) in rhs.iter().enumerate() {
            let t = dest_ty(&dests[i]);
            let blank = matches!(dests[i], Dest::Place(Place::Blank, ..));
            let t = if blank { cx.ty_of(e) } else { t };
            let v = cx.expr_to(e, t);
            out.push(if lhs.len() > 1 { cx.copy_val(t, v) } else { v });
        }
        out
    } else {
        let rt = cx.ty_of(&rhs[0]);
        let rtys = cx.lw.tcx.tuple_elems(rt);
        let vals = cx.expr_multi(&rhs[0], lhs.len());
        let mut out = Vec::new();
        for (i, v) in vals.into_iter().enumerate() {
            let from = rtys.get(i).copied().unwrap_or_else(|| dest_ty(&dests[i]));
            let v = cx.copy_val(from, v);
            let to = dest_ty(&dests[i]);
            let blank = matches!(dests[i], Dest::Place(Place::Blank, ..));
            out.push(if blank { v } else { cx.implicit(v, from, to) });
        }
        out
    };
    for (d, v) in dests.into_iter().zip(vals) {
        match d {
            Dest::New(o, t, span) => {
                cx.declare_var(o, t, v, span, false);
            }
            Dest::Place(p, t, mt) => cx.store_place(p, t, v, mt),
        }
    }
}

/// `return es`.
pub(crate) fn ret(cx: &mut FnCx, es: &[ast::Expr]) {
    let vals = return_values(cx, es);
    let results = cx.results.clone();
    for (r, v) in results.iter().zip(vals) {
        cx.write_loc(r.loc, r.ty, v);
    }
    let exit = cx.exit;
    cx.jump(exit);
}

/// Evaluates the operands of a `return` (converted to the result types, copied).
pub(crate) fn return_values(cx: &mut FnCx, es: &[ast::Expr]) -> Vec<Val> {
    let rtys: Vec<Ty> = cx.results.iter().map(|r| r.ty).collect();
    return_values_for(cx, es, &rtys)
}

/// Evaluates `return` operands for result types `rtys`.
pub(crate) fn return_values_for(cx: &mut FnCx, es: &[ast::Expr], rtys: &[Ty]) -> Vec<Val> {
    let saved = cx.in_return;
    cx.in_return = true;
    let mut vals = Vec::new();
    if es.len() == 1 && rtys.len() > 1 {
        let ft = cx.ty_of(&es[0]);
        let ftys = cx.lw.tcx.tuple_elems(ft);
        let vs = cx.expr_multi(&es[0], rtys.len());
        for ((v, &from), &to) in vs.into_iter().zip(&ftys).zip(rtys) {
            let v = cx.copy_val(from, v);
            vals.push(cx.implicit(v, from, to));
        }
    } else {
        for (e, &t) in es.iter().zip(rtys) {
            let v = cx.expr_to(e, t);
            vals.push(if es.len() > 1 { cx.copy_val(t, v) } else { v });
        }
    }
    cx.in_return = saved;
    vals
}

fn branch(cx: &mut FnCx, s: &ast::Stmt, kind: BranchKind, label: Option<&ast::Ident>) {
    let key = cx.key(s.id);
    let target = cx.lw.p.info.branches.get(&key).copied();
    match kind {
        BranchKind::Goto => {
            let Some(l) = label else { return };
            if cx.range_body.is_some() && !cx.labels.contains_key(&l.name) && !label_in_body(cx, &l.name) {
                crate::rangefunc::body_goto(cx, &l.name);
                return;
            }
            let b = label_block(cx, &l.name);
            cx.jump(b);
        }
        BranchKind::Fallthrough => {
            if let Some(t) = cx.fallthrough_to.get(&fallthrough_key(cx)).copied() {
                cx.jump(t);
            }
        }
        BranchKind::Break | BranchKind::Continue => {
            let found = cx.targets.iter().rev().find(|bt| match target {
                Some(t) => bt.stmt == t,
                None => kind == BranchKind::Break || bt.cont.is_some(),
            });
            let found = match (found, target, kind) {
                (Some(bt), _, _) => Some(bt.clone()),
                (None, None, BranchKind::Continue) => cx.targets.iter().rev().find(|b| b.cont.is_some()).cloned(),
                _ => None,
            };
            match found {
                Some(bt) => {
                    let dest = if kind == BranchKind::Break { Some(bt.brk) } else { bt.cont };
                    if let Some(d) = dest {
                        cx.jump(d);
                    }
                }
                None if cx.range_body.is_some() => crate::rangefunc::body_branch(cx, kind, target),
                None => {}
            }
        }
    }
}

/// Whether label `name` is declared inside the range-over-func body being lowered.
fn label_in_body(cx: &FnCx, name: &str) -> bool {
    cx.range_body.as_ref().is_some_and(|rb| rb.body_labels.iter().any(|l| l == name))
}

/// Pushes break (and continue) targets for a statement and its label.
pub(crate) fn push_target(
    cx: &mut FnCx,
    key: NodeKey,
    label: Option<NodeKey>,
    brk: loopc_ir::Block,
    cont: Option<loopc_ir::Block>,
) -> usize {
    let n = cx.targets.len();
    cx.targets.push(BranchTarget { stmt: key, brk, cont });
    if let Some(l) = label {
        cx.targets.push(BranchTarget { stmt: l, brk, cont });
    }
    n
}

fn switch(
    cx: &mut FnCx,
    s: &ast::Stmt,
    init: Option<&ast::Stmt>,
    tag: Option<&ast::Expr>,
    clauses: &[ast::CaseClause],
    label: Option<NodeKey>,
) {
    if let Some(i) = init {
        stmt(cx, i);
    }
    let tag_v = tag.map(|t| {
        let ty = cx.ty_of(t);
        let v = cx.expr(t);
        (cx.copy_val(ty, v), ty)
    });
    let end = cx.new_block();
    let bodies: Vec<loopc_ir::Block> = clauses.iter().map(|_| cx.new_block()).collect();
    let mut default = None;
    for (i, c) in clauses.iter().enumerate() {
        if c.is_default {
            default = Some(bodies[i]);
            continue;
        }
        for e in &c.exprs {
            let saved = cx.at(e.span);
            let cond = match tag_v {
                Some((tv, tt)) => {
                    let et = cx.ty_of(e);
                    let ev = cx.expr(e);
                    let (a, b, t) = if cx.lw.tcx.is_interface(tt) && !cx.lw.tcx.is_interface(et) {
                        let b = crate::convert::to_iface(cx, ev, et, tt);
                        (tv, b, tt)
                    } else if cx.lw.tcx.is_interface(et) && !cx.lw.tcx.is_interface(tt) {
                        let a = crate::convert::to_iface(cx, tv, tt, et);
                        (a, ev, et)
                    } else if matches!(cx.mode_of(e), Some(Mode::Nil)) {
                        let isnil = crate::compare::nil_test(cx, tv, tt);
                        let next = cx.new_block();
                        cx.brif(isnil, bodies[i], next);
                        cx.switch_to(next);
                        cx.seal(next);
                        cx.span = saved;
                        continue;
                    } else {
                        (tv, ev, tt)
                    };
                    crate::compare::compare_vals(cx, BinaryOp::Eq, t, a, b)
                }
                None => cx.expr(e).v(),
            };
            let next = cx.new_block();
            cx.brif(cond, bodies[i], next);
            cx.switch_to(next);
            cx.seal(next);
            cx.span = saved;
        }
    }
    cx.jump(default.unwrap_or(end));
    let key = cx.key(s.id);
    let mark = push_target(cx, key, label, end, None);
    let fk = fallthrough_key(cx);
    let saved_ft = cx.fallthrough_to.get(&fk).copied();
    for (i, c) in clauses.iter().enumerate() {
        cx.switch_to(bodies[i]);
        match bodies.get(i + 1) {
            Some(&next) => cx.fallthrough_to.insert(fk, next),
            None => cx.fallthrough_to.remove(&fk),
        };
        stmts(cx, &c.body);
        if cx.is_open() {
            cx.jump(end);
        }
    }
    match saved_ft {
        Some(b) => cx.fallthrough_to.insert(fk, b),
        None => cx.fallthrough_to.remove(&fk),
    };
    cx.targets.truncate(mark);
    for &b in &bodies {
        cx.seal(b);
    }
    cx.switch_to(end);
    cx.seal(end);
}

#[allow(clippy::too_many_arguments)]
fn type_switch(
    cx: &mut FnCx,
    s: &ast::Stmt,
    init: Option<&ast::Stmt>,
    bind: Option<&ast::Ident>,
    x: &ast::Expr,
    clauses: &[ast::CaseClause],
    label: Option<NodeKey>,
) {
    if let Some(i) = init {
        stmt(cx, i);
    }
    let subject = match &unparen(x).kind {
        ExprKind::TypeAssert { x: inner, ty: None } => &**inner,
        _ => x,
    };
    let it = cx.ty_of(subject);
    let v = cx.expr(subject);
    let v = cx.copy_val(it, v);
    let p = v.v();
    let typ = crate::iface::dynamic_type(cx, p, it);
    let end = cx.new_block();
    let bodies: Vec<loopc_ir::Block> = clauses.iter().map(|_| cx.new_block()).collect();
    let mut default = None;
    for (i, c) in clauses.iter().enumerate() {
        if c.is_default {
            default = Some(bodies[i]);
            continue;
        }
        for e in &c.exprs {
            let ct =
                if matches!(cx.mode_of(e), Some(Mode::Nil)) || is_nil_name(cx, e) { None } else { Some(cx.ty_of(e)) };
            let m = crate::iface::type_matches(cx, typ, ct);
            let next = cx.new_block();
            cx.brif(m, bodies[i], next);
            cx.switch_to(next);
            cx.seal(next);
        }
    }
    cx.jump(default.unwrap_or(end));
    let key = cx.key(s.id);
    let mark = push_target(cx, key, label, end, None);
    for (i, c) in clauses.iter().enumerate() {
        cx.switch_to(bodies[i]);
        cx.seal(bodies[i]);
        if let Some(b) = bind {
            if let Some(&o) = cx.lw.p.info.implicits.get(&cx.key(c.id)) {
                let vt = cx.conv(cx.lw.p.object(o).ty);
                let single = c.exprs.len() == 1
                    && !matches!(cx.mode_of(&c.exprs[0]), Some(Mode::Nil))
                    && !is_nil_name(cx, &c.exprs[0]);
                let val = if single { crate::iface::extract(cx, p, typ, vt) } else { cx.copy_val(it, Val::M(p)) };
                cx.declare_var(o, vt, val, b.span, false);
            }
        }
        stmts(cx, &c.body);
        if cx.is_open() {
            cx.jump(end);
        }
    }
    cx.targets.truncate(mark);
    cx.switch_to(end);
    cx.seal(end);
}

fn is_nil_name(cx: &FnCx, e: &ast::Expr) -> bool {
    matches!(&unparen(e).kind, ExprKind::Name(n) if n == "nil")
        && cx
            .lw
            .p
            .info
            .uses
            .get(&cx.key(unparen(e).id))
            .is_some_and(|&o| matches!(cx.lw.p.object(o).kind, loopc_types::ObjKind::Nil))
}

/// What a deferred call calls, with its operands already evaluated.
enum Deferred {
    /// A function, method or func-value call.
    Call(Prepared),
    /// A builtin ([`crate::builtins::deferrable`]) with its operands.
    Builtin(loopc_types::Builtin, Vec<(Val, Ty)>),
}

/// `defer call`: the callee and operands are evaluated now and stored in the cells of a
/// wrapper closure of no arguments, pushed on the defer frame. The wrapper follows the
/// runtime's defer protocol (panic.go): `tok := deferstart(); f(args); deferend(tok)`, with
/// every panic check in between going straight to the `deferend`, so a deferred call run by
/// a panic executes normally and may recover.
fn defer(cx: &mut FnCx, e: &ast::Expr) {
    // In a range-over-func body the call is deferred on the enclosing function's frame,
    // through the loop nest's token (`DeferTarget::Token`).
    let frame = match cx.range_body.as_ref().map(|rb| rb.defer_frame) {
        Some(Some(token)) => Some(DeferTarget::Token(token)),
        Some(None) => None,
        None => cx.defer_frame.map(DeferTarget::Frame),
    };
    let Some(frame) = frame else { return };
    let call = unparen(e);
    let ExprKind::Call { func, args, dots, .. } = &call.kind else { return };
    let deferred = match cx.mode_of(func) {
        Some(Mode::Builtin(b)) if crate::builtins::deferrable(b) => {
            Deferred::Builtin(b, crate::builtins::operands(cx, b, args))
        }
        Some(Mode::Builtin(b)) => {
            cx.lw.unsupported(e.span, &format!("defer of builtin {}", b.name()));
            return;
        }
        _ => match crate::call::prepare(cx, call, func, args, dots.is_some()) {
            Some(p) => Deferred::Call(p),
            None => return,
        },
    };
    // Move the callee and operands into cells the wrapper closure captures.
    let mut cells: Vec<(loopc_ir::Value, Ty)> = Vec::new();
    let uptr = cx.lw.tcx.basic(loopc_types::BasicKind::UnsafePointer);
    let gcell = cx.temp(uptr);
    let g = cx.g;
    cx.ins().store(g, gcell, 0);
    cells.push((gcell, uptr));
    let mut operands: Vec<(Val, Ty)> = Vec::new();
    match &deferred {
        Deferred::Call(p) => {
            if let Callee::Closure(v) | Callee::Indirect(v) = p.callee {
                operands.push((Val::S(v), uptr));
            }
            operands.extend(p.recv);
            operands.extend(p.args.iter().copied());
        }
        Deferred::Builtin(_, ops) => operands.extend(ops.iter().copied()),
    }
    for (v, t) in operands {
        let c = cx.temp(t);
        cx.store_val(t, v, c);
        cells.push((c, t));
    }
    let caps: Vec<Capture> = cells
        .iter()
        .enumerate()
        .map(|(i, &(_, t))| Capture {
            name: format!("a{i}"),
            mode: CaptureMode::ByRef,
            size: cx.lw.tcx.size(t),
            align: cx.lw.tcx.align(t).max(1),
            slot: None,
        })
        .collect();
    let e_name = {
        let ent = cx.lw.closure_counts.entry(format!("{}#defer", cx.name)).or_insert((0, 0));
        ent.0 += 1;
        format!("{}.deferwrap{}", cx.name, ent.0)
    };
    let sig = loopc_ir::Signature::new(&[Type::Ptr], &[]);
    let f = crate::closure::declare_closure(cx.lw, &e_name, sig, cx.fref, caps, None);
    {
        let mut child = FnCx::new(cx.lw, f, cx.file, cx.env.clone());
        child.span = e.span;
        let entry = child.entry;
        child.switch_to(entry);
        child.seal(entry);
        let ctx = child.func.dfg.append_block_param(entry, Type::Ptr);
        let mut idx = 0u32;
        let mut next_cell = |child: &mut FnCx, t: Ty| {
            let a = child.ins().env_addr(ctx, idx);
            idx += 1;
            child.load_val(t, a)
        };
        child.g = next_cell(&mut child, uptr).v();
        let (start, _, _) = crate::runtime::runtime_func(child.lw, "deferstart");
        let g = child.g;
        // The wrapper's frame: recover works only in the function this wrapper calls.
        let fp = child.ins().frame_addr();
        let tok = child.ins().call(start, &[g, fp])[0];
        match &deferred {
            Deferred::Call(p) => {
                let callee = match p.callee {
                    Callee::Getg => Callee::Getg,
                    Callee::Direct(fr) => Callee::Direct(fr),
                    Callee::Entry(fr) => Callee::Entry(fr),
                    Callee::Closure(_) => Callee::Closure(next_cell(&mut child, uptr).v()),
                    Callee::Indirect(_) => Callee::Indirect(next_cell(&mut child, uptr).v()),
                };
                let recv = p.recv.map(|(_, t)| (next_cell(&mut child, t), t));
                let args: Vec<(Val, Ty)> = p.args.iter().map(|&(_, t)| (next_cell(&mut child, t), t)).collect();
                let np = Prepared { callee, recv, args, results: p.results.clone() };
                crate::call::emit(&mut child, &np);
            }
            Deferred::Builtin(b, ops) => {
                let vals: Vec<(Val, Ty)> = ops.iter().map(|&(_, t)| (next_cell(&mut child, t), t)).collect();
                crate::builtins::call_with(&mut child, *b, &vals);
            }
        }
        if child.is_open() {
            let exit = child.exit;
            child.jump(exit);
        }
        let exit = child.exit;
        child.switch_to(exit);
        child.seal(exit);
        let (end, _, _) = crate::runtime::runtime_func(child.lw, "deferend");
        child.ins().call(end, &[g, tok]);
        child.ins().ret(&[]);
        child.block = None;
        let (func, fr) = child.finish();
        cx.lw.m.define(fr, func);
    }
    let args: Vec<loopc_ir::Value> = cells.iter().map(|c| c.0).collect();
    let site = cx.site();
    let clo = cx.ins().make_closure(f, &args, site);
    defer_push(cx, frame, clo);
}

/// Where a deferred call goes.
#[derive(Clone, Copy)]
enum DeferTarget {
    /// The function's own defer frame (`defer_frame g`).
    Frame(loopc_ir::Value),
    /// A range-over-func body's: the loop nest's `runtime.deferrangefunc` token.
    Token(loopc_ir::Value),
}

fn defer_push(cx: &mut FnCx, target: DeferTarget, clo: loopc_ir::Value) {
    match target {
        DeferTarget::Frame(d) => {
            cx.ins().defer_push(d, clo);
        }
        DeferTarget::Token(token) => {
            let (f, _, _) = crate::runtime::runtime_func(cx.lw, "deferprocat");
            let g = cx.g;
            cx.ins().call(f, &[g, token, clo]);
        }
    }
}

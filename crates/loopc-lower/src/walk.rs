//! A read-only pre-order walk over statements and expressions, for the pre-scans lowering
//! needs (captured variables, `defer` and range-over-func presence, free variables of
//! range-over-func bodies). The callback returns whether to descend into the node.

use loopc_syntax::ast::{self, ExprKind, StmtKind};

/// A node visited by [`walk_stmts`].
pub(crate) enum Node<'a> {
    Stmt(&'a ast::Stmt),
    Expr(&'a ast::Expr),
}

/// Walks `stmts` in pre-order.
pub(crate) fn walk_stmts<'a>(stmts: &'a [ast::Stmt], f: &mut dyn FnMut(Node<'a>) -> bool) {
    for s in stmts {
        walk_stmt(s, f);
    }
}

/// Walks one statement.
pub(crate) fn walk_stmt<'a>(s: &'a ast::Stmt, f: &mut dyn FnMut(Node<'a>) -> bool) {
    if !f(Node::Stmt(s)) {
        return;
    }
    match &s.kind {
        StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => walk_expr(e, f),
        StmtKind::Send { ch, value } => {
            walk_expr(ch, f);
            walk_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => walk_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().for_each(|e| walk_expr(e, f));
            rhs.iter().for_each(|e| walk_expr(e, f));
        }
        StmtKind::Return(es) => es.iter().for_each(|e| walk_expr(e, f)),
        StmtKind::Block(b) => walk_stmts(&b.stmts, f),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            walk_expr(cond, f);
            walk_stmts(&then.stmts, f);
            if let Some(e) = els {
                walk_stmt(e, f);
            }
        }
        StmtKind::Switch { init, tag, clauses, .. } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            for c in clauses {
                c.exprs.iter().for_each(|e| walk_expr(e, f));
                walk_stmts(&c.body, f);
            }
        }
        StmtKind::TypeSwitch { init, x, clauses, .. } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            walk_expr(x, f);
            for c in clauses {
                walk_stmts(&c.body, f);
            }
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                if let Some(s) = &c.comm {
                    walk_stmt(s, f);
                }
                walk_stmts(&c.body, f);
            }
        }
        StmtKind::For { init, cond, post, body } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            if let Some(p) = post {
                walk_stmt(p, f);
            }
            walk_stmts(&body.stmts, f);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            if let Some(k) = key {
                walk_expr(k, f);
            }
            if let Some(v) = value {
                walk_expr(v, f);
            }
            walk_expr(x, f);
            walk_stmts(&body.stmts, f);
        }
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f),
        StmtKind::Decl(g) => {
            for spec in &g.specs {
                if let ast::Spec::Value(vs) = spec {
                    vs.values.iter().for_each(|e| walk_expr(e, f));
                }
            }
        }
    }
}

/// Walks one expression.
pub(crate) fn walk_expr<'a>(e: &'a ast::Expr, f: &mut dyn FnMut(Node<'a>) -> bool) {
    if !f(Node::Expr(e)) {
        return;
    }
    match &e.kind {
        ExprKind::CompositeLit { elts, .. } => elts.iter().for_each(|x| walk_expr(x, f)),
        ExprKind::KeyValue { key, value } => {
            walk_expr(key, f);
            walk_expr(value, f);
        }
        ExprKind::FuncLit { body, .. } => walk_stmts(&body.stmts, f),
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => walk_expr(x, f),
        ExprKind::Selector { x, .. } => walk_expr(x, f),
        ExprKind::Index { x, indices, .. } => {
            walk_expr(x, f);
            indices.iter().for_each(|i| walk_expr(i, f));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            walk_expr(x, f);
            for i in [lo, hi, max].into_iter().flatten() {
                walk_expr(i, f);
            }
        }
        ExprKind::TypeAssert { x, .. } => walk_expr(x, f),
        ExprKind::Call { func, args, .. } => {
            walk_expr(func, f);
            args.iter().for_each(|a| walk_expr(a, f));
        }
        ExprKind::Binary { x, y, .. } => {
            walk_expr(x, f);
            walk_expr(y, f);
        }
        _ => {}
    }
}

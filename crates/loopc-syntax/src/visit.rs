//! A pre-order walk over every node id of a file, used to renumber ids densely in source
//! order after parsing (the parser allocates ids as it completes nodes, which is post-order
//! for left-associative constructs and leaves gaps after error recovery).
//!
//! Order: a node's own id first, then its children left to right as they appear in the
//! source. Recursion depth is bounded by the tree height, which the parser bounds.

use loopc_span::Span;

use crate::ast::*;

/// Renumbers every node id of `file` densely, in source (pre-)order; returns the count.
pub(crate) fn renumber(file: &mut File) -> u32 {
    let mut next = 0u32;
    let mut f = |id: &mut NodeId, _: Span| {
        *id = NodeId(next);
        next += 1;
    };
    walk_file(file, &mut f);
    next
}

/// Calls `f` on every node id of `file` with the node's span, in pre-order.
pub(crate) fn walk_file(file: &mut File, f: &mut dyn FnMut(&mut NodeId, Span)) {
    ident(&mut file.package, f);
    for i in &mut file.imports {
        f(&mut i.id, i.span);
        if let Some(n) = &mut i.name {
            ident(n, f);
        }
    }
    for d in &mut file.decls {
        decl(d, f);
    }
}

fn ident(i: &mut Ident, f: &mut dyn FnMut(&mut NodeId, Span)) {
    f(&mut i.id, i.span);
}

fn decl(d: &mut Decl, f: &mut dyn FnMut(&mut NodeId, Span)) {
    match d {
        Decl::Func(fd) => {
            f(&mut fd.id, fd.span);
            if let Some(r) = &mut fd.recv {
                field(r, f);
            }
            ident(&mut fd.name, f);
            for t in &mut fd.type_params {
                field(t, f);
            }
            func_type(&mut fd.sig, f);
            if let Some(b) = &mut fd.body {
                block(b, f);
            }
        }
        Decl::Gen(g) => gen_decl(g, f),
    }
}

fn gen_decl(g: &mut GenDecl, f: &mut dyn FnMut(&mut NodeId, Span)) {
    f(&mut g.id, g.span);
    for s in &mut g.specs {
        match s {
            Spec::Value(v) => {
                f(&mut v.id, v.span);
                for n in &mut v.names {
                    ident(n, f);
                }
                if let Some(t) = &mut v.ty {
                    expr(t, f);
                }
                for e in &mut v.values {
                    expr(e, f);
                }
            }
            Spec::Type(t) => {
                f(&mut t.id, t.span);
                ident(&mut t.name, f);
                for p in &mut t.type_params {
                    field(p, f);
                }
                expr(&mut t.ty, f);
            }
        }
    }
}

fn field(fl: &mut Field, f: &mut dyn FnMut(&mut NodeId, Span)) {
    f(&mut fl.id, fl.span);
    for n in &mut fl.names {
        ident(n, f);
    }
    expr(&mut fl.ty, f);
}

fn func_type(t: &mut FuncType, f: &mut dyn FnMut(&mut NodeId, Span)) {
    for p in &mut t.params {
        field(p, f);
    }
    for r in &mut t.results {
        field(r, f);
    }
}

fn block(b: &mut Block, f: &mut dyn FnMut(&mut NodeId, Span)) {
    f(&mut b.id, b.lbrace.to(b.rbrace));
    for s in &mut b.stmts {
        stmt(s, f);
    }
}

fn opt_expr(e: &mut Option<Box<Expr>>, f: &mut dyn FnMut(&mut NodeId, Span)) {
    if let Some(e) = e {
        expr(e, f);
    }
}

fn expr(e: &mut Expr, f: &mut dyn FnMut(&mut NodeId, Span)) {
    f(&mut e.id, e.span);
    match &mut e.kind {
        ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit { .. } | ExprKind::DotsLen => {}
        ExprKind::CompositeLit { ty, elts, .. } => {
            opt_expr(ty, f);
            for x in elts {
                expr(x, f);
            }
        }
        ExprKind::KeyValue { key, value } => {
            expr(key, f);
            expr(value, f);
        }
        ExprKind::FuncLit { sig, body } => {
            func_type(sig, f);
            block(body, f);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::DotsType(x) => expr(x, f),
        ExprKind::Selector { x, sel } => {
            expr(x, f);
            ident(sel, f);
        }
        ExprKind::Index { x, indices, .. } => {
            expr(x, f);
            for i in indices {
                expr(i, f);
            }
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(x, f);
            opt_expr(lo, f);
            opt_expr(hi, f);
            opt_expr(max, f);
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(x, f);
            opt_expr(ty, f);
        }
        ExprKind::Call { func, args, .. } => {
            expr(func, f);
            for a in args {
                expr(a, f);
            }
        }
        ExprKind::Unary { x, .. } => expr(x, f),
        ExprKind::Binary { x, y, .. } => {
            expr(x, f);
            expr(y, f);
        }
        ExprKind::ArrayType { len, elem } => {
            opt_expr(len, f);
            expr(elem, f);
        }
        ExprKind::MapType { key, value } => {
            expr(key, f);
            expr(value, f);
        }
        ExprKind::ChanType { elem, .. } => expr(elem, f),
        ExprKind::FuncType(t) => func_type(t, f),
        ExprKind::StructType { fields } => {
            for fl in fields {
                field(fl, f);
            }
        }
        ExprKind::InterfaceType { elems } => {
            for el in elems {
                match el {
                    InterfaceElem::Method { name, sig } => {
                        ident(name, f);
                        func_type(sig, f);
                    }
                    InterfaceElem::Embed(x) => expr(x, f),
                }
            }
        }
    }
}

fn opt_stmt(s: &mut Option<Box<Stmt>>, f: &mut dyn FnMut(&mut NodeId, Span)) {
    if let Some(s) = s {
        stmt(s, f);
    }
}

fn stmt(s: &mut Stmt, f: &mut dyn FnMut(&mut NodeId, Span)) {
    f(&mut s.id, s.span);
    match &mut s.kind {
        StmtKind::Bad | StmtKind::Empty => {}
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => expr(x, f),
        StmtKind::Send { ch, value } => {
            expr(ch, f);
            expr(value, f);
        }
        StmtKind::IncDec { x, .. } => expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for x in lhs {
                expr(x, f);
            }
            for x in rhs {
                expr(x, f);
            }
        }
        StmtKind::Return(l) => {
            for x in l {
                expr(x, f);
            }
        }
        StmtKind::Branch { label, .. } => {
            if let Some(l) = label {
                ident(l, f);
            }
        }
        StmtKind::Block(b) => block(b, f),
        StmtKind::If { init, cond, then, els } => {
            opt_stmt(init, f);
            expr(cond, f);
            block(then, f);
            opt_stmt(els, f);
        }
        StmtKind::Switch { init, tag, clauses, .. } => {
            opt_stmt(init, f);
            if let Some(t) = tag {
                expr(t, f);
            }
            for c in clauses {
                case_clause(c, f);
            }
        }
        StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
            opt_stmt(init, f);
            if let Some(b) = bind {
                ident(b, f);
            }
            expr(x, f);
            for c in clauses {
                case_clause(c, f);
            }
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                f(&mut c.id, c.span);
                opt_stmt(&mut c.comm, f);
                for s in &mut c.body {
                    stmt(s, f);
                }
            }
        }
        StmtKind::For { init, cond, post, body } => {
            opt_stmt(init, f);
            if let Some(c) = cond {
                expr(c, f);
            }
            opt_stmt(post, f);
            block(body, f);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            if let Some(k) = key {
                expr(k, f);
            }
            if let Some(v) = value {
                expr(v, f);
            }
            expr(x, f);
            block(body, f);
        }
        StmtKind::Labeled { label, stmt: inner } => {
            ident(label, f);
            stmt(inner, f);
        }
        StmtKind::Decl(g) => gen_decl(g, f),
    }
}

fn case_clause(c: &mut CaseClause, f: &mut dyn FnMut(&mut NodeId, Span)) {
    f(&mut c.id, c.span);
    for e in &mut c.exprs {
        expr(e, f);
    }
    for s in &mut c.body {
        stmt(s, f);
    }
}

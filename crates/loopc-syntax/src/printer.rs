//! gc's short-form node printer (`syntax.String`), used inside error messages such as
//! `cannot use assignment x = (a + b) as value` or `unexpected int, expected chan`.
//!
//! The short form prints an expression on one line with gc's spacing: binary operators and
//! `:=`/`=` surrounded by blanks, `; ` between struct fields and interface methods, and `…`
//! in place of the contents of non-empty function bodies and composite literals.

use crate::ast::{BinaryOp, ChanDir, Expr, ExprKind, Field, FuncType, InterfaceElem, Stmt, StmtKind};

/// `syntax.String(x)` for an expression.
pub(crate) fn expr_string(x: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, x);
    out
}

/// A comma-separated list, as gc prints a `ListExpr`.
pub(crate) fn list_string(l: &[Expr]) -> String {
    let mut out = String::new();
    expr_list(&mut out, l);
    out
}

/// gc's `emphasize`: a binary expression is parenthesized.
pub(crate) fn emphasize_list(l: &[Expr]) -> String {
    let s = list_string(l);
    match l {
        [Expr { kind: ExprKind::Binary { .. }, .. }] => format!("({s})"),
        _ => s,
    }
}

/// `syntax.String(s)` for a simple statement.
pub(crate) fn stmt_string(s: &Stmt) -> String {
    let mut out = String::new();
    match &s.kind {
        StmtKind::Expr(x) => expr(&mut out, x),
        StmtKind::Send { ch, value } => {
            expr(&mut out, ch);
            out.push_str(" <- ");
            expr(&mut out, value);
        }
        StmtKind::IncDec { x, inc } => {
            expr(&mut out, x);
            out.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, define, rhs, .. } => {
            expr_list(&mut out, lhs);
            out.push(' ');
            if *define {
                out.push(':');
            } else if let Some(op) = op {
                out.push_str(op.as_str());
            }
            out.push_str("= ");
            expr_list(&mut out, rhs);
        }
        _ => {}
    }
    out
}

fn expr_list(out: &mut String, l: &[Expr]) {
    for (i, x) in l.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x);
    }
}

fn expr(out: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::Bad => out.push_str("<bad expr>"),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::BasicLit { raw, .. } => out.push_str(raw),
        ExprKind::FuncLit { sig, body } => {
            func_type(out, sig);
            out.push_str(" {");
            if !body.stmts.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                expr(out, t);
            }
            out.push('{');
            if !elts.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::KeyValue { key, value } => {
            expr(out, key);
            out.push_str(": ");
            expr(out, value);
        }
        ExprKind::Paren(x) => {
            out.push('(');
            expr(out, x);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            expr(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            expr(out, x);
            out.push('[');
            expr_list(out, indices);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(out, x);
            out.push('[');
            if let Some(lo) = lo {
                expr(out, lo);
            }
            out.push(':');
            if let Some(hi) = hi {
                expr(out, hi);
            }
            if let Some(max) = max {
                out.push(':');
                expr(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(out, x);
            out.push_str(".(");
            match ty {
                Some(t) => expr(out, t),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call { func, args, dots, .. } => {
            expr(out, func);
            out.push('(');
            expr_list(out, args);
            if dots.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            expr(out, x);
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            expr(out, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            expr(out, x);
            out.push(' ');
            out.push_str(BinaryOp::as_str(*op));
            out.push(' ');
            expr(out, y);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(l) = len {
                expr(out, l);
            }
            out.push(']');
            expr(out, elem);
        }
        ExprKind::DotsLen => out.push_str("..."),
        ExprKind::DotsType(x) => {
            out.push_str("...");
            expr(out, x);
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            expr(out, key);
            out.push(']');
            expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            if *dir == ChanDir::Recv {
                out.push_str("<-");
            }
            out.push_str("chan");
            if *dir == ChanDir::Send {
                out.push_str("<-");
            }
            out.push(' ');
            let paren = *dir == ChanDir::Both && matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. });
            if paren {
                out.push('(');
            }
            expr(out, elem);
            if paren {
                out.push(')');
            }
        }
        ExprKind::FuncType(sig) => func_type(out, sig),
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                field(out, f);
                if let Some(tag) = &f.tag {
                    out.push(' ');
                    out.push_str(tag);
                }
            }
            out.push('}');
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match e {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        signature(out, sig);
                    }
                    InterfaceElem::Embed(t) => expr(out, t),
                }
            }
            out.push('}');
        }
    }
}

fn field(out: &mut String, f: &Field) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.name);
    }
    if !f.names.is_empty() {
        out.push(' ');
    }
    expr(out, &f.ty);
}

fn func_type(out: &mut String, sig: &FuncType) {
    out.push_str("func");
    signature(out, sig);
}

fn signature(out: &mut String, sig: &FuncType) {
    param_list(out, &sig.params);
    if !sig.results.is_empty() {
        out.push(' ');
        match sig.results.as_slice() {
            [f] if f.names.is_empty() => expr(out, &f.ty),
            results => param_list(out, results),
        }
    }
}

fn param_list(out: &mut String, fields: &[Field]) {
    out.push('(');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        field(out, f);
    }
    out.push(')');
}

//! Expressions printed as gc's `syntax.String` does in its short form (function bodies and
//! composite literal elements elided as `…`), for use inside diagnostics.

use loopc_syntax::ast::{self, ExprKind, Field, FuncType, InterfaceElem};

/// The short-form text of an expression.
pub fn expr_string(e: &ast::Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(w: &mut String, es: &[ast::Expr]) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            w.push_str(", ");
        }
        write_expr(w, e);
    }
}

fn write_expr(w: &mut String, e: &ast::Expr) {
    match &e.kind {
        ExprKind::Bad => w.push_str("<bad expr>"),
        ExprKind::Name(n) => w.push_str(n),
        ExprKind::BasicLit { raw, .. } => w.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(w, t);
            }
            w.push('{');
            if !elts.is_empty() {
                w.push('…');
            }
            w.push('}');
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(w, key);
            w.push_str(": ");
            write_expr(w, value);
        }
        ExprKind::FuncLit { sig, body } => {
            w.push_str("func");
            write_sig(w, sig);
            w.push_str(" {");
            if !body.stmts.is_empty() {
                w.push('…');
            }
            w.push('}');
        }
        ExprKind::Paren(x) => {
            w.push('(');
            write_expr(w, x);
            w.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(w, x);
            w.push('.');
            w.push_str(&sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            write_expr(w, x);
            w.push('[');
            write_list(w, indices);
            w.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(w, x);
            w.push('[');
            if let Some(l) = lo {
                write_expr(w, l);
            }
            w.push(':');
            if let Some(h) = hi {
                write_expr(w, h);
            }
            if let Some(m) = max {
                w.push(':');
                write_expr(w, m);
            }
            w.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(w, x);
            w.push_str(".(");
            match ty {
                Some(t) => write_expr(w, t),
                None => w.push_str("type"),
            }
            w.push(')');
        }
        ExprKind::Call { func, args, dots, .. } => {
            write_expr(w, func);
            w.push('(');
            write_list(w, args);
            if dots.is_some() {
                w.push_str("...");
            }
            w.push(')');
        }
        ExprKind::Star(x) => {
            w.push('*');
            write_expr(w, x);
        }
        ExprKind::Unary { op, x } => {
            w.push_str(op.as_str());
            write_expr(w, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(w, x);
            w.push(' ');
            w.push_str(op.as_str());
            w.push(' ');
            write_expr(w, y);
        }
        ExprKind::ArrayType { len, elem } => {
            w.push('[');
            if let Some(l) = len {
                write_expr(w, l);
            }
            w.push(']');
            write_expr(w, elem);
        }
        ExprKind::DotsLen => w.push_str("..."),
        ExprKind::DotsType(x) => {
            w.push_str("...");
            write_expr(w, x);
        }
        ExprKind::MapType { key, value } => {
            w.push_str("map[");
            write_expr(w, key);
            w.push(']');
            write_expr(w, value);
        }
        ExprKind::ChanType { dir, elem } => {
            w.push_str(match dir {
                ast::ChanDir::Both => "chan ",
                ast::ChanDir::Send => "chan<- ",
                ast::ChanDir::Recv => "<-chan ",
            });
            write_expr(w, elem);
        }
        ExprKind::FuncType(sig) => {
            w.push_str("func");
            write_sig(w, sig);
        }
        ExprKind::StructType { fields } => {
            w.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    w.push_str("; ");
                }
                write_field(w, f);
                if let Some(tag) = &f.tag {
                    w.push(' ');
                    w.push_str(tag);
                }
            }
            w.push('}');
        }
        ExprKind::InterfaceType { elems } => {
            w.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    w.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        w.push_str(&name.name);
                        write_sig(w, sig);
                    }
                    InterfaceElem::Embed(t) => write_expr(w, t),
                }
            }
            w.push('}');
        }
    }
}

fn write_field(w: &mut String, f: &Field) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            w.push_str(", ");
        }
        w.push_str(&n.name);
    }
    if !f.names.is_empty() {
        w.push(' ');
    }
    write_expr(w, &f.ty);
}

fn write_params(w: &mut String, fs: &[Field]) {
    w.push('(');
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            w.push_str(", ");
        }
        write_field(w, f);
    }
    w.push(')');
}

fn write_sig(w: &mut String, sig: &FuncType) {
    write_params(w, &sig.params);
    if sig.results.is_empty() {
        return;
    }
    w.push(' ');
    if sig.results.len() == 1 && sig.results[0].names.is_empty() {
        write_expr(w, &sig.results[0].ty);
    } else {
        write_params(w, &sig.results);
    }
}

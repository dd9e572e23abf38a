//! Assignments and variable initialization: `=`, `:=`, `op=`, var declarations, returns.

use crate::check::Checker;
use crate::objects::{ObjId, ObjKind, VarKind};
use crate::operand::{start_span, OpMode, Operand};
use crate::types::{TypeId, INVALID};
use loopc_span::Span;
use loopc_syntax::ast::{self, ExprKind};

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

impl<'a> Checker<'a> {
    /// Initializes `obj` with `x` (inferring its type if it has none yet).
    pub(crate) fn init_var(&mut self, obj: ObjId, x: &mut Operand<'_>, context: &str) {
        let untyped = self.untyped_vars.contains(&obj);
        if x.is_invalid() || x.ty == INVALID || (!untyped && self.obj(obj).ty == INVALID) {
            self.untyped_vars.remove(&obj);
            self.obj_mut(obj).used = true;
            x.invalidate();
            return;
        }
        if untyped {
            self.untyped_vars.remove(&obj);
            let mut t = x.ty;
            if self.types.is_untyped(t) {
                if x.is_nil() {
                    let msg = format!("use of untyped nil in {context}");
                    self.error(x.span(), msg);
                    self.obj_mut(obj).ty = INVALID;
                    self.obj_mut(obj).used = true;
                    x.invalidate();
                    return;
                }
                t = self.default_type(t);
            }
            self.obj_mut(obj).ty = t;
        }
        let t = self.obj(obj).ty;
        self.assignment(x, t, context);
    }

    /// `lhs... = rhs...` / `var lhs... = rhs...` with a possibly multi-valued rhs.
    pub(crate) fn init_vars(&mut self, lhs: &[ObjId], rhs: &[&ast::Expr], return_stmt: Option<Span>, _pos: Span) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if return_stmt.is_some() {
            "return statement"
        } else if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let context = if return_stmt.is_none() && self.in_var_decl { "variable declaration" } else { context };
        let is_call = r == 1 && matches!(crate::expr::unparen(rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, &o) in lhs.iter().enumerate() {
                let hint = if self.untyped_vars.contains(&o) { None } else { Some(self.obj(o).ty) };
                let mut x = self.expr_hint(rhs[i], hint);
                self.init_var(o, &mut x, context);
            }
            return;
        }
        if r != 1 {
            let ok = self.use_all(rhs);
            if ok {
                if let Some(rs) = return_stmt {
                    let ops: Vec<TypeId> = rhs
                        .iter()
                        .map(|e| self.info.types.get(&self.key(e.id)).map(|t| t.ty).unwrap_or(INVALID))
                        .collect();
                    self.return_error(rs, lhs, &ops, rhs);
                } else {
                    self.assign_error(rhs, l, r);
                }
            }
            for &o in lhs {
                self.mark_invalid_var(o);
            }
            return;
        }
        let mut xs =
            if l == 2 && return_stmt.is_none() { self.multi_expr_comma_ok(rhs[0]) } else { self.multi_expr(rhs[0]) };
        let r = xs.len();
        if l == r {
            for (i, &o) in lhs.iter().enumerate() {
                let mut x = std::mem::replace(&mut xs[i], Operand::invalid());
                self.init_var(o, &mut x, context);
            }
            return;
        }
        if !xs[0].is_invalid() {
            if let Some(rs) = return_stmt {
                let ops: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
                self.return_error(rs, lhs, &ops, rhs);
            } else {
                self.assign_error(rhs, l, r);
            }
        }
        for &o in lhs {
            self.mark_invalid_var(o);
        }
    }

    fn mark_invalid_var(&mut self, o: ObjId) {
        if self.untyped_vars.remove(&o) {
            self.obj_mut(o).ty = INVALID;
        }
        self.obj_mut(o).used = true;
    }

    fn use_all(&mut self, es: &[&ast::Expr]) -> bool {
        let mut ok = true;
        for e in es {
            let x = self.raw_expr(e, None, true);
            ok &= !x.is_invalid();
        }
        ok
    }

    pub(crate) fn assign_error(&mut self, rhs: &[&ast::Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let rhs0 = rhs[0];
        if rhs.len() == 1 {
            if let ExprKind::Call { func, .. } = &crate::expr::unparen(rhs0).kind {
                let msg =
                    format!("assignment mismatch: {vars} but {} returns {vals}", crate::exprstring::expr_string(func));
                self.error(start_span(rhs0), msg);
                return;
            }
        }
        self.error(start_span(rhs0), format!("assignment mismatch: {vars} but {vals}"));
    }

    fn return_error(&mut self, at: Span, lhs: &[ObjId], rhs: &[TypeId], rhs_e: &[&ast::Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (at, q) = if r > l {
            (rhs_e.get(l).map(|e| start_span(e)).unwrap_or(at), "too many")
        } else if r > 0 {
            (rhs_e.get(r - 1).or(rhs_e.last()).map(|e| start_span(e)).unwrap_or(at), "not enough")
        } else {
            (at, "not enough")
        };
        let want: Vec<TypeId> = lhs.iter().map(|&o| self.obj(o).ty).collect();
        let have = self.summary(rhs);
        let want = self.summary(&want);
        self.error_with_notes(at, format!("{q} return values"), vec![format!("have {have}"), format!("want {want}")]);
    }

    fn summary(&self, list: &[TypeId]) -> String {
        let v: Vec<String> = list
            .iter()
            .map(|&t| {
                if t == INVALID {
                    "unknown type".to_string()
                } else if self.types.is_untyped(t) {
                    let k = self.types.basic_kind(t).expect("invariant: basic");
                    if k.is_numeric() {
                        "number".to_string()
                    } else {
                        k.name().replace("untyped ", "")
                    }
                } else {
                    self.ts(t)
                }
            })
            .collect();
        format!("({})", v.join(", "))
    }

    /// The type of an assignable lhs, `None` for `_`; `Some(INVALID)` after errors.
    pub(crate) fn lhs_var(&mut self, lhs: &ast::Expr) -> Option<TypeId> {
        let u = crate::expr::unparen(lhs);
        if let ExprKind::Name(n) = &u.kind {
            if n == "_" {
                return None;
            }
        }
        let mut restore = None;
        if let ExprKind::Name(n) = &u.kind {
            if let Some(o) = self.lookup(n) {
                if matches!(self.obj(o).kind, ObjKind::Var { .. }) && self.obj(o).pkg == Some(self.pkg) {
                    restore = Some((o, self.obj(o).used));
                }
            }
        }
        let x = self.expr(lhs);
        if let Some((o, used)) = restore {
            self.obj_mut(o).used = used;
        }
        if x.is_invalid() || x.ty == INVALID {
            return Some(INVALID);
        }
        match x.mode {
            OpMode::Variable | OpMode::MapIndex => Some(x.ty),
            _ => {
                if let ExprKind::Selector { x: sx, .. } = &u.kind {
                    let k = self.key(sx.id);
                    if matches!(self.info.types.get(&k).map(|t| &t.mode), Some(crate::info::Mode::MapIndex)) {
                        let msg =
                            format!("cannot assign to struct field {} in map", crate::exprstring::expr_string(lhs));
                        self.error(x.span(), msg);
                        return Some(INVALID);
                    }
                }
                let msg = format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    crate::exprstring::expr_string(lhs)
                );
                self.error(x.span(), msg);
                Some(INVALID)
            }
        }
    }

    /// `lhs = x`.
    pub(crate) fn assign_var(&mut self, lhs: &ast::Expr, x: &mut Operand<'_>, context: &str) {
        let t = self.lhs_var(lhs);
        if t == Some(INVALID) {
            x.invalidate();
            return;
        }
        if x.is_invalid() {
            return;
        }
        let ctx = if t.is_none() && context == "assignment" { "assignment" } else { context };
        self.assignment_to(x, t, ctx);
    }

    /// `a, b = x, y`.
    pub(crate) fn assign_vars(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(crate::expr::unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, le) in lhs.iter().enumerate() {
                let t = self.lhs_var(le);
                let hint = t.filter(|&t| t != INVALID);
                let mut x = self.expr_hint(&rhs[i], hint);
                if t == Some(INVALID) || x.is_invalid() {
                    continue;
                }
                let ctx = "assignment";
                self.assignment_to(&mut x, t, ctx);
            }
            return;
        }
        let rr: Vec<&ast::Expr> = rhs.iter().collect();
        if r != 1 {
            let okl = {
                self.use_lhs(lhs);
                true
            };
            if self.use_all(&rr) && okl {
                self.assign_error(&rr, l, r);
            }
            return;
        }
        let mut xs = if l == 2 { self.multi_expr_comma_ok(&rhs[0]) } else { self.multi_expr(&rhs[0]) };
        if xs.len() == l {
            for (i, le) in lhs.iter().enumerate() {
                let mut x = std::mem::replace(&mut xs[i], Operand::invalid());
                self.assign_var(le, &mut x, "assignment");
            }
            return;
        }
        self.use_lhs(lhs);
        if !xs[0].is_invalid() {
            self.assign_error(&rr, l, xs.len());
        }
    }

    /// `a, b := x, y`.
    pub(crate) fn short_var_decl(&mut self, pos: Span, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        let scope = self.scope;
        let mut new_vars: Vec<(ast::Ident, ObjId)> = Vec::new();
        let mut lhs_vars: Vec<ObjId> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut has_err = false;
        for le in lhs {
            let ExprKind::Name(n) = &le.kind else {
                self.use_lhs(std::slice::from_ref(le));
                let msg = format!("non-name {} on left side of :=", crate::exprstring::expr_string(le));
                self.error(start_span(le), msg);
                has_err = true;
                let dummy = self.new_var("_", le.span, INVALID, VarKind::Local);
                lhs_vars.push(dummy);
                continue;
            };
            if seen.contains(n) && n != "_" {
                self.error(le.span, format!("{n} repeated on left side of :="));
                has_err = true;
                let dummy = self.new_var("_", le.span, INVALID, VarKind::Local);
                lhs_vars.push(dummy);
                continue;
            }
            seen.push(n.clone());
            if n != "_" {
                if let Some(&alt) = self.scopes[scope.0 as usize].names.get(n) {
                    let k = self.key(le.id);
                    self.info.uses.insert(k, alt);
                    if matches!(self.obj(alt).kind, ObjKind::Var { .. }) {
                        lhs_vars.push(alt);
                    } else {
                        let msg = format!("cannot assign to {}", crate::exprstring::expr_string(le));
                        self.error(le.span, msg);
                        has_err = true;
                        let dummy = self.new_var("_", le.span, INVALID, VarKind::Local);
                        lhs_vars.push(dummy);
                    }
                    continue;
                }
            }
            let o = self.new_var(n, le.span, INVALID, VarKind::Local);
            self.untyped_vars.insert(o);
            let ident = ast::Ident { id: le.id, name: n.clone(), span: le.span };
            if n != "_" {
                new_vars.push((ident, o));
            } else {
                let k = self.key(le.id);
                self.info.defs.insert(k, o);
            }
            lhs_vars.push(o);
        }
        // Existing variables are assigned to: their type is fixed.
        let rr: Vec<&ast::Expr> = rhs.iter().collect();
        let existing: Vec<(ObjId, bool)> = lhs_vars.iter().map(|&o| (o, self.obj(o).used)).collect();
        self.init_vars(&lhs_vars, &rr, None, pos);
        for (o, used) in existing {
            if !new_vars.iter().any(|(_, n)| *n == o) {
                self.obj_mut(o).used = used;
            }
        }
        for (ident, o) in &new_vars {
            self.declare(scope, Some(ident), *o);
        }
        if new_vars.is_empty() && !has_err {
            self.error(pos, "no new variables on left side of :=");
        }
    }
}

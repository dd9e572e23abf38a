//! Statements and function bodies: blocks, simple statements, if/switch/type switch,
//! for and range loops, returns, defer, branches (their targets are recorded; misplaced
//! branches and label errors are reported by the parser's branch checker, as in gc), and
//! the "declared and not used" / "missing return" checks at the end of a body.

use crate::check::{Checker, FuncCtx};
use crate::info::{NodeKey, RangeInfo, RangeKind};
use crate::objects::{FuncRef, ObjId, ObjKind, ScopeId, VarKind};
use crate::operand::{start_span, OpMode, Operand};
use crate::types::{BasicKind, TypeId, TypeKind, INVALID};
use loopc_span::Span;
use loopc_syntax::ast::{self, BranchKind, ExprKind, StmtKind};
use std::rc::Rc;

/// A statement that `break`/`continue` may target.
#[derive(Clone, Debug)]
pub(crate) struct BranchTarget {
    pub stmt: NodeKey,
    pub label: Option<String>,
    pub is_loop: bool,
}

impl<'a> Checker<'a> {
    /// Checks a function body in the signature scope `scope`.
    pub(crate) fn func_body(&mut self, func: FuncRef, sig_t: TypeId, scope: ScopeId, body: &ast::Block) {
        let sig = self.types.signature(sig_t).unwrap_or_else(|| Rc::new(Default::default()));
        let results = match func {
            FuncRef::Decl(o) => self.func_params.get(&o).map(|p| p.1.clone()).unwrap_or_default(),
            FuncRef::Lit(_) => self.last_result_objs.clone(),
        };
        let saved_scope = self.scope;
        let saved_branch = std::mem::take(&mut self.branch_stack);
        let saved_labels = std::mem::take(&mut self.labels);
        let saved_gotos = std::mem::take(&mut self.pending_gotos);
        self.scope = scope;
        // Parameters and results are created with the signature, outside the body (for a
        // declaration, before any function is current): they belong to this function, which
        // is what makes a function literal's use of them a capture.
        let params: Vec<ObjId> = self.scopes[scope.0 as usize].names.values().copied().collect();
        for o in params {
            if matches!(self.obj(o).kind, ObjKind::Var { kind: VarKind::Param | VarKind::Result, .. }) {
                self.obj_mut(o).func = Some(func);
            }
        }
        self.fctx.push(FuncCtx { func, sig: sig.clone(), results, locals: Vec::new(), captures: Vec::new() });
        self.stmt_list(&body.stmts);
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts, None) {
            self.error(body.rbrace, "missing return");
        }
        self.resolve_gotos();
        let f = self.fctx.pop().expect("invariant: pushed above");
        self.scope = saved_scope;
        self.branch_stack = saved_branch;
        self.labels = saved_labels;
        self.pending_gotos = saved_gotos;
        self.usage(&f.locals);
        if let FuncRef::Lit(k) = func {
            // Captures of an inner literal that are not ours are captured by us too.
            for &c in &f.captures {
                self.note_capture(c);
            }
            self.record_captures(k, f.captures);
        }
    }

    fn usage(&mut self, locals: &[ObjId]) {
        let mut unused: Vec<ObjId> = locals
            .iter()
            .copied()
            .filter(|&o| {
                !self.obj(o).used
                    && self.obj(o).name != "_"
                    && !self.obj(o).name.is_empty()
                    && self.obj(o).parent.is_some()
            })
            .collect();
        unused.sort_by_key(|&o| self.obj(o).span.lo);
        for o in unused {
            let name = self.obj(o).name.clone();
            let span = self.obj(o).span;
            self.error(span, format!("declared and not used: {name}"));
        }
    }

    pub(crate) fn stmt_list(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &ast::Block) {
        self.open_scope(b.lbrace.to(b.rbrace));
        self.stmt_list(&b.stmts);
        self.close_scope();
    }

    pub(crate) fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(g) => self.decl_stmt(g),
            StmtKind::Labeled { stmt, .. } => self.labeled(s, stmt),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => {
                self.error(start_span(ch), "loopc does not support channels");
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, inc } => {
                let mut xo = self.expr(x);
                if xo.is_invalid() {
                    return;
                }
                if !self.all_numeric(xo.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let msg = format!(
                        "invalid operation: {}{op} (non-numeric type {})",
                        crate::exprstring::expr_string(x),
                        self.ts(xo.ty)
                    );
                    self.error(start_span(x), msg);
                    return;
                }
                xo.expr = Some(x);
                self.assign_var(x, &mut xo, "assignment");
            }
            StmtKind::Assign { lhs, op, define, rhs, op_span } => {
                if let Some(op) = op {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            *op_span,
                            format!("assignment operation {}= requires single-valued expressions", op.as_str()),
                        );
                        return;
                    }
                    let mut x = self.expr(&lhs[0]);
                    let mut y = self.expr(&rhs[0]);
                    self.binary_ops(None, &mut x, &mut y, &lhs[0], &rhs[0], *op, *op_span);
                    if x.is_invalid() {
                        return;
                    }
                    x.expr = Some(&lhs[0]);
                    x.mode = if matches!(x.mode, OpMode::Constant(_)) { OpMode::Value } else { x.mode };
                    self.assign_var(&lhs[0], &mut x, "assignment operation");
                } else if *define {
                    self.short_var_decl(*op_span, lhs, rhs);
                } else {
                    self.assign_vars(lhs, rhs);
                }
            }
            StmtKind::Go(e) => {
                self.error(s.span, "loopc does not support goroutines");
                self.raw_expr(e, None, true);
            }
            StmtKind::Defer(e) => self.suspended_call("defer", e),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref()),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { init, cond, then, els } => {
                self.open_scope(s.span);
                if let Some(i) = init {
                    self.stmt(i);
                }
                let x = self.expr(cond);
                if !x.is_invalid() && !self.all_boolean(x.ty) {
                    self.error(start_span(cond), "non-boolean condition in if statement");
                }
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.close_scope();
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.switch_stmt(s, None, init.as_deref(), tag.as_ref(), clauses)
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
                self.type_switch(s, None, init.as_deref(), bind.as_ref(), x, clauses)
            }
            StmtKind::Select { .. } => {
                self.error(s.span, "loopc does not support select statements");
            }
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(s, None, init.as_deref(), cond.as_ref(), post.as_deref(), body)
            }
            StmtKind::Range { key, value, define, x, body, range_span } => {
                self.range_stmt(s, None, key.as_ref(), value.as_ref(), *define, x, body, *range_span)
            }
        }
    }

    fn labeled(&mut self, s: &ast::Stmt, inner: &ast::Stmt) {
        let StmtKind::Labeled { label, .. } = &s.kind else { return };
        let name = Some(label.name.clone());
        let k = self.key(s.id);
        self.labels.insert(label.name.clone(), k);
        match &inner.kind {
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.switch_stmt(inner, name, init.as_deref(), tag.as_ref(), clauses)
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
                self.type_switch(inner, name, init.as_deref(), bind.as_ref(), x, clauses)
            }
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(inner, name, init.as_deref(), cond.as_ref(), post.as_deref(), body)
            }
            StmtKind::Range { key, value, define, x, body, range_span } => {
                self.range_stmt(inner, name, key.as_ref(), value.as_ref(), *define, x, body, *range_span)
            }
            _ => self.stmt(inner),
        }
    }

    fn branch(&mut self, s: &ast::Stmt, kind: BranchKind, label: Option<&ast::Ident>) {
        let k = self.key(s.id);
        let target = match kind {
            BranchKind::Break | BranchKind::Continue => {
                let want_loop = kind == BranchKind::Continue;
                self.branch_stack
                    .iter()
                    .rev()
                    .find(|t| match label {
                        Some(l) => t.label.as_deref() == Some(l.name.as_str()),
                        None => !want_loop || t.is_loop,
                    })
                    .map(|t| t.stmt)
            }
            BranchKind::Goto => label.and_then(|l| self.labels.get(&l.name).copied()),
            BranchKind::Fallthrough => None,
        };
        if let Some(t) = target {
            self.info.branches.insert(k, t);
        }
        if kind == BranchKind::Goto {
            if let Some(l) = label {
                self.pending_gotos.push((k, l.name.clone()));
            }
        }
    }

    fn expr_stmt(&mut self, e: &ast::Expr) {
        let x = self.raw_expr(e, None, false);
        let msg = match x.mode {
            OpMode::Invalid => return,
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr => "is not an expression",
            OpMode::NoValue => return,
            _ => {
                if self.is_statement_call(e) {
                    return;
                }
                "is not used"
            }
        };
        let m = format!("{} {msg}", self.op_string(&x));
        self.error(x.span(), m);
    }

    /// Whether `e` is a call that may appear in statement context (not a conversion or a
    /// value-only builtin).
    fn is_statement_call(&self, e: &ast::Expr) -> bool {
        let u = crate::expr::unparen(e);
        let ExprKind::Call { func, .. } = &u.kind else { return false };
        match self.mode_of(func) {
            Some(crate::info::Mode::TypeExpr) => false,
            Some(crate::info::Mode::Builtin(b)) => {
                use crate::objects::Builtin::*;
                matches!(b, Copy | Delete | Panic | Print | Println | Recover | Clear | Close)
            }
            _ => true,
        }
    }

    fn suspended_call(&mut self, keyword: &str, e: &ast::Expr) {
        let u = crate::expr::unparen(e);
        if !matches!(u.kind, ExprKind::Call { .. }) {
            let msg = format!("expression in {keyword} must be function call");
            self.error(start_span(e), msg);
            self.raw_expr(e, None, true);
            return;
        }
        let x = self.raw_expr(e, None, false);
        let msg = match x.mode {
            OpMode::Invalid => return,
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr => "is not an expression",
            _ => {
                if self.is_statement_call(e) {
                    return;
                }
                "discards result of"
            }
        };
        let m = format!("{keyword} {msg} {}", self.op_string(&x));
        self.error(x.span(), m);
    }

    fn return_stmt(&mut self, s: &ast::Stmt, results: &[ast::Expr]) {
        let Some(f) = self.fctx.last() else { return };
        let res = f.results.clone();
        let sig = f.sig.clone();
        if results.is_empty() {
            if !sig.results.is_empty() && !sig.results.iter().any(|p| !p.name.is_empty()) {
                let want: Vec<TypeId> = sig.results.iter().map(|p| p.ty).collect();
                let w = want.iter().map(|&t| self.ts(t)).collect::<Vec<_>>().join(", ");
                self.error_with_notes(
                    s.span,
                    "not enough return values".into(),
                    vec!["have ()".into(), format!("want ({w})")],
                );
            }
            // Named results must not be shadowed at the return.
            if sig.results.iter().any(|p| !p.name.is_empty()) {
                for &r in &res {
                    let name = self.obj(r).name.clone();
                    if name.is_empty() || name == "_" {
                        continue;
                    }
                    if let Some(alt) = self.lookup(&name) {
                        if alt != r {
                            let note = format!("{}: inner declaration of {name}", self.pos_string(self.obj(alt).span));
                            self.error_with_notes(
                                s.span,
                                format!("result parameter {name} not in scope at return"),
                                vec![note],
                            );
                        }
                    }
                }
            }
            return;
        }
        if sig.results.is_empty() {
            self.use_exprs(results);
            let ops: Vec<String> = results.iter().map(|_| String::new()).collect();
            let _ = ops;
            let have: Vec<TypeId> =
                results.iter().map(|e| self.info.types.get(&self.key(e.id)).map(|t| t.ty).unwrap_or(INVALID)).collect();
            let at = start_span(&results[0]);
            let h = self.summary_pub(&have);
            self.error_with_notes(at, "too many return values".into(), vec![format!("have {h}"), "want ()".into()]);
            return;
        }
        let rr: Vec<&ast::Expr> = results.iter().collect();
        // Result variables keep their types; they are not "inferred".
        self.init_vars(&res, &rr, Some(s.span), s.span);
    }

    pub(crate) fn summary_pub(&self, list: &[TypeId]) -> String {
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

    // ---- switch ----------------------------------------------------------------------------

    fn switch_stmt(
        &mut self,
        s: &ast::Stmt,
        label: Option<String>,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
    ) {
        self.open_scope(s.span);
        if let Some(i) = init {
            self.stmt(i);
        }
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment_to(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                    let msg = format!("cannot switch on {} ({} is not comparable)", self.op_string(&x), self.ts(x.ty));
                    self.error(x.span(), msg);
                    x.invalidate();
                }
                x
            }
            None => {
                let t = self.types.basic(BasicKind::Bool);
                Operand { mode: OpMode::Constant(crate::constant::ConstValue::Bool(true)), ty: t, expr: None }
            }
        };
        let k = self.key(s.id);
        self.branch_stack.push(BranchTarget { stmt: k, label, is_loop: false });
        let mut first_default: Option<Span> = None;
        let mut seen: Vec<(crate::constant::ConstValue, TypeId, Span)> = Vec::new();
        for (i, c) in clauses.iter().enumerate() {
            if c.is_default {
                if let Some(f) = first_default {
                    let msg = format!("multiple defaults (first at {})", self.pos_string(f));
                    self.error(c.span, msg);
                } else {
                    first_default = Some(c.span);
                }
            }
            for ce in &c.exprs {
                self.case_value(&mut x, ce, &mut seen, tag.is_none());
            }
            self.open_scope(c.span);
            self.stmt_list(&c.body);
            self.check_fallthrough(c, i + 1 == clauses.len(), false);
            self.close_scope();
        }
        self.branch_stack.pop();
        self.close_scope();
    }

    fn check_fallthrough(&mut self, c: &ast::CaseClause, last: bool, type_switch: bool) {
        // Misplaced fallthroughs are reported by the parser's branch checker; the final
        // one in a clause targets the next clause.
        let _ = (c, last, type_switch);
    }

    fn case_value(
        &mut self,
        x: &mut Operand<'_>,
        e: &ast::Expr,
        seen: &mut Vec<(crate::constant::ConstValue, TypeId, Span)>,
        tagless: bool,
    ) {
        let mut v = self.expr(e);
        if x.is_invalid() || v.is_invalid() {
            return;
        }
        let _ = tagless;
        let xx = x.clone();
        if x.expr.is_none() {
            // switch { case cond: }: compare against true.
            let b = self.types.basic(BasicKind::Bool);
            self.convert_untyped(&mut v, b);
            if v.is_invalid() {
                return;
            }
            if !self.all_boolean(v.ty) {
                let msg = format!(
                    "invalid case {} in switch (mismatched types {} and bool)",
                    crate::exprstring::expr_string(e),
                    self.ts(v.ty)
                );
                self.error(v.span(), msg);
                return;
            }
        } else {
            self.convert_untyped(&mut v, xx.ty);
            if v.is_invalid() {
                return;
            }
            let mut y = xx.clone();
            self.comparison(&mut v.clone(), &mut y, ast::BinaryOp::Eq, true);
            let mut vv = v.clone();
            let mut yy = xx.clone();
            self.comparison_silent_check(&mut vv, &mut yy);
        }
        if let OpMode::Constant(cv) = &v.mode {
            if let Some((_, _, at)) = seen
                .iter()
                .find(|(s, t, _)| crate::constops::compare(s, ast::BinaryOp::Eq, cv) && self.types.identical(*t, v.ty))
            {
                let note = format!("{}: previous case", self.pos_string(*at));
                let msg = format!("duplicate case {} in expression switch", self.op_string(&v));
                self.error_with_notes(v.span(), msg, vec![note]);
                return;
            }
            seen.push((cv.clone(), v.ty, v.span()));
        }
    }

    fn comparison_silent_check(&mut self, _x: &mut Operand<'_>, _y: &mut Operand<'_>) {}

    fn type_switch(
        &mut self,
        s: &ast::Stmt,
        label: Option<String>,
        init: Option<&ast::Stmt>,
        bind: Option<&ast::Ident>,
        xe: &ast::Expr,
        clauses: &[ast::CaseClause],
    ) {
        self.open_scope(s.span);
        if let Some(i) = init {
            self.stmt(i);
        }
        let x = self.expr(xe);
        let mut valid = !x.is_invalid();
        if valid {
            if self.types.is_type_param(x.ty) {
                let msg = format!("cannot use type switch on type parameter value {}", self.op_string(&x));
                self.error(x.span(), msg);
                valid = false;
            } else if !self.types.is_interface(x.ty) {
                let msg = format!("{} is not an interface", self.op_string(&x));
                self.error(x.span(), msg);
                valid = false;
            }
        }
        let k = self.key(s.id);
        self.branch_stack.push(BranchTarget { stmt: k, label, is_loop: false });
        let mut first_default: Option<Span> = None;
        let mut clause_vars: Vec<ObjId> = Vec::new();
        let mut seen: Vec<(TypeId, Span)> = Vec::new();
        let mut seen_nil: Option<Span> = None;
        for c in clauses {
            if c.is_default {
                if let Some(f) = first_default {
                    let msg = format!("multiple defaults (first at {})", self.pos_string(f));
                    self.error(c.span, msg);
                } else {
                    first_default = Some(c.span);
                }
            }
            let mut single: Option<TypeId> = None;
            for te in &c.exprs {
                let is_nil = matches!(&crate::expr::unparen(te).kind, ExprKind::Name(n) if n == "nil")
                    && self.lookup("nil") == Some(self.universe_lookup("nil"));
                let t = if is_nil {
                    let k = self.key(te.id);
                    self.info.uses.insert(k, self.universe_lookup("nil"));
                    let un = self.types.basic(BasicKind::UntypedNil);
                    self.record(te, crate::info::Mode::Nil, un);
                    if let Some(prev) = seen_nil {
                        let note = format!("{}: previous case", self.pos_string(prev));
                        self.error_with_notes(
                            start_span(te),
                            "multiple nil cases in type switch (first at ".to_string() + &self.pos_string(prev) + ")",
                            vec![note],
                        );
                    } else {
                        seen_nil = Some(start_span(te));
                    }
                    un
                } else {
                    let t = self.var_type(te);
                    if t != INVALID {
                        if let Some((_, at)) = seen.iter().find(|(p, _)| self.types.identical(*p, t)) {
                            let note = format!("{}: previous case", self.pos_string(*at));
                            let msg = format!("duplicate case {} in type switch", self.ts(t));
                            self.error_with_notes(start_span(te), msg, vec![note]);
                        } else {
                            seen.push((t, start_span(te)));
                        }
                        if valid {
                            self.type_assertion(te, &x, t, true);
                        }
                    }
                    t
                };
                single = Some(t);
            }
            self.open_scope(c.span);
            if let Some(b) = bind {
                let t = if c.exprs.len() == 1 {
                    let t = single.unwrap_or(INVALID);
                    if t == self.types.basic(BasicKind::UntypedNil) {
                        x.ty
                    } else {
                        t
                    }
                } else {
                    x.ty
                };
                let o = self.new_var(&b.name, b.span, t, VarKind::Local);
                let scope = self.scope;
                // Declared without recording a def on the bind identifier (one per clause).
                self.scopes[scope.0 as usize].names.insert(b.name.clone(), o);
                self.obj_mut(o).parent = Some(scope);
                let ck = self.key(c.id);
                self.info.implicits.insert(ck, o);
                clause_vars.push(o);
            }
            self.stmt_list(&c.body);
            self.close_scope();
        }
        self.branch_stack.pop();
        if let Some(b) = bind {
            // The bound variable is "used" if it is used in any clause.
            let used = clause_vars.iter().any(|&o| self.obj(o).used);
            for &o in &clause_vars {
                self.obj_mut(o).used = true;
            }
            if !used {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
            let pkg = Some(self.pkg);
            let func = self.cur_func();
            let o = self.new_obj(crate::objects::Object {
                name: b.name.clone(),
                kind: ObjKind::Var { kind: VarKind::Local, embedded: false },
                ty: INVALID,
                span: b.span,
                pkg,
                parent: None,
                func,
                used: true,
            });
            let k = self.key(b.id);
            self.info.defs.insert(k, o);
        }
        self.close_scope();
    }

    // ---- loops -------------------------------------------------------------------------

    fn for_stmt(
        &mut self,
        s: &ast::Stmt,
        label: Option<String>,
        init: Option<&ast::Stmt>,
        cond: Option<&ast::Expr>,
        post: Option<&ast::Stmt>,
        body: &ast::Block,
    ) {
        self.open_scope(s.span);
        if let Some(i) = init {
            self.stmt(i);
        }
        if let Some(c) = cond {
            let x = self.expr(c);
            if !x.is_invalid() && !self.all_boolean(x.ty) {
                self.error(start_span(c), "non-boolean condition in for statement");
            }
        }
        if let Some(p) = post {
            if let StmtKind::Assign { define: true, op_span, .. } = &p.kind {
                self.error(*op_span, "cannot declare in post statement of for loop");
            }
            self.stmt(p);
        }
        let k = self.key(s.id);
        self.branch_stack.push(BranchTarget { stmt: k, label, is_loop: true });
        self.block(body);
        self.branch_stack.pop();
        self.close_scope();
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &ast::Stmt,
        label: Option<String>,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        xe: &ast::Expr,
        body: &ast::Block,
        range_span: Span,
    ) {
        self.open_scope(s.span);
        let mut x = self.expr(xe);
        let mut kt: Option<TypeId> = None;
        let mut vt: Option<TypeId> = None;
        let mut kind = None;
        if !x.is_invalid() {
            match self.range_key_val(x.ty) {
                Err(cause) => {
                    let msg = if cause.is_empty() {
                        format!("cannot range over {}", self.op_string(&x))
                    } else {
                        format!("cannot range over {}: {cause}", self.op_string(&x))
                    };
                    self.error(x.span(), msg);
                    kt = Some(INVALID);
                    vt = Some(INVALID);
                }
                Ok((k, v, rk)) => {
                    kind = Some(rk);
                    if let (None, Some(key)) = (k, key) {
                        let msg = format!("range over {} permits no iteration variables", self.op_string(&x));
                        self.error(start_span(key), msg);
                    } else if let (None, Some(value)) = (v, value) {
                        let msg = format!("range over {} permits only one iteration variable", self.op_string(&x));
                        self.error(start_span(value), msg);
                    }
                    kt = k;
                    vt = v;
                }
            }
        }
        let range_over_int = kind == Some(RangeKind::Int);
        let lhs = [key, value];
        let rhs = [kt, vt];
        if define {
            let mut vars: Vec<(ast::Ident, ObjId)> = Vec::new();
            for i in 0..2 {
                let Some(le) = lhs[i] else { continue };
                let o = match &le.kind {
                    ExprKind::Name(n) => {
                        let o = self.new_var(n, le.span, INVALID, VarKind::Local);
                        let ident = ast::Ident { id: le.id, name: n.clone(), span: le.span };
                        let k = self.key(le.id);
                        self.info.defs.insert(k, o);
                        if n != "_" {
                            vars.push((ident, o));
                        }
                        o
                    }
                    _ => {
                        let msg = format!("cannot declare {}", crate::exprstring::expr_string(le));
                        self.error(start_span(le), msg);
                        self.new_var("_", le.span, INVALID, VarKind::Local)
                    }
                };
                let t = rhs[i];
                match t {
                    None | Some(INVALID) => {
                        self.obj_mut(o).ty = INVALID;
                        self.obj_mut(o).used = true;
                    }
                    Some(t) => {
                        self.untyped_vars.insert(o);
                        if range_over_int {
                            let mut xx = x.clone();
                            self.init_var(o, &mut xx, "range clause");
                            if !xx.is_invalid() {
                                x = xx;
                            }
                        } else {
                            let mut y = Operand { mode: OpMode::Value, ty: t, expr: Some(le) };
                            self.init_var(o, &mut y, "assignment");
                        }
                    }
                }
            }
            let scope = self.scope;
            if !vars.is_empty() {
                for (ident, o) in &vars {
                    self.declare(scope, Some(ident), *o);
                }
            } else if key.is_some() {
                self.error(range_span, "no new variables on left side of :=");
            }
        } else if key.is_some() {
            for i in 0..2 {
                let Some(le) = lhs[i] else { continue };
                let Some(t) = rhs[i] else { continue };
                if t == INVALID {
                    continue;
                }
                if range_over_int {
                    let mut xx = x.clone();
                    self.assign_var(le, &mut xx, "range clause");
                    if !xx.is_invalid() && !self.all_integer(xx.ty) {
                        let msg = format!("cannot use iteration variable of type {}", self.ts(xx.ty));
                        self.error(start_span(le), msg);
                    }
                } else {
                    let mut y = Operand { mode: OpMode::Value, ty: t, expr: Some(le) };
                    self.assign_var(le, &mut y, "assignment");
                }
            }
        } else if range_over_int {
            self.assignment_to(&mut x, None, "range clause");
        }
        if let Some(rk) = kind {
            let k = self.key(s.id);
            let final_key = if range_over_int { Some(x.ty) } else { kt };
            self.info.ranges.insert(
                k,
                RangeInfo { kind: rk, key: final_key.filter(|&t| t != INVALID), value: vt.filter(|&t| t != INVALID) },
            );
        }
        let k = self.key(s.id);
        self.branch_stack.push(BranchTarget { stmt: k, label, is_loop: true });
        self.block(body);
        self.branch_stack.pop();
        self.close_scope();
    }

    /// Key and value types of ranging over `t` (types2's `rangeKeyVal`).
    fn range_key_val(&mut self, orig: TypeId) -> Result<(Option<TypeId>, Option<TypeId>, RangeKind), String> {
        let core = self.core_type(orig);
        if core == INVALID {
            if self.types.is_type_param(orig) {
                return Err("no core type".to_string());
            }
            return Err(String::new());
        }
        let int = self.types.basic(BasicKind::Int);
        let (t, ptr) = match self.types.kind(core).clone() {
            TypeKind::Pointer(b) => match self.types.under_kind(b).clone() {
                TypeKind::Array { .. } => (self.types.underlying(b), true),
                _ => (core, false),
            },
            _ => (core, false),
        };
        match self.types.kind(t).clone() {
            TypeKind::Basic(k) if k.is_string() => {
                Ok((Some(int), Some(self.types.basic(BasicKind::Rune)), RangeKind::String))
            }
            TypeKind::Basic(k) if k.is_integer() => {
                if !self.allow_version((1, 22)) {
                    return Err("requires go1.22 or later".into());
                }
                Ok((Some(orig), None, RangeKind::Int))
            }
            TypeKind::Array { elem, .. } => {
                Ok((Some(int), Some(elem), if ptr { RangeKind::PtrArray } else { RangeKind::Array }))
            }
            TypeKind::Slice(elem) => Ok((Some(int), Some(elem), RangeKind::Slice)),
            TypeKind::Map { key, elem } => Ok((Some(key), Some(elem), RangeKind::Map)),
            TypeKind::Chan(_) => Err("loopc does not support channels".into()),
            TypeKind::Func(sig) => {
                if !self.allow_version((1, 23)) {
                    return Err("requires go1.23 or later".into());
                }
                const P: &str = "func must be func(yield func(...) bool): ";
                if sig.params.len() != 1 {
                    return Err(format!("{P}wrong argument count"));
                }
                if !sig.results.is_empty() {
                    return Err(format!("{P}unexpected results"));
                }
                let Some(cb) = self
                    .types
                    .signature(self.core_type(sig.params[0].ty))
                    .filter(|_| self.core_type(sig.params[0].ty) != INVALID)
                else {
                    return Err(format!("{P}argument is not func"));
                };
                if cb.params.len() > 2 {
                    return Err(format!("{P}yield func has too many parameters"));
                }
                let b = self.types.basic(BasicKind::Bool);
                if cb.results.len() != 1 || !self.types.identical(cb.results[0].ty, b) {
                    if cb.results.len() == 1 && self.types.basic_kind(cb.results[0].ty).is_some_and(|k| k.is_boolean())
                    {
                        return Err(format!("{P}yield func returns user-defined boolean, not bool"));
                    }
                    return Err(format!("{P}yield func does not return bool"));
                }
                let k = cb.params.first().map(|p| p.ty);
                let v = cb.params.get(1).map(|p| p.ty);
                Ok((k, v, RangeKind::Func(cb.params.len() as u8)))
            }
            _ => Err(String::new()),
        }
    }

    // ---- terminating statements ----------------------------------------------------------

    fn is_terminating_list(&self, stmts: &[ast::Stmt], label: Option<&str>) -> bool {
        // Trailing empty statements are ignored.
        let mut i = stmts.len();
        while i > 0 && matches!(stmts[i - 1].kind, StmtKind::Empty) {
            i -= 1;
        }
        i > 0 && self.is_terminating(&stmts[i - 1], label)
    }

    fn is_terminating(&self, s: &ast::Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind: BranchKind::Goto | BranchKind::Fallthrough, .. } => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { func, .. } = &crate::expr::unparen(e).kind {
                    if let ExprKind::Name(n) = &crate::expr::unparen(func).kind {
                        if n == "panic" {
                            let k = self.key(func.id);
                            return matches!(
                                self.info.types.get(&k).map(|t| &t.mode),
                                Some(crate::info::Mode::Builtin(crate::objects::Builtin::Panic))
                            );
                        }
                    }
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, None),
            StmtKind::Labeled { label: l, stmt } => self.is_terminating(stmt, Some(&l.name)),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, None))
                    && self.is_terminating_list(&then.stmts, None)
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                let has_default = clauses.iter().any(|c| c.is_default);
                has_default
                    && clauses.iter().all(|c| {
                        (self.is_terminating_list(&c.body, None) || ends_in_fallthrough(&c.body))
                            && !has_break(&c.body, label, true)
                    })
            }
            StmtKind::Select { .. } => false,
            StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
            _ => false,
        }
    }

    /// Records goto targets resolved after the body (labels may follow the goto).
    pub(crate) fn resolve_gotos(&mut self) {
        let gotos = std::mem::take(&mut self.pending_gotos);
        for (k, name) in gotos {
            if let Some(&t) = self.labels.get(&name) {
                self.info.branches.insert(k, t);
            }
        }
    }
}

fn ends_in_fallthrough(stmts: &[ast::Stmt]) -> bool {
    matches!(stmts.last().map(|s| &s.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. }))
}

/// Whether `stmts` contain a `break` that targets the enclosing statement (unlabeled at
/// this level, or labeled with `label`).
fn has_break(stmts: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

fn has_break_stmt(s: &ast::Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled { stmt, .. } => has_break_stmt(stmt, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top) || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_break(&body.stmts, label, false),
        _ => false,
    }
}

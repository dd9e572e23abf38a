//! Evaluation order within a statement, as gc's order phase (`cmd/compile/internal/walk/order.go`)
//! makes it.
//!
//! The spec fixes only the order of function calls, method calls and channel operations in
//! a statement; gc's order phase decides the rest and programs can see it. It copies into
//! temporaries, in source order (post-order: operands first), every operand that may call
//! or that must be materialised — calls, `len`/`cap`/`append`/`make`/`new`/`min`/`max`/
//! `recover`, `[]byte(s)`/`[]rune(s)`, slice expressions, type assertions to non-pointer-shaped
//! types, `&&`/`||` values — and leaves the other operands (variable and field loads,
//! indexing, arithmetic, map reads, interface values) in place, where the statement itself
//! reads them: after all those calls. So with `cnt` incrementing `g.count`,
//! `fmt.Println(g.count, cnt())` prints the incremented count twice, and
//! `s := []int{x, f()}` sees `x` as `f` left it.
//!
//! Mechanism: before a statement's expressions are lowered, [`FnCx::order_exprs`] walks them
//! in evaluation order and lowers each such operand at that point, recording its values in
//! `FnCx::pre` under its node. [`FnCx::expr`]/[`FnCx::expr_multi`] take a recorded node's
//! values instead of lowering it again (each recorded node is consumed exactly once). An
//! expression lowered outside any statement-level ordering (conditions, `switch` tags, loop
//! headers, operands of `&&`/`||`) is its own root: `expr` orders it first. Function literals
//! are not entered (their bodies are separate functions); `&&`/`||` are recorded whole, and
//! each of their operands is ordered as a root of its own when lowered, as gc orders the
//! right operand in its own block.
//!
//! A value converted to an interface whose conversion takes its address (`dataWordFuncName`'s
//! `needsaddr`: not pointer-shaped, not a 2-, 4- or 8-byte scalar, not a string or slice) is
//! copied too when it is not addressable or is an SSA-able local variable (`addrTemp`): so a
//! `bool` or small struct variable passed to `fmt.Println` beside a call that changes it is
//! read before the call, an `int` after it. loopc applies this to call arguments and to the
//! elements of slice and array literals; other implicit conversions (assignments, returns)
//! keep the plain rule.

use crate::builder::{FnCx, Val};
use crate::expr::unparen;
use crate::types_layout::{FieldT, Ty, TyKind};
use loopc_syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};
use loopc_types::objects::VarKind;
use loopc_types::types::BasicKind;
use loopc_types::{Builtin, Mode, ObjId, ObjKind};

/// Where an operand lives, for `addrTemp`.
enum Outer {
    /// A variable (the operand is it, or a field or array element of it).
    Var(ObjId),
    /// Memory reached through a pointer or a slice.
    Memory,
    /// Not addressable (a computed value).
    NotAddressable,
}

impl FnCx<'_, '_> {
    /// Orders the expressions of one statement (evaluation order: as listed) and runs `lower`,
    /// which lowers the statement using the recorded operands.
    pub(crate) fn with_order<R>(&mut self, es: &[&ast::Expr], lower: impl FnOnce(&mut Self) -> R) -> R {
        let outer = std::mem::replace(&mut self.ordering, true);
        let outer_pre = std::mem::take(&mut self.pre);
        for e in es {
            self.order_visit(e);
        }
        let r = lower(self);
        // Every recorded operand is used exactly once by the statement's lowering; one left
        // over would mean it was lowered twice (a path that bypassed `expr`).
        debug_assert!(self.pre.is_empty(), "order: operands recorded but not used");
        self.pre = outer_pre;
        self.ordering = outer;
        r
    }

    /// Runs `lower` as a statement of its own (a map literal's dynamic entry, which gc
    /// orders as `m[k] = v`), whatever ordering is in progress.
    pub(crate) fn as_statement<R>(&mut self, es: &[&ast::Expr], lower: impl FnOnce(&mut Self) -> R) -> R {
        let outer = std::mem::replace(&mut self.ordering, false);
        let r = self.with_order(es, lower);
        self.ordering = outer;
        r
    }

    /// Orders one expression lowered on its own (a root) unless a statement's ordering is in
    /// progress, then lowers it with `lower`.
    pub(crate) fn order_root<R>(&mut self, e: &ast::Expr, lower: impl FnOnce(&mut Self) -> R) -> R {
        if self.ordering {
            return lower(self);
        }
        self.with_order(&[e], lower)
    }

    /// Lowers `e` as a root of its own, whatever ordering is in progress (operands of
    /// `&&`/`||`, evaluated conditionally).
    pub(crate) fn own_root(&mut self, e: &ast::Expr) -> Val {
        let outer = std::mem::replace(&mut self.ordering, false);
        let v = self.expr(e);
        self.ordering = outer;
        v
    }

    /// Visits `e`'s operands in evaluation order, lowering and recording those gc copies.
    fn order_visit(&mut self, e: &ast::Expr) {
        let e = unparen(e);
        match self.mode_of(e) {
            Some(Mode::Constant(_) | Mode::TypeExpr | Mode::Builtin(_) | Mode::Nil) => return,
            None if !matches!(e.kind, ExprKind::KeyValue { .. }) => return,
            _ => {}
        }
        match &e.kind {
            ExprKind::Call { func, args, dots, .. } => {
                match self.mode_of(func) {
                    Some(Mode::TypeExpr) => {
                        // A conversion: only []byte(s) and []rune(s) are copied.
                        for a in args {
                            self.order_visit(a);
                        }
                        if self.is_string_to_slice(e, args) {
                            self.record(e);
                        } else if let [a] = &args[..] {
                            let to = self.ty_of(e);
                            self.order_iface_arg(a, to);
                        }
                    }
                    Some(Mode::Builtin(b)) => {
                        for a in args {
                            self.order_visit(a);
                        }
                        if copied_builtin(b) {
                            self.record(e);
                        }
                    }
                    _ => {
                        self.order_visit(func);
                        let ft = self.ty_of(func);
                        let (params, variadic) = match self.lw.tcx.ukind(ft) {
                            TyKind::Func { params, variadic, .. } => (params, variadic),
                            _ => (Vec::new(), false),
                        };
                        for (i, a) in args.iter().enumerate() {
                            self.order_visit(a);
                            let p = match params.len() {
                                n if variadic && dots.is_none() && i + 1 >= n && n > 0 => {
                                    Some(self.lw.tcx.elem(params[n - 1]))
                                }
                                _ => params.get(i).copied(),
                            };
                            if let Some(p) = p {
                                self.order_iface_arg(a, p);
                            }
                        }
                        self.record(e);
                    }
                }
            }
            ExprKind::Binary { op: BinaryOp::AndAnd | BinaryOp::OrOr, .. } => self.record(e),
            ExprKind::Binary { x, y, .. } => {
                self.order_visit(x);
                self.order_visit(y);
            }
            // `&T{...}` is lowered as a whole (its elements are still ordered).
            ExprKind::Unary { op: UnaryOp::Addr, x } if matches!(unparen(x).kind, ExprKind::CompositeLit { .. }) => {
                if let ExprKind::CompositeLit { elts, .. } = &unparen(x).kind {
                    if !matches!(self.lw.tcx.ukind(self.ty_of(x)), TyKind::Map(..)) {
                        for el in elts {
                            self.order_visit(el);
                        }
                    }
                }
            }
            ExprKind::Unary { x, .. } | ExprKind::Star(x) => self.order_visit(x),
            ExprKind::Selector { x, .. } => self.order_visit(x),
            ExprKind::Index { x, indices, .. } => {
                self.order_visit(x);
                for i in indices {
                    self.order_visit(i);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.order_visit(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.order_visit(i);
                }
                self.record(e);
            }
            ExprKind::TypeAssert { x, ty: Some(_) } => {
                self.order_visit(x);
                let t = self.ty_of(e);
                // A comma-ok assertion's type is the tuple (T, bool).
                let t = match self.lw.tcx.kind(t) {
                    TyKind::Tuple(_) => self.lw.tcx.tuple_elems(t)[0],
                    _ => t,
                };
                if !self.lw.tcx.is_direct_iface(t) {
                    self.record(e);
                }
            }
            // gc builds a map literal with entries right here, one `m[k] = v` statement per
            // entry.
            ExprKind::CompositeLit { elts, .. }
                if matches!(self.lw.tcx.ukind(self.ty_of(e)), TyKind::Map(..)) && !elts.is_empty() =>
            {
                self.record(e);
            }
            ExprKind::CompositeLit { .. } if matches!(self.lw.tcx.ukind(self.ty_of(e)), TyKind::Map(..)) => {}
            ExprKind::CompositeLit { elts, .. } => {
                let t = self.ty_of(e);
                let elem = match self.lw.tcx.ukind(t) {
                    TyKind::Slice(el) | TyKind::Array(_, el) => Some(el),
                    _ => None,
                };
                for el in elts {
                    self.order_visit(el);
                    if let Some(et) = elem {
                        let v = match &el.kind {
                            ExprKind::KeyValue { value, .. } => &**value,
                            _ => el,
                        };
                        self.order_iface_arg(v, et);
                    }
                }
            }
            ExprKind::KeyValue { key, value } => {
                // Struct literal keys are field names, not operands.
                if !matches!(key.kind, ExprKind::Name(_)) || self.mode_of(key).is_some() {
                    self.order_visit(key);
                }
                self.order_visit(value);
            }
            _ => {}
        }
    }

    /// `addrTemp` for `a` converted to `to`: copies `a` now if the conversion needs its
    /// address and it is not addressable or is an SSA-able local.
    fn order_iface_arg(&mut self, a: &ast::Expr, to: Ty) {
        let a = unparen(a);
        let from = self.ty_of(a);
        let tcx = &self.lw.tcx;
        if !tcx.is_interface(to) || tcx.is_interface(from) || !self.needs_addr(from) {
            return;
        }
        if !matches!(self.mode_of(a), Some(Mode::Variable | Mode::Value | Mode::MapIndex | Mode::CommaOk)) {
            return;
        }
        let copy = match self.outer_var(a) {
            Outer::NotAddressable => true,
            Outer::Var(obj) => {
                let o = self.lw.p.object(obj);
                let local = matches!(o.kind, ObjKind::Var { kind: VarKind::Local, .. });
                let t = self.conv(o.ty);
                local && !self.lw.p.info.address_taken.contains(&obj) && self.can_ssa(t)
            }
            Outer::Memory => false,
        };
        if copy {
            let key = self.key(a.id);
            if !self.pre.contains_key(&key) {
                let v = self.expr(a);
                let v = self.copy_val(from, v);
                self.pre.insert(key, vec![v]);
            }
        }
    }

    /// What an operand's address would be: a variable (through field selections and array
    /// indexing), other memory (through pointers, slices), or none.
    fn outer_var(&self, e: &ast::Expr) -> Outer {
        let e = unparen(e);
        match &e.kind {
            ExprKind::Name(_) => match self.lw.p.info.uses.get(&self.key(e.id)) {
                Some(&obj) if matches!(self.lw.p.object(obj).kind, ObjKind::Var { .. }) => Outer::Var(obj),
                _ => Outer::NotAddressable,
            },
            ExprKind::Selector { x, .. } if matches!(self.mode_of(e), Some(Mode::Variable)) => {
                if matches!(self.lw.tcx.ukind(self.ty_of(x)), TyKind::Pointer(_)) {
                    Outer::Memory
                } else {
                    self.outer_var(x)
                }
            }
            ExprKind::Index { x, .. } if matches!(self.mode_of(e), Some(Mode::Variable)) => {
                match self.lw.tcx.ukind(self.ty_of(x)) {
                    TyKind::Array(..) => self.outer_var(x),
                    _ => Outer::Memory,
                }
            }
            ExprKind::Star(_) => Outer::Memory,
            _ => Outer::NotAddressable,
        }
    }

    /// gc's `dataWordFuncName` needsaddr: the conversion passes the value's address.
    fn needs_addr(&self, t: Ty) -> bool {
        let tcx = &self.lw.tcx;
        if tcx.is_direct_iface(t) {
            return false;
        }
        let (size, align) = tcx.size_align(t);
        let ptrs = self.has_pointers(t);
        if (size == 2 && align == 2) || (size == 4 && align == 4 && !ptrs) || (size == 8 && align == 8 && !ptrs) {
            return false;
        }
        !matches!(
            self.sole_component(t).map(|c| tcx.ukind(c)),
            Some(TyKind::Basic(BasicKind::String) | TyKind::Slice(_))
        )
    }

    /// The only non-blank component of a struct or array type (gc's `SoleComponent`).
    fn sole_component(&self, t: Ty) -> Option<Ty> {
        match self.lw.tcx.ukind(t) {
            TyKind::Struct(fields) => {
                let real: Vec<&FieldT> = fields.iter().filter(|f| f.name != "_").collect();
                match real[..] {
                    [f] => self.sole_component(f.ty),
                    _ => None,
                }
            }
            TyKind::Array(1, e) => self.sole_component(e),
            TyKind::Array(..) => None,
            _ => Some(t),
        }
    }

    fn has_pointers(&self, t: Ty) -> bool {
        match self.lw.tcx.ukind(t) {
            TyKind::Basic(k) => matches!(k, BasicKind::String | BasicKind::UnsafePointer),
            TyKind::Array(0, _) => false,
            TyKind::Array(_, e) => self.has_pointers(e),
            TyKind::Struct(fields) => fields.iter().any(|f| self.has_pointers(f.ty)),
            _ => true,
        }
    }

    /// gc's `ssa.CanSSA` for a type: at most four words; arrays of at most one element,
    /// structs of at most four fields, recursively.
    fn can_ssa(&self, t: Ty) -> bool {
        if self.lw.tcx.size(t) > 32 {
            return false;
        }
        match self.lw.tcx.ukind(t) {
            TyKind::Array(n, e) => n <= 1 && self.can_ssa(e),
            TyKind::Struct(fields) => fields.len() <= 4 && fields.iter().all(|f| self.can_ssa(f.ty)),
            _ => true,
        }
    }

    /// Lowers `e` now and records its values for the statement to use.
    fn record(&mut self, e: &ast::Expr) {
        let key = self.key(e.id);
        if self.pre.contains_key(&key) {
            return;
        }
        let t = self.ty_of(e);
        let want = match self.lw.tcx.kind(t) {
            TyKind::Tuple(_) => self.lw.tcx.tuple_elems(t).len(),
            _ if matches!(self.mode_of(e), Some(Mode::NoValue)) => 0,
            _ => 1,
        };
        let vs = if want == 1 { vec![self.expr(e)] } else { self.expr_multi(e, want) };
        self.pre.insert(key, vs);
    }

    /// The values recorded for `e`, consumed.
    pub(crate) fn take_recorded(&mut self, e: &ast::Expr) -> Option<Vec<Val>> {
        if self.pre.is_empty() {
            return None;
        }
        let key = self.key(unparen(e).id);
        self.pre.remove(&key)
    }

    fn is_string_to_slice(&self, e: &ast::Expr, args: &[ast::Expr]) -> bool {
        let [x] = args else { return false };
        let (from, to) = (self.ty_of(x), self.ty_of(e));
        matches!(self.lw.tcx.ukind(from), TyKind::Basic(BasicKind::String | BasicKind::UntypedString))
            && matches!(self.lw.tcx.ukind(to), TyKind::Slice(_))
    }
}

/// Builtins whose calls gc's order phase copies into temporaries (`order.go`'s `expr1`:
/// `OLEN`, `OCAP`, `OAPPEND`, `OMAKE*`, `ONEW`, `OMIN`/`OMAX`, `ORECOVER`, `OCOPY`, ...).
fn copied_builtin(b: Builtin) -> bool {
    matches!(
        b,
        Builtin::Len
            | Builtin::Cap
            | Builtin::Append
            | Builtin::Make
            | Builtin::New
            | Builtin::Min
            | Builtin::Max
            | Builtin::Recover
            | Builtin::Copy
    )
}

//! Type argument inference for calls of generic functions: unification of parameter types
//! with typed argument types, core-type inference from constraints, then default types of
//! untyped constant arguments (the order types2's `infer` uses).

use crate::check::Checker;
use crate::operand::Operand;
use crate::types::{TypeId, TypeKind, INVALID};
use loopc_span::Span;

impl Checker<'_> {
    /// Infers the missing (`INVALID`) entries of `targs`. Reports and returns `None` on failure.
    pub(crate) fn infer(
        &mut self,
        pos: Span,
        fun: &str,
        tparams: &[TypeId],
        targs: Vec<TypeId>,
        ptypes: &[TypeId],
        args: &[Operand<'_>],
    ) -> Option<Vec<TypeId>> {
        let mut b: Vec<TypeId> = targs;
        if b.iter().all(|&t| t != INVALID) {
            return Some(b);
        }
        // 1. Typed arguments.
        for (i, a) in args.iter().enumerate() {
            if a.is_invalid() || a.ty == INVALID {
                continue;
            }
            let p = ptypes[i];
            if !self.mentions_tparams(p, tparams) || self.types.is_untyped(a.ty) {
                continue;
            }
            if !self.unify(p, a.ty, tparams, &mut b, 0) {
                let targ = self.ts(a.ty);
                let names: Vec<String> = tparams.iter().map(|&t| self.ts(t)).collect();
                let msg = format!(
                    "in call to {fun}, type {targ} of {} does not match {} (cannot infer {})",
                    a.expr.map(crate::exprstring::expr_string).unwrap_or_default(),
                    self.ts(p),
                    names.join(", ")
                );
                self.error(a.span(), msg);
                return None;
            }
        }
        // 2. Core types of constraints.
        for _ in 0..2 {
            for (i, &tp) in tparams.iter().enumerate() {
                let bound = match self.types.kind(tp) {
                    TypeKind::TypeParam(p) => p.bound,
                    _ => continue,
                };
                let ts = self.types.type_set(bound);
                let Some(terms) = ts.terms.clone() else { continue };
                if terms.len() != 1 {
                    continue;
                }
                let core = terms[0];
                if b[i] != INVALID {
                    let target = if core.tilde || self.types.is_type_param(b[i]) { self.core_type(b[i]) } else { b[i] };
                    let _ = self.unify(core.ty, target, tparams, &mut b, 0);
                } else if !core.tilde || self.mentions_tparams(core.ty, tparams) {
                    let bound_all = !self.mentions_unbound(core.ty, tparams, &b);
                    if bound_all || !core.tilde {
                        let smap: Vec<(TypeId, TypeId)> =
                            tparams.iter().copied().zip(b.iter().copied()).filter(|(_, a)| *a != INVALID).collect();
                        let t = self.subst(core.ty, &smap);
                        if !self.mentions_unbound(t, tparams, &b) {
                            b[i] = t;
                        }
                    }
                }
            }
        }
        // 3. Untyped constant arguments for parameters that are bare type parameters.
        for (j, &tp) in tparams.iter().enumerate() {
            if b[j] != INVALID {
                continue;
            }
            let mut max: Option<TypeId> = None;
            for (i, a) in args.iter().enumerate() {
                if a.is_invalid() || !self.types.is_untyped(a.ty) || a.is_nil() || ptypes[i] != tp {
                    continue;
                }
                max = match max {
                    None => Some(a.ty),
                    Some(m) => match self.max_type(m, a.ty) {
                        Some(t) => Some(t),
                        None => {
                            let msg = format!(
                                "in call to {fun}, mismatched types {} and {} (cannot infer {})",
                                self.ts(m),
                                self.ts(a.ty),
                                self.ts(tp)
                            );
                            self.error(a.span(), msg);
                            return None;
                        }
                    },
                };
            }
            if let Some(m) = max {
                b[j] = self.default_type(m);
            }
        }
        // Resolve bindings that mention other type parameters.
        for _ in 0..tparams.len() {
            let smap: Vec<(TypeId, TypeId)> =
                tparams.iter().copied().zip(b.iter().copied()).filter(|(_, a)| *a != INVALID).collect();
            let mut changed = false;
            for t in b.iter_mut() {
                if *t != INVALID {
                    let n = self.subst(*t, &smap);
                    changed |= n != *t;
                    *t = n;
                }
            }
            if !changed {
                break;
            }
        }
        for (i, &t) in b.iter().enumerate() {
            if t == INVALID {
                let o = match self.types.kind(tparams[i]) {
                    TypeKind::TypeParam(p) => p.obj,
                    _ => continue,
                };
                let name = self.obj(o).name.clone();
                let at = self.pos_string(self.obj(o).span);
                self.error(pos, format!("in call to {fun}, cannot infer {name} (declared at {at})"));
                return None;
            }
        }
        Some(b)
    }

    fn mentions_tparams(&self, t: TypeId, tparams: &[TypeId]) -> bool {
        self.mentions(t, &|x| tparams.contains(&x), &mut 0)
    }

    fn mentions_unbound(&self, t: TypeId, tparams: &[TypeId], b: &[TypeId]) -> bool {
        self.mentions(t, &|x| tparams.iter().position(|&p| p == x).is_some_and(|i| b[i] == INVALID), &mut 0)
    }

    fn mentions(&self, t: TypeId, pred: &dyn Fn(TypeId) -> bool, depth: &mut u32) -> bool {
        if *depth > 50 {
            return false;
        }
        *depth += 1;
        let r = match self.types.kind(t) {
            TypeKind::TypeParam(_) => pred(t),
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Chan(e) => self.mentions(*e, pred, depth),
            TypeKind::Array { elem, .. } => self.mentions(*elem, pred, depth),
            TypeKind::Map { key, elem } => self.mentions(*key, pred, depth) || self.mentions(*elem, pred, depth),
            TypeKind::Tuple(v) => v.iter().any(|&e| self.mentions(e, pred, depth)),
            TypeKind::Struct(s) => s.fields.iter().any(|f| self.mentions(f.ty, pred, depth)),
            TypeKind::Func(s) => s.params.iter().chain(s.results.iter()).any(|p| self.mentions(p.ty, pred, depth)),
            TypeKind::Interface(i) => {
                i.methods.iter().any(|m| self.mentions(m.sig, pred, depth))
                    || i.embeddeds.iter().any(|&e| self.mentions(e, pred, depth))
            }
            TypeKind::Union(ts) => ts.iter().any(|x| self.mentions(x.ty, pred, depth)),
            TypeKind::Named(n) => n.targs.iter().any(|&a| self.mentions(a, pred, depth)),
            TypeKind::Alias { actual, .. } => self.mentions(*actual, pred, depth),
            TypeKind::Basic(_) => false,
        };
        *depth -= 1;
        r
    }

    /// Unifies parameter type `x` with argument type `y` (inexactly: a named type matches
    /// an identical type literal through its underlying type).
    fn unify(&mut self, x: TypeId, y: TypeId, tparams: &[TypeId], b: &mut Vec<TypeId>, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        let x = self.types.unalias(x);
        let y = self.types.unalias(y);
        if let Some(i) = tparams.iter().position(|&p| p == x) {
            if b[i] == INVALID {
                b[i] = y;
                return true;
            }
            let bi = b[i];
            if self.types.identical(bi, y) {
                return true;
            }
            // Inexact: keep the named type when one side is a literal with the same structure.
            let (nb, ny) = (self.types.named(bi).is_some(), self.types.named(y).is_some());
            if nb != ny && self.types.identical(self.types.underlying(bi), self.types.underlying(y)) {
                if ny {
                    b[i] = y;
                }
                return true;
            }
            return false;
        }
        if !self.mentions_tparams(x, tparams) {
            return true; // assignability is checked afterwards
        }
        // Inexact unification through underlying types of named arguments.
        let xk = self.types.kind(x).clone();
        let (yk, yt) = match (&xk, self.types.kind(y)) {
            (TypeKind::Named(_), _) => (self.types.kind(y).clone(), y),
            (_, TypeKind::Named(_)) => {
                let u = self.types.underlying(y);
                (self.types.kind(u).clone(), u)
            }
            (_, k) => (k.clone(), y),
        };
        let _ = yt;
        match (xk, yk) {
            (TypeKind::Pointer(a), TypeKind::Pointer(c))
            | (TypeKind::Slice(a), TypeKind::Slice(c))
            | (TypeKind::Chan(a), TypeKind::Chan(c)) => self.unify(a, c, tparams, b, depth + 1),
            (TypeKind::Array { len: l1, elem: a }, TypeKind::Array { len: l2, elem: c }) => {
                l1 == l2 && self.unify(a, c, tparams, b, depth + 1)
            }
            (TypeKind::Map { key: k1, elem: e1 }, TypeKind::Map { key: k2, elem: e2 }) => {
                self.unify(k1, k2, tparams, b, depth + 1) && self.unify(e1, e2, tparams, b, depth + 1)
            }
            (TypeKind::Func(s1), TypeKind::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1
                        .params
                        .iter()
                        .zip(s2.params.iter())
                        .all(|(p, q)| self.unify(p.ty, q.ty, tparams, b, depth + 1))
                    && s1
                        .results
                        .iter()
                        .zip(s2.results.iter())
                        .all(|(p, q)| self.unify(p.ty, q.ty, tparams, b, depth + 1))
            }
            (TypeKind::Struct(s1), TypeKind::Struct(s2)) => {
                s1.fields.len() == s2.fields.len()
                    && s1
                        .fields
                        .iter()
                        .zip(s2.fields.iter())
                        .all(|(f, g)| f.name == g.name && self.unify(f.ty, g.ty, tparams, b, depth + 1))
            }
            (TypeKind::Named(n1), TypeKind::Named(n2)) => {
                if n1.orig.is_some() && n1.orig == n2.orig {
                    n1.targs.iter().zip(n2.targs.iter()).all(|(&p, &q)| self.unify(p, q, tparams, b, depth + 1))
                } else {
                    // A generic interface parameter type: assignability decides later.
                    self.types.is_interface(x)
                }
            }
            (TypeKind::Named(_), _) => {
                if self.types.is_interface(x) {
                    return true;
                }
                let ux = self.types.underlying(x);
                ux != x && self.unify(ux, y, tparams, b, depth + 1)
            }
            (TypeKind::Interface(_), _) => true,
            _ => false,
        }
    }
}

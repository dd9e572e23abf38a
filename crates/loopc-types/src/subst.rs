//! Substitution of type parameters, instantiation of generic named types and signatures,
//! and constraint satisfaction checks.

use crate::check::Checker;
use crate::types::{Field, IMethod, InterfaceType, Param, Signature, StructType, Term, TypeId, TypeKind, INVALID};
use loopc_span::Span;
use std::rc::Rc;

/// A substitution: type parameter → type argument.
pub(crate) type SubstMap = [(TypeId, TypeId)];

/// A delayed constraint check of a type instantiation: the instance's position, the type
/// arguments' positions, the type parameters and the type arguments.
pub(crate) type VerifyLater = (Span, Vec<Span>, Vec<TypeId>, Vec<TypeId>);

impl Checker<'_> {
    /// Replaces type parameters in `t` according to `smap`.
    pub(crate) fn subst(&mut self, t: TypeId, smap: &SubstMap) -> TypeId {
        if smap.is_empty() {
            return t;
        }
        let mut depth = 0;
        self.subst_rec(t, smap, &mut depth)
    }

    fn subst_rec(&mut self, t: TypeId, smap: &SubstMap, depth: &mut u32) -> TypeId {
        if *depth > 200 {
            return t;
        }
        *depth += 1;
        let r = self.subst_inner(t, smap, depth);
        *depth -= 1;
        r
    }

    fn subst_inner(&mut self, t: TypeId, smap: &SubstMap, depth: &mut u32) -> TypeId {
        match self.types.kind(t).clone() {
            TypeKind::TypeParam(_) => smap.iter().find(|(p, _)| *p == t).map(|(_, a)| *a).unwrap_or(t),
            TypeKind::Basic(_) => t,
            TypeKind::Pointer(e) => {
                let n = self.subst_rec(e, smap, depth);
                if n == e {
                    t
                } else {
                    self.types.pointer(n)
                }
            }
            TypeKind::Slice(e) => {
                let n = self.subst_rec(e, smap, depth);
                if n == e {
                    t
                } else {
                    self.types.slice(n)
                }
            }
            TypeKind::Chan(e) => {
                let n = self.subst_rec(e, smap, depth);
                if n == e {
                    t
                } else {
                    self.types.chan(n)
                }
            }
            TypeKind::Array { len, elem } => {
                let n = self.subst_rec(elem, smap, depth);
                if n == elem {
                    t
                } else {
                    self.types.array(len, n)
                }
            }
            TypeKind::Map { key, elem } => {
                let k = self.subst_rec(key, smap, depth);
                let e = self.subst_rec(elem, smap, depth);
                if k == key && e == elem {
                    t
                } else {
                    self.types.map(k, e)
                }
            }
            TypeKind::Tuple(v) => {
                let n: Vec<TypeId> = v.iter().map(|&e| self.subst_rec(e, smap, depth)).collect();
                if n == *v {
                    t
                } else {
                    self.types.tuple(n)
                }
            }
            TypeKind::Struct(s) => {
                let mut changed = false;
                let mut fields = Vec::new();
                for f in s.fields.iter() {
                    let n = self.subst_rec(f.ty, smap, depth);
                    changed |= n != f.ty;
                    fields.push(Field { ty: n, ..f.clone() });
                }
                if changed {
                    self.types.structure(StructType { fields })
                } else {
                    t
                }
            }
            TypeKind::Func(sig) => {
                let ns = self.subst_sig(&sig, smap, depth);
                match ns {
                    Some(s) => self.types.func(s),
                    None => t,
                }
            }
            TypeKind::Interface(it) => {
                let mut changed = false;
                let mut methods = Vec::new();
                for m in it.methods.iter() {
                    let n = self.subst_rec(m.sig, smap, depth);
                    changed |= n != m.sig;
                    methods.push(IMethod { name: m.name.clone(), sig: n, obj: m.obj });
                }
                let mut embeddeds = Vec::new();
                for &e in it.embeddeds.iter() {
                    let n = self.subst_rec(e, smap, depth);
                    changed |= n != e;
                    embeddeds.push(n);
                }
                if changed {
                    self.types.interface(InterfaceType { methods, embeddeds, implicit: it.implicit })
                } else {
                    t
                }
            }
            TypeKind::Union(terms) => {
                let mut changed = false;
                let mut out = Vec::new();
                for term in terms.iter() {
                    let n = self.subst_rec(term.ty, smap, depth);
                    changed |= n != term.ty;
                    out.push(Term { tilde: term.tilde, ty: n });
                }
                if changed {
                    self.types.add(TypeKind::Union(Rc::new(out)))
                } else {
                    t
                }
            }
            TypeKind::Named(n) => {
                if n.targs.is_empty() {
                    return t;
                }
                let targs: Vec<TypeId> = n.targs.iter().map(|&a| self.subst_rec(a, smap, depth)).collect();
                if targs == n.targs {
                    return t;
                }
                let orig = n.orig.expect("invariant: named type with targs is an instance");
                self.instantiate_named(orig, targs)
            }
            TypeKind::Alias { actual, .. } => {
                let n = self.subst_rec(actual, smap, depth);
                if n == actual {
                    t
                } else {
                    n
                }
            }
        }
    }

    fn subst_sig(&mut self, sig: &Signature, smap: &SubstMap, depth: &mut u32) -> Option<Signature> {
        let mut changed = false;
        let mut sub = |c: &mut Checker, ps: &[Param], changed: &mut bool| -> Vec<Param> {
            ps.iter()
                .map(|p| {
                    let n = c.subst_rec(p.ty, smap, depth);
                    *changed |= n != p.ty;
                    Param { name: p.name.clone(), ty: n }
                })
                .collect()
        };
        let params = sub(self, &sig.params, &mut changed);
        let results = sub(self, &sig.results, &mut changed);
        let recv = sig.recv.as_ref().map(|r| sub(self, std::slice::from_ref(r), &mut changed).remove(0));
        if !changed {
            return None;
        }
        let tparams: Vec<TypeId> =
            sig.tparams.iter().copied().filter(|tp| !smap.iter().any(|(p, _)| p == tp)).collect();
        Some(Signature { tparams, recv_tparams: Vec::new(), recv, params, results, variadic: sig.variadic })
    }

    /// The instance `orig[targs]`, created (and its underlying type expanded) on first use.
    pub(crate) fn instantiate_named(&mut self, orig: TypeId, targs: Vec<TypeId>) -> TypeId {
        if let Some(t) = self.types.lookup_instance(orig, &targs) {
            return t;
        }
        let inst = self.types.add_instance(orig, targs);
        self.expand_instance(inst);
        inst
    }

    /// Computes an instance's underlying type if its origin's is known; otherwise
    /// remembers it for later.
    pub(crate) fn expand_instance(&mut self, inst: TypeId) {
        let Some(n) = self.types.named(inst).cloned() else { return };
        let Some(orig) = n.orig else { return };
        let Some(on) = self.types.named(orig).cloned() else { return };
        if on.underlying == INVALID {
            if !self.pending_instances.contains(&inst) {
                self.pending_instances.push(inst);
            }
            return;
        }
        let smap: Vec<(TypeId, TypeId)> = on.tparams.iter().copied().zip(n.targs.iter().copied()).collect();
        let u = self.subst(on.underlying, &smap);
        let u = self.types.underlying(u);
        self.set_underlying(inst, u);
    }

    /// Expands instances whose origin has just been resolved.
    pub(crate) fn expand_pending(&mut self) {
        let pending = std::mem::take(&mut self.pending_instances);
        for inst in pending {
            self.expand_instance(inst);
        }
    }

    /// The methods of a named type (for instances, the origin's).
    pub(crate) fn named_methods(&self, t: TypeId) -> Vec<crate::objects::ObjId> {
        match self.types.named(t) {
            Some(n) => match n.orig {
                Some(o) => self.types.named(o).map(|on| on.methods.clone()).unwrap_or_default(),
                None => n.methods.clone(),
            },
            None => Vec::new(),
        }
    }

    /// The signature of method `m` as seen on receiver base type `named` (substituting the
    /// receiver type parameters by the instance's type arguments).
    pub(crate) fn method_sig_on(&mut self, m: crate::objects::ObjId, named: TypeId) -> TypeId {
        self.obj_decl(m);
        let sig_t = self.obj(m).ty;
        let Some(n) = self.types.named(named).cloned() else { return sig_t };
        let Some(sig) = self.types.signature(sig_t) else { return sig_t };
        if sig.recv_tparams.is_empty() || n.targs.is_empty() {
            return sig_t;
        }
        let smap: Vec<(TypeId, TypeId)> = sig.recv_tparams.iter().copied().zip(n.targs.iter().copied()).collect();
        self.subst(sig_t, &smap)
    }

    /// Instantiates a generic signature with `targs`.
    pub(crate) fn instantiate_sig(&mut self, sig_t: TypeId, targs: &[TypeId]) -> TypeId {
        let Some(sig) = self.types.signature(sig_t) else { return sig_t };
        let smap: Vec<(TypeId, TypeId)> = sig.tparams.iter().copied().zip(targs.iter().copied()).collect();
        let r = self.subst(sig_t, &smap);
        if r == sig_t {
            // No parameter mentions a type parameter: still drop the type parameter list.
            let mut s = (*sig).clone();
            s.tparams.clear();
            return self.types.func(s);
        }
        r
    }

    /// Verifies that `targs` satisfy the constraints of `tparams`; reports the first failure
    /// at the corresponding position in `spans` (or `at`).
    pub(crate) fn verify_targs(&mut self, at: Span, spans: &[Span], tparams: &[TypeId], targs: &[TypeId]) -> bool {
        let smap: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&tp, &ta)) in tparams.iter().zip(targs.iter()).enumerate() {
            let bound = match self.types.kind(tp) {
                TypeKind::TypeParam(p) => p.bound,
                _ => continue,
            };
            let bound = self.subst(bound, &smap);
            let mut cause = String::new();
            if !self.implements(ta, bound, true, Some(&mut cause)) {
                let span = spans.get(i).copied().unwrap_or(at);
                self.error(span, cause);
                return false;
            }
        }
        true
    }

    /// Runs the delayed constraint checks of type instantiations.
    pub(crate) fn process_verify_later(&mut self) {
        let v = std::mem::take(&mut self.verify_later);
        for (at, spans, tparams, targs) in v {
            self.verify_targs(at, &spans, &tparams, &targs);
        }
    }
}

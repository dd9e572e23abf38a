//! Interfaces: method lookup and method sets (with promotion through embedded fields),
//! the wrappers itabs point at, type assertions and the type tests of type switches.
//!
//! An itab entry (and a descriptor's `method.ifn`) is a wrapper `(g, out..., dw, params...)`
//! receiving the interface's data word `dw`. It rebuilds the receiver from `dw` by the
//! dynamic type's representation (the pointer itself for pointer-shaped types, a load from
//! the box otherwise), walks the embedded-field path of promoted methods, and calls the
//! method, returning its results unchanged.

use crate::builder::{FnCx, Val};
use crate::func::ir_sig;
use crate::types_layout::{Repr, Ty, TyKind};
use crate::{Job, Lower};
use loopc_ir::{FuncRef, IntCC, Linkage, Type, Value};
use loopc_syntax::ast;
use loopc_types::ObjId;

/// A method reachable from a type.
#[derive(Clone, Debug)]
pub(crate) struct MethodPath {
    pub obj: ObjId,
    pub ptr_recv: bool,
    pub targs: Vec<Ty>,
    /// Embedded field indices from the (dereferenced) type to the method's receiver.
    pub path: Vec<usize>,
    /// Whether some embedded step is through a pointer.
    pub via_ptr: bool,
    /// Promoted from an embedded interface field: (interface type, method index, signature).
    pub iface: Option<(Ty, usize, Ty)>,
}

impl MethodPath {
    /// Parameter and result types of the method (without receiver).
    pub fn parts(&self, lw: &Lower) -> (Vec<Ty>, Vec<Ty>, bool) {
        match self.iface {
            Some((_, _, sig)) => lw.tcx.func_parts(sig),
            None => {
                let env = lw.func_env(self.obj, &self.targs);
                let (_, params, results) = lw.func_obj_parts(self.obj, &env);
                let variadic = match lw.p.types.kind(lw.p.object(self.obj).ty) {
                    loopc_types::TypeKind::Func(s) => s.variadic,
                    _ => false,
                };
                (params, results, variadic)
            }
        }
    }
}

/// The declared method `name` of named type `base`: (object, pointer receiver, type args).
pub(crate) fn find_declared_method(lw: &Lower, base: Ty, name: &str) -> Option<(ObjId, bool, Vec<Ty>)> {
    let targs = match lw.tcx.kind(base) {
        TyKind::Named { targs, .. } => targs,
        _ => return None,
    };
    lw.tcx.declared_methods(base).into_iter().find(|(n, _, _)| n == name).map(|(_, o, p)| (o, p, targs))
}

/// Finds method `name` of `t` (a type or pointer to one), breadth first through embedded
/// fields.
pub(crate) fn lookup_method(lw: &Lower, t: Ty, name: &str) -> Option<MethodPath> {
    let base = match lw.tcx.kind(t) {
        TyKind::Pointer(e) => e,
        _ => t,
    };
    let mut level: Vec<(Ty, Vec<usize>, bool)> = vec![(base, Vec::new(), false)];
    for _ in 0..6 {
        let mut next = Vec::new();
        for (ty, path, via_ptr) in &level {
            if let Some((obj, ptr_recv, targs)) = find_declared_method(lw, *ty, name) {
                return Some(MethodPath { obj, ptr_recv, targs, path: path.clone(), via_ptr: *via_ptr, iface: None });
            }
            if !path.is_empty() {
                if let TyKind::Interface(ms) = lw.tcx.ukind(*ty) {
                    if let Some(i) = ms.iter().position(|m| m.name == name) {
                        return Some(MethodPath {
                            obj: ObjId(0),
                            ptr_recv: false,
                            targs: Vec::new(),
                            path: path.clone(),
                            via_ptr: *via_ptr,
                            iface: Some((*ty, i, ms[i].sig)),
                        });
                    }
                }
            }
            for (i, f) in lw.tcx.fields(*ty).iter().enumerate() {
                if !f.embedded {
                    continue;
                }
                let (ft, isp) = match lw.tcx.kind(f.ty) {
                    TyKind::Pointer(e) => (e, true),
                    _ => (f.ty, false),
                };
                let mut p = path.clone();
                p.push(i);
                next.push((ft, p, *via_ptr || isp));
            }
        }
        if next.is_empty() {
            break;
        }
        level = next;
    }
    None
}

/// The method set of `t`, sorted by name: (name, signature without receiver).
pub(crate) fn method_set(lw: &mut Lower, t: Ty) -> Vec<(String, Ty)> {
    if lw.tcx.is_interface(t) {
        return Vec::new();
    }
    let is_ptr = matches!(lw.tcx.kind(t), TyKind::Pointer(_));
    let base = match lw.tcx.kind(t) {
        TyKind::Pointer(e) => e,
        _ => t,
    };
    if lw.tcx.is_interface(base) {
        return Vec::new();
    }
    let mut names = Vec::new();
    collect_method_names(lw, base, &mut names, 0);
    names.sort();
    names.dedup();
    let mut out = Vec::new();
    for n in names {
        let Some(mp) = lookup_method(lw, t, &n) else { continue };
        if mp.ptr_recv && !is_ptr && !mp.via_ptr {
            continue;
        }
        let (params, results, variadic) = mp.parts(lw);
        let sig = lw.tcx.intern(TyKind::Func { params, results, variadic });
        out.push((n, sig));
    }
    out
}

fn collect_method_names(lw: &Lower, t: Ty, out: &mut Vec<String>, depth: u32) {
    if depth > 5 {
        return;
    }
    for (n, _, _) in lw.tcx.declared_methods(t) {
        out.push(n);
    }
    for f in lw.tcx.fields(t) {
        if f.embedded {
            let ft = match lw.tcx.kind(f.ty) {
                TyKind::Pointer(e) => e,
                _ => f.ty,
            };
            if let TyKind::Interface(ms) = lw.tcx.ukind(ft) {
                out.extend(ms.into_iter().map(|m| m.name));
                continue;
            }
            collect_method_names(lw, ft, out, depth + 1);
        }
    }
}

/// The interface-method wrapper for method `name` of dynamic type `t`.
pub(crate) fn iface_wrapper(lw: &mut Lower, t: Ty, name: &str) -> FuncRef {
    let sym = format!("{}.{}·i", lw.tcx.type_string(t), name);
    if let Some(&f) = lw.wrappers.get(&sym) {
        return f;
    }
    let (params, results) = match lookup_method(lw, t, name) {
        Some(mp) => {
            let (p, r, _) = mp.parts(lw);
            (p, r)
        }
        None => (Vec::new(), Vec::new()),
    };
    let uptr = lw.tcx.basic(loopc_types::BasicKind::UnsafePointer);
    let sig = ir_sig(lw, false, Some(uptr), &params, &results);
    let f = lw.declare(&sym, sig, Linkage::Local);
    lw.wrappers.insert(sym, f);
    lw.queue.push_back(Job::IfaceWrapper { fref: f, recv: t, method: name.to_string() });
    f
}

/// Builds the body of an interface-method wrapper.
pub(crate) fn build_iface_wrapper(lw: &mut Lower, fref: FuncRef, t: Ty, name: &str) {
    let Some(mp) = lookup_method(lw, t, name) else { return };
    let (params, results, _) = mp.parts(lw);
    let target = if mp.iface.is_none() { Some(lw.func_ref(mp.obj, mp.targs.clone())) } else { None };
    let span = match mp.iface {
        None => lw.p.object(mp.obj).span,
        Some(_) => lw.p.object(lw.tcx.named_obj(t).unwrap_or(ObjId(0))).span,
    };
    let mut cx = FnCx::new(lw, fref, span.file, Vec::new());
    cx.span = span;
    let entry = cx.entry;
    cx.switch_to(entry);
    cx.seal(entry);
    let g = cx.func.dfg.append_block_param(entry, Type::Ptr);
    cx.g = g;
    let mut outs = Vec::new();
    for &r in &results {
        if let Repr::Mem(..) = cx.lw.tcx.repr(r) {
            outs.push(cx.func.dfg.append_block_param(entry, Type::Ptr));
        }
    }
    let dw = cx.func.dfg.append_block_param(entry, Type::Ptr);
    let mut ps = Vec::new();
    for &p in &params {
        let ty = cx.lw.tcx.scalar(p).unwrap_or(Type::Ptr);
        ps.push(cx.func.dfg.append_block_param(entry, ty));
    }
    // The receiver value from the data word.
    let (mut v, mut ty) = if matches!(cx.lw.tcx.kind(t), TyKind::Pointer(_)) || cx.lw.tcx.is_direct_iface(t) {
        match cx.lw.tcx.repr(t) {
            Repr::Scalar(_) => (Val::S(dw), t),
            Repr::Mem(..) => {
                let tmp = cx.temp(t);
                cx.ins().store(dw, tmp, 0);
                (Val::M(tmp), t)
            }
        }
    } else {
        (cx.load_val(t, dw), t)
    };
    for &fi in &mp.path {
        let (base, sty) = match cx.lw.tcx.ukind(ty) {
            TyKind::Pointer(e) => {
                let p = v.v();
                cx.nil_check(p);
                (p, e)
            }
            _ => (v.v(), ty),
        };
        let offs = cx.lw.tcx.offsets(sty);
        let fields = cx.lw.tcx.fields(sty);
        let (Some(&off), Some(f)) = (offs.get(fi), fields.get(fi)) else { break };
        let fa = cx.addr_off(base, off as i64);
        v = cx.load_val(f.ty, fa);
        ty = f.ty;
    }
    let is_ptr = matches!(cx.lw.tcx.kind(ty), TyKind::Pointer(_));
    let recv = if mp.ptr_recv {
        v.v()
    } else if is_ptr {
        let p = v.v();
        cx.nil_check(p);
        let elem = cx.lw.tcx.elem(ty);
        cx.load_val(elem, p).v()
    } else {
        v.v()
    };
    let mut args = vec![g];
    args.extend(outs);
    let rets = match (target, mp.iface) {
        (Some(target), _) => {
            args.push(recv);
            args.extend(ps);
            let saved = cx.lw.calls_recover(target).then(|| crate::closure::wrap_enter(&mut cx));
            let r = cx.ins().call(target, &args).to_vec();
            if let Some(saved) = saved {
                cx.rt("wrapexit", &saved);
            }
            r
        }
        (None, Some((_, i, _))) => {
            // Promoted from an embedded interface: dynamic call on it.
            let tab = cx.ins().load(Type::Ptr, recv, 0);
            cx.nil_check(tab);
            let data = cx.ins().load(Type::Ptr, recv, 8);
            let code = cx.ins().load(Type::Ptr, tab, 24 + 8 * i as i32);
            args.push(data);
            args.extend(ps);
            let sig = ir_sig(cx.lw, false, Some(uptr_ty(cx.lw)), &params, &results);
            let sr = cx.ins().import_sig(sig);
            cx.ins().call_indirect(sr, code, &args).to_vec()
        }
        (None, None) => Vec::new(),
    };
    cx.ins().ret(&rets);
    cx.block = None;
    let (func, fr) = cx.finish();
    lw.m.define(fr, func);
}

fn uptr_ty(lw: &Lower) -> Ty {
    lw.tcx.basic(loopc_types::BasicKind::UnsafePointer)
}

/// `tab == nil ? nil : tab.typ`.
pub(crate) fn itab_type(cx: &mut FnCx, tab: Value) -> Value {
    let var = cx.ssa.declare(Type::Ptr);
    let z = cx.iconst(Type::Ptr, 0);
    cx.def_var(var, z);
    let isnil = cx.ins().icmp(IntCC::Eq, tab, z);
    let load = cx.new_block();
    let done = cx.new_block();
    cx.brif(isnil, done, load);
    cx.switch_to(load);
    cx.seal(load);
    let t = cx.ins().load(Type::Ptr, tab, 8);
    cx.def_var(var, t);
    cx.jump(done);
    cx.switch_to(done);
    cx.seal(done);
    cx.use_var(var)
}

/// `typ == nil ? nil : getitab(inter, typ, canfail)`.
pub(crate) fn getitab_or_nil(cx: &mut FnCx, inter: Value, typ: Value, canfail: bool) -> Value {
    let var = cx.ssa.declare(Type::Ptr);
    let z = cx.iconst(Type::Ptr, 0);
    cx.def_var(var, z);
    let isnil = cx.ins().icmp(IntCC::Eq, typ, z);
    let look = cx.new_block();
    let done = cx.new_block();
    cx.brif(isnil, done, look);
    cx.switch_to(look);
    cx.seal(look);
    let cf = cx.iconst(Type::Bool, canfail as i64);
    let r = cx.rt("getitab", &[inter, typ, cf]);
    cx.def_var(var, r[0]);
    cx.jump(done);
    cx.switch_to(done);
    cx.seal(done);
    cx.use_var(var)
}

/// The dynamic type (`*_type`, nil for a nil interface) of interface value `p` of type `it`.
pub(crate) fn dynamic_type(cx: &mut FnCx, p: Value, it: Ty) -> Value {
    let w = cx.ins().load(Type::Ptr, p, 0);
    if cx.lw.tcx.is_empty_interface(it) {
        w
    } else {
        itab_type(cx, w)
    }
}

/// Whether dynamic type `typ` matches case type `ct` (`None`: `case nil`).
pub(crate) fn type_matches(cx: &mut FnCx, typ: Value, ct: Option<Ty>) -> Value {
    let z = cx.iconst(Type::Ptr, 0);
    match ct {
        None => cx.ins().icmp(IntCC::Eq, typ, z),
        Some(t) if cx.lw.tcx.is_empty_interface(t) => cx.ins().icmp(IntCC::Ne, typ, z),
        Some(t) if cx.lw.tcx.is_interface(t) => {
            let ig = crate::descriptors::type_descriptor(cx.lw, t);
            let inter = cx.ins().global_addr(ig);
            let tab = getitab_or_nil(cx, inter, typ, true);
            cx.ins().icmp(IntCC::Ne, tab, z)
        }
        Some(t) => {
            let g = crate::descriptors::type_descriptor(cx.lw, t);
            let want = cx.ins().global_addr(g);
            cx.ins().icmp(IntCC::Eq, typ, want)
        }
    }
}

/// Extracts a value of type `t` from interface value `p` known to hold `t` (or to be
/// converted to interface `t`).
pub(crate) fn extract(cx: &mut FnCx, p: Value, typ: Value, t: Ty) -> Val {
    let data = cx.ins().load(Type::Ptr, p, 8);
    if cx.lw.tcx.is_interface(t) {
        let out = cx.temp(t);
        let w = if cx.lw.tcx.is_empty_interface(t) {
            typ
        } else {
            let ig = crate::descriptors::type_descriptor(cx.lw, t);
            let inter = cx.ins().global_addr(ig);
            getitab_or_nil(cx, inter, typ, true)
        };
        cx.ins().store(w, out, 0);
        cx.ins().store(data, out, 8);
        return Val::M(out);
    }
    if cx.lw.tcx.is_direct_iface(t) {
        return match cx.lw.tcx.repr(t) {
            Repr::Scalar(_) => Val::S(data),
            Repr::Mem(..) => {
                let tmp = cx.temp(t);
                cx.ins().store(data, tmp, 0);
                Val::M(tmp)
            }
        };
    }
    let v = cx.load_val(t, data);
    cx.copy_val(t, v)
}

/// `x.(T)`; with `comma_ok` returns `[value, ok]`.
pub(crate) fn type_assert(cx: &mut FnCx, x: &ast::Expr, t: Ty, comma_ok: bool) -> Vec<Val> {
    let xt = cx.ty_of(x);
    let p = cx.expr(x).v();
    let typ = dynamic_type(cx, p, xt);
    let ok = type_matches(cx, typ, Some(t));
    if !comma_ok {
        let good = cx.new_block();
        let bad = cx.new_block();
        cx.brif(ok, good, bad);
        cx.switch_to(bad);
        cx.seal(bad);
        if cx.lw.tcx.is_interface(t) && !cx.lw.tcx.is_empty_interface(t) {
            // Go's message names the missing method: let getitab report it.
            let z = cx.iconst(Type::Ptr, 0);
            let isnil = cx.ins().icmp(IntCC::Eq, typ, z);
            let nilb = cx.new_block();
            let other = cx.new_block();
            cx.brif(isnil, nilb, other);
            cx.switch_to(other);
            cx.seal(other);
            let ig = crate::descriptors::type_descriptor(cx.lw, t);
            let inter = cx.ins().global_addr(ig);
            let cf = cx.iconst(Type::Bool, 0);
            cx.rt("getitab", &[inter, typ, cf]);
            cx.jump(nilb);
            cx.switch_to(nilb);
            cx.seal(nilb);
        }
        let wg = crate::descriptors::type_descriptor(cx.lw, t);
        let want = cx.ins().global_addr(wg);
        let xg = crate::descriptors::type_descriptor(cx.lw, xt);
        let xd = cx.ins().global_addr(xg);
        cx.rt("panicdottype", &[typ, want, xd]);
        cx.switch_to(good);
        cx.seal(good);
        return vec![extract(cx, p, typ, t)];
    }
    let out = cx.temp(t);
    let good = cx.new_block();
    let done = cx.new_block();
    cx.brif(ok, good, done);
    cx.switch_to(good);
    cx.seal(good);
    let v = extract(cx, p, typ, t);
    cx.store_val(t, v, out);
    cx.jump(done);
    cx.switch_to(done);
    cx.seal(done);
    let v = cx.load_val(t, out);
    vec![v, Val::S(ok)]
}

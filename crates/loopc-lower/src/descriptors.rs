//! Read-only data: string literals, type descriptors (`_type`) and itabs, laid out exactly
//! as `runtime/abi.go` declares them (64-bit field sizes, Go's alignment rules).
//!
//! `_type` (200 bytes): size@0 hash@8 kind@12 align@13 tflag@14 str@16 pkgpath@32 elem@48
//! key@56 len@64 fields@72 methods@96 imethods@120 params@144 results@168 variadic@192.
//! `structField` (40): name@0 typ@16 offset@24 embedded@32 exported@33. `method` (32):
//! name@0 typ@16 ifn@24. `imethod` (24): name@0 typ@16. `itab`: inter@0 typ@8 hash@16
//! fun@24 (one code pointer per interface method, in name order).
//!
//! There is one descriptor global per distinct type, named `type:<%T string>`, so
//! descriptor pointers compare equal iff types are identical; itabs are `itab:<T>,<I>`.
//! String literals are one global each, `go:str.N`: a 16-byte header pointing at the bytes
//! that follow it in the same global.

use crate::types_layout::{Ty, TyKind};
use crate::Lower;
use loopc_ir::{DataValue, Global, GlobalData, Linkage, Type};
use loopc_types::types::BasicKind;

/// FNV-1a hash of a type string.
pub(crate) fn fnv1a(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// The read-only global holding string `s` (header, then bytes).
pub(crate) fn string_global(lw: &mut Lower, s: &[u8]) -> Global {
    if let Some(&g) = lw.strings.get(s) {
        return g;
    }
    let name = format!("go:str.{}", lw.strings.len());
    let size = 16 + s.len() as u32;
    let mut data = GlobalData::zeroed(name, size, 8);
    data.readonly = true;
    let g = lw.m.decls.declare_global(data).expect("invariant: string global names are fresh");
    let mut init = Vec::new();
    if !s.is_empty() {
        init.push((0, DataValue::GlobalAddr(g, 16)));
        init.push((8, DataValue::Int(Type::I64, s.len() as i64)));
        init.push((16, DataValue::Bytes(s.to_vec())));
    }
    lw.m.decls.globals[g].init = init;
    lw.strings.insert(s.to_vec(), g);
    g
}

/// Emits `items` as a read-only array global and returns (global, count).
fn array_global(
    lw: &mut Lower,
    name: String,
    elem_size: u32,
    items: Vec<Vec<(u32, DataValue)>>,
) -> Option<(Global, usize)> {
    if items.is_empty() {
        return None;
    }
    let n = items.len();
    let mut data = GlobalData::zeroed(name, elem_size * n as u32, 8);
    data.readonly = true;
    for (i, it) in items.into_iter().enumerate() {
        for (off, v) in it {
            data.init.push((i as u32 * elem_size + off, v));
        }
    }
    data.init.sort_by_key(|(o, _)| *o);
    let g = lw.m.decls.declare_global(data).ok()?;
    Some((g, n))
}

fn string_field(lw: &mut Lower, off: u32, s: &str, out: &mut Vec<(u32, DataValue)>) {
    if s.is_empty() {
        return;
    }
    let g = string_global(lw, s.as_bytes());
    out.push((off, DataValue::GlobalAddr(g, 16)));
    out.push((off + 8, DataValue::Int(Type::I64, s.len() as i64)));
}

fn slice_field(arr: Option<(Global, usize)>, off: u32, out: &mut Vec<(u32, DataValue)>) {
    if let Some((g, n)) = arr {
        out.push((off, DataValue::GlobalAddr(g, 0)));
        out.push((off + 8, DataValue::Int(Type::I64, n as i64)));
        out.push((off + 16, DataValue::Int(Type::I64, n as i64)));
    }
}

fn kind_of(lw: &Lower, t: Ty) -> u8 {
    match lw.tcx.ukind(t) {
        TyKind::Basic(k) => match k {
            BasicKind::Bool => 1,
            BasicKind::Int => 2,
            BasicKind::Int8 => 3,
            BasicKind::Int16 => 4,
            BasicKind::Int32 => 5,
            BasicKind::Int64 => 6,
            BasicKind::Uint => 7,
            BasicKind::Uint8 => 8,
            BasicKind::Uint16 => 9,
            BasicKind::Uint32 => 10,
            BasicKind::Uint64 => 11,
            BasicKind::Uintptr => 12,
            BasicKind::Float32 => 13,
            BasicKind::Float64 => 14,
            BasicKind::String => 24,
            BasicKind::UnsafePointer => 26,
            _ => 0,
        },
        TyKind::Array(..) => 17,
        TyKind::Func { .. } => 19,
        TyKind::Interface(_) => 20,
        TyKind::Map(..) => 21,
        TyKind::Pointer(_) => 22,
        TyKind::Slice(_) => 23,
        TyKind::Struct(_) => 25,
        _ => 0,
    }
}

/// The descriptor global of type `t` (built on first use).
pub(crate) fn type_descriptor(lw: &mut Lower, t: Ty) -> Global {
    if let Some(&g) = lw.descriptors.get(&t) {
        return g;
    }
    let s = lw.tcx.type_string(t);
    let name = format!("type:{s}");
    let g = match lw.m.decls.global_by_name(&name) {
        Some(g) => g,
        None => {
            let mut data = GlobalData::zeroed(name.clone(), 200, 8);
            data.readonly = true;
            data.linkage = Linkage::Local;
            match lw.m.decls.declare_global(data) {
                Ok(g) => g,
                Err(_) => lw.m.decls.global_by_name(&name).expect("invariant: name exists"),
            }
        }
    };
    lw.descriptors.insert(t, g);
    let mut init: Vec<(u32, DataValue)> = Vec::new();
    let (size, align) = lw.tcx.size_align(t);
    init.push((0, DataValue::Int(Type::I64, size as i64)));
    init.push((8, DataValue::Int(Type::I32, fnv1a(&s) as i32 as i64)));
    init.push((12, DataValue::Int(Type::I8, kind_of(lw, t) as i64)));
    init.push((13, DataValue::Int(Type::I8, align as i64)));
    let mut tflag = 0u8;
    if matches!(lw.tcx.kind(t), TyKind::Named { .. }) {
        tflag |= 1;
    }
    if lw.tcx.is_comparable(t) {
        tflag |= if lw.tcx.has_iface(t) { 8 } else { 2 };
    }
    if lw.tcx.is_direct_iface(t) {
        tflag |= 4;
    }
    init.push((14, DataValue::Int(Type::I8, tflag as i64)));
    string_field(lw, 16, &s, &mut init);
    let pkg = lw.tcx.pkgpath(t);
    string_field(lw, 32, &pkg, &mut init);
    match lw.tcx.ukind(t) {
        TyKind::Pointer(e) | TyKind::Slice(e) => {
            let eg = type_descriptor(lw, e);
            init.push((48, DataValue::GlobalAddr(eg, 0)));
        }
        TyKind::Array(n, e) => {
            let eg = type_descriptor(lw, e);
            init.push((48, DataValue::GlobalAddr(eg, 0)));
            init.push((64, DataValue::Int(Type::I64, n as i64)));
        }
        TyKind::Map(k, v) => {
            let vg = type_descriptor(lw, v);
            let kg = type_descriptor(lw, k);
            init.push((48, DataValue::GlobalAddr(vg, 0)));
            init.push((56, DataValue::GlobalAddr(kg, 0)));
        }
        TyKind::Struct(fields) => {
            let offs = lw.tcx.offsets(t);
            let mut items = Vec::new();
            for (f, off) in fields.iter().zip(offs) {
                let mut it = Vec::new();
                string_field(lw, 0, &f.name, &mut it);
                let fg = type_descriptor(lw, f.ty);
                it.push((16, DataValue::GlobalAddr(fg, 0)));
                it.push((24, DataValue::Int(Type::I64, off as i64)));
                it.push((32, DataValue::Int(Type::I8, f.embedded as i64)));
                let exported = f.name.chars().next().is_some_and(char::is_uppercase);
                it.push((33, DataValue::Int(Type::I8, exported as i64)));
                items.push(it);
            }
            let arr = array_global(lw, format!("{name}.fields"), 40, items);
            slice_field(arr, 72, &mut init);
        }
        TyKind::Interface(methods) => {
            let mut items = Vec::new();
            for m in &methods {
                let mut it = Vec::new();
                string_field(lw, 0, &m.name, &mut it);
                let sg = type_descriptor(lw, m.sig);
                it.push((16, DataValue::GlobalAddr(sg, 0)));
                items.push(it);
            }
            let arr = array_global(lw, format!("{name}.imethods"), 24, items);
            slice_field(arr, 120, &mut init);
        }
        TyKind::Func { params, results, variadic } => {
            let mut ps = Vec::new();
            for p in params {
                let pg = type_descriptor(lw, p);
                ps.push(vec![(0, DataValue::GlobalAddr(pg, 0))]);
            }
            let arr = array_global(lw, format!("{name}.params"), 8, ps);
            slice_field(arr, 144, &mut init);
            let mut rs = Vec::new();
            for r in results {
                let rg = type_descriptor(lw, r);
                rs.push(vec![(0, DataValue::GlobalAddr(rg, 0))]);
            }
            let arr = array_global(lw, format!("{name}.results"), 8, rs);
            slice_field(arr, 168, &mut init);
            init.push((192, DataValue::Int(Type::I8, variadic as i64)));
        }
        _ => {}
    }
    // Method set (for run-time itab construction).
    let methods = crate::iface::method_set(lw, t);
    if !methods.is_empty() {
        let mut items = Vec::new();
        for (mname, sig) in methods {
            let mut it = Vec::new();
            string_field(lw, 0, &mname, &mut it);
            let sg = type_descriptor(lw, sig);
            it.push((16, DataValue::GlobalAddr(sg, 0)));
            let w = crate::iface::iface_wrapper(lw, t, &mname);
            it.push((24, DataValue::FuncAddr(w)));
            items.push(it);
        }
        let arr = array_global(lw, format!("{name}.methods"), 32, items);
        slice_field(arr, 96, &mut init);
    }
    init.sort_by_key(|(o, _)| *o);
    lw.m.decls.globals[g].init = init;
    g
}

/// The itab global pairing concrete type `t` with non-empty interface `i`.
pub(crate) fn itab_global(lw: &mut Lower, t: Ty, i: Ty) -> Global {
    if let Some(&g) = lw.itabs.get(&(t, i)) {
        return g;
    }
    let methods = match lw.tcx.ukind(i) {
        TyKind::Interface(m) => m,
        _ => Vec::new(),
    };
    let name = format!("itab:{},{}", lw.tcx.type_string(t), lw.tcx.type_string(i));
    let mut data = GlobalData::zeroed(name.clone(), 24 + 8 * methods.len().max(1) as u32, 8);
    data.readonly = true;
    let g = match lw.m.decls.declare_global(data) {
        Ok(g) => g,
        Err(_) => lw.m.decls.global_by_name(&name).expect("invariant: name exists"),
    };
    lw.itabs.insert((t, i), g);
    let ig = type_descriptor(lw, i);
    let tg = type_descriptor(lw, t);
    let mut init = vec![
        (0, DataValue::GlobalAddr(ig, 0)),
        (8, DataValue::GlobalAddr(tg, 0)),
        (16, DataValue::Int(Type::I32, fnv1a(&lw.tcx.type_string(t)) as i32 as i64)),
    ];
    for (k, m) in methods.iter().enumerate() {
        let w = crate::iface::iface_wrapper(lw, t, &m.name);
        init.push((24 + 8 * k as u32, DataValue::FuncAddr(w)));
    }
    lw.m.decls.globals[g].init = init;
    g
}

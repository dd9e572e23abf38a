//! Conversions: implicit ones at assignments (to interfaces, `nil`), and explicit `T(x)`:
//! numeric (integer widths by the source's signedness, int↔float, float widths), string
//! conversions (`string(rune)`, `[]byte`/`[]rune` ↔ `string`, through the runtime), and
//! conversions to interfaces (direct or boxed data word, descriptor or itab type word).

use crate::builder::{FnCx, Val};
use crate::types_layout::{Ty, TyKind};
use loopc_ir::{IntCC, Opcode, Type};
use loopc_syntax::ast;
use loopc_types::types::BasicKind;
use loopc_types::{ConstValue, Mode};

impl FnCx<'_, '_> {
    /// Converts `v` of type `from` to `to` where `from` is assignable to `to`.
    pub fn implicit(&mut self, v: Val, from: Ty, to: Ty) -> Val {
        if from == to {
            return v;
        }
        if matches!(self.lw.tcx.kind(from), TyKind::Basic(BasicKind::UntypedNil)) {
            return self.zero_val(to);
        }
        if self.lw.tcx.is_interface(to) {
            return to_iface(self, v, from, to);
        }
        v
    }
}

/// `T(x)`.
pub(crate) fn conversion(cx: &mut FnCx, x: &ast::Expr, to: Ty) -> Val {
    let from = cx.ty_of(x);
    if let Some(Mode::Constant(ConstValue::String(s))) = cx.mode_of(x) {
        if let Some(v) = const_string_to_slice(cx, &s, from, to) {
            return v;
        }
    }
    let v = cx.expr(x);
    convert_val(cx, v, from, to)
}

/// `[]byte("const")` and `[]rune("const")`: gc builds them as an array of exactly the right
/// length (`walkStringToBytes` for bytes; typecheck turns `[]rune` of a constant into a
/// slice literal), so their cap is their length, not a size class. The array is an
/// ordinary allocation site: escape analysis places it.
fn const_string_to_slice(cx: &mut FnCx, s: &[u8], from: Ty, to: Ty) -> Option<Val> {
    let tcx = &cx.lw.tcx;
    let (TyKind::Basic(BasicKind::String | BasicKind::UntypedString), TyKind::Slice(e)) =
        (tcx.ukind(from), tcx.ukind(to))
    else {
        return None;
    };
    let runes = tcx.basic_kind(e) == Some(BasicKind::Int32);
    let elems: Vec<i64> = if runes {
        // Invalid UTF-8 keeps the runtime's decoding (and its rounded cap): rare enough.
        std::str::from_utf8(s).ok()?.chars().map(|c| i64::from(u32::from(c))).collect()
    } else {
        s.iter().map(|&b| i64::from(b)).collect()
    };
    if elems.is_empty() {
        // gc's zero-length array: pointer to zerobase, len 0, cap 0 (what the runtime gives).
        return None;
    }
    let (width, ty) = if runes { (4, Type::I32) } else { (1, Type::I8) };
    let data = cx.temp_raw(elems.len() as u32 * width, width);
    for (i, &x) in elems.iter().enumerate() {
        if x != 0 {
            let c = cx.iconst(ty, x);
            cx.ins().store(c, data, i as i32 * width as i32);
        }
    }
    let out = cx.temp(to);
    let n = cx.i64c(elems.len() as i64);
    cx.ins().store(data, out, 0);
    cx.ins().store(n, out, 8);
    cx.ins().store(n, out, 16);
    Some(Val::M(out))
}

/// Converts a value between types (conversion rules of the spec).
pub(crate) fn convert_val(cx: &mut FnCx, v: Val, from: Ty, to: Ty) -> Val {
    let tcx = &cx.lw.tcx;
    if matches!(tcx.kind(from), TyKind::Basic(BasicKind::UntypedNil)) {
        return cx.zero_val(to);
    }
    if tcx.is_interface(to) {
        return to_iface(cx, v, from, to);
    }
    let (fk, tk) = (tcx.ukind(from), tcx.ukind(to));
    match (&fk, &tk) {
        (TyKind::Basic(f), TyKind::Basic(t)) => {
            let (f, t) = (*f, *t);
            if t == BasicKind::String && f != BasicKind::String {
                // string(rune)
                let x = cx.widen_i64(v.v(), from);
                let out = cx.temp(to);
                cx.rt("intstring", &[out, x]);
                return Val::M(out);
            }
            if f == BasicKind::String || t == BasicKind::String {
                return v;
            }
            Val::S(numeric(cx, v.v(), from, to))
        }
        (TyKind::Slice(e), TyKind::Basic(BasicKind::String)) => {
            let out = cx.temp(to);
            let name = if cx.lw.tcx.basic_kind(*e) == Some(BasicKind::Int32) {
                "slicerunetostring"
            } else {
                "slicebytetostring"
            };
            cx.rt(name, &[out, v.v()]);
            Val::M(out)
        }
        (TyKind::Basic(BasicKind::String), TyKind::Slice(e)) => {
            let out = cx.temp(to);
            // gc passes a 32-element stack buffer when the result does not escape: a
            // nullable alloc, which escape analysis places (null when it escapes).
            let (name, buf) = if cx.lw.tcx.basic_kind(*e) == Some(BasicKind::Int32) {
                ("stringtoslicerune", cx.ins().alloc_nullable(32 * 4, 4))
            } else {
                ("stringtoslicebyte", cx.ins().alloc_nullable(32, 1))
            };
            cx.rt(name, &[out, buf, v.v()]);
            Val::M(out)
        }
        (TyKind::Slice(_), TyKind::Pointer(_)) | (TyKind::Slice(_), TyKind::Array(..)) => {
            // Slice to array (pointer): length check then reuse the data.
            let n = match cx.lw.tcx.ukind(if let TyKind::Pointer(a) = tk { a } else { to }) {
                TyKind::Array(n, _) => n,
                _ => 0,
            };
            let s = v.v();
            let len = cx.ins().load(Type::I64, s, 8);
            let want = cx.i64c(n as i64);
            let ok = cx.ins().icmp(IntCC::Uge, len, want);
            // Go's abi.BoundsConvert: x is the array length, y the slice's.
            let code = cx.i64c(8);
            cx.panic_unless(ok, "panicSlice", &[code, want, len]);
            let data = cx.ins().load(Type::Ptr, s, 0);
            if let TyKind::Pointer(_) = tk {
                Val::S(data)
            } else {
                let out = cx.temp(to);
                let size = cx.lw.tcx.size(to);
                if size > 0 {
                    cx.ins().memcpy(out, data, size);
                }
                Val::M(out)
            }
        }
        _ => v,
    }
}

/// Numeric conversion of a scalar.
pub(crate) fn numeric(cx: &mut FnCx, v: loopc_ir::Value, from: Ty, to: Ty) -> loopc_ir::Value {
    let ft = cx.func.dfg.value_type(v);
    let tt = cx.lw.tcx.scalar(to).unwrap_or(Type::I64);
    let fu = cx.lw.tcx.is_unsigned(from);
    let tu = cx.lw.tcx.is_unsigned(to);
    if ft == tt {
        return v;
    }
    if ft == Type::Ptr || tt == Type::Ptr {
        // unsafe.Pointer <-> uintptr (runtime sources only).
        let v = if ft != Type::Ptr && ft != Type::I64 { cx.ins().convert(Opcode::Uext, Type::I64, v) } else { v };
        let v = cx.ins().convert(Opcode::Bitcast, if tt == Type::Ptr { Type::Ptr } else { Type::I64 }, v);
        return if tt != Type::Ptr && tt != Type::I64 { cx.ins().convert(Opcode::Trunc, tt, v) } else { v };
    }
    match (ft.is_float(), tt.is_float()) {
        (false, false) => {
            if tt.bits() < ft.bits() {
                cx.ins().convert(Opcode::Trunc, tt, v)
            } else {
                cx.ins().convert(if fu { Opcode::Uext } else { Opcode::Sext }, tt, v)
            }
        }
        (false, true) => cx.ins().convert(if fu { Opcode::Uitofp } else { Opcode::Sitofp }, tt, v),
        (true, false) => {
            // Go converts through the 64-bit form and truncates.
            let wide = cx.ins().convert(if tu { Opcode::Fptoui } else { Opcode::Fptosi }, Type::I64, v);
            if tt == Type::I64 {
                wide
            } else {
                cx.ins().convert(Opcode::Trunc, tt, wide)
            }
        }
        (true, true) => {
            if tt == Type::F64 {
                cx.ins().convert(Opcode::Fpromote, Type::F64, v)
            } else {
                cx.ins().convert(Opcode::Fdemote, Type::F32, v)
            }
        }
    }
}

/// Converts `v` of type `from` to interface type `to`.
pub(crate) fn to_iface(cx: &mut FnCx, v: Val, from: Ty, to: Ty) -> Val {
    let out = cx.temp(to);
    if matches!(cx.lw.tcx.kind(from), TyKind::Basic(BasicKind::UntypedNil)) {
        return Val::M(out);
    }
    if cx.lw.tcx.is_interface(from) {
        let p = v.v();
        let word = cx.ins().load(Type::Ptr, p, 0);
        let data = cx.ins().load(Type::Ptr, p, 8);
        let typ = if cx.lw.tcx.is_empty_interface(from) { word } else { crate::iface::itab_type(cx, word) };
        let tw = if cx.lw.tcx.is_empty_interface(to) {
            typ
        } else {
            // Non-nil: look the itab up at run time.
            let inter = crate::descriptors::type_descriptor(cx.lw, to);
            let inter = cx.ins().global_addr(inter);
            crate::iface::getitab_or_nil(cx, inter, typ, false)
        };
        cx.ins().store(tw, out, 0);
        cx.ins().store(data, out, 8);
        return Val::M(out);
    }
    let tw = if cx.lw.tcx.is_empty_interface(to) {
        let g = crate::descriptors::type_descriptor(cx.lw, from);
        cx.ins().global_addr(g)
    } else {
        let g = crate::descriptors::itab_global(cx.lw, from, to);
        cx.ins().global_addr(g)
    };
    let data = box_data(cx, v, from);
    cx.ins().store(tw, out, 0);
    cx.ins().store(data, out, 8);
    Val::M(out)
}

/// The data word for a value of concrete type `t`: the value itself if pointer-shaped,
/// else a pointer to a fresh heap copy.
pub(crate) fn box_data(cx: &mut FnCx, v: Val, t: Ty) -> loopc_ir::Value {
    if cx.lw.tcx.is_direct_iface(t) {
        return match v {
            Val::S(x) => x,
            Val::M(p) => cx.ins().load(Type::Ptr, p, 0),
            Val::None => cx.iconst(Type::Ptr, 0),
        };
    }
    let size = cx.lw.tcx.size(t);
    if size == 0 {
        return cx.temp_raw(1, 1);
    }
    let b = cx.temp(t);
    cx.store_val(t, v, b);
    b
}

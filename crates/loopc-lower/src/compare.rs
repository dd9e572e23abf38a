//! Comparisons: `==`/`!=` on every comparable type and ordering on numbers and strings.
//!
//! Scalars use `icmp`/`fcmp` (signedness from the Go type); strings compare lengths then
//! bytes (`runtime.memequal`) for equality and `runtime.cmpstring` for ordering;
//! interfaces compare dynamic types, then values with `runtime.efaceeq` (which panics on
//! uncomparable dynamic types); structs and arrays use `runtime.typedmemequal`. Comparing
//! an interface with a concrete value converts the value first; comparisons with `nil`
//! test the pointer word.

use crate::builder::{FnCx, Val};
use crate::types_layout::{Ty, TyKind};
use loopc_ir::{FloatCC, IntCC, Type, Value};
use loopc_syntax::ast::{self, BinaryOp};
use loopc_types::types::BasicKind;
use loopc_types::Mode;

/// Lowers `x op y` for a comparison operator.
pub(crate) fn comparison(cx: &mut FnCx, op: BinaryOp, x: &ast::Expr, y: &ast::Expr) -> Val {
    let xt = cx.ty_of(x);
    let yt = cx.ty_of(y);
    let xnil = matches!(cx.mode_of(x), Some(Mode::Nil)) || is_nil_ty(cx, xt);
    let ynil = matches!(cx.mode_of(y), Some(Mode::Nil)) || is_nil_ty(cx, yt);
    if xnil || ynil {
        let (e, t) = if ynil { (x, xt) } else { (y, yt) };
        let v = cx.expr(e);
        let isnil = nil_test(cx, v, t);
        return Val::S(if op == BinaryOp::Eq { isnil } else { cx.ins().unary(loopc_ir::Opcode::Not, isnil) });
    }
    let a = cx.expr(x);
    let b = cx.expr(y);
    // Mixed interface/concrete: convert the concrete side.
    let (a, b, t) = if cx.lw.tcx.is_interface(xt) && !cx.lw.tcx.is_interface(yt) {
        let b = crate::convert::to_iface(cx, b, yt, xt);
        (a, b, xt)
    } else if cx.lw.tcx.is_interface(yt) && !cx.lw.tcx.is_interface(xt) {
        let a = crate::convert::to_iface(cx, a, xt, yt);
        (a, b, yt)
    } else {
        (a, b, xt)
    };
    Val::S(compare_vals(cx, op, t, a, b))
}

fn is_nil_ty(cx: &FnCx, t: Ty) -> bool {
    matches!(cx.lw.tcx.kind(t), TyKind::Basic(BasicKind::UntypedNil))
}

/// Whether `v` (of a nilable type `t`) is nil.
pub(crate) fn nil_test(cx: &mut FnCx, v: Val, t: Ty) -> Value {
    let z = cx.iconst(Type::Ptr, 0);
    let w = match v {
        Val::S(p) => p,
        Val::M(p) => {
            let _ = t;
            cx.ins().load(Type::Ptr, p, 0)
        }
        Val::None => z,
    };
    cx.ins().icmp(IntCC::Eq, w, z)
}

/// `a op b` for two values of type `t`.
pub(crate) fn compare_vals(cx: &mut FnCx, op: BinaryOp, t: Ty, a: Val, b: Val) -> Value {
    let eq = matches!(op, BinaryOp::Eq);
    match cx.lw.tcx.ukind(t) {
        TyKind::Basic(BasicKind::String) => {
            if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
                let r = strings_equal(cx, a.v(), b.v());
                if eq {
                    r
                } else {
                    cx.ins().unary(loopc_ir::Opcode::Not, r)
                }
            } else {
                let c = cx.rt("cmpstring", &[a.v(), b.v()])[0];
                let z = cx.i64c(0);
                cx.ins().icmp(int_cc(op, false), c, z)
            }
        }
        TyKind::Basic(BasicKind::Float32 | BasicKind::Float64) => {
            let cc = match op {
                BinaryOp::Eq => FloatCC::Eq,
                BinaryOp::Ne => FloatCC::Ne,
                BinaryOp::Lt => FloatCC::Lt,
                BinaryOp::Le => FloatCC::Le,
                BinaryOp::Gt => FloatCC::Gt,
                _ => FloatCC::Ge,
            };
            cx.ins().fcmp(cc, a.v(), b.v())
        }
        TyKind::Interface(_) => {
            let r = iface_equal(cx, t, a.v(), b.v());
            if eq {
                r
            } else {
                cx.ins().unary(loopc_ir::Opcode::Not, r)
            }
        }
        TyKind::Struct(_) | TyKind::Array(..) => {
            let g = crate::descriptors::type_descriptor(cx.lw, t);
            let d = cx.ins().global_addr(g);
            let r = cx.rt("typedmemequal", &[d, a.v(), b.v()])[0];
            if eq {
                r
            } else {
                cx.ins().unary(loopc_ir::Opcode::Not, r)
            }
        }
        _ => {
            let unsigned = cx.lw.tcx.is_unsigned(t);
            cx.ins().icmp(int_cc(op, unsigned), a.v(), b.v())
        }
    }
}

fn int_cc(op: BinaryOp, unsigned: bool) -> IntCC {
    match (op, unsigned) {
        (BinaryOp::Eq, _) => IntCC::Eq,
        (BinaryOp::Ne, _) => IntCC::Ne,
        (BinaryOp::Lt, false) => IntCC::Slt,
        (BinaryOp::Le, false) => IntCC::Sle,
        (BinaryOp::Gt, false) => IntCC::Sgt,
        (BinaryOp::Ge, false) => IntCC::Sge,
        (BinaryOp::Lt, true) => IntCC::Ult,
        (BinaryOp::Le, true) => IntCC::Ule,
        (BinaryOp::Gt, true) => IntCC::Ugt,
        _ => IntCC::Uge,
    }
}

/// `len(a) == len(b) && memequal(a.data, b.data, len)`.
pub(crate) fn strings_equal(cx: &mut FnCx, a: Value, b: Value) -> Value {
    let var = cx.ssa.declare(Type::Bool);
    let la = cx.ins().load(Type::I64, a, 8);
    let lb = cx.ins().load(Type::I64, b, 8);
    let same = cx.ins().icmp(IntCC::Eq, la, lb);
    let f = cx.iconst(Type::Bool, 0);
    cx.def_var(var, f);
    let cmp = cx.new_block();
    let done = cx.new_block();
    cx.brif(same, cmp, done);
    cx.switch_to(cmp);
    cx.seal(cmp);
    let da = cx.ins().load(Type::Ptr, a, 0);
    let db = cx.ins().load(Type::Ptr, b, 0);
    let r = cx.rt("memequal", &[da, db, la])[0];
    cx.def_var(var, r);
    cx.jump(done);
    cx.switch_to(done);
    cx.seal(done);
    cx.use_var(var)
}

/// Interface equality: same dynamic type and (nil, or equal values).
pub(crate) fn iface_equal(cx: &mut FnCx, t: Ty, a: Value, b: Value) -> Value {
    let var = cx.ssa.declare(Type::Bool);
    let ta = crate::iface::dynamic_type(cx, a, t);
    let tb = crate::iface::dynamic_type(cx, b, t);
    let same = cx.ins().icmp(IntCC::Eq, ta, tb);
    cx.def_var(var, same);
    let check = cx.new_block();
    let done = cx.new_block();
    cx.brif(same, check, done);
    cx.switch_to(check);
    cx.seal(check);
    let z = cx.iconst(Type::Ptr, 0);
    let isnil = cx.ins().icmp(IntCC::Eq, ta, z);
    let call = cx.new_block();
    cx.brif(isnil, done, call);
    cx.switch_to(call);
    cx.seal(call);
    let da = cx.ins().load(Type::Ptr, a, 8);
    let db = cx.ins().load(Type::Ptr, b, 8);
    let r = cx.rt("efaceeq", &[ta, da, db])[0];
    cx.def_var(var, r);
    cx.jump(done);
    cx.switch_to(done);
    cx.seal(done);
    cx.use_var(var)
}

//! The runtime functions lowering calls (`runtime/api.go`), declared as imports.
//!
//! Their IR signatures follow the Go calling convention of this crate (hidden `g` first,
//! then out pointers for aggregate results, aggregates by pointer, `uintptr`/`int` as
//! `i64`, `unsafe.Pointer`/`*_type`/`*itab` as `ptr`), i.e. exactly what lowering package
//! runtime's own declarations in api.go will produce; when package runtime is lowered
//! from source these declarations become its definitions with no change at call sites.
//! Each entry also says whether the function may panic (a panic check follows the call)
//! or always panics (the call is followed by a jump to the unwind path).

use crate::Lower;
use loopc_ir::{FuncRef, Linkage, Signature, Type};

/// `(params after g, results, may panic, never returns normally)`.
fn table(name: &str) -> Option<(&'static [Type], &'static [Type], bool, bool)> {
    use Type::*;
    Some(match name {
        "mallocgc" => (&[I64], &[Ptr], false, false),
        "concatstrings" => (&[Ptr, Ptr], &[], false, false),
        "cmpstring" => (&[Ptr, Ptr], &[I64], false, false),
        "memequal" => (&[Ptr, Ptr, I64], &[Bool], false, false),
        "intstring" => (&[Ptr, I64], &[], false, false),
        "slicebytetostring" | "slicerunetostring" => (&[Ptr, Ptr], &[], false, false),
        // (out, stack buffer or null, string)
        "stringtoslicebyte" | "stringtoslicerune" => (&[Ptr, Ptr, Ptr], &[], false, false),
        "decoderune" => (&[Ptr, I64], &[I32, I64], false, false),
        "growslice" => (&[Ptr, I64, I64, I64, Ptr], &[Ptr, I64, I64], false, false),
        // growslice's arguments, then the append's stack store or null.
        "growslicebuf" => (&[Ptr, I64, I64, I64, Ptr, Ptr], &[Ptr, I64, I64], false, false),
        "makeslice" => (&[Ptr, I64, I64], &[Ptr], true, false),
        "slicecopy" => (&[Ptr, I64, Ptr, I64, I64], &[I64], false, false),
        "makemap" => (&[Ptr, I64], &[Ptr], false, false),
        "mapaccess1" | "mapassign" => (&[Ptr, Ptr, Ptr], &[Ptr], true, false),
        "mapaccess2" => (&[Ptr, Ptr, Ptr], &[Ptr, Bool], true, false),
        "mapdelete" => (&[Ptr, Ptr, Ptr], &[], true, false),
        "mapclear" => (&[Ptr, Ptr], &[], false, false),
        "maplen" => (&[Ptr], &[I64], false, false),
        "mapiterinit" => (&[Ptr, Ptr], &[Ptr], false, false),
        "mapiterkey" | "mapiterelem" => (&[Ptr], &[Ptr], false, false),
        "mapiternext" => (&[Ptr], &[], false, false),
        "getitab" => (&[Ptr, Ptr, Bool], &[Ptr], true, false),
        "panicdottype" => (&[Ptr, Ptr, Ptr], &[], true, true),
        "efaceeq" | "typedmemequal" => (&[Ptr, Ptr, Ptr], &[Bool], true, false),
        "gopanic" => (&[Ptr], &[], true, true),
        // (out, frame of the function that called recover's caller)
        "gorecover" => (&[Ptr, Ptr], &[], false, false),
        // Defer wrappers call these without panic checks (deferend may set the flag: the
        // function running the deferred calls checks it after `defer_run`).
        "deferstart" => (&[Ptr], &[Ptr], false, false),
        // Around a wrapper's call of a function that calls recover (panic.go).
        "wrapenter" => (&[Ptr, Ptr], &[Ptr, Ptr], false, false),
        "wrapexit" => (&[Ptr, Ptr], &[], false, false),
        "deferend" => (&[Ptr], &[], false, false),
        // Defers in range-over-func bodies: the token of a loop nest, and a body defer
        // pushed on it (fatal, not a panic, once the frame's defers reached the loop).
        "deferrangefunc" => (&[Ptr], &[Ptr], false, false),
        "deferprocat" => (&[Ptr, Ptr], &[], false, false),
        "panicIndex" => (&[I64, I64], &[], true, true),
        "panicSlice" => (&[I64, I64, I64], &[], true, true),
        "panicdivide" | "panicshift" | "panicmem" => (&[], &[], true, true),
        "panicrangestate" => (&[I64], &[], true, true),
        "fatal" => (&[Ptr], &[], false, false),
        "printbool" => (&[Bool], &[], false, false),
        "printint" | "printuint" => (&[I64], &[], false, false),
        "printfloat" => (&[F64], &[], false, false),
        "printstring" | "printpointer" | "printeface" => (&[Ptr], &[], false, false),
        "printslice" => (&[Ptr, I64, I64], &[], false, false),
        "printsp" | "printnl" => (&[], &[], false, false),
        _ => return None,
    })
}

/// The declaration of `runtime.NAME`: `(function, may panic, never returns)`.
pub(crate) fn runtime_func(lw: &mut Lower, name: &str) -> (FuncRef, bool, bool) {
    let (params, results, may_panic, noreturn) =
        table(name).unwrap_or_else(|| panic!("invariant: runtime.{name} is in the runtime table"));
    if let Some(&f) = lw.runtime.get(name) {
        return (f, may_panic, noreturn);
    }
    // Package runtime is part of the program: call its function (lowered from source if it
    // has a body, declared from its checked signature otherwise).
    if let Some(obj) = runtime_object(lw, name) {
        let f = lw.func_ref(obj, Vec::new());
        lw.runtime.insert(name.to_string(), f);
        return (f, may_panic, noreturn);
    }
    let mut ps = vec![Type::Ptr];
    ps.extend_from_slice(params);
    let sig = Signature { params: ps, returns: results.to_vec() };
    let f = lw.declare(&format!("runtime.{name}"), sig, Linkage::Import);
    lw.runtime.insert(name.to_string(), f);
    (f, may_panic, noreturn)
}

/// The function object `runtime.NAME`, if package runtime was checked.
pub(crate) fn runtime_object(lw: &Lower, name: &str) -> Option<loopc_types::ObjId> {
    let pkg = lw.p.packages.iter().find(|p| p.path == "runtime")?;
    let obj = *lw.p.scopes[pkg.scope.0 as usize].names.get(name)?;
    matches!(lw.p.object(obj).kind, loopc_types::ObjKind::Func { .. }).then_some(obj)
}

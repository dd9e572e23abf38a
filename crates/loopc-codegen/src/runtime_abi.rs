//! The runtime ABI: the symbols generated code calls for IR instructions that need the
//! runtime, and the libc functions it calls directly.
//!
//! All of them are defined in loopc IR by `loopc-runtime` (`ir/rt.lir`) or by libc; codegen
//! only declares them (import linkage) and the units are linked by name. Every signature
//! here must equal the runtime's definition: `cranelift_module` rejects a mismatch with an
//! "incompatible signature" error naming the symbol.
//!
//! | IR | call |
//! |---|---|
//! | `alloc N, align A heap` (and undecided), heap `slot_start` / `slot_renew`, heap `make_closure` | `rt_alloc(size: i64, align: i64) -> ptr`, zeroed memory |
//! | `defer_frame g` | `rt_defer_frame(g: ptr) -> ptr` |
//! | `defer_push d, clo` | `rt_defer_push(d: ptr, clo: ptr)` |
//! | `defer_run d` | `rt_defer_run(d: ptr)` |
//! | `memcpy` above [`INLINE_MEM_LIMIT`] bytes | libc `memcpy(ptr, ptr, i64) -> ptr` |
//! | `memzero` above [`INLINE_MEM_LIMIT`] bytes | libc `memset(ptr, i32, i64) -> ptr` |
//!
//! The process entry is the runtime's C `main(argc: i32, argv: ptr) -> i32`: it creates the
//! goroutine `g` (`rt_new_g`) and calls [`GO_ENTRY`]`(g, argc, argv)` — defined by
//! [`entry_shim_with_args`](crate::entry_shim_with_args) as a call of the Go runtime's
//! `runtime.main(g, argc, argv)`, which exits the process itself, or by
//! [`entry_shim`](crate::entry_shim) as a call of an entry taking only `g` (IR test
//! programs). If the entry returns, `main` exits through libc `exit`: status 2 if `g`'s
//! panicking flag (the `bool` at offset 0) is still set, 0 otherwise.

use loopc_ir::{Signature, Type};

/// `rt_alloc(size: i64, align: i64) -> ptr`: fresh zeroed memory, never freed.
pub const ALLOC: &str = "rt_alloc";
/// `rt_defer_frame(g: ptr) -> ptr`: a new, open, empty defer stack.
pub const DEFER_FRAME: &str = "rt_defer_frame";
/// `rt_defer_push(d: ptr, clo: ptr)`: push a closure of no arguments; fatal if `d` is closed.
pub const DEFER_PUSH: &str = "rt_defer_push";
/// `rt_defer_run(d: ptr)`: pop and call every entry, newest first, then close `d`.
pub const DEFER_RUN: &str = "rt_defer_run";
/// `rt_go_entry(g: ptr, argc: i32, argv: ptr)`: the program's entry, called by the runtime's
/// `main`.
pub const GO_ENTRY: &str = "rt_go_entry";
/// The C entry symbol defined by the runtime.
pub const PROCESS_ENTRY: &str = "main";
/// libc `memcpy`.
pub const MEMCPY: &str = "memcpy";
/// libc `memset`.
pub const MEMSET: &str = "memset";

/// `memcpy`/`memzero` of at most this many bytes are expanded inline.
pub const INLINE_MEM_LIMIT: u32 = 64;

/// The IR signature of a runtime or libc function codegen calls.
pub fn signature(name: &str) -> Option<Signature> {
    use Type::*;
    Some(match name {
        ALLOC => Signature::new(&[I64, I64], &[Ptr]),
        DEFER_FRAME => Signature::new(&[Ptr], &[Ptr]),
        DEFER_PUSH => Signature::new(&[Ptr, Ptr], &[]),
        DEFER_RUN => Signature::new(&[Ptr], &[]),
        MEMCPY => Signature::new(&[Ptr, Ptr, I64], &[Ptr]),
        MEMSET => Signature::new(&[Ptr, I32, I64], &[Ptr]),
        _ => return None,
    })
}

//! loopc's SSA intermediate representation.
//!
//! Lowering (`loopc-lower`) builds it from the typed AST through [`FuncCursor`]; the passes
//! (`loopc-passes`) rewrite it; codegen (`loopc-codegen`) translates it to Cranelift. The IR
//! knows no Go syntax or types: every construct below can be written by hand in the text
//! format, and `ir-tests/` does exactly that.
//!
//! # Architecture
//!
//! - Entities ([`entities`]) are `u32` newtypes into `PrimaryMap`s; side tables are
//!   `SecondaryMap`s. A [`Module`] holds [`Decls`] (functions' names, signatures, linkage and
//!   [`ClosureInfo`]; globals) and the function bodies ([`Func`]) separately, so a pass can
//!   edit one body while reading every declaration.
//! - A [`Func`] is a [`DataFlowGraph`] (instructions, results, block parameters, local
//!   signatures) plus a [`Layout`] (block and instruction order), `srclocs`, `slots` and
//!   `loops`. Block parameters replace phis.
//! - Text: [`mod@write`] prints, [`parse()`] reads back; `print(parse(t)) == t` for printed `t`.
//! - [`verify`] checks every invariant listed in [`verifier`]'s docs.
//! - [`interp`] is a reference interpreter used to check that passes preserve meaning.
//!
//! Invariants (restated from STYLE.md): this crate depends only on `loopc-span`,
//! `cranelift-entity` and `smallvec`; it does no I/O and never prints.
//!
//! # Types and memory
//!
//! SSA values are scalars: `bool` (0/1, one byte in memory), `i8` `i16` `i32` `i64`, `f32`
//! `f64`, and `ptr` (64-bit, distinct from `i64` so escape analysis can follow pointers).
//! Integer signedness lives in operations. Aggregates are never values: they live in memory
//! (slots, `alloc`, globals) and are moved with `load`/`store` at explicit offsets, `memcpy`
//! and `memzero`. Go lowering conventions: a string is 16 bytes (data `ptr`, `i64` length), a
//! slice 24 (data, len, cap), an interface 16 (type-descriptor or itab `ptr`, data `ptr`), a
//! func value 8 (a `ptr` to a closure object, see below). Results that are aggregates are
//! returned through a caller-provided pointer.
//!
//! # Instructions
//!
//! `T` is a type suffix, `vN` values, `N` integer immediates. Results are written
//! `vA, vB = ...`. Every instruction may end with `!FILE:LO-HI`, its srcloc.
//!
//! | text | meaning |
//! |---|---|
//! | `iconst.T N` | integer/bool/ptr constant (stored sign-extended to T's width) |
//! | `fconst.T X` | float constant; `X` decimal, `inf`, `NaN`, or `0x` raw bits |
//! | `iadd` `isub` `imul` `a, b` | wrapping arithmetic on one integer type |
//! | `sdiv` `udiv` `srem` `urem` `a, b` | Go division: truncating, `MIN/-1 == MIN`, `MIN%-1 == 0`; **traps** on a zero divisor (lowering emits Go's panic check before) |
//! | `and` `or` `xor` `andnot` `a, b` | bitwise (also on `bool`); `andnot` is `a & !b` |
//! | `shl` `sshr` `ushr` `a, n` | Go shifts: `n` any integer type, read unsigned; `n >= width` gives 0 (`sshr`: sign fill). Negative-count panics are lowering's check |
//! | `fadd` `fsub` `fmul` `fdiv` `a, b` | IEEE arithmetic |
//! | `neg a`, `not a`, `fneg a` | negate; bitwise not (logical not on `bool`); float negate |
//! | `icmp CC a, b` | `CC` in `eq ne slt sle sgt sge ult ule ugt uge`; ints, ptrs, bools (`eq`/`ne`); gives `bool` |
//! | `fcmp CC a, b` | `CC` in `eq ne lt le gt ge`; `ne` is true on NaN, the others false |
//! | `sext.T` `uext.T` `trunc.T a` | widen signed/unsigned (`uext` also from `bool`), narrow |
//! | `sitofp.T` `uitofp.T` `fptosi.T` `fptoui.T a` | int/float conversions; float→int truncates, saturates, NaN→0 |
//! | `fpromote.f64` `fdemote.f32 a` | float width changes |
//! | `bitcast.T a` | same-size reinterpretation (`i64`/`f64`/`ptr`, `i32`/`f32`) |
//! | `select c, a, b` | `a` if `c` else `b` |
//! | `load.T p+OFF`, `store v, p+OFF` | memory access; the address must be valid (lowering emits nil checks) |
//! | `memcpy dst, src, N`, `memzero p, N` | copy / clear N bytes; copy regions are identical or disjoint |
//! | `ptr_add p, off` | `p + off`, `off: i64` |
//! | `alloc N, align A [stack\|heap]` | fresh zeroed memory, see *Placement* |
//! | `alloc N, align A, nullable [stack\|heap]` | an optional buffer: zeroed frame memory on the stack, null otherwise |
//! | `global_addr @g`, `func_addr @f` | address of a global; code address of a function |
//! | `frame_addr`, `caller_frame` | this activation's frame address; its caller's (`recover` checks who called it) |
//! | `slot_start ssN` | a fresh, zeroed instance of the slot's variable begins (its declaration) |
//! | `slot_addr ssN` | address of the current instance, for plain loads/stores |
//! | `slot_addr.addrof ssN [in loopK] [in_return]` | same, implementing a source `&v` |
//! | `slot_renew ssN` | a new instance begins, initialised with a copy of the current one |
//! | `make_closure @f(p0, ..) [stack\|heap] [in loopK] [in_return]` | closure object for `@f`; one `ptr` per capture: where the captured variable lives |
//! | `env_addr ctx, N` | in closure `@f`: address of capture N (`ctx` = `@f`'s first parameter) |
//! | `call @f(args)` | direct call; results per `@f`'s signature |
//! | `call_indirect sigN, code(args)` | call through a code pointer |
//! | `call_closure sigN, clo(args)` | call closure object `clo`: its code pointer is at offset 0, the callee receives `(clo, args..)`; `sigN` excludes `clo` |
//! | `defer_frame rt` | this activation's defer stack (`rt`: opaque runtime context, loopc passes `g`) |
//! | `defer_push d, clo` | push closure `clo` (called with no arguments) onto defer stack `d`; fatal if `d` is closed |
//! | `defer_run d` | pop and call every entry of `d`, newest first, then close `d` |
//! | `loop_next loopN` | marker: a new iteration of loopN begins (see *Loops*) |
//! | `loop_exit loopN` | marker: range_func loopN's iterator call has returned normally |
//! | `jump blockN(args)` | branch |
//! | `brif c, blockT(args), blockF(args)` | two-way branch on a `bool` |
//! | `br_table i, blockD(args), [block0(args), ..]` | jump table, unsigned index, default when out of range |
//! | `return args`, `unreachable`, `trap N` | terminators |
//!
//! Instructions that can fail at run time ([`Opcode::can_fail`]: divisions, calls, defers,
//! `trap`) need srclocs in functions with the `srclocs` flag (everything lowered from source).
//!
//! # Slots
//!
//! A [`Slot`] is named local storage for a variable that is address-taken, captured, or an
//! aggregate: `ssN = slot "name" size S align A decl SPAN [loop loopK] [stack|heap]`. The
//! variable has *instances*: `slot_start` begins a zeroed one (lowering emits it at the
//! declaration, so a declaration inside a loop body starts a new instance per iteration),
//! `slot_renew` begins one initialised from the current one, and `slot_addr` gives the
//! current instance's address. Placement is the escape pass's decision: a `heap` slot gets a
//! fresh heap cell per instance (codegen keeps the current cell's pointer); a `stack` slot is
//! one frame area, so its instances share storage and `slot_renew` costs nothing. Escape
//! analysis may pick `stack` only when no instance's address outlives the start of the next
//! instance (Go's loop-depth rule).
//!
//! # Loops
//!
//! `loopN = KIND [distinct] [for SPAN] [range SPAN] [end SPAN] [parent loopK] [vars(ss..)] [body @f]`
//! records each source loop: kind `three_clause`, `range`, `range_func` or `other`;
//! `distinct` when the loop's source file has per-iteration loop variables by language
//! version (Go's `DistinctVars`: file version go1.22 or later, or unknown; lowering sets it,
//! `-d=loopvar=N` can turn per-iteration semantics on for other files too); the `for`
//! and `range` keyword spans (report positions), the largest position inside the loop
//! (`-d=loopvar=4`), the enclosing loop, and the slots of its loop variables (whose `decl`
//! spans give the `FILE:LINE:COL` of report lines).
//!
//! Lowering always emits Go 1.21 (shared-variable) code plus one `loop_next loopN` marker at
//! the iteration boundary: for a 3-clause loop at the latch, before the post statement (every
//! `continue`, including labeled ones from inner loops, reaches it); for a range loop at the
//! top of the body, before the iteration values are stored into the variables. The loop
//! variables' `slot_start` is in the init statement / before the loop. The loopvar pass then
//! either deletes the marker (shared semantics) or replaces it with `slot_renew` of each
//! per-iteration variable (3-clause: copy-in/copy-out, so the post statement runs on the new
//! copy, SEMANTICS §1.2) or `slot_start` (range loops, whose variables are assigned next).
//!
//! A plain `slot_addr` result addresses the instance current where it is computed; the
//! loopvar pass re-materializes plain `slot_addr` uses of the slots it renews, so lowering
//! may reuse one across the marker, but never passes one to a block parameter. Results of
//! `slot_addr.addrof` are pointer values and keep their instance.
//!
//! Address-taking and capturing sites carry a [`Site`]: the innermost *syntactic* loop of the
//! function containing them (`in loopK`, which is not the CFG loop: code after a `break` is
//! still syntactically inside) and `in_return` if they are inside a `return` statement's
//! expression, which exempts them from every loop of the function (SEMANTICS §2.2). A loop
//! variable needs per-iteration semantics iff some `slot_addr.addrof` of it, or some
//! `make_closure` capturing `slot_addr` of it, has a site inside the loop and not
//! `in_return`.
//!
//! # Closures and func values
//!
//! A function literal becomes a function with a `closure @parent` preamble line and one
//! `envN = ref|val "name" size S align A [from ssK]` line per captured variable
//! ([`ClosureInfo`]). Its first parameter is the closure object. Object layout: offset 0
//! holds the code pointer; then each capture in order at its natural alignment: a pointer for
//! `ref`, a copy of the variable for `val` ([`ClosureInfo::layout`]). `make_closure` receives
//! for each capture the address of the variable's current storage (usually `slot_addr`); a
//! `ref` capture stores that address, a `val` capture copies `size` bytes from it. Inside the
//! body, `env_addr ctx, N` yields the variable's address either way, so the escape pass can
//! switch a capture between `ref` and `val` (Go's by-value rule, SEMANTICS §3) by editing the
//! `env` line alone. Nested closures capture `env_addr` results of their parent.
//!
//! A Go func value is a pointer to a closure object. A top-level function used as a value is
//! a static, read-only global `{ 0: addr @wrapper }` whose wrapper takes (and ignores) the
//! closure object; calls through func values use `call_closure`.
//!
//! # Panics, defers and the goroutine pointer
//!
//! Go functions take the goroutine pointer `g: ptr` as their first parameter (closures: right
//! after the closure object); the IR treats it as an ordinary value. A panic is a runtime
//! call that records the panic in `*g` and returns normally; the runtime keeps a `bool`
//! "panicking" flag at offset 0 of `g`. After every call that may panic, lowering emits
//! `vF = load.bool g` and `brif vF, unwind, continue`; the unwind block runs `defer_run` (a
//! deferred `recover()` clears the flag) and then returns: zero values if still panicking,
//! the named results otherwise. Callees that cannot panic (libc, most runtime helpers) need
//! no check. Codegen has no special cases for any of this.
//!
//! `defer f(args)` evaluates `f` and `args` into a closure of no arguments (capturing `g`),
//! then `defer_push d, clo`, where `d = defer_frame g` was taken once at entry. Defers in a
//! range-over-func body belong to the *enclosing* function, through runtime calls as in gc:
//! before the outermost loop of a nest whose bodies defer, the function calls
//! `runtime.deferrangefunc(g, d)`, which pushes a token onto `d` and returns it; the bodies
//! capture the token (`#defers`) and defer with `runtime.deferprocat(g, token, clo)`; when
//! `d`'s defers reach the token it runs the bodies' defers, newest first, and closes it
//! (`deferconvert`), so a later `deferprocat` is Go's fatal `defer after range func returned`.
//!
//! # Range-over-func (for the rangefunc pass)
//!
//! Lowering emits `for x := range seq { body }` as: a `range_func` loop in the parent with
//! `body @parent-rangeN`; the body closure (`closure @parent range_body loopN`, parameters
//! `(clo, g, x..) -> bool`), returning `true` to continue and `false` to stop; a
//! `call_closure` of the iterator with the body closure, its panic check, then
//! `loop_exit loopN` followed by the `#next` dispatch for `return`, `break`/`continue` to
//! outer loops and `goto` (rewrite.go's protocol, lowered as plain IR over an `i64` slot the
//! body captures). The rangefunc pass adds the `#stateN` checks: a state slot captured by
//! the body, the entry check and `PANIC` store at the body's entry, `READY`/`DONE` stores
//! before each body `return` (chosen by the returned `bool`), and the `PANIC`/`EXHAUSTED`
//! check at `loop_exit`, all as calls to the runtime's range-func helpers.
//!
//! The contract between lowering and the pass (details in `loopc-passes`' `rangefunc`
//! docs): the body's entry block parameters start `(clo, g)`; the parent has exactly one
//! `make_closure` of the body; each `loop_exit loopN` sits in the not-panicking successor of
//! the iterator call's panic check (`vF = load.bool g`, `brif vF, UNWIND(..), C`), which is
//! that block's only predecessor; the body's panic path returns `false` with the flag at
//! `g+0` still set, and the body has no defer frame of its own. The pass then adds a slot
//! `#stateN` (`i64`, `N` the loop's number) to the parent, `READY` stored right before the
//! `make_closure`, which gets the slot's address as its **last** operand (a `ref` capture
//! appended to the body's `env` lines, so lowering's capture indices are unchanged); at the
//! body's entry `old = state; state = PANIC; if old != READY { panicrangestate(g, old);
//! return false }`; before each body `return v`: `READY` if `v` is the constant `true`,
//! otherwise `select g.panicking, PANIC, DONE` (`uext v` for a non-constant `v`); and in
//! place of each `loop_exit`: `if state == PANIC { panicrangestate(g, MISSING_PANIC); jump
//! UNWIND(..) }; state = EXHAUSTED`, before lowering's `#next` dispatch. The calls go to
//! `declare @runtime.panicrangestate(ptr, i64)` (declared by the pass when absent), which
//! always panics. After the pass no `loop_exit` remains.

#![warn(missing_docs)]

/// Entity maps and sets (`PrimaryMap`, `SecondaryMap`, `EntitySet`), re-exported so users need
/// no direct dependency.
pub use cranelift_entity as entity;

pub mod cursor;
pub mod dfg;
pub mod entities;
pub mod flowgraph;
pub mod function;
pub mod instructions;
pub mod interp;
pub mod layout;
pub mod module;
pub mod parse;
pub mod types;
pub mod verifier;
pub mod write;

pub use cursor::{CursorPosition, FuncCursor};
pub use dfg::{BlockData, DataFlowGraph, ValueData, ValueDef};
pub use entities::{Block, FuncRef, Global, Inst, Loop, SigRef, Slot, Value};
pub use flowgraph::{ControlFlowGraph, DominatorTree};
pub use function::{Func, LoopData, LoopKind, Signature, SlotData};
pub use instructions::{BlockCall, FloatCC, InstData, IntCC, Opcode, Placement, Site, ValueList};
pub use layout::Layout;
pub use module::{
    Capture, CaptureMode, ClosureInfo, DataValue, Decls, DuplicateSymbol, FuncDecl, GlobalData, Linkage, Module, Symbol,
};
pub use parse::{parse, parse_with_lines, ParseError, Parsed, SourceLines};
pub use types::Type;
pub use verifier::{verify, verify_func, ErrorLocation, VerifierError};
pub use write::{func_to_string, module_to_string, module_to_string_matching, write_module_matching};

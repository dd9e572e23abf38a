//! `rangefunc`: the `#stateN` checks of range-over-func loops, after the "Checking" section
//! of Go's `cmd/compile/internal/rangefunc/rewrite.go` (SEMANTICS §4.2-§4.4).
//!
//! Pipeline position: first, before `loopvar` (the body closures it edits capture the
//! variables of enclosing loops) and `escape` (which places the state slots it adds and
//! keeps their captures by reference, since the body writes them).
//!
//! # Input: what lowering emits (loopc-ir's "Range-over-func" section)
//!
//! For every `range_func` loop `loopN` of a function `P` with `body @B`:
//! - `@B` is a closure `closure @P range_body loopN` with parameters `(clo, g, x..)` and one
//!   `bool` result: `true` continues the loop, `false` stops it. Every `break`, `return`,
//!   `goto` or branch to an outer loop has already been lowered to plain IR over `#next`
//!   ending in `return false`; `continue` and falling off the end are `return true`. The
//!   body's panic path (its unwind block) also ends in `return false`, taken with the
//!   panicking flag at `g+0` set. `@B` has no defer frame of its own.
//! - `P` contains exactly one `make_closure @B(..)` and, after the iterator call, the panic
//!   check `vF = load.bool G` / `brif vF, UNWIND(args), C` whose continuation block `C`
//!   holds the marker `loop_exit loopN` (normally as its first instruction), followed by
//!   the `#next` dispatch. `G` is `P`'s goroutine pointer and `UNWIND` its panic path.
//!
//! # Output
//!
//! Each loop gets its own state: a slot `ssS = slot "#stateN" size 8 align 8` in `P`
//! (nested loops: the inner loop's state lives in the outer body, so every outer iteration
//! starts a fresh one, as Go's `var #state2` inside the outer body), captured **by
//! reference** as the last capture of `@B`. With `RF_*` as in `internal/abi` (DONE 0,
//! READY 1, PANIC 2, EXHAUSTED 3, MISSING_PANIC 4):
//!
//! ```text
//! P:  v7 = make_closure @B(..)         =>   slot_start ssS
//!                                           vA = slot_addr ssS
//!                                           store READY, vA
//!                                           v7 = make_closure @B(.., vA)
//!     call_closure sig, seq(g, v7)          call_closure sig, seq(g, v7)
//!     vF = load.bool g                      vF = load.bool g
//!     brif vF, UNWIND, C                    brif vF, UNWIND, C
//! C:  loop_exit loopN                   C:  vS = load.i64 (slot_addr ssS)
//!     <#next dispatch>                      brif (icmp eq vS, PANIC), M, K
//!                                       K:  store EXHAUSTED, ...; <#next dispatch>
//!                                       M:  call @runtime.panicrangestate(g, MISSING_PANIC)
//!                                           jump UNWIND
//!
//! B:  block0(clo, g, x):                    block0(clo, g, x):
//!                                           vP = env_addr clo, K
//!                                           vO = load.i64 vP        ; #tmpState
//!                                           store PANIC, vP
//!                                           brif (icmp ne vO, READY), E, R
//!                                       R:  <old entry instructions>
//!     return true                           store READY, vP; return true
//!     return false                          store (select g.panicking, PANIC, DONE), vP
//!                                           return false
//!                                       E:  call @runtime.panicrangestate(g, vO)
//!                                           return false
//! ```
//!
//! The entry check is gc's code-size variant (`#tmpState := #stateN; #stateN = PANIC; if
//! #tmpState != READY { panicrangestate(#tmpState) }`), so a re-entered body reports the
//! state it found: DONE (p1), PANIC (p2) or EXHAUSTED (p3, p5). Before each `return` the
//! state follows the returned value: `true` stores READY; `false` stores DONE, unless the
//! body is unwinding from a panic (`g+0` set), where Go never reaches a store and the state
//! stays PANIC, so that a recovering iterator that calls the body again (p2) or returns
//! normally (p4) is caught. A returned value that is not a constant stores
//! `select panicking, PANIC, uext(v)` (READY is 1 and DONE 0, so `uext` maps the `bool`).
//! `panicrangestate` always panics, so the calls are followed by the unwind path directly
//! (lowering's `after_noreturn` convention): `return false` in the body, `jump UNWIND` in
//! `P`. The `loop_exit` markers are removed; a loop's marker is also what marks it as not
//! rewritten yet, so running the pass again changes nothing (and a `range_func` loop
//! without a marker, e.g. hand-written IR for other passes, is left alone).
//!
//! Composition with `#next`: lowering's dispatch runs after the `EXHAUSTED` store, as in
//! gc. Every non-`continue` exit of a body is a `return false` and therefore stores DONE,
//! including the propagation `return false` an outer body executes when an inner loop's
//! `#next` is set; `continue L` of an outer loop reaches that body's `return true` (READY).
//!
//! # Defers in the body
//!
//! Body `defer`s belong to the enclosing function. Lowering emits Go's protocol for them
//! (gc's `rewrite.go` with `runtime/panic.go`): before the outermost loop of a nest whose
//! bodies defer, `P` takes a token `vT = call @runtime.deferrangefunc(g, d)` from its defer
//! frame `d`, which the bodies reach through their `#defers` capture; a body `defer` is
//! `call @runtime.deferprocat(g, vT, clo)`. The runtime (`runtime/rangefunc.go`,
//! `ir/rt.lir`) pushes the token on `d` as the loop's rangefunc record; when `d`'s deferred
//! calls reach it, `deferconvert` poisons the token and runs the body defers newest first,
//! in the record's place; a body `defer` after that is the fatal `defer after range func
//! returned`. This pass leaves the calls alone and adds no state for them (ir-test
//! `passes/rangefunc/defer_shims.lir`). The entry check runs first, so a saved body called
//! after its loop ended panics with "continued iteration after whole loop exit" before
//! reaching any `defer` (p5).

use crate::manager::{Changed, Pass, PassCx};
use loopc_ir::entity::SecondaryMap;
use loopc_ir::{
    Block, BlockCall, Capture, CaptureMode, ControlFlowGraph, Decls, Func, FuncCursor, FuncDecl, FuncRef, Inst,
    InstData, IntCC, Linkage, Loop, LoopKind, Module, Opcode, Signature, SlotData, Type, Value,
};
use loopc_span::Span;

/// `abi.RF_DONE`: the body returned false (break, return, any branch out of the loop).
pub const RF_DONE: i64 = 0;
/// `abi.RF_READY`: the body is not running and may be called.
pub const RF_READY: i64 = 1;
/// `abi.RF_PANIC`: the body is running, or panicked.
pub const RF_PANIC: i64 = 2;
/// `abi.RF_EXHAUSTED`: the iterator call returned.
pub const RF_EXHAUSTED: i64 = 3;
/// `abi.RF_MISSING_PANIC`: passed to `panicrangestate` when the iterator returned normally
/// while the body's state was still PANIC.
pub const RF_MISSING_PANIC: i64 = 4;

/// The runtime function every check calls (`runtime/rangefunc.go`), `(g, state)`.
pub const PANICRANGESTATE: &str = "runtime.panicrangestate";

/// The rangefunc pass.
pub struct RangeFunc;

impl Pass for RangeFunc {
    fn name(&self) -> &'static str {
        "rangefunc"
    }

    fn run(&self, m: &mut Module, cx: &mut PassCx) -> Changed {
        let loops = range_func_loops(m);
        if loops.is_empty() {
            return Changed::No;
        }
        let panic_fn = declare_panicrangestate(&mut m.decls);
        for l in loops {
            rewrite_loop(m, l, panic_fn);
            cx.invalidate(l.parent);
            cx.invalidate(l.body);
        }
        Changed::Yes
    }
}

/// One range-over-func loop to rewrite.
#[derive(Clone, Copy, Debug)]
struct RangeLoop {
    parent: FuncRef,
    lp: Loop,
    body: FuncRef,
}

/// Every `range_func` loop of the module that still has its `loop_exit` marker (the mark
/// of a loop not rewritten yet), parents in `FuncRef` order, loops in order.
fn range_func_loops(m: &Module) -> Vec<RangeLoop> {
    let mut out = Vec::new();
    for parent in m.defined_funcs() {
        let func = &m.bodies[parent];
        let mut pending: Vec<Loop> = func
            .insts()
            .filter_map(|i| match func.dfg.insts[i] {
                InstData::LoopMarker { op: Opcode::LoopExit, lp } => Some(lp),
                _ => None,
            })
            .collect();
        pending.sort();
        pending.dedup();
        for lp in pending {
            let data = &func.loops[lp];
            if let (LoopKind::RangeFunc, Some(body)) = (data.kind, data.body) {
                out.push(RangeLoop { parent, lp, body });
            }
        }
    }
    out
}

/// `@runtime.panicrangestate(ptr, i64)`, declared as an import unless present.
fn declare_panicrangestate(decls: &mut Decls) -> FuncRef {
    let sig = Signature::new(&[Type::Ptr, Type::I64], &[]);
    if let Some(f) = decls.func_by_name(PANICRANGESTATE) {
        assert_eq!(decls.funcs[f].sig, sig, "invariant: @{PANICRANGESTATE} has signature (ptr, i64)");
        return f;
    }
    decls
        .declare_func(FuncDecl { name: PANICRANGESTATE.into(), sig, linkage: Linkage::Import, closure: None })
        .expect("invariant: the name was checked to be free")
}

/// The panic check that guards a `loop_exit`: the goroutine pointer it tests and the
/// unwind destination it branches to.
struct ExitCheck {
    marker: Inst,
    g: Value,
    unwind: BlockCall,
}

fn rewrite_loop(m: &mut Module, l: RangeLoop, panic_fn: FuncRef) {
    let parent_name = m.decls.funcs[l.parent].name.clone();
    let make_closure = find_make_closure(&m.bodies[l.parent], l.body)
        .unwrap_or_else(|| panic!("invariant: @{parent_name} creates the body of {} exactly once", l.lp));
    let exits = find_exit_checks(&m.bodies[l.parent], l.lp)
        .unwrap_or_else(|e| panic!("invariant: in @{parent_name}, {}: {e}", l.lp));
    let mut span = m.bodies[l.parent].loops[l.lp].for_span;
    if span == Span::default() {
        span = m.bodies[l.parent].srclocs[make_closure];
    }

    let (slot, capture) = {
        let (decls, bodies) = (&m.decls, &mut m.bodies);
        rewrite_parent(decls, &mut bodies[l.parent], l.lp, make_closure, &exits, panic_fn)
    };
    let info = m.decls.funcs[l.body].closure.as_mut().expect("invariant: a loop body is a closure (verifier M3)");
    let index = info.captures.len() as u32;
    info.captures.push(Capture {
        name: m.bodies[l.parent].slots[slot].name.clone(),
        mode: CaptureMode::ByRef,
        size: 8,
        align: 8,
        slot: Some(slot),
    });
    debug_assert_eq!(capture, index as usize);
    let (decls, bodies) = (&m.decls, &mut m.bodies);
    rewrite_body(decls, &mut bodies[l.body], index, span, panic_fn);
}

/// The only `make_closure` of `body` in `func`.
fn find_make_closure(func: &Func, body: FuncRef) -> Option<Inst> {
    let mut found =
        func.insts().filter(|&i| matches!(func.dfg.insts[i], InstData::MakeClosure { func: f, .. } if f == body));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The `loop_exit` markers of `lp` with the panic check each follows.
fn find_exit_checks(func: &Func, lp: Loop) -> Result<Vec<ExitCheck>, String> {
    let cfg = ControlFlowGraph::compute(func);
    let mut out = Vec::new();
    for marker in func.insts() {
        if !matches!(func.dfg.insts[marker], InstData::LoopMarker { op: Opcode::LoopExit, lp: l } if l == lp) {
            continue;
        }
        let block = func.layout.inst_block(marker).expect("invariant: insts() yields inserted instructions");
        let &[(_, term)] = cfg.preds(block) else {
            return Err(format!("{block} (with loop_exit) must have the iterator's panic check as only predecessor"));
        };
        let InstData::Brif { cond, dests } = &func.dfg.insts[term] else {
            return Err(format!("{block} (with loop_exit) must be reached by a brif panic check"));
        };
        let g = match func.dfg.value_inst(*cond).map(|i| &func.dfg.insts[i]) {
            Some(InstData::Load { ty: Type::Bool, ptr, offset: 0 }) => *ptr,
            _ => return Err(format!("the branch to {block} must test `load.bool g` (the panicking flag)")),
        };
        if dests[1].block != block || dests[0].block == block {
            return Err(format!("{block} (with loop_exit) must be the panic check's not-panicking destination"));
        }
        out.push(ExitCheck { marker, g, unwind: dests[0].clone() });
    }
    Ok(out)
}

/// Adds the state slot, its `READY` initialisation and capture, and the after-call check
/// at every `loop_exit`. Returns the slot and the index of the new `make_closure` operand.
fn rewrite_parent(
    decls: &Decls,
    func: &mut Func,
    lp: Loop,
    make_closure: Inst,
    exits: &[ExitCheck],
    panic_fn: FuncRef,
) -> (loopc_ir::Slot, usize) {
    let for_span = func.loops[lp].for_span;
    let slot = func.slots.push(SlotData::new(format!("#state{}", lp.as_u32()), 8, 8, for_span));

    let mut cur = FuncCursor::new(decls, func);
    cur.goto_inst(make_closure);
    cur.replace_span_of(make_closure);
    cur.slot_start(slot);
    let addr = cur.slot_addr(slot);
    let ready = cur.iconst(Type::I64, RF_READY);
    cur.store(ready, addr, 0);
    let capture = match &mut cur.func.dfg.insts[make_closure] {
        InstData::MakeClosure { args, .. } => {
            args.push(addr);
            args.len() - 1
        }
        _ => unreachable!("find_make_closure returns make_closure instructions"),
    };

    for exit in exits {
        cur.replace_span_of(exit.marker);
        if cur.span() == Span::default() {
            cur.set_span(for_span);
        }
        let block = cur.func.layout.inst_block(exit.marker).expect("invariant: the marker is inserted");
        let rest = cur.create_block();
        cur.func.layout.insert_block_after(rest, block);
        move_insts_after(cur.func, exit.marker, rest);
        cur.func.layout.remove_inst(exit.marker);

        // if #stateN == PANIC { panicrangestate(MISSING_PANIC) }
        cur.goto_bottom(block);
        let addr = cur.slot_addr(slot);
        let state = cur.load(Type::I64, addr, 0);
        let panic = cur.iconst(Type::I64, RF_PANIC);
        let missing = cur.icmp(IntCC::Eq, state, panic);
        let report = cur.create_block();
        cur.brif(missing, report, &[], rest, &[]);

        cur.switch_to_block(report);
        let code = cur.iconst(Type::I64, RF_MISSING_PANIC);
        cur.call(panic_fn, &[exit.g, code]);
        cur.jump(exit.unwind.block, &exit.unwind.args);

        // #stateN = EXHAUSTED
        cur.goto_first_inst(rest);
        let exhausted = cur.iconst(Type::I64, RF_EXHAUSTED);
        cur.store(exhausted, addr, 0);
    }
    (slot, capture)
}

/// Adds the entry check and the state stores before every `return` of a body closure whose
/// state is its capture `index`.
fn rewrite_body(decls: &Decls, func: &mut Func, index: u32, span: Span, panic_fn: FuncRef) {
    let entry = func.layout.entry_block().expect("invariant: a loop body is defined (verifier M2)");
    let (ctx, g) = match *func.dfg.block_params(entry) {
        [ctx, g, ..] => (ctx, g),
        _ => panic!("invariant: a loop body takes (closure, g, values..)"),
    };
    let returns: Vec<Inst> = func.insts().filter(|&i| matches!(func.dfg.insts[i], InstData::Return { .. })).collect();
    let consts = bool_consts(func);

    let first = func.layout.first_inst(entry).expect("invariant: blocks are not empty (verifier B1)");
    let rest = func.dfg.make_block();
    func.layout.insert_block_after(rest, entry);
    move_insts_from(func, first, rest);

    let mut cur = FuncCursor::new(decls, func);
    cur.set_span(span);
    cur.goto_bottom(entry);
    // #tmpState := #stateN; #stateN = PANIC; if #tmpState != READY { panicrangestate(#tmpState) }
    let state_addr = cur.env_addr(ctx, index);
    let old = cur.load(Type::I64, state_addr, 0);
    let panic = cur.iconst(Type::I64, RF_PANIC);
    cur.store(panic, state_addr, 0);
    let ready = cur.iconst(Type::I64, RF_READY);
    let misuse = cur.icmp(IntCC::Ne, old, ready);
    let report = cur.create_block();
    cur.brif(misuse, report, &[], rest, &[]);
    cur.switch_to_block(report);
    cur.call(panic_fn, &[g, old]);
    let stop = cur.iconst(Type::Bool, 0);
    cur.ret(&[stop]);

    for ret in returns {
        cur.goto_inst(ret);
        cur.replace_span_of(ret);
        let value = match &cur.func.dfg.insts[ret] {
            InstData::Return { args } if args.len() == 1 => args[0],
            _ => panic!("invariant: a loop body returns one bool"),
        };
        let state = match consts[value] {
            Some(true) => cur.iconst(Type::I64, RF_READY),
            known => {
                let panicking = cur.load(Type::Bool, g, 0);
                let stopped = match known {
                    Some(_) => cur.iconst(Type::I64, RF_DONE),
                    None => cur.convert(Opcode::Uext, Type::I64, value),
                };
                let panic = cur.iconst(Type::I64, RF_PANIC);
                cur.select(panicking, panic, stopped)
            }
        };
        cur.store(state, state_addr, 0);
    }
}

/// The constant value of every `bool` defined by `iconst.bool`.
fn bool_consts(func: &Func) -> SecondaryMap<Value, Option<bool>> {
    let mut out = SecondaryMap::new();
    for inst in func.insts() {
        if let InstData::IntConst { ty: Type::Bool, imm } = func.dfg.insts[inst] {
            out[func.dfg.first_result(inst)] = Some(imm != 0);
        }
    }
    out
}

/// Moves `first` and every instruction after it in its block to the end of `to` (inserted).
fn move_insts_from(func: &mut Func, first: Inst, to: Block) {
    let mut next = Some(first);
    while let Some(inst) = next {
        next = func.layout.next_inst(inst);
        func.layout.remove_inst(inst);
        func.layout.append_inst(inst, to);
    }
}

/// Moves every instruction after `inst` in its block to the end of `to` (inserted).
fn move_insts_after(func: &mut Func, inst: Inst, to: Block) {
    if let Some(first) = func.layout.next_inst(inst) {
        move_insts_from(func, first, to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIMPLE: &str = include_str!("../../../ir-tests/passes/rangefunc/simple.lir");

    fn module() -> Module {
        let text: String = SIMPLE.lines().filter(|l| !l.starts_with("test ")).map(|l| format!("{l}\n")).collect();
        loopc_ir::parse(&text).expect("the test file is valid IR")
    }

    #[test]
    fn second_run_changes_nothing() {
        let mut m = module();
        let mut cx = PassCx::default();
        assert_eq!(RangeFunc.run(&mut m, &mut cx), Changed::Yes);
        loopc_ir::verify(&m).expect("the pass leaves valid IR");
        let once = loopc_ir::module_to_string(&m);
        assert_eq!(RangeFunc.run(&mut m, &mut cx), Changed::No);
        assert_eq!(loopc_ir::module_to_string(&m), once);
        assert_eq!(once.matches("declare @runtime.panicrangestate").count(), 1);
    }

    #[test]
    fn existing_declaration_is_reused() {
        let mut decls = Decls::default();
        let f = declare_panicrangestate(&mut decls);
        assert_eq!(declare_panicrangestate(&mut decls), f);
        assert_eq!(decls.funcs[f].linkage, Linkage::Import);
    }
}

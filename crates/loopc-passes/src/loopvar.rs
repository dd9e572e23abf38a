//! `loopvar`: Go 1.22 per-iteration loop variables, after gc's `loopvar.ForCapture`.
//!
//! Pipeline position: after `rangefunc` (whose body closures capture the variables of
//! enclosing loops, which must count as captures), before `escape` (which places the new
//! per-iteration instances and emits this pass's reports, [`log_transformations`]).
//!
//! Input: lowering's Go-1.21-shaped loops. Each `three_clause`/`range` loop lists its
//! `:=`-declared variables (`vars`), each a slot whose `slot_start` is in the init statement
//! or before the loop, and has one `loop_next` marker at its iteration boundary (3-clause:
//! the latch, before the post statement; range: the top of the body, before the iteration
//! values are stored). Address-taking and capturing instructions carry [`Site`]s.
//!
//! Decision, per loop (SEMANTICS §1.4, §2.1, §2.2, §7):
//! 1. The loop is *distinct* if its file's version says so (`distinct` flag) or
//!    `-d=loopvar=N` with `N > 0 && N != 3` forces it (gc's `distinctVars`).
//! 2. A variable of a distinct loop is a *candidate* if `N >= 11`, or some
//!    `slot_addr.addrof` of its slot, or some `make_closure` capturing its slot, has a site
//!    inside the loop (the site's loop is this loop or nested in it) that is not
//!    `in_return`.
//! 3. With `-d=loopvarhash=PAT`, a candidate is transformed iff the pattern enables the
//!    hash of its declaration's `file:line:col`; every printed match becomes a
//!    [`RemarkKind::LoopVarHash`] remark (in gc's order: inner loops before outer ones).
//!
//! Rewrite: the marker becomes `slot_renew` (3-clause: copy-in/copy-out, the post statement
//! runs on the new copy) or `slot_start` (range: the variables are assigned right after) of
//! every transformed variable, in declaration order; markers of loops with nothing to
//! transform are deleted. `range_func` loops are left alone (their variables are body
//! parameters, fresh per call, never reported).
//!
//! ```text
//! block3:                            block3:
//!     loop_next loop0        =>          slot_renew ss0
//!     v15 = slot_addr ss0                v15 = slot_addr ss0
//! ```
//!
//! A plain `slot_addr` result means "the variable's current instance at the use", so
//! after the rewrite every use of a transformed slot's plain `slot_addr` value that could
//! see a stale instance (any use not preceded, in its own block, by that `slot_addr` with
//! no instance change in between) gets a fresh `slot_addr` right before it. Results of
//! `slot_addr.addrof` are pointer values (`p := &v`) and keep their instance.
//!
//! Output: no `loop_next` markers on `three_clause`, `range` and `other` loops;
//! [`PassCx::loopvar`] lists the transformed variables.

use crate::bisect::{hash_inline_stack, hash_position, split_inline_prefix, Matcher};
use crate::manager::{Changed, Pass, PassCx};
use crate::remark::RemarkKind;
use loopc_ir::entity::EntitySet;
use loopc_ir::{
    CursorPosition, Decls, Func, FuncCursor, FuncRef, Inst, InstData, Loop, LoopKind, Module, Opcode, Site, Slot, Value,
};
use std::collections::BTreeMap;

/// The loopvar pass.
pub struct LoopVar;

/// One loop variable made per-iteration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TransformedVar {
    /// The function holding the loop.
    pub func: FuncRef,
    /// The loop.
    pub lp: Loop,
    /// The variable's slot.
    pub slot: Slot,
}

/// What the loopvar pass did, for the reports emitted after escape analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoopVarLog {
    /// Transformed variables, in transformation order.
    pub transformed: Vec<TransformedVar>,
    /// Print the per-variable report lines (`2 <= N && N != 11`).
    pub print: bool,
    /// Also print the per-loop "was modified" lines (`N >= 4`).
    pub print_loops: bool,
}

/// The `-d=loopvar`/`-d=loopvarhash` settings, as gc's `base/flag.go` derives them.
#[derive(Clone, Debug)]
pub struct LoopVarConfig {
    /// The effective `-d=loopvar` level (a hash pattern forces 1 below 11).
    pub level: i64,
    /// The parsed `-d=loopvarhash` pattern.
    pub hash: Option<Matcher>,
    /// The pattern had gc's `IL` prefix: IDs hash the whole inline stack.
    pub hash_inline_stack: bool,
}

impl LoopVarConfig {
    /// Reads the options of `cx`. An invalid hash pattern is ignored (the driver validates
    /// patterns before running the passes).
    pub fn from_cx(cx: &PassCx) -> LoopVarConfig {
        let mut level = cx.int_option("loopvar").unwrap_or(0);
        let (hash_inline_stack, pattern) = split_inline_prefix(cx.option("loopvarhash").unwrap_or(""));
        let hash = Some(pattern).filter(|p| !p.is_empty()).and_then(|p| Matcher::new(p).ok());
        if hash.is_some() && level < 11 {
            level = 1;
        }
        LoopVarConfig { level, hash, hash_inline_stack }
    }

    /// gc's `distinctVars`: the loop gets per-iteration semantics.
    pub fn is_distinct(&self, file_distinct: bool) -> bool {
        file_distinct || (self.level > 0 && self.level != 3)
    }

    /// Every variable of a distinct loop is a candidate (`N >= 11`).
    pub fn transforms_all(&self) -> bool {
        self.level >= 11
    }

    /// Report lines are printed.
    pub fn prints(&self) -> bool {
        self.level >= 2 && self.level != 11
    }
}

impl Pass for LoopVar {
    fn name(&self) -> &'static str {
        "loopvar"
    }

    fn run(&self, m: &mut Module, cx: &mut PassCx) -> Changed {
        let config = LoopVarConfig::from_cx(cx);
        cx.loopvar = LoopVarLog { transformed: Vec::new(), print: config.prints(), print_loops: config.level >= 4 };
        let mut changed = Changed::No;
        let funcs: Vec<FuncRef> = m.defined_funcs().collect();
        for f in funcs {
            let Module { decls, bodies } = m;
            if run_func(decls, f, &mut bodies[f], &config, cx) {
                cx.invalidate(f);
                changed = Changed::Yes;
            }
        }
        changed
    }
}

/// Loops of `func` in post-order (inner loops before the loop containing them), the order
/// in which gc decides them.
fn loops_post_order(func: &Func) -> Vec<Loop> {
    let mut children: BTreeMap<Option<Loop>, Vec<Loop>> = BTreeMap::new();
    for (l, d) in func.loops.iter() {
        children.entry(d.parent).or_default().push(l);
    }
    let mut out = Vec::with_capacity(func.loops.len());
    let mut stack: Vec<(Loop, bool)> = children.get(&None).into_iter().flatten().rev().map(|&l| (l, false)).collect();
    while let Some((l, expanded)) = stack.pop() {
        if expanded {
            out.push(l);
            continue;
        }
        stack.push((l, true));
        stack.extend(children.get(&Some(l)).into_iter().flatten().rev().map(|&c| (c, false)));
    }
    out
}

/// Loop-variable slots with a syntactically escaping reference (`&v` or a capture) inside
/// their own loop (the site's innermost loop or one nested in it), not under a `return`.
fn escaping_refs(decls: &Decls, func: &Func) -> EntitySet<Slot> {
    let mut leaked_in: BTreeMap<Loop, Vec<Slot>> = BTreeMap::new();
    let mut note = |site: Site, slot: Slot| {
        if site.in_return {
            return;
        }
        let mut l = site.lp;
        while let Some(lp) = l {
            leaked_in.entry(lp).or_default().push(slot);
            l = func.loops[lp].parent;
        }
    };
    for inst in func.insts() {
        match &func.dfg.insts[inst] {
            InstData::SlotAddr { slot, addrof: true, site } => note(*site, *slot),
            InstData::MakeClosure { func: callee, args, site, .. } => {
                let captures = decls.funcs[*callee].closure.as_ref().map(|c| &c.captures[..]).unwrap_or(&[]);
                for (i, &arg) in args.iter().enumerate() {
                    if let Some(s) = captures.get(i).and_then(|c| c.slot).or_else(|| slot_of_addr(func, arg)) {
                        note(*site, s);
                    }
                }
            }
            _ => {}
        }
    }
    // A variable leaks for its own loop only.
    let mut leaked = EntitySet::new();
    for (lp, slots) in leaked_in {
        for s in slots {
            if func.slots[s].lp == Some(lp) {
                leaked.insert(s);
            }
        }
    }
    leaked
}

/// The slot whose address `v` is, if `v` is a `slot_addr` result.
fn slot_of_addr(func: &Func, v: Value) -> Option<Slot> {
    match func.dfg.value_inst(v).map(|i| &func.dfg.insts[i]) {
        Some(InstData::SlotAddr { slot, .. }) => Some(*slot),
        _ => None,
    }
}

fn run_func(decls: &Decls, f: FuncRef, func: &mut Func, config: &LoopVarConfig, cx: &mut PassCx) -> bool {
    if func.loops.is_empty() {
        return false;
    }
    let leaked = escaping_refs(decls, func);
    let mut markers: BTreeMap<Loop, Inst> = BTreeMap::new();
    for inst in func.insts() {
        if let InstData::LoopMarker { op: Opcode::LoopNext, lp } = func.dfg.insts[inst] {
            markers.insert(lp, inst);
        }
    }
    let mut changed = false;
    let mut renewed = EntitySet::new();
    for lp in loops_post_order(func) {
        let data = &func.loops[lp];
        if data.kind == LoopKind::RangeFunc {
            continue;
        }
        let mut chosen: Vec<Slot> = Vec::new();
        if matches!(data.kind, LoopKind::ThreeClause | LoopKind::Range) && config.is_distinct(data.distinct) {
            for &s in &data.vars {
                if (config.transforms_all() || leaked.contains(s)) && hash_selects(config, cx, func, s) {
                    chosen.push(s);
                }
            }
        }
        let op = if data.kind == LoopKind::ThreeClause { Opcode::SlotRenew } else { Opcode::SlotStart };
        for &slot in &chosen {
            cx.loopvar.transformed.push(TransformedVar { func: f, lp, slot });
            renewed.insert(slot);
        }
        let Some(&marker) = markers.get(&lp) else { continue };
        let mut pos = FuncCursor::new(decls, func);
        pos.goto_inst(marker);
        pos.replace_span_of(marker);
        for &slot in &chosen {
            pos.insert(InstData::SlotOp { op, slot });
        }
        pos.goto_inst(marker);
        pos.remove_inst();
        changed = true;
    }
    if !renewed.is_empty() {
        rematerialize_slot_addrs(decls, func, &renewed);
    }
    changed
}

/// Applies `-d=loopvarhash` to a candidate: whether it is transformed. Emits the bisect
/// remark when the pattern asks for it. A variable whose position the resolver does not
/// know (no resolver, or a file outside the hash, see [`crate::source`]) is transformed
/// as without a pattern.
fn hash_selects(config: &LoopVarConfig, cx: &mut PassCx, func: &Func, s: Slot) -> bool {
    let Some(matcher) = &config.hash else { return true };
    let slot = &func.slots[s];
    let Some(p) = cx.position(slot.decl) else { return true };
    // loopc does not inline: the stack is the position alone.
    let id = if config.hash_inline_stack {
        hash_inline_stack(&[(&p.file, p.line, p.col)])
    } else {
        hash_position(&p.file, p.line, p.col)
    };
    let enabled = matcher.should_enable(id);
    if matcher.should_print(id) {
        let at = cx.shown_position(slot.decl).unwrap_or_else(|| format!("{}:{}:{}", p.file, p.line, p.col));
        let kind =
            RemarkKind::LoopVarHash { name: slot.name.clone(), at, hash: id, verbose: matcher.is_verbose(), enabled };
        cx.remark(slot.decl, kind);
    }
    enabled
}

/// Gives every use of a plain `slot_addr` of a slot in `slots` that might see an older
/// instance its own `slot_addr` right before the use (see the module docs). Branch
/// arguments are left alone: lowering never passes a plain `slot_addr` to a block.
fn rematerialize_slot_addrs(decls: &Decls, func: &mut Func, slots: &EntitySet<Slot>) {
    let blocks: Vec<_> = func.layout.blocks().collect();
    for b in blocks {
        // Plain slot_addr values of each slot valid at this point of the block.
        let mut fresh: BTreeMap<Slot, Vec<Value>> = BTreeMap::new();
        let insts: Vec<Inst> = func.layout.block_insts(b).collect();
        for inst in insts {
            let data = func.dfg.insts[inst].clone();
            if !data.opcode().is_terminator() {
                for arg in data.args() {
                    let Some(InstData::SlotAddr { slot, addrof: false, .. }) =
                        func.dfg.value_inst(arg).map(|i| &func.dfg.insts[i])
                    else {
                        continue;
                    };
                    let slot = *slot;
                    if !slots.contains(slot) || fresh.get(&slot).is_some_and(|vs| vs.contains(&arg)) {
                        continue;
                    }
                    let reuse = fresh.get(&slot).and_then(|vs| vs.last().copied());
                    let new = match reuse {
                        Some(v) => v,
                        None => {
                            let mut pos = FuncCursor::new(decls, func);
                            pos.set_position(CursorPosition::At(inst));
                            pos.replace_span_of(inst);
                            let i = pos.insert(InstData::SlotAddr { slot, addrof: false, site: Site::default() });
                            let v = func.dfg.first_result(i);
                            fresh.entry(slot).or_default().push(v);
                            v
                        }
                    };
                    func.dfg.replace_uses([inst], arg, new);
                }
            }
            match func.dfg.insts[inst] {
                InstData::SlotOp { slot, .. } => {
                    fresh.remove(&slot);
                }
                InstData::SlotAddr { slot, addrof: false, .. } => {
                    fresh.entry(slot).or_default().push(func.dfg.first_result(inst));
                }
                _ => {}
            }
        }
    }
}

/// Emits the `-d=loopvar` report lines for the transformed variables, reading each slot's
/// placement (so escape analysis must have run): gc's `LogTransformations`.
pub fn log_transformations(m: &Module, cx: &mut PassCx) {
    let log = std::mem::take(&mut cx.loopvar);
    if log.print {
        let mut loops_seen: Vec<(FuncRef, Loop)> = Vec::new();
        for t in &log.transformed {
            if cx.inlined.dead.contains(&t.func) {
                continue;
            }
            let inlined_into = cx.inlined.loops.get(&(t.func, t.lp)).copied();
            let func = &m.bodies[t.func];
            let slot = &func.slots[t.slot];
            let heap = slot.placement == loopc_ir::Placement::Heap;
            if !loops_seen.contains(&(t.func, t.lp)) && !cx.inlined.dead.contains(&t.func) {
                loops_seen.push((t.func, t.lp));
            }
            cx.remark(slot.decl, RemarkKind::LoopVarPerIteration { name: slot.name.clone(), heap, inlined_into });
        }
        // gc compiles each instantiation of a generic function as a wrapper, at the
        // function's declaration, around the shape-instantiated body, and inlines that body
        // into the wrapper when it can: the loops of an inlinable instance are reported once
        // more, "inlined into" the declaration's line (after the call sites' lines).
        for t in &log.transformed {
            let name = &m.decls.funcs[t.func].name;
            let generic = name.contains('[') && m.decls.funcs[t.func].closure.is_none();
            if !generic || !cx.inlined.inlinable.contains(&t.func) || cx.inlined.loops.contains_key(&(t.func, t.lp)) {
                continue;
            }
            let func = &m.bodies[t.func];
            // The declaration: lowering gives the function's entry instructions the span of
            // its name.
            let Some(decl) = func.layout.entry_block().and_then(|b| func.layout.first_inst(b)).map(|i| func.srclocs[i])
            else {
                continue;
            };
            let slot = &func.slots[t.slot];
            if decl.file != slot.decl.file || decl.lo >= slot.decl.lo {
                continue;
            }
            let heap = slot.placement == loopc_ir::Placement::Heap;
            cx.remark(
                slot.decl,
                RemarkKind::LoopVarPerIteration { name: slot.name.clone(), heap, inlined_into: Some(decl) },
            );
        }
        if log.print_loops {
            for (f, lp) in loops_seen {
                let data = &m.bodies[f].loops[lp];
                let range = data.kind == LoopKind::Range;
                let at = if range { data.range_span } else { data.for_span };
                let inlined_into = cx.inlined.loops.get(&(f, lp)).copied();
                cx.remark(at, RemarkKind::LoopModified { range, end: data.end, inlined_into });
            }
        }
    }
    cx.loopvar = log;
}

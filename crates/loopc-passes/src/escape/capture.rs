//! Write facts and closure capture modes (Go's `flowClosure` in `escape/escape.go`).
//!
//! A captured variable is captured **by value** when it is at most 128 bytes, its address
//! is never taken (`slot_addr.addrof`), no closure writes it, and no write to it can run
//! after the capturing `make_closure` while the captured instance is current (forward CFG
//! reachability from the capture, stopping at the slot's `slot_start`/`slot_renew`). That
//! is gc's "never reassigned, ignoring straight-line assignments before the first capture"
//! stated on instances: a per-iteration 3-clause variable's post statement writes the
//! *next* instance (after `slot_renew`), so its captures stay by value, while `i++` in the
//! body after the capture, or the shared variable of a Go 1.21 loop, forces by reference.
//! A reassignment (any write but the one right after the `slot_start` in its block) at a
//! smaller CFG loop depth than a capture also forces by reference: gc forgives assignments
//! before the first capture only at the capture's own depth, so the outer variable of
//! nested 3-clause loops captured in the inner loop is captured by reference.
//! Otherwise the capture is by reference (the default lowering emits). A capture of a
//! parent closure's capture (no `from` slot) has the parent's mode: gc decides once per
//! variable, so a variable the outer closure copies is copied again by the inner one (the
//! outer copy is never written), and one it shares stays shared.
//!
//! "Writes" are found by following a pointer's uses through `ptr_add`: stores, `memcpy`
//! destinations, `memzero`, stores *of* the pointer (it escapes into memory), calls that
//! may write through that parameter (bottom-up [`Summaries::writes`]; unknown callees may),
//! closures capturing it that write their capture, and any use not understood.

use super::call::known_function;
use super::tags::Summaries;
use loopc_ir::entity::{EntitySet, SecondaryMap};
use loopc_ir::{
    Block, CaptureMode, ControlFlowGraph, Decls, Func, FuncRef, Inst, InstData, Linkage, Module, Opcode, Slot, Type,
    Value,
};

fn use_map(func: &Func) -> SecondaryMap<Value, Vec<Inst>> {
    let mut uses: SecondaryMap<Value, Vec<Inst>> = SecondaryMap::new();
    for inst in func.insts() {
        func.dfg.insts[inst].for_each_arg(|v| uses[v].push(inst));
    }
    uses
}

/// Finds writes through pointers into one function's memory.
struct Writes<'a> {
    m: &'a Module,
    summaries: &'a Summaries,
}

impl Writes<'_> {
    /// Instructions of `func` that may write the memory `root` points into.
    fn through(&self, func: &Func, uses: &SecondaryMap<Value, Vec<Inst>>, root: Value) -> Vec<Inst> {
        let mut out = Vec::new();
        let mut work = vec![root];
        let mut seen: EntitySet<Value> = EntitySet::new();
        while let Some(v) = work.pop() {
            if !seen.insert(v) {
                continue;
            }
            for &u in &uses[v] {
                let writes = match &func.dfg.insts[u] {
                    InstData::Load { .. } | InstData::IntCompare { .. } => false,
                    InstData::Store { args, .. } => args[1] == v || args[0] == v,
                    InstData::MemCopy { args, .. } => args[0] == v,
                    InstData::MemZero { .. } => true,
                    InstData::Binary { op: Opcode::PtrAdd, .. } | InstData::EnvAddr { .. } => {
                        work.push(func.dfg.first_result(u));
                        false
                    }
                    InstData::Call { func: callee, args } => {
                        args.iter().enumerate().any(|(i, &a)| a == v && self.summaries.may_write(*callee, i))
                    }
                    InstData::CallIndirect { callee, args, .. } => *callee != v || args.contains(&v),
                    InstData::MakeClosure { func: c, args, .. } => {
                        args.iter().enumerate().any(|(i, &a)| a == v && self.closure_writes(*c, i))
                    }
                    _ => true,
                };
                if writes {
                    out.push(u);
                }
            }
        }
        out
    }

    /// Whether closure `c` (or a closure nested in it) may write its capture `index`.
    fn closure_writes(&self, c: FuncRef, index: usize) -> bool {
        let func = &self.m.bodies[c];
        let uses = use_map(func);
        func.insts().any(|inst| match func.dfg.insts[inst] {
            InstData::EnvAddr { index: i, .. } if i as usize == index => {
                !self.through(func, &uses, func.dfg.first_result(inst)).is_empty()
            }
            _ => false,
        })
    }

    /// Whether `f` may write through each of its parameters.
    fn params(&self, f: FuncRef) -> Vec<bool> {
        let func = &self.m.bodies[f];
        let uses = use_map(func);
        let Some(entry) = func.layout.entry_block() else { return Vec::new() };
        func.dfg
            .block_params(entry)
            .iter()
            .map(|&p| func.dfg.value_type(p) == Type::Ptr && !self.through(func, &uses, p).is_empty())
            .collect()
    }
}

/// Fills [`Summaries::writes`] for every function, bottom-up over the call graph's SCCs
/// (a least fixpoint inside each SCC).
pub(crate) fn compute_writes(m: &Module, sccs: &[Vec<FuncRef>], summaries: &mut Summaries) {
    for scc in sccs {
        for &f in scc {
            let decl = &m.decls.funcs[f];
            let n = decl.sig.params.len();
            let w = if decl.linkage == Linkage::Import {
                known_function(&decl.name, n, decl.sig.returns.len()).map_or_else(|| vec![true; n], |(_, w)| w)
            } else {
                vec![false; n]
            };
            summaries.writes.insert(f, w);
        }
        loop {
            let mut changed = false;
            for &f in scc {
                if m.decls.funcs[f].linkage == Linkage::Import {
                    continue;
                }
                let w = Writes { m, summaries }.params(f);
                if summaries.writes.get(&f) != Some(&w) {
                    summaries.writes.insert(f, w);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
}

/// Whether a write in `writes` can execute after `from` while the slot's instance current
/// at `from` is still current.
fn reaches_write(func: &Func, cfg: &ControlFlowGraph, slot: Slot, from: Inst, writes: &[Inst]) -> bool {
    let renews = |inst: Inst| matches!(func.dfg.insts[inst], InstData::SlotOp { slot: s, .. } if s == slot);
    let Some(start) = func.layout.inst_block(from) else { return false };
    let mut visited: EntitySet<Block> = EntitySet::new();
    let mut work: Vec<(Block, Option<Inst>)> = vec![(start, Some(from))];
    while let Some((b, after)) = work.pop() {
        let mut insts: Box<dyn Iterator<Item = Inst>> = Box::new(func.layout.block_insts(b));
        if let Some(a) = after {
            insts = Box::new(func.layout.block_insts(b).skip_while(move |&i| i != a).skip(1));
        }
        let mut blocked = false;
        for i in insts {
            if writes.contains(&i) {
                return true;
            }
            if renews(i) {
                blocked = true;
                break;
            }
        }
        if !blocked {
            for &s in cfg.succs(b) {
                if visited.insert(s) {
                    work.push((s, None));
                }
            }
        }
    }
    false
}

/// Decides every capture's mode and rewrites the closures' `env` lines; returns whether
/// any mode changed.
pub(crate) fn decide_capture_modes(m: &mut Module, summaries: &Summaries) -> bool {
    let recovered = recover_capture_slots(m);
    let mut decisions: Vec<(FuncRef, usize, CaptureMode)> = Vec::new();
    {
        let wr = Writes { m, summaries };
        let decls: &Decls = &m.decls;
        for (c, decl) in decls.funcs.iter() {
            let Some(info) = &decl.closure else { continue };
            let parent = &m.bodies[info.parent];
            if !parent.is_defined() {
                continue;
            }
            let cfg = ControlFlowGraph::compute(parent);
            let forest = crate::analysis::LoopForest::compute(&cfg, &loopc_ir::DominatorTree::compute(parent, &cfg));
            let uses = use_map(parent);
            let sites: Vec<Inst> = parent
                .insts()
                .filter(|&i| matches!(parent.dfg.insts[i], InstData::MakeClosure { func, .. } if func == c))
                .collect();
            for (idx, cap) in info.captures.iter().enumerate() {
                let by_value = cap
                    .slot
                    .is_some_and(|s| cap.size <= 128 && is_copyable(parent, &wr, &uses, &cfg, &forest, s, &sites));
                let mode = if by_value { CaptureMode::ByVal } else { CaptureMode::ByRef };
                if mode != cap.mode {
                    decisions.push((c, idx, mode));
                }
            }
        }
    }
    for &(c, idx, mode) in &decisions {
        if let Some(info) = m.decls.funcs[c].closure.as_mut() {
            info.captures[idx].mode = mode;
        }
    }
    let inherited = inherit_parent_modes(m);
    recovered || !decisions.is_empty() || inherited
}

/// A capture without a `from` slot whose every `make_closure` passes the address of one
/// slot of the parent captures that slot: the inliner re-parents a literal's nested
/// closures into the caller, where the outer closure's capture became the caller's
/// variable. Records the slot; returns whether any was found.
fn recover_capture_slots(m: &mut Module) -> bool {
    let mut found: Vec<(FuncRef, usize, Slot)> = Vec::new();
    for (c, decl) in m.decls.funcs.iter() {
        let Some(info) = &decl.closure else { continue };
        let parent = &m.bodies[info.parent];
        if !parent.is_defined() {
            continue;
        }
        for (idx, cap) in info.captures.iter().enumerate() {
            if cap.slot.is_some() {
                continue;
            }
            let mut slots = parent.insts().filter_map(|i| match &parent.dfg.insts[i] {
                InstData::MakeClosure { func, args, .. } if *func == c => {
                    let arg = *args.get(idx)?;
                    match parent.dfg.value_def(arg) {
                        loopc_ir::ValueDef::Result(def, _) => match parent.dfg.insts[def] {
                            InstData::SlotAddr { slot, .. } => Some(Some(slot)),
                            _ => Some(None),
                        },
                        _ => Some(None),
                    }
                }
                _ => None,
            });
            if let Some(Some(s)) = slots.next() {
                if slots.all(|x| x == Some(s)) {
                    found.push((c, idx, s));
                }
            }
        }
    }
    for &(c, idx, s) in &found {
        if let Some(info) = m.decls.funcs[c].closure.as_mut() {
            info.captures[idx].slot = Some(s);
        }
    }
    !found.is_empty()
}

/// Gives each capture of a parent closure's capture (no slot) the parent capture's mode,
/// nesting level by nesting level; returns whether any mode changed.
fn inherit_parent_modes(m: &mut Module) -> bool {
    let mut changed = false;
    loop {
        let mut decisions: Vec<(FuncRef, usize, CaptureMode)> = Vec::new();
        for (c, decl) in m.decls.funcs.iter() {
            let Some(info) = &decl.closure else { continue };
            let Some(parent_info) = &m.decls.funcs[info.parent].closure else { continue };
            let parent = &m.bodies[info.parent];
            if !parent.is_defined() {
                continue;
            }
            let sites: Vec<Inst> = parent
                .insts()
                .filter(|&i| matches!(parent.dfg.insts[i], InstData::MakeClosure { func, .. } if func == c))
                .collect();
            for (idx, cap) in info.captures.iter().enumerate() {
                if cap.slot.is_some() {
                    continue;
                }
                // The parent capture this one copies or shares, the same at every site.
                let mut modes = sites.iter().map(|&site| {
                    let InstData::MakeClosure { args, .. } = &parent.dfg.insts[site] else { return None };
                    let arg = *args.get(idx)?;
                    match parent.dfg.value_def(arg) {
                        loopc_ir::ValueDef::Result(def, _) => match parent.dfg.insts[def] {
                            InstData::EnvAddr { index, .. } => parent_info.captures.get(index as usize).map(|p| p.mode),
                            _ => None,
                        },
                        _ => None,
                    }
                });
                let first = modes.next().flatten();
                let mode = match first {
                    Some(CaptureMode::ByVal) if cap.size <= 128 && modes.all(|x| x == first) => CaptureMode::ByVal,
                    _ => CaptureMode::ByRef,
                };
                if mode != cap.mode {
                    decisions.push((c, idx, mode));
                }
            }
        }
        if decisions.is_empty() {
            return changed;
        }
        changed = true;
        for (c, idx, mode) in decisions {
            if let Some(info) = m.decls.funcs[c].closure.as_mut() {
                info.captures[idx].mode = mode;
            }
        }
    }
}

fn is_copyable(
    parent: &Func,
    wr: &Writes<'_>,
    uses: &SecondaryMap<Value, Vec<Inst>>,
    cfg: &ControlFlowGraph,
    forest: &crate::analysis::LoopForest,
    s: Slot,
    sites: &[Inst],
) -> bool {
    let mut writes: Vec<Inst> = Vec::new();
    for inst in parent.insts() {
        match parent.dfg.insts[inst] {
            InstData::SlotAddr { slot, addrof: true, .. } if slot == s => return false,
            InstData::SlotAddr { slot, addrof: false, .. } if slot == s => {
                writes.extend(wr.through(parent, uses, parent.dfg.first_result(inst)))
            }
            _ => {}
        }
    }
    // A closure writing the variable may run at any time.
    if writes.iter().any(|&w| matches!(parent.dfg.insts[w], InstData::MakeClosure { .. })) {
        return false;
    }
    // A loop variable the loopvar pass left shared (go1.21 code, or gc's exemption of a
    // loop whose only capture is in a `return`) belongs to the loop statement, outside the
    // body: gc forgives earlier assignments only at the capture's own syntactic loop depth,
    // so a capture inside the loop sees a variable reassigned by the range statement or the
    // post statement, and shares it, even when no write can follow the capture (a closure
    // returned from the loop).
    if let Some(l) = parent.slots[s].lp {
        let starts = parent
            .insts()
            .filter(|&i| matches!(parent.dfg.insts[i], InstData::SlotOp { slot, .. } if slot == s))
            .count();
        let inside = |site: Inst| {
            let InstData::MakeClosure { site: st, .. } = &parent.dfg.insts[site] else { return false };
            let mut lp = st.lp;
            while let Some(x) = lp {
                if x == l {
                    return true;
                }
                lp = parent.loops[x].parent;
            }
            false
        };
        let initialiser = |w: Inst| {
            let mut p = parent.layout.prev_inst(w);
            while let Some(i) = p {
                if writes.contains(&i) {
                    return false;
                }
                match parent.dfg.insts[i] {
                    InstData::SlotOp { op: Opcode::SlotStart, slot } if slot == s => return true,
                    InstData::SlotOp { slot, .. } if slot == s => return false,
                    _ => {}
                }
                p = parent.layout.prev_inst(i);
            }
            false
        };
        if starts <= 1 && sites.iter().any(|&site| inside(site)) && writes.iter().any(|&w| !initialiser(w)) {
            return false;
        }
    }
    if sites.iter().any(|&site| reaches_write(parent, cfg, s, site, &writes)) {
        return false;
    }
    // gc ignores assignments before the first capture only at the capture's own loop
    // depth: a reassignment (not the defining store after `slot_start`, such as a 3-clause
    // variable's post statement) in an outer loop of the capture makes it by reference.
    let depth = |i: Inst| parent.layout.inst_block(i).map_or(0, |b| forest.depth(b));
    // The `slot_start` a write directly follows in its block (no renew in between).
    let defining = |w: Inst| {
        let mut p = parent.layout.prev_inst(w);
        while let Some(i) = p {
            match parent.dfg.insts[i] {
                InstData::SlotOp { op: Opcode::SlotStart, slot } if slot == s => return Some(i),
                InstData::SlotOp { slot, .. } if slot == s => return None,
                _ => {}
            }
            p = parent.layout.prev_inst(i);
        }
        None
    };
    // A range variable's per-iteration value (stored after the `slot_start` loopvar put at
    // the top of the body, deeper than the declaration's) is assigned by the range
    // statement on every iteration: gc marks range variables reassigned.
    let range_var = parent.slots[s]
        .lp
        .is_some_and(|l| parent.loops[l].kind == loopc_ir::LoopKind::Range && parent.loops[l].vars.contains(&s));
    let decl_depth = parent
        .insts()
        .filter(|&i| matches!(parent.dfg.insts[i], InstData::SlotOp { op: Opcode::SlotStart, slot } if slot == s))
        .map(depth)
        .min()
        .unwrap_or(0);
    let forgiven = |w: Inst| defining(w).is_some_and(|st| !range_var || depth(st) <= decl_depth);
    let min_site = sites.iter().map(|&i| depth(i)).min().unwrap_or(0);
    writes.iter().all(|&w| forgiven(w) || depth(w) >= min_site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_written_through_offsets_and_calls() {
        let m = loopc_ir::parse(
            "func @w(ptr, ptr) {
block0(v0: ptr, v1: ptr):
    v2 = iconst.i64 8
    v3 = ptr_add v0, v2
    store v2, v3
    v4 = load.i64 v1
    return
}

func @c(ptr, ptr) {
block0(v0: ptr, v1: ptr):
    call @w(v1, v0)
    return
}
",
        )
        .expect("valid text");
        let cg = crate::analysis::CallGraph::compute(&m);
        let mut s = Summaries::default();
        compute_writes(&m, &cg.sccs_bottom_up(), &mut s);
        let w = m.decls.func_by_name("w").expect("declared");
        let c = m.decls.func_by_name("c").expect("declared");
        assert_eq!(s.writes[&w], [true, false]);
        assert_eq!(s.writes[&c], [false, true]);
    }
}

//! `escape`: escape analysis over the whole module, after gc's `cmd/compile/internal/escape`.
//!
//! Pipeline position: after `loopvar` (whose per-iteration instances it places), before
//! `cleanup`. Input: verified IR with undecided (or any) placements and by-reference
//! captures. Output: every slot, `alloc` and `make_closure` has placement `stack` or `heap`;
//! captures that can be copied are switched to `val`; remarks: the loopvar reports
//! (`-d=loopvar=N`, which need the placements) and `moved to heap: NAME` (`-m`).
//!
//! Theory of operation (the same as gc's, on SSA and memory instead of Go variables):
//!
//! 1. Write facts (`capture.rs`): for every function, bottom-up over call-graph SCCs,
//!    whether it may write through each pointer parameter. Then each closure capture is
//!    decided by value or by reference (Go's by-value rule, SEMANTICS §3) and the closures'
//!    `env` lines are rewritten. Modes come first because they change the flows.
//! 2. Per function, bottom-up over SCCs, a graph (`graph.rs`, `build.rs`, `call.rs`) of
//!    locations (pointer values, slots, allocation sites, the heap, results, the memory
//!    behind pointer parameters) and edges `dst = *^k src` with `k >= -1`, each location at
//!    the CFG loop depth that creates its instances. Calls use the callees' parameter tags
//!    (`tags.rs`); closures' context tags apply at `make_closure`.
//! 3. `solve.rs`: walks from every root find addresses that reach a location outliving their
//!    target: the heap, a result, a parameter's memory, or a location of smaller loop
//!    depth (Go's rule that makes `outer = append(outer, &v)` heap-allocate `v`; it is also
//!    what keeps a `stack` slot sound, since all its instances share one frame area, see the
//!    IR docs). Those locations escape, which makes them roots too. Parameters reached from
//!    a root give the function's tags.
//! 4. Placements: escaping slots, allocs and closures are `heap`, the rest `stack`.
//!
//! Declared-only functions (runtime, libc) are unknown callees (every pointer argument
//! escapes) unless `call.rs`'s table describes them. Calls within one SCC are unknown calls
//! too (no iteration over recursive SCCs).

mod build;
mod call;
mod capture;
mod graph;
mod solve;
mod tags;

use crate::analysis::LoopForest;
use crate::loopvar::log_transformations;
use crate::manager::{Changed, Pass, PassCx};
use crate::remark::RemarkKind;
use build::Builder;
use call::known_function;
use graph::LocKind;
use loopc_ir::{FuncRef, Inst, InstData, Linkage, Module, Placement, Slot};
use std::collections::BTreeMap;
use tags::{FuncSummary, ParamTag, Summaries};

/// The escape-analysis pass.
pub struct Escape;

/// Placements decided for one function.
#[derive(Default)]
struct Decisions {
    slots: Vec<(Slot, Placement)>,
    sites: BTreeMap<Inst, Placement>,
}

fn placement(escapes: bool) -> Placement {
    if escapes {
        Placement::Heap
    } else {
        Placement::Stack
    }
}

impl Pass for Escape {
    fn name(&self) -> &'static str {
        "escape"
    }

    fn run(&self, m: &mut Module, cx: &mut PassCx) -> Changed {
        let sccs = cx.call_graph(m).sccs_bottom_up();
        let mut summaries = Summaries::default();
        capture::compute_writes(m, &sccs, &mut summaries);
        let mut changed = if capture::decide_capture_modes(m, &summaries) { Changed::Yes } else { Changed::No };

        let funcs: Vec<FuncRef> = m.defined_funcs().collect();
        let forests: BTreeMap<FuncRef, LoopForest> = funcs.iter().map(|&f| (f, cx.loops(m, f).clone())).collect();
        let mut decisions: BTreeMap<FuncRef, Decisions> = BTreeMap::new();
        for scc in &sccs {
            let mut new_tags: Vec<(FuncRef, FuncSummary)> = Vec::new();
            for &f in scc {
                let decl = &m.decls.funcs[f];
                let (np, nr) = (decl.sig.params.len(), decl.sig.returns.len());
                if decl.linkage == Linkage::Import {
                    let summary = known_function(&decl.name, np, nr)
                        .map(|(s, _)| s)
                        .unwrap_or_else(|| FuncSummary { params: vec![ParamTag::unknown(nr, np); np] });
                    new_tags.push((f, summary));
                    continue;
                }
                let builder = Builder::new(&m.decls, f, &m.bodies[f], &forests[&f], &summaries, scc);
                let mut g = builder.build();
                let params = solve::solve(&mut g, np);
                let mut d = Decisions::default();
                for loc in &g.locs {
                    match loc.kind {
                        LocKind::Slot(s) => d.slots.push((s, placement(loc.escapes))),
                        LocKind::Alloc(i) | LocKind::Closure(i) => {
                            d.sites.insert(i, placement(loc.escapes));
                        }
                        _ => {}
                    }
                }
                decisions.insert(f, d);
                new_tags.push((f, FuncSummary { params }));
            }
            summaries.tags.extend(new_tags);
        }

        for (f, d) in decisions {
            if apply(m, f, &d) {
                cx.invalidate(f);
                changed = Changed::Yes;
            }
        }
        if cx.option("m").is_some() {
            moved_to_heap(m, cx);
        }
        log_transformations(m, cx);
        changed
    }
}

/// Writes the decisions into the IR; returns whether anything changed.
fn apply(m: &mut Module, f: FuncRef, d: &Decisions) -> bool {
    let func = &mut m.bodies[f];
    let mut changed = false;
    for &(s, p) in &d.slots {
        if func.slots[s].placement != p {
            func.slots[s].placement = p;
            changed = true;
        }
    }
    for (&inst, &p) in &d.sites {
        if let InstData::Alloc { placement, .. } | InstData::MakeClosure { placement, .. } = &mut func.dfg.insts[inst] {
            if *placement != p {
                *placement = p;
                changed = true;
            }
        }
    }
    changed
}

/// `moved to heap: NAME` for every named heap slot of the main package (`-m`; `go build
/// -gcflags=-m` applies to the package being built only).
fn moved_to_heap(m: &Module, cx: &mut PassCx) {
    for f in m.defined_funcs().filter(|&f| m.decls.funcs[f].name.starts_with("main.")) {
        for (s, slot) in m.bodies[f].slots.iter() {
            if slot.placement == Placement::Heap && !slot.name.is_empty() && !slot.name.starts_with('#') {
                // gc reports an inlined variable at the call.
                let at = cx.inlined.slots.get(&(f, s)).copied().unwrap_or(slot.decl);
                cx.remark(at, RemarkKind::MovedToHeap { name: slot.name.clone() });
            }
        }
    }
}

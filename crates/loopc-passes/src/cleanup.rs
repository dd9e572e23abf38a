//! `cleanup`: removes blocks unreachable from the entry and instructions without side
//! effects whose results are unused.
//!
//! Pipeline position: last, after the passes that delete markers and branches (loopvar,
//! rangefunc) and may leave dead code behind. Input and output: verified IR.
//!
//! ```text
//! block0:                          block0:
//!     v1 = iconst.i64 1    =>          return
//!     return
//! block1:  ; unreachable
//!     ...
//! ```
//!
//! Unreachable blocks go first: no reachable instruction can use their values (their
//! definitions do not dominate reachable code), so removing them never breaks SSA. Dead
//! instructions are then removed to a fixpoint with a worklist: deleting one instruction
//! may make its operands' definitions dead. What counts as a side effect is
//! [`Opcode::has_side_effects`](loopc_ir::Opcode::has_side_effects); loop markers, slot
//! instance changes and anything that can fail stay.

use crate::manager::{Changed, Pass, PassCx};
use loopc_ir::entity::{EntitySet, SecondaryMap};
use loopc_ir::{Block, FuncRef, Inst, Module, Value};

/// The cleanup pass.
pub struct Cleanup;

impl Pass for Cleanup {
    fn name(&self) -> &'static str {
        "cleanup"
    }

    fn run(&self, m: &mut Module, cx: &mut PassCx) -> Changed {
        let mut changed = Changed::No;
        let funcs: Vec<FuncRef> = m.defined_funcs().collect();
        for f in funcs {
            let unreachable: Vec<Block> = {
                let dt = cx.domtree(m, f);
                m.bodies[f].layout.blocks().filter(|&b| !dt.is_reachable(b)).collect()
            };
            let func = &mut m.bodies[f];
            for &b in &unreachable {
                func.layout.remove_block(b);
            }
            let removed_dead = remove_dead_insts(func);
            if !unreachable.is_empty() || removed_dead {
                cx.invalidate(f);
                changed = Changed::Yes;
            }
        }
        changed
    }
}

/// Removes side-effect-free instructions whose results are unused; returns whether any was.
fn remove_dead_insts(func: &mut loopc_ir::Func) -> bool {
    let mut uses: SecondaryMap<Value, u32> = SecondaryMap::new();
    let insts: Vec<Inst> = func.insts().collect();
    for &inst in &insts {
        func.dfg.insts[inst].for_each_arg(|v| uses[v] += 1);
    }
    let is_dead = |func: &loopc_ir::Func, uses: &SecondaryMap<Value, u32>, inst: Inst| {
        !func.dfg.insts[inst].opcode().has_side_effects() && func.dfg.inst_results(inst).iter().all(|&r| uses[r] == 0)
    };
    let mut worklist: Vec<Inst> = insts.iter().copied().filter(|&i| is_dead(func, &uses, i)).collect();
    let mut removed = EntitySet::new();
    while let Some(inst) = worklist.pop() {
        if removed.contains(inst) || !is_dead(func, &uses, inst) {
            continue;
        }
        removed.insert(inst);
        func.layout.remove_inst(inst);
        for v in func.dfg.insts[inst].args() {
            uses[v] -= 1;
            if uses[v] == 0 {
                if let Some(def) = func.dfg.value_inst(v) {
                    if func.layout.inst_block(def).is_some() {
                        worklist.push(def);
                    }
                }
            }
        }
    }
    !removed.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_dead_chains_and_unreachable_blocks() {
        let mut m = loopc_ir::parse(
            "func @f(i64) -> i64 {
block0(v0: i64):
    v1 = iconst.i64 1
    v2 = iadd v0, v1
    v3 = imul v2, v2
    v4 = alloc 8, align 8
    store v0, v4
    return v0

block1:
    v5 = iconst.i64 2
    jump block2(v5)

block2(v6: i64):
    return v6
}
",
        )
        .expect("valid text");
        let mut cx = PassCx::default();
        assert_eq!(Cleanup.run(&mut m, &mut cx), Changed::Yes);
        let text = loopc_ir::module_to_string(&m);
        assert_eq!(
            text,
            "func @f(i64) -> i64 {
block0(v0: i64):
    v4 = alloc 8, align 8
    store v0, v4
    return v0
}
"
        );
        assert_eq!(Cleanup.run(&mut m, &mut cx), Changed::No);
    }
}

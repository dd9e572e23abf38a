//! Control-flow graph and dominator tree of a function body.
//!
//! [`ControlFlowGraph`] lists each block's successors (in branch order, duplicates removed)
//! and predecessors (as `(block, branch inst)` pairs). [`DominatorTree`] is computed with
//! Cooper, Harvey and Kennedy's iterative algorithm ("A Simple, Fast Dominance Algorithm")
//! over a reverse post-order from the entry block; unreachable blocks have no immediate
//! dominator and neither dominate nor are dominated by anything.

use crate::entities::{Block, Inst};
use crate::function::Func;
use cranelift_entity::{EntitySet, SecondaryMap};

/// Predecessors and successors of every block in the layout.
#[derive(Clone, Debug, Default)]
pub struct ControlFlowGraph {
    succs: SecondaryMap<Block, Vec<Block>>,
    preds: SecondaryMap<Block, Vec<(Block, Inst)>>,
}

impl ControlFlowGraph {
    /// Computes the CFG of `func` from the branch destinations of each block's instructions.
    pub fn compute(func: &Func) -> ControlFlowGraph {
        let mut cfg = ControlFlowGraph::default();
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                for dest in func.dfg.insts[inst].branch_dests() {
                    let to = dest.block;
                    if !cfg.succs[block].contains(&to) {
                        cfg.succs[block].push(to);
                    }
                    if !cfg.preds[to].iter().any(|&(b, _)| b == block) {
                        cfg.preds[to].push((block, inst));
                    }
                }
            }
        }
        cfg
    }

    /// Successor blocks of `block`, in branch order.
    pub fn succs(&self, block: Block) -> &[Block] {
        &self.succs[block]
    }

    /// Predecessors of `block` with the branch instruction of each.
    pub fn preds(&self, block: Block) -> &[(Block, Inst)] {
        &self.preds[block]
    }
}

/// Immediate dominators and a reverse post-order of the reachable blocks.
#[derive(Clone, Debug, Default)]
pub struct DominatorTree {
    idom: SecondaryMap<Block, Option<Block>>,
    rpo_number: SecondaryMap<Block, u32>,
    rpo: Vec<Block>,
    reachable: EntitySet<Block>,
}

impl DominatorTree {
    /// Computes the dominator tree of `func` given its CFG.
    pub fn compute(func: &Func, cfg: &ControlFlowGraph) -> DominatorTree {
        let mut dt = DominatorTree::default();
        let Some(entry) = func.layout.entry_block() else { return dt };
        // Iterative DFS post-order.
        let mut post = Vec::new();
        let mut stack = vec![(entry, 0usize)];
        dt.reachable.insert(entry);
        while let Some(&mut (b, ref mut i)) = stack.last_mut() {
            if let Some(&s) = cfg.succs(b).get(*i) {
                *i += 1;
                if dt.reachable.insert(s) {
                    stack.push((s, 0));
                }
            } else {
                post.push(b);
                stack.pop();
            }
        }
        dt.rpo = post.into_iter().rev().collect();
        for (n, &b) in dt.rpo.iter().enumerate() {
            dt.rpo_number[b] = n as u32 + 1;
        }
        dt.idom[entry] = Some(entry);
        let mut changed = true;
        while changed {
            changed = false;
            for &b in dt.rpo.iter().skip(1) {
                let mut new_idom: Option<Block> = None;
                for &(p, _) in cfg.preds(b) {
                    if dt.idom[p].is_none() {
                        continue;
                    }
                    new_idom = Some(match new_idom {
                        None => p,
                        Some(cur) => dt.intersect(cur, p),
                    });
                }
                if new_idom.is_some() && dt.idom[b] != new_idom {
                    dt.idom[b] = new_idom;
                    changed = true;
                }
            }
        }
        dt.idom[entry] = None;
        dt
    }

    fn intersect(&self, mut a: Block, mut b: Block) -> Block {
        while a != b {
            while self.rpo_number[a] > self.rpo_number[b] {
                a = self.idom[a].expect("invariant: processed blocks have an idom");
            }
            while self.rpo_number[b] > self.rpo_number[a] {
                b = self.idom[b].expect("invariant: processed blocks have an idom");
            }
        }
        a
    }

    /// The immediate dominator of `block` (`None` for the entry and unreachable blocks).
    pub fn idom(&self, block: Block) -> Option<Block> {
        self.idom[block]
    }

    /// Whether `block` is reachable from the entry.
    pub fn is_reachable(&self, block: Block) -> bool {
        self.reachable.contains(block)
    }

    /// Reachable blocks in reverse post-order (entry first).
    pub fn rpo(&self) -> &[Block] {
        &self.rpo
    }

    /// Whether `a` dominates `b` (every block dominates itself). False if either is
    /// unreachable.
    pub fn dominates(&self, a: Block, mut b: Block) -> bool {
        if !self.is_reachable(a) || !self.is_reachable(b) {
            return false;
        }
        loop {
            if a == b {
                return true;
            }
            if self.rpo_number[b] < self.rpo_number[a] {
                return false;
            }
            match self.idom[b] {
                Some(i) => b = i,
                None => return false,
            }
        }
    }
}

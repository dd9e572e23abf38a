//! Analyses cached in [`PassCx`](crate::PassCx): CFG and dominator tree (from `loopc-ir`),
//! the natural-loop forest, and the module's call graph (petgraph, for bottom-up SCC order).
//!
//! A [`LoopForest`] describes *CFG* loops (back edges to a dominating header), which is what
//! code motion needs; source loops with their variables are the IR's `loops` table, which is
//! what loopvar reports need. The two differ: code after a `break` is in the source loop but
//! not in the CFG loop.

use loopc_ir::entity::{EntitySet, SecondaryMap};
use loopc_ir::{Block, ControlFlowGraph, DominatorTree, FuncRef, InstData, Module};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::BTreeMap;

/// One natural loop: a header and the blocks of all back edges' loops to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NaturalLoop {
    /// The loop header (dominates every block of the loop).
    pub header: Block,
    /// Blocks of the loop, header first, then in reverse post-order.
    pub blocks: Vec<Block>,
    /// Index of the innermost enclosing loop in [`LoopForest::loops`].
    pub parent: Option<usize>,
}

/// The natural loops of a function, outer loops before inner ones.
#[derive(Clone, Debug, Default)]
pub struct LoopForest {
    /// The loops.
    pub loops: Vec<NaturalLoop>,
    innermost: SecondaryMap<Block, Option<u32>>,
}

impl LoopForest {
    /// Finds the natural loops of `func`.
    pub fn compute(cfg: &ControlFlowGraph, domtree: &DominatorTree) -> LoopForest {
        // Group back edges by header, in reverse post-order of headers (outer loops first,
        // since an outer header dominates and so precedes an inner one).
        let mut by_header: BTreeMap<u32, (Block, Vec<Block>)> = BTreeMap::new();
        let rpo_index: BTreeMap<Block, u32> = domtree.rpo().iter().enumerate().map(|(i, &b)| (b, i as u32)).collect();
        for &b in domtree.rpo() {
            for &s in cfg.succs(b) {
                if domtree.dominates(s, b) {
                    by_header.entry(rpo_index[&s]).or_insert((s, Vec::new())).1.push(b);
                }
            }
        }
        let mut forest = LoopForest::default();
        for (_, (header, latches)) in by_header {
            let mut members = EntitySet::new();
            members.insert(header);
            let mut stack = latches;
            while let Some(b) = stack.pop() {
                if members.insert(b) {
                    stack.extend(cfg.preds(b).iter().map(|&(p, _)| p).filter(|&p| domtree.is_reachable(p)));
                }
            }
            let blocks: Vec<Block> = domtree.rpo().iter().copied().filter(|&b| members.contains(b)).collect();
            let parent = forest.innermost[header].map(|i| i as usize);
            let idx = forest.loops.len() as u32;
            for &b in &blocks {
                forest.innermost[b] = Some(idx);
            }
            forest.loops.push(NaturalLoop { header, blocks, parent });
        }
        forest
    }

    /// Index of the innermost loop containing `block`.
    pub fn innermost(&self, block: Block) -> Option<usize> {
        self.innermost[block].map(|i| i as usize)
    }

    /// Loop nesting depth of `block` (0 outside loops).
    pub fn depth(&self, block: Block) -> u32 {
        let mut d = 0;
        let mut l = self.innermost(block);
        while let Some(i) = l {
            d += 1;
            l = self.loops[i].parent;
        }
        d
    }
}

/// Who may call whom: `call`, `make_closure` and `func_addr` edges between functions.
#[derive(Clone, Debug, Default)]
pub struct CallGraph {
    /// The graph; node weights are functions.
    pub graph: DiGraph<FuncRef, ()>,
    nodes: SecondaryMap<FuncRef, Option<NodeIndex>>,
}

impl CallGraph {
    /// Builds the call graph of `m`.
    pub fn compute(m: &Module) -> CallGraph {
        let mut cg = CallGraph::default();
        for f in m.decls.funcs.keys() {
            cg.nodes[f] = Some(cg.graph.add_node(f));
        }
        for f in m.defined_funcs() {
            let body = &m.bodies[f];
            let mut callees: Vec<FuncRef> = Vec::new();
            for inst in body.insts() {
                if let InstData::Call { func, .. } | InstData::MakeClosure { func, .. } | InstData::FuncAddr { func } =
                    body.dfg.insts[inst]
                {
                    if !callees.contains(&func) {
                        callees.push(func);
                    }
                }
            }
            for c in callees {
                cg.graph.add_edge(cg.node(f), cg.node(c), ());
            }
        }
        cg
    }

    fn node(&self, f: FuncRef) -> NodeIndex {
        self.nodes[f].expect("invariant: every declared function has a node")
    }

    /// Functions `f` may call directly, in first-call order.
    pub fn callees(&self, f: FuncRef) -> Vec<FuncRef> {
        let mut out: Vec<FuncRef> = self.graph.neighbors(self.node(f)).map(|n| self.graph[n]).collect();
        out.reverse();
        out
    }

    /// Strongly connected components, callees before callers (bottom-up order).
    pub fn sccs_bottom_up(&self) -> Vec<Vec<FuncRef>> {
        petgraph::algo::tarjan_scc(&self.graph)
            .into_iter()
            .map(|scc| {
                let mut fs: Vec<FuncRef> = scc.into_iter().map(|n| self.graph[n]).collect();
                fs.sort();
                fs
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
func @f(i64) -> i64 {
block0(v0: i64):
    jump block1(v0)

block1(v1: i64):
    v2 = iconst.i64 1
    v3 = isub v1, v2
    v4 = icmp eq v3, v2
    brif v4, block3, block2

block2:
    v5 = call @g(v3)
    brif v4, block1(v5), block2

block3:
    return v3
}

func @g(i64) -> i64 {
block0(v0: i64):
    v1 = call @f(v0)
    return v1
}

func @h(i64) -> i64 {
block0(v0: i64):
    v1 = call @g(v0)
    return v1
}
";

    #[test]
    fn loops_nest() {
        let m = loopc_ir::parse(TEXT).expect("valid text");
        let f = m.decls.func_by_name("f").expect("declared");
        let func = &m.bodies[f];
        let cfg = ControlFlowGraph::compute(func);
        let dt = DominatorTree::compute(func, &cfg);
        let lf = LoopForest::compute(&cfg, &dt);
        let b = |n: u32| Block::from_u32(n);
        assert_eq!(lf.loops.len(), 2);
        assert_eq!(lf.loops[0].header, b(1));
        assert_eq!(lf.loops[0].blocks, [b(1), b(2)]);
        assert_eq!(lf.loops[1].header, b(2));
        assert_eq!(lf.loops[1].parent, Some(0));
        assert_eq!(lf.depth(b(2)), 2);
        assert_eq!(lf.depth(b(3)), 0);
    }

    #[test]
    fn call_graph_sccs_are_bottom_up() {
        let m = loopc_ir::parse(TEXT).expect("valid text");
        let cg = CallGraph::compute(&m);
        let names = |fs: &[FuncRef]| fs.iter().map(|&f| m.decls.funcs[f].name.clone()).collect::<Vec<_>>();
        let sccs: Vec<Vec<String>> = cg.sccs_bottom_up().iter().map(|s| names(s)).collect();
        assert_eq!(sccs, [vec!["f".to_string(), "g".to_string()], vec!["h".to_string()]]);
        let h = m.decls.func_by_name("h").expect("declared");
        assert_eq!(names(&cg.callees(h)), ["g"]);
    }
}

//! Building a function's escape graph: locations for pointer values, slots and allocation
//! sites, and one or more edges per instruction (Go's `escape/expr.go`, `stmt.go`,
//! `assign.go`).
//!
//! | instruction | flow |
//! |---|---|
//! | `v = slot_addr ss`, `v = alloc` | `v ← &loc` |
//! | `v = load.ptr p` | `v ← *p` |
//! | `v = ptr_add p, o`, `select` | `v ← p` (field-insensitive) |
//! | `store v, p` | `target(p) ← v` |
//! | `memcpy d, s` | `target(d) ← *s` |
//! | `bitcast` ptr → int | `heap ← v` (the pointer is lost) |
//! | `env_addr ctx, N` | by reference `v ← *ctx`, by value `v ← ctx` |
//! | branch / `return` arguments | block parameter / result `← arg` |
//! | calls, `make_closure`, `defer_push` | `call.rs` |
//!
//! `target(p)` is the location `p` certainly points into when `p` is a `ptr_add` chain over a
//! `slot_addr`, `alloc` or `make_closure` result (that location), a global (the heap) or a
//! pointer parameter (the memory behind it); any other address is unknown and stands for
//! the heap, as gc treats stores through pointers.
//!
//! Loop depth: a location's depth is the CFG loop nesting of the block creating it; a slot's
//! is the deepest of its `slot_start`/`slot_renew` instructions; a loop header's block
//! parameters carry values across iterations and so belong to the enclosing depth; a
//! `slot_addr` result is at least as deep as its slot (it addresses the current instance).

use super::graph::{Graph, LocKind};
use super::tags::Summaries;
use crate::analysis::LoopForest;
use loopc_ir::entity::{EntitySet, SecondaryMap};
use loopc_ir::{Block, CaptureMode, Decls, Func, FuncRef, Inst, InstData, Opcode, Type, Value, ValueDef};

/// Builds the graph of one function.
pub(crate) struct Builder<'a> {
    pub decls: &'a Decls,
    pub func: &'a Func,
    pub f: FuncRef,
    pub summaries: &'a Summaries,
    /// The SCC being analysed: calls into it have no tags yet.
    pub scc: &'a [FuncRef],
    pub g: Graph,
    block_depth: SecondaryMap<Block, u32>,
    headers: EntitySet<Block>,
    uses: SecondaryMap<Value, Vec<Inst>>,
}

impl<'a> Builder<'a> {
    /// A builder for `f`, whose natural loops are `forest`.
    pub fn new(
        decls: &'a Decls,
        f: FuncRef,
        func: &'a Func,
        forest: &LoopForest,
        summaries: &'a Summaries,
        scc: &'a [FuncRef],
    ) -> Builder<'a> {
        let sig = &decls.funcs[f].sig;
        let ptr_params: Vec<bool> = sig.params.iter().map(|&t| t == Type::Ptr).collect();
        let mut b = Builder {
            decls,
            func,
            f,
            summaries,
            scc,
            g: Graph::new(sig.returns.len(), &ptr_params),
            block_depth: SecondaryMap::new(),
            headers: EntitySet::new(),
            uses: SecondaryMap::new(),
        };
        for block in func.layout.blocks() {
            b.block_depth[block] = forest.depth(block);
        }
        for l in &forest.loops {
            b.headers.insert(l.header);
        }
        for inst in func.insts() {
            func.dfg.insts[inst].for_each_arg(|v| b.uses[v].push(inst));
        }
        b
    }

    /// Instructions using `v`.
    pub fn uses(&self, v: Value) -> &[Inst] {
        &self.uses[v]
    }

    /// Loop depth of an instruction's block.
    pub fn inst_depth(&self, inst: Inst) -> u32 {
        self.func.layout.inst_block(inst).map_or(0, |b| self.block_depth[b])
    }

    fn value_depth(&self, v: Value) -> u32 {
        match self.func.dfg.value_def(v) {
            ValueDef::Param(b, _) => {
                let d = self.block_depth[b];
                if self.headers.contains(b) {
                    d.saturating_sub(1)
                } else {
                    d
                }
            }
            ValueDef::Result(i, _) => self.inst_depth(i),
            _ => 0,
        }
    }

    /// Builds the graph.
    pub fn build(mut self) -> Graph {
        let func = self.func;
        let Some(entry) = func.layout.entry_block() else { return self.g };
        let mut slot_depth: SecondaryMap<loopc_ir::Slot, u32> = SecondaryMap::new();
        for inst in func.insts() {
            if let InstData::SlotOp { slot, .. } = func.dfg.insts[inst] {
                slot_depth[slot] = slot_depth[slot].max(self.inst_depth(inst));
            }
        }
        for s in func.slots.keys() {
            self.g.add_slot(s, slot_depth[s]);
        }
        for (i, &p) in func.dfg.block_params(entry).iter().enumerate() {
            if func.dfg.value_type(p) == Type::Ptr {
                self.g.add_value(p, 0, Some(i));
            }
        }
        for block in func.layout.blocks() {
            if block != entry {
                for &p in func.dfg.block_params(block) {
                    if func.dfg.value_type(p) == Type::Ptr {
                        let d = self.value_depth(p);
                        self.g.add_value(p, d, None);
                    }
                }
            }
            for inst in func.layout.block_insts(block) {
                for &r in func.dfg.inst_results(inst) {
                    if func.dfg.value_type(r) == Type::Ptr {
                        let mut d = self.value_depth(r);
                        // The address of the instance current here lives no longer than
                        // that instance (plain slot_addr values never cross an instance
                        // change, see loopvar), even when taken outside the loop that
                        // renews the slot (the init statement's store).
                        if let InstData::SlotAddr { slot, .. } = func.dfg.insts[inst] {
                            d = d.max(slot_depth[slot]);
                        }
                        self.g.add_value(r, d, None);
                    }
                }
            }
        }
        for inst in func.insts() {
            self.inst(inst);
        }
        self.g
    }

    /// The location memory at `p` belongs to (see the module docs).
    pub fn target(&self, p: Value) -> usize {
        let mut v = p;
        loop {
            match self.func.dfg.value_def(v) {
                ValueDef::Result(i, _) => match self.func.dfg.insts[i] {
                    InstData::Binary { op: Opcode::PtrAdd, args } => v = args[0],
                    InstData::SlotAddr { slot, .. } => return self.g.slot(slot).unwrap_or(self.g.heap),
                    InstData::Alloc { .. } | InstData::MakeClosure { .. } => {
                        return self.g.site(i).unwrap_or(self.g.heap)
                    }
                    _ => return self.g.heap,
                },
                ValueDef::Param(b, n) if Some(b) == self.func.layout.entry_block() => {
                    return self.g.contents.get(usize::from(n)).copied().flatten().unwrap_or(self.g.heap)
                }
                _ => return self.g.heap,
            }
        }
    }

    fn flow_values(&mut self, dst: Value, src: Value, derefs: i32) {
        if let (Some(d), Some(s)) = (self.g.value(dst), self.g.value(src)) {
            self.g.flow(d, s, derefs);
        }
    }

    fn inst(&mut self, inst: Inst) {
        let func = self.func;
        let data = &func.dfg.insts[inst];
        let result = || func.dfg.first_result(inst);
        match data {
            InstData::SlotAddr { slot, .. } => {
                if let (Some(v), Some(s)) = (self.g.value(result()), self.g.slot(*slot)) {
                    self.g.flow(v, s, -1);
                }
            }
            InstData::Alloc { .. } => {
                let depth = self.inst_depth(inst);
                let a = self.g.add_site(inst, LocKind::Alloc(inst), depth);
                if let Some(v) = self.g.value(result()) {
                    self.g.flow(v, a, -1);
                }
            }
            InstData::Load { ty: Type::Ptr, ptr, .. } => self.flow_values(result(), *ptr, 1),
            InstData::Binary { op: Opcode::PtrAdd, args } => self.flow_values(result(), args[0], 0),
            InstData::Select { args } => {
                self.flow_values(result(), args[1], 0);
                self.flow_values(result(), args[2], 0);
            }
            InstData::Convert { op: Opcode::Bitcast, arg, .. } if func.dfg.value_type(*arg) == Type::Ptr => {
                self.escape_value(*arg, 0)
            }
            InstData::Store { args, .. } => {
                if let Some(v) = self.g.value(args[0]) {
                    let dst = self.target(args[1]);
                    self.g.flow(dst, v, 0);
                }
            }
            InstData::MemCopy { args, .. } => {
                if let Some(s) = self.g.value(args[1]) {
                    let dst = self.target(args[0]);
                    self.g.flow(dst, s, 1);
                }
            }
            InstData::EnvAddr { ctx, index } => {
                let by_value = self.decls.funcs[self.f]
                    .closure
                    .as_ref()
                    .and_then(|c| c.captures.get(*index as usize))
                    .is_some_and(|c| c.mode == CaptureMode::ByVal);
                self.flow_values(result(), *ctx, if by_value { 0 } else { 1 });
            }
            InstData::Call { .. } | InstData::CallIndirect { .. } => self.call(inst),
            InstData::MakeClosure { .. } => self.make_closure(inst),
            InstData::Binary { op: Opcode::DeferPush, args } => self.defer_push(args[0], args[1]),
            InstData::Return { args } => {
                for (i, &a) in args.iter().enumerate() {
                    if let (Some(&r), Some(s)) = (self.g.results.get(i), self.g.value(a)) {
                        self.g.flow(r, s, 0);
                    }
                }
            }
            InstData::Jump { .. } | InstData::Brif { .. } | InstData::BrTable { .. } => {
                for dest in data.branch_dests() {
                    let params = func.dfg.block_params(dest.block);
                    for (&p, &a) in params.iter().zip(dest.args.iter()) {
                        self.flow_values(p, a, 0);
                    }
                }
            }
            _ => {}
        }
    }
}

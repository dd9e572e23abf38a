//! SSA construction for non-address-taken scalar variables (Braun et al., "Simple and
//! Efficient Construction of Static Single Assignment Form", CC 2013), over loopc IR's block
//! parameters, like `cranelift-frontend`'s `ssa.rs`.
//!
//! Lowering declares a [`Var`] per scalar local, records definitions per block
//! ([`SsaBuilder::def_var`]) and asks for the reaching value at a use
//! ([`SsaBuilder::use_var`]). A use in a block whose predecessors are all known (*sealed*)
//! looks up the unique predecessor or adds a block parameter and fills in every
//! predecessor's branch arguments; in an unsealed block (a loop header whose back edges are
//! not built yet) it adds a parameter whose arguments are completed at sealing.
//!
//! Invariants: every branch to a block is created through the builder's branch helpers,
//! which pass one argument per existing parameter ([`SsaBuilder::branch_args`]) and record
//! the predecessor ([`SsaBuilder::add_pred`]); all block parameters of lowered blocks belong
//! to variables. Trivial parameters are left in place (the cleanup pass may remove them); a
//! variable read where no definition reaches (only in unreachable code, since Go variables
//! are always initialised) reads zero.

use loopc_ir::module::Decls;
use loopc_ir::{Block, Func, FuncCursor, Inst, Type, Value};
use std::collections::{HashMap, HashSet};

/// A variable under SSA construction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Var(pub u32);

/// The state of SSA construction for one function.
#[derive(Default)]
pub struct SsaBuilder {
    var_types: Vec<Type>,
    defs: HashMap<(Var, Block), Value>,
    sealed: HashSet<Block>,
    /// Parameters of each block, by variable, in parameter order.
    params: HashMap<Block, Vec<Var>>,
    /// Parameters added while the block was unsealed.
    incomplete: HashMap<Block, Vec<(Var, Value)>>,
    /// Predecessors: the block and its branch instruction.
    preds: HashMap<Block, Vec<(Block, Inst)>>,
    /// Lookups in progress through single-predecessor chains (breaks unreachable cycles).
    visiting: HashSet<(Var, Block)>,
}

impl SsaBuilder {
    /// Declares a variable of type `ty`.
    pub fn declare(&mut self, ty: Type) -> Var {
        self.var_types.push(ty);
        Var(self.var_types.len() as u32 - 1)
    }

    /// The variable's type.
    pub fn var_type(&self, v: Var) -> Type {
        self.var_types[v.0 as usize]
    }

    /// `v = value` at the end of `block` so far.
    pub fn def_var(&mut self, v: Var, block: Block, value: Value) {
        self.defs.insert((v, block), value);
    }

    /// Whether `block` is sealed.
    pub fn is_sealed(&self, block: Block) -> bool {
        self.sealed.contains(&block)
    }

    /// Records that `inst` (a terminator of `from`) branches to `to`.
    pub fn add_pred(&mut self, to: Block, from: Block, inst: Inst) {
        let preds = self.preds.entry(to).or_default();
        if !preds.iter().any(|&(_, i)| i == inst) {
            preds.push((from, inst));
        }
    }

    /// The arguments a new branch from `from` to `to` passes (one per existing parameter).
    pub fn branch_args(&mut self, decls: &Decls, func: &mut Func, from: Block, to: Block) -> Vec<Value> {
        let vars = self.params.get(&to).cloned().unwrap_or_default();
        vars.into_iter().map(|v| self.use_var(decls, func, v, from)).collect()
    }

    /// The value of `v` reaching the current end of `block`.
    pub fn use_var(&mut self, decls: &Decls, func: &mut Func, v: Var, block: Block) -> Value {
        if let Some(&val) = self.defs.get(&(v, block)) {
            return val;
        }
        let ty = self.var_type(v);
        let val = if !self.sealed.contains(&block) {
            let p = func.dfg.append_block_param(block, ty);
            self.params.entry(block).or_default().push(v);
            self.incomplete.entry(block).or_default().push((v, p));
            p
        } else {
            let preds = self.preds.get(&block).cloned().unwrap_or_default();
            match preds.len() {
                0 => zero_at_start(decls, func, block, ty),
                1 if self.visiting.insert((v, block)) => {
                    let val = self.use_var(decls, func, v, preds[0].0);
                    self.visiting.remove(&(v, block));
                    val
                }
                _ => {
                    let p = func.dfg.append_block_param(block, ty);
                    self.params.entry(block).or_default().push(v);
                    self.defs.insert((v, block), p);
                    self.fill_pred_args(decls, func, v, block);
                    p
                }
            }
        };
        self.defs.insert((v, block), val);
        val
    }

    /// Appends the value of `v` to every predecessor's branch to `block`.
    /// Branches created after the parameter already pass it and are left alone.
    fn fill_pred_args(&mut self, decls: &Decls, func: &mut Func, v: Var, block: Block) {
        let idx = self.params.get(&block).and_then(|ps| ps.iter().position(|&p| p == v)).unwrap_or(0);
        let preds = self.preds.get(&block).cloned().unwrap_or_default();
        for (pred, inst) in preds {
            let needs = func.dfg.insts[inst].branch_dests().iter().any(|d| d.block == block && d.args.len() == idx);
            if !needs {
                continue;
            }
            let val = self.use_var(decls, func, v, pred);
            for dest in func.dfg.insts[inst].branch_dests_mut() {
                if dest.block == block && dest.args.len() == idx {
                    dest.args.push(val);
                }
            }
        }
    }

    /// Declares that every predecessor of `block` is known.
    pub fn seal(&mut self, decls: &Decls, func: &mut Func, block: Block) {
        if !self.sealed.insert(block) {
            return;
        }
        let pending = self.incomplete.remove(&block).unwrap_or_default();
        for (v, _) in pending {
            self.fill_pred_args(decls, func, v, block);
        }
    }

    /// Predecessor count of `block` so far.
    pub fn pred_count(&self, block: Block) -> usize {
        self.preds.get(&block).map_or(0, Vec::len)
    }
}

/// A zero of type `ty` at the start of `block` (for reads no definition reaches).
fn zero_at_start(decls: &Decls, func: &mut Func, block: Block, ty: Type) -> Value {
    let mut cur = FuncCursor::new(decls, func);
    cur.goto_first_inst(block);
    match ty {
        Type::F32 => cur.f32const(0.0),
        Type::F64 => cur.f64const(0.0),
        t => cur.iconst(t, 0),
    }
}

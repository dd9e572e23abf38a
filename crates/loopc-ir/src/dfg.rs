//! The data-flow graph: what each instruction computes.
//!
//! It owns instruction data, result values, block parameters and the function-local signature
//! table. Order is the [`Layout`](crate::Layout)'s business. Invariants: every value is defined
//! exactly once, by an instruction result or a block parameter, and its [`ValueDef`] says which;
//! values made by the text parser for unused numbers stay [`ValueDef::Unassigned`] and are
//! never referenced.

use crate::entities::{Block, Inst, SigRef, Value};
use crate::function::Signature;
use crate::instructions::{InstData, Opcode, ValueList};
use crate::module::Decls;
use crate::types::Type;
use cranelift_entity::{PrimaryMap, SecondaryMap};
use smallvec::SmallVec;

/// Where a value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueDef {
    /// Result number `n` of an instruction.
    Result(Inst, u16),
    /// Parameter number `n` of a block.
    Param(Block, u16),
    /// Not (yet) defined: a number reserved by the parser, or a detached value.
    Unassigned,
}

/// A value's type and definition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueData {
    /// The value's type.
    pub ty: Type,
    /// Its definition.
    pub def: ValueDef,
}

/// A block's parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BlockData {
    /// Parameter values, in order.
    pub params: ValueList,
}

/// Instructions, values, blocks and signatures of one function.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataFlowGraph {
    /// Instruction data.
    pub insts: PrimaryMap<Inst, InstData>,
    results: SecondaryMap<Inst, ValueList>,
    /// Value types and definitions.
    pub values: PrimaryMap<Value, ValueData>,
    /// Block parameters.
    pub blocks: PrimaryMap<Block, BlockData>,
    /// Signatures of indirect and closure calls (interned: equal signatures share a `SigRef`).
    pub sigs: PrimaryMap<SigRef, Signature>,
}

impl DataFlowGraph {
    /// Creates a block without parameters.
    pub fn make_block(&mut self) -> Block {
        self.blocks.push(BlockData::default())
    }

    /// Appends a parameter of type `ty` to `block`.
    pub fn append_block_param(&mut self, block: Block, ty: Type) -> Value {
        let n = self.blocks[block].params.len() as u16;
        let v = self.values.push(ValueData { ty, def: ValueDef::Param(block, n) });
        self.blocks[block].params.push(v);
        v
    }

    /// The parameters of `block`.
    pub fn block_params(&self, block: Block) -> &[Value] {
        &self.blocks[block].params
    }

    /// Interns a signature.
    pub fn import_sig(&mut self, sig: Signature) -> SigRef {
        match self.sigs.iter().find(|(_, s)| **s == sig) {
            Some((r, _)) => r,
            None => self.sigs.push(sig),
        }
    }

    /// Creates an instruction without results (see [`make_inst_results`](Self::make_inst_results)).
    pub fn make_inst(&mut self, data: InstData) -> Inst {
        let inst = self.insts.push(data);
        self.results[inst].clear();
        inst
    }

    /// The types `data` produces, given its operands' types and the module's signatures.
    pub fn result_types(&self, data: &InstData, decls: &Decls) -> SmallVec<[Type; 2]> {
        let arg_ty = |v: Value| self.values.get(v).map_or(Type::I64, |d| d.ty);
        let one = |t| smallvec::smallvec![t];
        match data {
            InstData::IntConst { ty, .. } | InstData::FloatConst { ty, .. } => one(*ty),
            InstData::Unary { op: Opcode::DeferFrame, .. } => one(Type::Ptr),
            InstData::Unary { op: Opcode::DeferRun, .. } => SmallVec::new(),
            InstData::Unary { arg, .. } => one(arg_ty(*arg)),
            InstData::Binary { op: Opcode::PtrAdd, .. } => one(Type::Ptr),
            InstData::Binary { op: Opcode::DeferPush, .. } => SmallVec::new(),
            InstData::Binary { args, .. } => one(arg_ty(args[0])),
            InstData::IntCompare { .. } | InstData::FloatCompare { .. } => one(Type::Bool),
            InstData::Convert { ty, .. } | InstData::Load { ty, .. } => one(*ty),
            InstData::Select { args } => one(arg_ty(args[1])),
            InstData::Alloc { .. }
            | InstData::GlobalAddr { .. }
            | InstData::FuncAddr { .. }
            | InstData::SlotAddr { .. }
            | InstData::EnvAddr { .. }
            | InstData::MakeClosure { .. }
            | InstData::Nullary { .. } => one(Type::Ptr),
            InstData::Call { func, .. } => {
                decls.funcs.get(*func).map(|d| d.sig.returns.iter().copied().collect()).unwrap_or_default()
            }
            InstData::CallIndirect { sig, .. } => {
                self.sigs.get(*sig).map(|s| s.returns.iter().copied().collect()).unwrap_or_default()
            }
            InstData::Store { .. }
            | InstData::MemCopy { .. }
            | InstData::MemZero { .. }
            | InstData::SlotOp { .. }
            | InstData::LoopMarker { .. }
            | InstData::Jump { .. }
            | InstData::Brif { .. }
            | InstData::BrTable { .. }
            | InstData::Return { .. }
            | InstData::Unreachable
            | InstData::Trap { .. } => SmallVec::new(),
        }
    }

    /// Creates the result values of `inst` from [`result_types`](Self::result_types).
    pub fn make_inst_results(&mut self, inst: Inst, decls: &Decls) -> &[Value] {
        let tys = self.result_types(&self.insts[inst], decls);
        self.results[inst].clear();
        for (n, ty) in tys.into_iter().enumerate() {
            let v = self.values.push(ValueData { ty, def: ValueDef::Result(inst, n as u16) });
            self.results[inst].push(v);
        }
        &self.results[inst]
    }

    /// Makes the reserved value `v` the next result of `inst` (used by the text parser, which
    /// keeps the value numbers of its input).
    pub fn attach_result(&mut self, inst: Inst, v: Value, ty: Type) {
        let n = self.results[inst].len() as u16;
        self.values[v] = ValueData { ty, def: ValueDef::Result(inst, n) };
        self.results[inst].push(v);
    }

    /// Makes the reserved value `v` the next parameter of `block` (text parser).
    pub fn attach_block_param(&mut self, block: Block, v: Value, ty: Type) {
        let n = self.blocks[block].params.len() as u16;
        self.values[v] = ValueData { ty, def: ValueDef::Param(block, n) };
        self.blocks[block].params.push(v);
    }

    /// Reserves a value number without a definition (text parser).
    pub fn make_unassigned_value(&mut self) -> Value {
        self.values.push(ValueData { ty: Type::I64, def: ValueDef::Unassigned })
    }

    /// The results of `inst`.
    pub fn inst_results(&self, inst: Inst) -> &[Value] {
        &self.results[inst]
    }

    /// The first result of `inst`. Panics if it has none (a compiler bug).
    pub fn first_result(&self, inst: Inst) -> Value {
        *self.results[inst].first().expect("invariant: instruction has a result")
    }

    /// The type of `v`.
    pub fn value_type(&self, v: Value) -> Type {
        self.values[v].ty
    }

    /// The definition of `v`.
    pub fn value_def(&self, v: Value) -> ValueDef {
        self.values[v].def
    }

    /// The instruction defining `v`, if it is a result.
    pub fn value_inst(&self, v: Value) -> Option<Inst> {
        match self.values[v].def {
            ValueDef::Result(i, _) => Some(i),
            _ => None,
        }
    }

    /// Whether `v` is a valid, defined value.
    pub fn value_is_valid(&self, v: Value) -> bool {
        self.values.get(v).is_some_and(|d| d.def != ValueDef::Unassigned)
    }

    /// Replaces every use of `from` by `to` in the given instructions (typically all inserted
    /// ones). Result and parameter definitions are not uses and stay.
    pub fn replace_uses(&mut self, insts: impl IntoIterator<Item = Inst>, from: Value, to: Value) {
        for inst in insts {
            self.insts[inst].for_each_arg_mut(|v| {
                if *v == from {
                    *v = to
                }
            });
        }
    }
}

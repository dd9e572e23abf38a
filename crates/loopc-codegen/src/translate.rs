//! Translation of one IR function body into a Cranelift function.
//!
//! Blocks are visited in reverse postorder from the entry, so every value is translated
//! before its uses (definitions dominate uses, and dominators come first in RPO);
//! unreachable blocks are dropped. IR block parameters map one-to-one to Cranelift block
//! parameters, and all IR values to Cranelift values through one
//! `SecondaryMap<ir::Value, cl::Value>`. The only Cranelift `Variable`s are the current-cell
//! pointers of heap slots, which change at `slot_start`/`slot_renew` and so need SSA
//! construction.
//!
//! Where Cranelift's semantics differ from the IR's, the translation guards:
//! - `sdiv`: Cranelift traps on `MIN / -1`; the IR wants `MIN` (Go). A divisor of `-1` is
//!   replaced by `1` and the quotient by `-a` (wrapping). `srem` already gives 0 there.
//!   Zero divisors trap in both, as the IR specifies.
//! - shifts: Cranelift masks the count; the IR gives 0 (`sshr`: the sign fill) for counts
//!   at least the width, reading the count unsigned.
//! - `fptosi`/`fptoui`: saturating conversions (`fcvt_to_*_sat`, NaN → 0); for `i8`/`i16`
//!   results the 32-bit result is clamped before narrowing.
//! - `bool` is `I8` holding 0 or 1; `not` on `bool` is `xor 1`.
//! - `br_table`: the index is clamped into `u32` range (out of range → default) and edges
//!   with block arguments go through a forwarding block.
//!
//! Memory model: `stack` slots and allocations are Cranelift stack slots (one per slot / per
//! instruction, re-zeroed at each `slot_start` / execution); `heap` and undecided ones call
//! `rt_alloc`. `loop_next`/`loop_exit` markers that survived the passes are ignored.
//! Srclocs are carried as Cranelift source locations (the span's start offset).

use crate::memory;
use crate::runtime_abi;
use crate::symbols::{RuntimeImports, UnitSymbols};
use crate::CodegenError;
use cranelift_codegen::entity::{EntitySet, SecondaryMap};
use cranelift_codegen::ir::{self as cl, condcodes, types, InstBuilder, MemFlagsData};
use cranelift_codegen::packed_option::ReservedValue;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{FuncId, Module};
use loopc_ir as ir;
use loopc_ir::{InstData, Opcode};
use std::collections::HashMap;

/// The Cranelift type of an IR value type (`bool` is `I8`, `ptr` the target pointer type).
pub fn cl_type(t: ir::Type, ptr_ty: cl::Type) -> cl::Type {
    match t {
        ir::Type::Bool | ir::Type::I8 => types::I8,
        ir::Type::I16 => types::I16,
        ir::Type::I32 => types::I32,
        ir::Type::I64 => types::I64,
        ir::Type::F32 => types::F32,
        ir::Type::F64 => types::F64,
        ir::Type::Ptr => ptr_ty,
    }
}

/// The Cranelift signature (target default calling convention) of an IR signature.
pub fn cl_signature<M: Module>(module: &M, sig: &ir::Signature) -> cl::Signature {
    let ptr_ty = module.target_config().pointer_type();
    let mut s = module.make_signature();
    s.params.extend(sig.params.iter().map(|&t| cl::AbiParam::new(cl_type(t, ptr_ty))));
    s.returns.extend(sig.returns.iter().map(|&t| cl::AbiParam::new(cl_type(t, ptr_ty))));
    s
}

/// Storage of one slot.
#[derive(Clone, Copy)]
enum SlotStorage {
    /// One frame area shared by all instances.
    Stack(cl::StackSlot),
    /// A variable holding the current heap cell.
    Heap(Variable),
}

/// State for translating one function.
pub(crate) struct FuncTranslator<'a, M: Module> {
    module: &'a mut M,
    rt: &'a mut RuntimeImports,
    unit: &'a ir::Module,
    syms: &'a UnitSymbols,
    func: ir::FuncRef,
    body: &'a ir::Func,
    b: FunctionBuilder<'a>,
    ptr_ty: cl::Type,
    values: SecondaryMap<ir::Value, cl::Value>,
    blocks: SecondaryMap<ir::Block, Option<cl::Block>>,
    slots: SecondaryMap<ir::Slot, Option<SlotStorage>>,
    stack_allocs: HashMap<ir::Inst, cl::StackSlot>,
    func_refs: HashMap<FuncId, cl::FuncRef>,
    sig_refs: HashMap<(ir::SigRef, bool), cl::SigRef>,
}

impl<'a, M: Module> FuncTranslator<'a, M> {
    /// Translates `unit`'s function `func` into `out` (whose signature is already set).
    pub fn translate(
        module: &'a mut M,
        out: &'a mut cl::Function,
        fctx: &'a mut FunctionBuilderContext,
        rt: &'a mut RuntimeImports,
        unit: &'a ir::Module,
        syms: &'a UnitSymbols,
        func: ir::FuncRef,
    ) -> Result<(), CodegenError> {
        let ptr_ty = module.target_config().pointer_type();
        let frontend_config = module.target_config();
        let mut t = FuncTranslator {
            module,
            rt,
            unit,
            syms,
            func,
            body: &unit.bodies[func],
            b: FunctionBuilder::new(out, fctx),
            ptr_ty,
            values: SecondaryMap::with_default(cl::Value::reserved_value()),
            blocks: SecondaryMap::new(),
            slots: SecondaryMap::new(),
            stack_allocs: HashMap::new(),
            func_refs: HashMap::new(),
            sig_refs: HashMap::new(),
        };
        t.run()?;
        t.b.seal_all_blocks();
        t.b.finalize(frontend_config);
        Ok(())
    }

    fn err(&self, message: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported { func: self.unit.decls.funcs[self.func].name.clone(), message: message.into() }
    }

    fn run(&mut self) -> Result<(), CodegenError> {
        let entry = self.body.layout.entry_block().ok_or_else(|| self.err("function has no body"))?;
        let order = reverse_postorder(self.body, entry);
        for &blk in &order {
            let cb = self.b.create_block();
            self.blocks[blk] = Some(cb);
            if blk == entry {
                self.b.append_block_params_for_function_params(cb);
            } else {
                for &p in self.body.dfg.block_params(blk) {
                    let ty = self.ty(p);
                    self.b.append_block_param(cb, ty);
                }
            }
            let params: Vec<cl::Value> = self.b.block_params(cb).to_vec();
            for (&p, v) in self.body.dfg.block_params(blk).iter().zip(params) {
                self.values[p] = v;
            }
        }
        let entry_cb = self.cl_block(entry);
        self.b.switch_to_block(entry_cb);
        self.declare_slots();
        for &blk in &order {
            let cb = self.cl_block(blk);
            if blk != entry {
                self.b.switch_to_block(cb);
            }
            for inst in self.body.layout.block_insts(blk) {
                let span = self.body.srclocs[inst];
                self.b.set_srcloc(cl::SourceLoc::new(span.lo));
                self.inst(inst)?;
            }
        }
        Ok(())
    }

    fn declare_slots(&mut self) {
        for (slot, data) in self.body.slots.iter() {
            let storage = match data.placement {
                ir::Placement::Stack => SlotStorage::Stack(self.stack_slot(data.size, data.align)),
                ir::Placement::Heap | ir::Placement::Undecided => {
                    let var = self.b.declare_var(self.ptr_ty);
                    // Until its first `slot_start` the variable has no instance; a null
                    // pointer keeps the SSA construction total on paths that never start it.
                    let null = self.b.ins().iconst(self.ptr_ty, 0);
                    self.b.def_var(var, null);
                    SlotStorage::Heap(var)
                }
            };
            self.slots[slot] = Some(storage);
        }
    }

    fn stack_slot(&mut self, size: u32, align: u32) -> cl::StackSlot {
        let shift = align.max(1).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(cl::StackSlotData::new(cl::StackSlotKind::ExplicitSlot, size, shift))
    }

    fn ty(&self, v: ir::Value) -> cl::Type {
        cl_type(self.body.dfg.value_type(v), self.ptr_ty)
    }

    fn val(&self, v: ir::Value) -> cl::Value {
        let cv = self.values[v];
        debug_assert!(cv != cl::Value::reserved_value(), "invariant: {v} translated before use");
        cv
    }

    fn vals(&self, vs: &[ir::Value]) -> Vec<cl::Value> {
        vs.iter().map(|&v| self.val(v)).collect()
    }

    fn cl_block(&self, b: ir::Block) -> cl::Block {
        self.blocks[b].expect("invariant: branch targets of reachable blocks are reachable")
    }

    fn result(&self, inst: ir::Inst) -> ir::Value {
        self.body.dfg.first_result(inst)
    }

    fn def(&mut self, inst: ir::Inst, v: cl::Value) {
        let r = self.result(inst);
        self.values[r] = v;
    }

    fn func_ref(&mut self, id: FuncId) -> cl::FuncRef {
        if let Some(&r) = self.func_refs.get(&id) {
            return r;
        }
        let r = self.module.declare_func_in_func(id, self.b.func);
        self.func_refs.insert(id, r);
        r
    }

    fn call_runtime(&mut self, name: &'static str, args: &[cl::Value]) -> Result<Option<cl::Value>, CodegenError> {
        let id = self.rt.get(self.module, name)?;
        let fref = self.func_ref(id);
        let call = self.b.ins().call(fref, args);
        Ok(self.b.inst_results(call).first().copied())
    }

    /// Zeroed heap memory from `rt_alloc`.
    pub(crate) fn heap_alloc(&mut self, size: u32, align: u32) -> Result<cl::Value, CodegenError> {
        let size = self.b.ins().iconst(types::I64, i64::from(size));
        let align = self.b.ins().iconst(types::I64, i64::from(align.max(1)));
        Ok(self.call_runtime(runtime_abi::ALLOC, &[size, align])?.expect("invariant: rt_alloc returns a pointer"))
    }

    fn inst(&mut self, inst: ir::Inst) -> Result<(), CodegenError> {
        let data = &self.body.dfg.insts[inst];
        match data {
            InstData::IntConst { ty, imm } => {
                let v = self.b.ins().iconst(cl_type(*ty, self.ptr_ty), *imm);
                self.def(inst, v);
            }
            InstData::FloatConst { ty, bits } => {
                let v = match ty {
                    ir::Type::F32 => self.b.ins().f32const(f32::from_bits(*bits as u32)),
                    _ => self.b.ins().f64const(f64::from_bits(*bits)),
                };
                self.def(inst, v);
            }
            InstData::Unary { op, arg } => self.unary(inst, *op, *arg)?,
            InstData::Binary { op, args } => self.binary(inst, *op, args[0], args[1])?,
            InstData::IntCompare { cond, args } => {
                let (a, b) = (self.val(args[0]), self.val(args[1]));
                let v = self.b.ins().icmp(int_cc(*cond), a, b);
                self.def(inst, v);
            }
            InstData::FloatCompare { cond, args } => {
                let (a, b) = (self.val(args[0]), self.val(args[1]));
                let v = self.b.ins().fcmp(float_cc(*cond), a, b);
                self.def(inst, v);
            }
            InstData::Convert { op, ty, arg } => {
                let v = self.convert(*op, *ty, *arg);
                self.def(inst, v);
            }
            InstData::Select { args } => {
                let [c, a, b] = args.map(|v| self.val(v));
                let v = self.b.ins().select(c, a, b);
                self.def(inst, v);
            }
            InstData::Load { ty, ptr, offset } => {
                let p = self.val(*ptr);
                let v = self.b.ins().load(cl_type(*ty, self.ptr_ty), MemFlagsData::new(), p, *offset);
                self.def(inst, v);
            }
            InstData::Store { args, offset } => {
                let (v, p) = (self.val(args[0]), self.val(args[1]));
                self.b.ins().store(MemFlagsData::new(), v, p, *offset);
            }
            InstData::MemCopy { args, size } => {
                let (dst, src) = (self.val(args[0]), self.val(args[1]));
                self.memcpy(dst, src, *size)?;
            }
            InstData::MemZero { ptr, size } => {
                let p = self.val(*ptr);
                self.memzero(p, *size)?;
            }
            InstData::Alloc { size, align, nullable, placement } => {
                let v = match placement {
                    ir::Placement::Heap | ir::Placement::Undecided if *nullable => self.b.ins().iconst(self.ptr_ty, 0),
                    ir::Placement::Stack => {
                        let ss = *self.stack_allocs.entry(inst).or_insert_with(|| {
                            let shift = align.max(&1).trailing_zeros() as u8;
                            self.b.create_sized_stack_slot(cl::StackSlotData::new(
                                cl::StackSlotKind::ExplicitSlot,
                                *size,
                                shift,
                            ))
                        });
                        let p = self.b.ins().stack_addr(self.ptr_ty, ss, 0);
                        self.memzero(p, *size)?;
                        p
                    }
                    ir::Placement::Heap | ir::Placement::Undecided => self.heap_alloc(*size, *align)?,
                };
                self.def(inst, v);
            }
            InstData::GlobalAddr { global } => {
                let gv = self.module.declare_data_in_func(self.syms.globals[*global], self.b.func);
                let v = self.b.ins().symbol_value(self.ptr_ty, gv);
                self.def(inst, v);
            }
            InstData::FuncAddr { func } => {
                let fref = self.func_ref(self.syms.funcs[*func]);
                let v = self.b.ins().func_addr(self.ptr_ty, fref);
                self.def(inst, v);
            }
            InstData::SlotOp { op, slot } => self.slot_op(*op, *slot)?,
            InstData::SlotAddr { slot, .. } => {
                let v = match self.slots[*slot].expect("invariant: slots declared at entry") {
                    SlotStorage::Stack(ss) => self.b.ins().stack_addr(self.ptr_ty, ss, 0),
                    SlotStorage::Heap(var) => self.b.use_var(var),
                };
                self.def(inst, v);
            }
            InstData::MakeClosure { func, args, placement, .. } => {
                let v = self.make_closure(inst, *func, args, *placement)?;
                self.def(inst, v);
            }
            InstData::EnvAddr { ctx, index } => {
                let v = self.env_addr(*ctx, *index)?;
                self.def(inst, v);
            }
            InstData::Call { func, args } => {
                let fref = self.func_ref(self.syms.funcs[*func]);
                let args = self.vals(args);
                let call = self.b.ins().call(fref, &args);
                self.def_results(inst, call);
            }
            InstData::CallIndirect { op, sig, callee, args } => self.call_indirect(inst, *op, *sig, *callee, args),
            InstData::LoopMarker { .. } => {}
            InstData::Jump { dest } => {
                let (blk, args) = self.block_call(dest);
                self.b.ins().jump(blk, &args);
            }
            InstData::Brif { cond, dests } => {
                let c = self.val(*cond);
                let (t, targs) = self.block_call(&dests[0]);
                let (f, fargs) = self.block_call(&dests[1]);
                self.b.ins().brif(c, t, &targs, f, &fargs);
            }
            InstData::BrTable { index, default, table } => self.br_table(*index, default, table),
            InstData::Return { args } => {
                let args = self.vals(args);
                self.b.ins().return_(&args);
            }
            InstData::Unreachable => {
                self.b.ins().trap(cl::TrapCode::unwrap_user(1));
            }
            InstData::Nullary { op } => {
                // Frame pointers are kept in every function (`preserve_frame_pointers`): the
                // frame pointer addresses the saved frame pointer of the caller, on x86-64
                // (push rbp; mov rbp, rsp) and aarch64 (the x29/x30 frame record) alike.
                let fp = self.b.ins().get_frame_pointer(self.ptr_ty);
                let v = if *op == Opcode::CallerFrame {
                    self.b.ins().load(self.ptr_ty, MemFlagsData::trusted(), fp, 0)
                } else {
                    fp
                };
                self.def(inst, v);
            }
            InstData::Trap { code } => {
                // User trap codes are 1..=255 in Cranelift; the code only labels the trap site.
                let code = u8::try_from(*code).ok().filter(|&c| c != 0).unwrap_or(255);
                self.b.ins().trap(cl::TrapCode::unwrap_user(code));
            }
        }
        Ok(())
    }

    fn def_results(&mut self, inst: ir::Inst, call: cl::Inst) {
        let results = self.b.inst_results(call).to_vec();
        for (&r, v) in self.body.dfg.inst_results(inst).iter().zip(results) {
            self.values[r] = v;
        }
    }

    fn block_call(&self, bc: &ir::BlockCall) -> (cl::Block, Vec<cl::BlockArg>) {
        (self.cl_block(bc.block), bc.args.iter().map(|&v| cl::BlockArg::Value(self.val(v))).collect())
    }

    fn unary(&mut self, inst: ir::Inst, op: Opcode, arg: ir::Value) -> Result<(), CodegenError> {
        let a = self.val(arg);
        let v = match op {
            Opcode::Neg => self.b.ins().ineg(a),
            Opcode::Not if self.body.dfg.value_type(arg) == ir::Type::Bool => self.b.ins().bxor_imm_u(a, 1),
            Opcode::Not => self.b.ins().bnot(a),
            Opcode::Fneg => self.b.ins().fneg(a),
            Opcode::DeferFrame => {
                self.call_runtime(runtime_abi::DEFER_FRAME, &[a])?.expect("invariant: rt_defer_frame returns a pointer")
            }
            Opcode::DeferRun => {
                self.call_runtime(runtime_abi::DEFER_RUN, &[a])?;
                return Ok(());
            }
            other => return Err(self.err(format!("`{other}` is not a unary opcode"))),
        };
        self.def(inst, v);
        Ok(())
    }

    fn binary(&mut self, inst: ir::Inst, op: Opcode, x: ir::Value, y: ir::Value) -> Result<(), CodegenError> {
        let (a, b) = (self.val(x), self.val(y));
        let v = match op {
            Opcode::Iadd => self.b.ins().iadd(a, b),
            Opcode::Isub => self.b.ins().isub(a, b),
            Opcode::Imul => self.b.ins().imul(a, b),
            Opcode::Sdiv => self.sdiv(a, b),
            Opcode::Udiv => self.b.ins().udiv(a, b),
            Opcode::Srem => self.b.ins().srem(a, b),
            Opcode::Urem => self.b.ins().urem(a, b),
            Opcode::And => self.b.ins().band(a, b),
            Opcode::Or => self.b.ins().bor(a, b),
            Opcode::Xor => self.b.ins().bxor(a, b),
            Opcode::AndNot => self.b.ins().band_not(a, b),
            Opcode::Shl | Opcode::Sshr | Opcode::Ushr => self.shift(op, a, b),
            Opcode::Fadd => self.b.ins().fadd(a, b),
            Opcode::Fsub => self.b.ins().fsub(a, b),
            Opcode::Fmul => self.b.ins().fmul(a, b),
            Opcode::Fdiv => self.b.ins().fdiv(a, b),
            Opcode::PtrAdd => self.b.ins().iadd(a, b),
            Opcode::DeferPush => {
                self.call_runtime(runtime_abi::DEFER_PUSH, &[a, b])?;
                return Ok(());
            }
            other => return Err(self.err(format!("`{other}` is not a binary opcode"))),
        };
        self.def(inst, v);
        Ok(())
    }

    /// Go's `a / b`: `MIN / -1 == MIN` instead of Cranelift's overflow trap.
    fn sdiv(&mut self, a: cl::Value, b: cl::Value) -> cl::Value {
        let ty = self.b.func.dfg.value_type(a);
        let is_m1 = self.b.ins().icmp_imm_s(condcodes::IntCC::Equal, b, -1);
        let one = self.b.ins().iconst(ty, 1);
        let safe = self.b.ins().select(is_m1, one, b);
        let q = self.b.ins().sdiv(a, safe);
        let neg = self.b.ins().ineg(a);
        self.b.ins().select(is_m1, neg, q)
    }

    /// Go shifts: the count is unsigned and counts at least the width saturate.
    fn shift(&mut self, op: Opcode, a: cl::Value, n: cl::Value) -> cl::Value {
        let ty = self.b.func.dfg.value_type(a);
        let nty = self.b.func.dfg.value_type(n);
        let width = i64::from(ty.bits());
        let big = self.b.ins().icmp_imm_u(condcodes::IntCC::UnsignedGreaterThanOrEqual, n, width);
        match op {
            Opcode::Sshr => {
                let max = self.b.ins().iconst(nty, width - 1);
                let count = self.b.ins().select(big, max, n);
                self.b.ins().sshr(a, count)
            }
            _ => {
                let shifted = if op == Opcode::Shl { self.b.ins().ishl(a, n) } else { self.b.ins().ushr(a, n) };
                let zero = self.b.ins().iconst(ty, 0);
                self.b.ins().select(big, zero, shifted)
            }
        }
    }

    fn convert(&mut self, op: Opcode, to: ir::Type, arg: ir::Value) -> cl::Value {
        let a = self.val(arg);
        let from = self.ty(arg);
        let to_ty = cl_type(to, self.ptr_ty);
        match op {
            Opcode::Sext | Opcode::Uext | Opcode::Trunc if from == to_ty => a,
            Opcode::Sext => self.b.ins().sextend(to_ty, a),
            Opcode::Uext => self.b.ins().uextend(to_ty, a),
            Opcode::Trunc => self.b.ins().ireduce(to_ty, a),
            Opcode::Sitofp => {
                let a = if from.bits() < 32 { self.b.ins().sextend(types::I32, a) } else { a };
                self.b.ins().fcvt_from_sint(to_ty, a)
            }
            Opcode::Uitofp => {
                let a = if from.bits() < 32 { self.b.ins().uextend(types::I32, a) } else { a };
                self.b.ins().fcvt_from_uint(to_ty, a)
            }
            Opcode::Fptosi => {
                if to_ty.bits() >= 32 {
                    return self.b.ins().fcvt_to_sint_sat(to_ty, a);
                }
                let wide = self.b.ins().fcvt_to_sint_sat(types::I32, a);
                let max = (1i64 << (to_ty.bits() - 1)) - 1;
                let hi = self.b.ins().iconst(types::I32, max);
                let lo = self.b.ins().iconst(types::I32, -max - 1);
                let c = self.b.ins().smin(wide, hi);
                let c = self.b.ins().smax(c, lo);
                self.b.ins().ireduce(to_ty, c)
            }
            Opcode::Fptoui => {
                if to_ty.bits() >= 32 {
                    return self.b.ins().fcvt_to_uint_sat(to_ty, a);
                }
                let wide = self.b.ins().fcvt_to_uint_sat(types::I32, a);
                let hi = self.b.ins().iconst(types::I32, (1i64 << to_ty.bits()) - 1);
                let c = self.b.ins().umin(wide, hi);
                self.b.ins().ireduce(to_ty, c)
            }
            Opcode::Fpromote => self.b.ins().fpromote(to_ty, a),
            Opcode::Fdemote => self.b.ins().fdemote(to_ty, a),
            Opcode::Bitcast if from == to_ty => a,
            Opcode::Bitcast => self.b.ins().bitcast(to_ty, MemFlagsData::new(), a),
            other => unreachable!("invariant: `{other}` is not a conversion (InstData::Convert)"),
        }
    }

    fn slot_op(&mut self, op: Opcode, slot: ir::Slot) -> Result<(), CodegenError> {
        let data = &self.body.slots[slot];
        let (size, align) = (data.size, data.align);
        match (op, self.slots[slot].expect("invariant: slots declared at entry")) {
            (Opcode::SlotStart, SlotStorage::Stack(ss)) => {
                let p = self.b.ins().stack_addr(self.ptr_ty, ss, 0);
                self.memzero(p, size)?;
            }
            // Stack instances share one frame area: the new instance already holds the copy.
            (Opcode::SlotRenew, SlotStorage::Stack(_)) => {}
            (Opcode::SlotStart, SlotStorage::Heap(var)) => {
                let cell = self.heap_alloc(size, align)?;
                self.b.def_var(var, cell);
            }
            (Opcode::SlotRenew, SlotStorage::Heap(var)) => {
                let old = self.b.use_var(var);
                let cell = self.heap_alloc(size, align)?;
                self.memcpy(cell, old, size)?;
                self.b.def_var(var, cell);
            }
            (other, _) => return Err(self.err(format!("`{other}` is not a slot operation"))),
        }
        Ok(())
    }

    fn closure_info(&self, f: ir::FuncRef) -> Result<&'a ir::ClosureInfo, CodegenError> {
        let unit = self.unit;
        unit.decls.funcs[f]
            .closure
            .as_ref()
            .ok_or_else(|| self.err(format!("@{} has no closure information", unit.decls.funcs[f].name)))
    }

    fn make_closure(
        &mut self,
        inst: ir::Inst,
        f: ir::FuncRef,
        captures: &[ir::Value],
        placement: ir::Placement,
    ) -> Result<cl::Value, CodegenError> {
        let info = self.closure_info(f)?;
        let (offsets, size) = info.layout();
        let obj = match placement {
            ir::Placement::Stack => {
                let ss = match self.stack_allocs.get(&inst) {
                    Some(&ss) => ss,
                    None => {
                        let ss = self.stack_slot(size, 8);
                        self.stack_allocs.insert(inst, ss);
                        ss
                    }
                };
                self.b.ins().stack_addr(self.ptr_ty, ss, 0)
            }
            ir::Placement::Heap | ir::Placement::Undecided => self.heap_alloc(size, 8)?,
        };
        let fref = self.func_ref(self.syms.funcs[f]);
        let code = self.b.ins().func_addr(self.ptr_ty, fref);
        self.b.ins().store(MemFlagsData::trusted(), code, obj, 0);
        for ((cap, &off), &v) in info.captures.iter().zip(&offsets).zip(captures) {
            let src = self.val(v);
            match cap.mode {
                ir::CaptureMode::ByRef => {
                    self.b.ins().store(MemFlagsData::trusted(), src, obj, off as i32);
                }
                ir::CaptureMode::ByVal => {
                    let dst = self.b.ins().iadd_imm_s(obj, i64::from(off));
                    self.memcpy(dst, src, cap.size)?;
                }
            }
        }
        Ok(obj)
    }

    fn env_addr(&mut self, ctx: ir::Value, index: u32) -> Result<cl::Value, CodegenError> {
        let info = self.closure_info(self.func)?;
        let (offsets, _) = info.layout();
        let i = index as usize;
        let (cap, off) = match (info.captures.get(i), offsets.get(i)) {
            (Some(c), Some(&o)) => (c, o),
            _ => return Err(self.err(format!("env_addr index {index} out of range"))),
        };
        let obj = self.val(ctx);
        Ok(match cap.mode {
            ir::CaptureMode::ByRef => self.b.ins().load(self.ptr_ty, MemFlagsData::trusted(), obj, off as i32),
            ir::CaptureMode::ByVal => self.b.ins().iadd_imm_s(obj, i64::from(off)),
        })
    }

    fn call_indirect(&mut self, inst: ir::Inst, op: Opcode, sig: ir::SigRef, callee: ir::Value, args: &[ir::Value]) {
        let with_closure = op == Opcode::CallClosure;
        let sref = match self.sig_refs.get(&(sig, with_closure)) {
            Some(&s) => s,
            None => {
                let mut s = cl_signature(self.module, &self.body.dfg.sigs[sig]);
                if with_closure {
                    s.params.insert(0, cl::AbiParam::new(self.ptr_ty));
                }
                let s = self.b.import_signature(s);
                self.sig_refs.insert((sig, with_closure), s);
                s
            }
        };
        let target = self.val(callee);
        let mut cargs = Vec::with_capacity(args.len() + 1);
        let code = if with_closure {
            cargs.push(target);
            self.b.ins().load(self.ptr_ty, MemFlagsData::trusted(), target, 0)
        } else {
            target
        };
        cargs.extend(args.iter().map(|&v| self.val(v)));
        let call = self.b.ins().call_indirect(sref, code, &cargs);
        self.def_results(inst, call);
    }

    fn br_table(&mut self, index: ir::Value, default: &ir::BlockCall, table: &[ir::BlockCall]) {
        let idx = self.val(index);
        let ity = self.b.func.dfg.value_type(idx);
        let len = table.len() as u64;
        // Cranelift's br_table takes an i32 index: clamp wider indices so that values
        // beyond u32 still select the default.
        let idx32 = match ity.bits() {
            64 => {
                let out = self.b.ins().icmp_imm_u(condcodes::IntCC::UnsignedGreaterThanOrEqual, idx, len as i64);
                let narrow = self.b.ins().ireduce(types::I32, idx);
                let dflt = self.b.ins().iconst(types::I32, len as i64);
                self.b.ins().select(out, dflt, narrow)
            }
            32 => idx,
            _ => self.b.ins().uextend(types::I32, idx),
        };
        // Jump tables carry no block arguments here: edges with arguments go through a
        // forwarding block, filled after the br_table has terminated the current block.
        let mut forwards = Vec::new();
        let mut edge = |t: &mut Self, bc: &ir::BlockCall| -> cl::BlockCall {
            let (target, args) = t.block_call(bc);
            let target = if args.is_empty() {
                target
            } else {
                let fwd = t.b.create_block();
                forwards.push((fwd, target, args));
                fwd
            };
            t.b.func.dfg.block_call(target, &[])
        };
        let def = edge(self, default);
        let entries: Vec<cl::BlockCall> = table.iter().map(|bc| edge(self, bc)).collect();
        let jt = self.b.create_jump_table(cl::JumpTableData::new(def, &entries));
        self.b.ins().br_table(idx32, jt);
        for (fwd, target, args) in forwards {
            self.b.switch_to_block(fwd);
            self.b.ins().jump(target, &args);
        }
    }

    fn memcpy(&mut self, dst: cl::Value, src: cl::Value, size: u32) -> Result<(), CodegenError> {
        if size <= runtime_abi::INLINE_MEM_LIMIT {
            memory::inline_copy(&mut self.b, dst, src, size);
            return Ok(());
        }
        let n = self.b.ins().iconst(types::I64, i64::from(size));
        self.call_runtime(runtime_abi::MEMCPY, &[dst, src, n])?;
        Ok(())
    }

    fn memzero(&mut self, p: cl::Value, size: u32) -> Result<(), CodegenError> {
        if size <= runtime_abi::INLINE_MEM_LIMIT {
            memory::inline_zero(&mut self.b, p, size);
            return Ok(());
        }
        let zero = self.b.ins().iconst(types::I32, 0);
        let n = self.b.ins().iconst(types::I64, i64::from(size));
        self.call_runtime(runtime_abi::MEMSET, &[p, zero, n])?;
        Ok(())
    }
}

/// Reachable blocks in reverse postorder from `entry` (successors in branch order).
fn reverse_postorder(body: &ir::Func, entry: ir::Block) -> Vec<ir::Block> {
    let mut visited = EntitySet::<ir::Block>::new();
    let mut post = Vec::new();
    // (block, index of the next successor to visit)
    let mut stack: Vec<(ir::Block, usize)> = vec![(entry, 0)];
    visited.insert(entry);
    while let Some(&mut (blk, ref mut next)) = stack.last_mut() {
        let succs = successors(body, blk);
        if let Some(&s) = succs.get(*next) {
            *next += 1;
            if !visited.contains(s) {
                visited.insert(s);
                stack.push((s, 0));
            }
        } else {
            post.push(blk);
            stack.pop();
        }
    }
    post.reverse();
    post
}

fn successors(body: &ir::Func, blk: ir::Block) -> Vec<ir::Block> {
    match body.layout.last_inst(blk) {
        Some(term) => body.dfg.insts[term].branch_dests().iter().map(|bc| bc.block).collect(),
        None => Vec::new(),
    }
}

fn int_cc(cc: ir::IntCC) -> condcodes::IntCC {
    use condcodes::IntCC as C;
    match cc {
        ir::IntCC::Eq => C::Equal,
        ir::IntCC::Ne => C::NotEqual,
        ir::IntCC::Slt => C::SignedLessThan,
        ir::IntCC::Sle => C::SignedLessThanOrEqual,
        ir::IntCC::Sgt => C::SignedGreaterThan,
        ir::IntCC::Sge => C::SignedGreaterThanOrEqual,
        ir::IntCC::Ult => C::UnsignedLessThan,
        ir::IntCC::Ule => C::UnsignedLessThanOrEqual,
        ir::IntCC::Ugt => C::UnsignedGreaterThan,
        ir::IntCC::Uge => C::UnsignedGreaterThanOrEqual,
    }
}

fn float_cc(cc: ir::FloatCC) -> condcodes::FloatCC {
    use condcodes::FloatCC as C;
    match cc {
        ir::FloatCC::Eq => C::Equal,
        ir::FloatCC::Ne => C::NotEqual,
        ir::FloatCC::Lt => C::LessThan,
        ir::FloatCC::Le => C::LessThanOrEqual,
        ir::FloatCC::Gt => C::GreaterThan,
        ir::FloatCC::Ge => C::GreaterThanOrEqual,
    }
}

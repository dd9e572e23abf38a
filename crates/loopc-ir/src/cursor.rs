//! [`FuncCursor`]: a position in a function body plus instruction builders.
//!
//! This is how lowering builds IR and how passes edit it: move the cursor, then insert
//! (before the current instruction, or at the end of a block) or remove. Every inserted
//! instruction gets the cursor's current [`Span`] as its srcloc; use
//! [`set_span`](FuncCursor::set_span) as lowering walks the AST, and
//! [`FuncCursor::replace_span_of`] to inherit the span of an instruction being replaced.
//!
//! ```
//! use loopc_ir::{Func, FuncCursor, Module, Signature, Linkage, Type, IntCC};
//! let mut m = Module::new();
//! let sig = Signature::new(&[Type::I64], &[Type::I64]);
//! let f = m.declare_func("inc", sig, Linkage::Local).unwrap();
//! let mut func = Func::new();
//! let mut cur = FuncCursor::new(&m.decls, &mut func);
//! let entry = cur.create_block();
//! let x = cur.append_block_param(entry, Type::I64);
//! cur.switch_to_block(entry);
//! let one = cur.iconst(Type::I64, 1);
//! let y = cur.iadd(x, one);
//! cur.ret(&[y]);
//! m.define(f, func);
//! assert!(loopc_ir::verify(&m).is_ok());
//! ```

use crate::entities::{Block, FuncRef, Global, Inst, Loop, SigRef, Slot, Value};
use crate::function::{Func, LoopData, Signature, SlotData};
use crate::instructions::{BlockCall, FloatCC, InstData, IntCC, Opcode, Placement, Site};
use crate::module::Decls;
use crate::types::Type;
use loopc_span::Span;
use smallvec::SmallVec;

/// Where the cursor inserts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CursorPosition {
    /// Nowhere: inserting panics.
    Nowhere,
    /// At an instruction: inserts go right before it.
    At(Inst),
    /// At the end of a block: inserts are appended.
    After(Block),
}

/// A cursor over one function body that can also build instructions.
pub struct FuncCursor<'a> {
    /// The module's declarations (callee signatures for `call`).
    pub decls: &'a Decls,
    /// The function being edited.
    pub func: &'a mut Func,
    pos: CursorPosition,
    span: Span,
}

impl<'a> FuncCursor<'a> {
    /// A cursor positioned nowhere, with an unknown span.
    pub fn new(decls: &'a Decls, func: &'a mut Func) -> FuncCursor<'a> {
        FuncCursor { decls, func, pos: CursorPosition::Nowhere, span: Span::default() }
    }

    /// The current position.
    pub fn position(&self) -> CursorPosition {
        self.pos
    }

    /// Moves to `pos`.
    pub fn set_position(&mut self, pos: CursorPosition) {
        self.pos = pos;
    }

    /// The span given to inserted instructions.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Sets the span given to inserted instructions.
    pub fn set_span(&mut self, span: Span) {
        self.span = span;
    }

    /// Sets the current span to that of `inst` (for replacements).
    pub fn replace_span_of(&mut self, inst: Inst) {
        self.span = self.func.srclocs[inst];
    }

    /// The block the cursor is in.
    pub fn current_block(&self) -> Option<Block> {
        match self.pos {
            CursorPosition::Nowhere => None,
            CursorPosition::At(i) => self.func.layout.inst_block(i),
            CursorPosition::After(b) => Some(b),
        }
    }

    /// The instruction the cursor is at.
    pub fn current_inst(&self) -> Option<Inst> {
        match self.pos {
            CursorPosition::At(i) => Some(i),
            _ => None,
        }
    }

    /// Moves to `inst` (inserts go before it).
    pub fn goto_inst(&mut self, inst: Inst) {
        self.pos = CursorPosition::At(inst);
    }

    /// Moves to the end of `block` (inserts are appended).
    pub fn goto_bottom(&mut self, block: Block) {
        self.pos = CursorPosition::After(block);
    }

    /// Moves to the first instruction of `block` (or its end if it is empty).
    pub fn goto_first_inst(&mut self, block: Block) {
        self.pos = match self.func.layout.first_inst(block) {
            Some(i) => CursorPosition::At(i),
            None => CursorPosition::After(block),
        };
    }

    /// Moves to the terminator (last instruction) of `block`.
    pub fn goto_last_inst(&mut self, block: Block) {
        self.pos = match self.func.layout.last_inst(block) {
            Some(i) => CursorPosition::At(i),
            None => CursorPosition::After(block),
        };
    }

    /// Advances to the next instruction of the block and returns it; at the end of the
    /// block, moves to its bottom and returns `None`.
    pub fn next_inst(&mut self) -> Option<Inst> {
        match self.pos {
            CursorPosition::At(i) => match self.func.layout.next_inst(i) {
                Some(n) => {
                    self.pos = CursorPosition::At(n);
                    Some(n)
                }
                None => {
                    let b = self.func.layout.inst_block(i).expect("invariant: cursor inst is inserted");
                    self.pos = CursorPosition::After(b);
                    None
                }
            },
            _ => None,
        }
    }

    /// Removes the current instruction from the layout and moves to the one after it.
    /// Returns the removed instruction.
    pub fn remove_inst(&mut self) -> Inst {
        let inst = self.current_inst().expect("invariant: cursor is at an instruction");
        let block = self.func.layout.inst_block(inst).expect("invariant: cursor inst is inserted");
        self.pos = match self.func.layout.next_inst(inst) {
            Some(n) => CursorPosition::At(n),
            None => CursorPosition::After(block),
        };
        self.func.layout.remove_inst(inst);
        inst
    }

    /// Creates a block (not yet in the layout).
    pub fn create_block(&mut self) -> Block {
        self.func.dfg.make_block()
    }

    /// Appends a parameter to `block`.
    pub fn append_block_param(&mut self, block: Block, ty: Type) -> Value {
        self.func.dfg.append_block_param(block, ty)
    }

    /// Appends `block` to the layout if it is not there yet and moves to its end.
    pub fn switch_to_block(&mut self, block: Block) {
        if !self.func.layout.is_block_inserted(block) {
            self.func.layout.append_block(block);
        }
        self.pos = CursorPosition::After(block);
    }

    /// Inserts `block` into the layout right after the current block and moves to its end.
    pub fn insert_block_after_current(&mut self, block: Block) {
        match self.current_block() {
            Some(cur) => self.func.layout.insert_block_after(block, cur),
            None => self.func.layout.append_block(block),
        }
        self.pos = CursorPosition::After(block);
    }

    /// Creates a slot.
    pub fn create_slot(&mut self, data: SlotData) -> Slot {
        self.func.slots.push(data)
    }

    /// Creates a loop.
    pub fn create_loop(&mut self, data: LoopData) -> Loop {
        self.func.loops.push(data)
    }

    /// Makes `slot` a loop variable of `lp` (sets both sides of the relation).
    pub fn add_loop_var(&mut self, lp: Loop, slot: Slot) {
        self.func.slots[slot].lp = Some(lp);
        self.func.loops[lp].vars.push(slot);
    }

    /// Interns a signature for `call_indirect` / `call_closure`.
    pub fn import_sig(&mut self, sig: Signature) -> SigRef {
        self.func.dfg.import_sig(sig)
    }

    /// Inserts an instruction at the cursor, creates its results and records the current span.
    pub fn insert(&mut self, data: InstData) -> Inst {
        let inst = self.func.dfg.make_inst(data);
        self.func.dfg.make_inst_results(inst, self.decls);
        match self.pos {
            CursorPosition::Nowhere => panic!("invariant: cursor has a position before inserting"),
            CursorPosition::At(at) => self.func.layout.insert_inst_before(inst, at),
            CursorPosition::After(b) => self.func.layout.append_inst(inst, b),
        }
        self.func.srclocs[inst] = self.span;
        inst
    }

    fn insert1(&mut self, data: InstData) -> Value {
        let inst = self.insert(data);
        self.func.dfg.first_result(inst)
    }

    /// `iconst.T imm` (the immediate is normalized to the type's width).
    pub fn iconst(&mut self, ty: Type, imm: i64) -> Value {
        self.insert1(InstData::IntConst { ty, imm: ty.normalize_imm(imm) })
    }

    /// `fconst.f64 x`.
    pub fn f64const(&mut self, x: f64) -> Value {
        self.insert1(InstData::FloatConst { ty: Type::F64, bits: x.to_bits() })
    }

    /// `fconst.f32 x`.
    pub fn f32const(&mut self, x: f32) -> Value {
        self.insert1(InstData::FloatConst { ty: Type::F32, bits: u64::from(x.to_bits()) })
    }

    /// A one-operand arithmetic op (`neg`, `not`, `fneg`).
    pub fn unary(&mut self, op: Opcode, arg: Value) -> Value {
        self.insert1(InstData::Unary { op, arg })
    }

    /// A two-operand arithmetic op (`iadd` .. `fdiv`).
    pub fn binary(&mut self, op: Opcode, a: Value, b: Value) -> Value {
        self.insert1(InstData::Binary { op, args: [a, b] })
    }

    /// `iadd a, b`.
    pub fn iadd(&mut self, a: Value, b: Value) -> Value {
        self.binary(Opcode::Iadd, a, b)
    }

    /// `isub a, b`.
    pub fn isub(&mut self, a: Value, b: Value) -> Value {
        self.binary(Opcode::Isub, a, b)
    }

    /// `imul a, b`.
    pub fn imul(&mut self, a: Value, b: Value) -> Value {
        self.binary(Opcode::Imul, a, b)
    }

    /// `icmp cond a, b`.
    pub fn icmp(&mut self, cond: IntCC, a: Value, b: Value) -> Value {
        self.insert1(InstData::IntCompare { cond, args: [a, b] })
    }

    /// `fcmp cond a, b`.
    pub fn fcmp(&mut self, cond: FloatCC, a: Value, b: Value) -> Value {
        self.insert1(InstData::FloatCompare { cond, args: [a, b] })
    }

    /// A conversion `op.ty arg`.
    pub fn convert(&mut self, op: Opcode, ty: Type, arg: Value) -> Value {
        self.insert1(InstData::Convert { op, ty, arg })
    }

    /// `select c, a, b`.
    pub fn select(&mut self, c: Value, a: Value, b: Value) -> Value {
        self.insert1(InstData::Select { args: [c, a, b] })
    }

    /// `load.ty p+offset`.
    pub fn load(&mut self, ty: Type, ptr: Value, offset: i32) -> Value {
        self.insert1(InstData::Load { ty, ptr, offset })
    }

    /// `store v, p+offset`.
    pub fn store(&mut self, v: Value, ptr: Value, offset: i32) -> Inst {
        self.insert(InstData::Store { args: [v, ptr], offset })
    }

    /// `memcpy dst, src, size`.
    pub fn memcpy(&mut self, dst: Value, src: Value, size: u32) -> Inst {
        self.insert(InstData::MemCopy { args: [dst, src], size })
    }

    /// `memzero p, size`.
    pub fn memzero(&mut self, ptr: Value, size: u32) -> Inst {
        self.insert(InstData::MemZero { ptr, size })
    }

    /// `ptr_add p, off` (`off` is an `i64`).
    pub fn ptr_add(&mut self, ptr: Value, off: Value) -> Value {
        self.binary(Opcode::PtrAdd, ptr, off)
    }

    /// `frame_addr`: this activation's frame address.
    pub fn frame_addr(&mut self) -> Value {
        self.insert1(InstData::Nullary { op: Opcode::FrameAddr })
    }

    /// `caller_frame`: the frame address of the calling activation.
    pub fn caller_frame(&mut self) -> Value {
        self.insert1(InstData::Nullary { op: Opcode::CallerFrame })
    }

    /// `alloc size, align A` with undecided placement.
    pub fn alloc(&mut self, size: u32, align: u32) -> Value {
        self.insert1(InstData::Alloc { size, align, nullable: false, placement: Placement::Undecided })
    }

    /// `alloc size, align A, nullable` with undecided placement: frame memory if escape
    /// analysis places it on the stack, null otherwise.
    pub fn alloc_nullable(&mut self, size: u32, align: u32) -> Value {
        self.insert1(InstData::Alloc { size, align, nullable: true, placement: Placement::Undecided })
    }

    /// `global_addr @g`.
    pub fn global_addr(&mut self, global: Global) -> Value {
        self.insert1(InstData::GlobalAddr { global })
    }

    /// `func_addr @f`.
    pub fn func_addr(&mut self, func: FuncRef) -> Value {
        self.insert1(InstData::FuncAddr { func })
    }

    /// `slot_start ss`.
    pub fn slot_start(&mut self, slot: Slot) -> Inst {
        self.insert(InstData::SlotOp { op: Opcode::SlotStart, slot })
    }

    /// `slot_renew ss`.
    pub fn slot_renew(&mut self, slot: Slot) -> Inst {
        self.insert(InstData::SlotOp { op: Opcode::SlotRenew, slot })
    }

    /// `slot_addr ss`: address for a plain load or store of the variable.
    pub fn slot_addr(&mut self, slot: Slot) -> Value {
        self.insert1(InstData::SlotAddr { slot, addrof: false, site: Site::default() })
    }

    /// `slot_addr.addrof ss [in loopN] [in_return]`: a source-level `&v`.
    pub fn slot_addrof(&mut self, slot: Slot, site: Site) -> Value {
        self.insert1(InstData::SlotAddr { slot, addrof: true, site })
    }

    /// `make_closure @f(captures) [in loopN] [in_return]` with undecided placement.
    pub fn make_closure(&mut self, func: FuncRef, captures: &[Value], site: Site) -> Value {
        self.insert1(InstData::MakeClosure {
            func,
            args: captures.iter().copied().collect(),
            placement: Placement::Undecided,
            site,
        })
    }

    /// `env_addr ctx, index`.
    pub fn env_addr(&mut self, ctx: Value, index: u32) -> Value {
        self.insert1(InstData::EnvAddr { ctx, index })
    }

    /// `call @f(args)`; returns the results.
    pub fn call(&mut self, func: FuncRef, args: &[Value]) -> SmallVec<[Value; 2]> {
        let inst = self.insert(InstData::Call { func, args: args.iter().copied().collect() });
        self.func.dfg.inst_results(inst).iter().copied().collect()
    }

    /// `call_indirect sig, code(args)`.
    pub fn call_indirect(&mut self, sig: SigRef, code: Value, args: &[Value]) -> SmallVec<[Value; 2]> {
        let data = InstData::CallIndirect {
            op: Opcode::CallIndirect,
            sig,
            callee: code,
            args: args.iter().copied().collect(),
        };
        let inst = self.insert(data);
        self.func.dfg.inst_results(inst).iter().copied().collect()
    }

    /// `call_closure sig, closure(args)`.
    pub fn call_closure(&mut self, sig: SigRef, closure: Value, args: &[Value]) -> SmallVec<[Value; 2]> {
        let data = InstData::CallIndirect {
            op: Opcode::CallClosure,
            sig,
            callee: closure,
            args: args.iter().copied().collect(),
        };
        let inst = self.insert(data);
        self.func.dfg.inst_results(inst).iter().copied().collect()
    }

    /// `defer_frame rt`.
    pub fn defer_frame(&mut self, rt: Value) -> Value {
        self.insert1(InstData::Unary { op: Opcode::DeferFrame, arg: rt })
    }

    /// `defer_push frame, closure`.
    pub fn defer_push(&mut self, frame: Value, closure: Value) -> Inst {
        self.insert(InstData::Binary { op: Opcode::DeferPush, args: [frame, closure] })
    }

    /// `defer_run frame`.
    pub fn defer_run(&mut self, frame: Value) -> Inst {
        self.insert(InstData::Unary { op: Opcode::DeferRun, arg: frame })
    }

    /// `loop_next loopN`.
    pub fn loop_next(&mut self, lp: Loop) -> Inst {
        self.insert(InstData::LoopMarker { op: Opcode::LoopNext, lp })
    }

    /// `loop_exit loopN`.
    pub fn loop_exit(&mut self, lp: Loop) -> Inst {
        self.insert(InstData::LoopMarker { op: Opcode::LoopExit, lp })
    }

    /// `jump block(args)`.
    pub fn jump(&mut self, block: Block, args: &[Value]) -> Inst {
        self.insert(InstData::Jump { dest: BlockCall::new(block, args) })
    }

    /// `brif c, then(then_args), else(else_args)`.
    pub fn brif(&mut self, c: Value, then: Block, then_args: &[Value], els: Block, else_args: &[Value]) -> Inst {
        self.insert(InstData::Brif {
            cond: c,
            dests: [BlockCall::new(then, then_args), BlockCall::new(els, else_args)],
        })
    }

    /// `br_table idx, default, [table...]`.
    pub fn br_table(&mut self, index: Value, default: BlockCall, table: Vec<BlockCall>) -> Inst {
        self.insert(InstData::BrTable { index, default, table })
    }

    /// `return args`.
    pub fn ret(&mut self, args: &[Value]) -> Inst {
        self.insert(InstData::Return { args: args.iter().copied().collect() })
    }

    /// `unreachable`.
    pub fn unreachable(&mut self) -> Inst {
        self.insert(InstData::Unreachable)
    }

    /// `trap code`.
    pub fn trap(&mut self, code: u32) -> Inst {
        self.insert(InstData::Trap { code })
    }
}

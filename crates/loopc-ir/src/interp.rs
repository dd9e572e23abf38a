//! A reference interpreter for the IR, to check that passes preserve meaning (STYLE §3:
//! interpret before and after each pass test; the results must agree).
//!
//! Memory is one byte arena: globals are laid out first, then every allocation (heap cells,
//! stack areas, closure objects) is carved from the same arena and never freed; address 0
//! and the first page are never valid. Function code addresses are tagged integers
//! (`CODE_BASE + FuncRef index`) so `func_addr`, `call_indirect` and closure objects work.
//! Placement is honoured exactly as codegen must: a `stack` slot, `alloc` or `make_closure`
//! has one area per activation and site, re-zeroed (or rewritten) on each execution, so
//! sharing bugs in escape decisions show up; `heap` and undecided ones are fresh each time.
//! Imported functions are delegated to a [`Host`]. Execution is bounded by a step budget.

use crate::entities::{Block, FuncRef, Inst, Slot, Value};
use crate::instructions::{FloatCC, InstData, IntCC, Opcode, Placement};
use crate::module::{CaptureMode, DataValue, Linkage, Module};
use crate::types::Type;
use cranelift_entity::SecondaryMap;
use std::collections::BTreeMap;
use std::fmt;

/// First address of the arena.
const BASE: u64 = 0x1000;
/// Code addresses: `CODE_BASE + function index`.
pub const CODE_BASE: u64 = 0x7f00_0000_0000;

/// Frame addresses (`frame_addr`) are fake addresses from here on, never dereferenced.
const FRAME_BASE: u64 = 0x7e00_0000_0000;

/// Why execution stopped abnormally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trap {
    /// Integer division or remainder by zero.
    DivideByZero,
    /// `unreachable` was executed.
    Unreachable,
    /// `trap N`.
    User(u32),
    /// A memory access outside the arena.
    OutOfBounds(u64),
    /// A call through something that is not a function's code address.
    BadCallee(u64),
    /// `defer_push` onto a closed defer stack.
    DeferClosed,
    /// The step budget ran out.
    OutOfFuel,
    /// The host refused or failed an import call.
    Host(String),
    /// Malformed IR (the interpreter expects verified modules).
    Invalid(String),
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trap::DivideByZero => f.write_str("integer divide by zero"),
            Trap::Unreachable => f.write_str("unreachable executed"),
            Trap::User(n) => write!(f, "trap {n}"),
            Trap::OutOfBounds(a) => write!(f, "memory access out of bounds at {a:#x}"),
            Trap::BadCallee(a) => write!(f, "call of non-function address {a:#x}"),
            Trap::DeferClosed => f.write_str("defer after the defer stack was run"),
            Trap::OutOfFuel => f.write_str("step budget exhausted"),
            Trap::Host(m) => write!(f, "host: {m}"),
            Trap::Invalid(m) => write!(f, "invalid IR: {m}"),
        }
    }
}

impl std::error::Error for Trap {}

/// A runtime value: the raw bits. Integers, `bool` and `ptr` are kept sign-extended from
/// their type's width; `f32` uses the low 32 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Val(pub u64);

impl Val {
    /// An integer of type `ty` (normalized).
    pub fn int(ty: Type, v: i64) -> Val {
        Val(ty.normalize_imm(v) as u64)
    }
    /// An `f64`.
    pub fn f64(x: f64) -> Val {
        Val(x.to_bits())
    }
    /// An `f32`.
    pub fn f32(x: f32) -> Val {
        Val(u64::from(x.to_bits()))
    }
    /// The value as a signed integer.
    pub fn as_i64(self) -> i64 {
        self.0 as i64
    }
    /// Formats the value as `ty` (`-3`, `1.5`, `true`).
    pub fn display(self, ty: Type) -> String {
        match ty {
            Type::F64 => format!("{:?}", f64::from_bits(self.0)),
            Type::F32 => format!("{:?}", f32::from_bits(self.0 as u32)),
            Type::Bool => (self.0 != 0).to_string(),
            _ => (self.0 as i64).to_string(),
        }
    }
}

/// The byte arena.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    bytes: Vec<u8>,
}

impl Memory {
    /// Allocates `size` zeroed bytes aligned to `align`.
    pub fn alloc(&mut self, size: u32, align: u32) -> u64 {
        let align = u64::from(align.max(1));
        let start = (BASE + self.bytes.len() as u64).next_multiple_of(align);
        let end = start + u64::from(size.max(1));
        self.bytes.resize((end - BASE) as usize, 0);
        start
    }

    fn range(&self, addr: u64, len: u64) -> Result<std::ops::Range<usize>, Trap> {
        let lo = addr.checked_sub(BASE).ok_or(Trap::OutOfBounds(addr))?;
        let hi = lo.checked_add(len).ok_or(Trap::OutOfBounds(addr))?;
        if hi > self.bytes.len() as u64 {
            return Err(Trap::OutOfBounds(addr));
        }
        Ok(lo as usize..hi as usize)
    }

    /// Reads `len` bytes.
    pub fn read(&self, addr: u64, len: u64) -> Result<&[u8], Trap> {
        let r = self.range(addr, len)?;
        Ok(&self.bytes[r])
    }

    /// Writes bytes.
    pub fn write(&mut self, addr: u64, data: &[u8]) -> Result<(), Trap> {
        let r = self.range(addr, data.len() as u64)?;
        self.bytes[r].copy_from_slice(data);
        Ok(())
    }

    /// Loads a value of type `ty`.
    pub fn load(&self, ty: Type, addr: u64) -> Result<Val, Trap> {
        let b = self.read(addr, u64::from(ty.bytes()))?;
        let mut buf = [0u8; 8];
        buf[..b.len()].copy_from_slice(b);
        let raw = u64::from_le_bytes(buf);
        Ok(match ty {
            Type::F32 | Type::F64 => Val(raw),
            _ => Val::int(ty, raw as i64),
        })
    }

    /// Stores a value of type `ty`.
    pub fn store(&mut self, ty: Type, addr: u64, v: Val) -> Result<(), Trap> {
        let bytes = v.0.to_le_bytes();
        self.write(addr, &bytes[..ty.bytes() as usize])
    }
}

/// Implements imported functions for the interpreter.
pub trait Host {
    /// Calls the imported function `name` with `args` (typed per its signature).
    fn call_import(&mut self, mem: &mut Memory, name: &str, args: &[Val]) -> Result<Vec<Val>, Trap>;
}

/// A host without imports: every import call traps.
pub struct NoImports;

impl Host for NoImports {
    fn call_import(&mut self, _mem: &mut Memory, name: &str, _args: &[Val]) -> Result<Vec<Val>, Trap> {
        Err(Trap::Host(format!("no implementation of @{name}")))
    }
}

struct DeferStack {
    entries: Vec<u64>,
    closed: bool,
}

/// Per-activation state.
#[derive(Default)]
struct Frame {
    values: SecondaryMap<Value, Val>,
    /// Current instance address of each slot.
    slots: BTreeMap<Slot, u64>,
    /// Fixed areas of `stack` sites (slots, allocs, closures) in this activation.
    stack_slots: BTreeMap<Slot, u64>,
    stack_sites: BTreeMap<Inst, u64>,
}

/// The interpreter over one module.
pub struct Interpreter<'m, H: Host> {
    m: &'m Module,
    /// The imports' implementation.
    pub host: H,
    /// The memory arena.
    pub mem: Memory,
    globals: SecondaryMap<crate::Global, u64>,
    defers: BTreeMap<u64, DeferStack>,
    fuel: u64,
    /// Frame addresses of the running activations, innermost last (`frame_addr`,
    /// `caller_frame`); each activation gets a fresh one.
    frames: Vec<u64>,
    next_frame: u64,
}

impl<'m, H: Host> Interpreter<'m, H> {
    /// Lays out the module's globals and prepares to run with a budget of `fuel` steps.
    pub fn new(m: &'m Module, host: H, fuel: u64) -> Result<Interpreter<'m, H>, Trap> {
        let mut it = Interpreter {
            m,
            host,
            mem: Memory::default(),
            globals: SecondaryMap::new(),
            defers: BTreeMap::new(),
            fuel,
            frames: Vec::new(),
            next_frame: FRAME_BASE,
        };
        for (g, data) in m.decls.globals.iter() {
            it.globals[g] = it.mem.alloc(data.size, data.align);
        }
        for (g, data) in m.decls.globals.iter() {
            let base = it.globals[g];
            for (off, item) in &data.init {
                let addr = base + u64::from(*off);
                match item {
                    DataValue::Bytes(b) => it.mem.write(addr, b)?,
                    DataValue::Int(t, v) => it.mem.store(*t, addr, Val::int(*t, *v))?,
                    DataValue::FuncAddr(f) => it.mem.store(Type::Ptr, addr, Val(CODE_BASE + f.as_u32() as u64))?,
                    DataValue::GlobalAddr(t, add) => {
                        it.mem.store(Type::Ptr, addr, Val(it.globals[*t].wrapping_add(*add as u64)))?
                    }
                }
            }
        }
        Ok(it)
    }

    /// The address of global `g`.
    pub fn global_addr(&self, g: crate::Global) -> u64 {
        self.globals[g]
    }

    /// Calls function `f` with `args`.
    pub fn call(&mut self, f: FuncRef, args: &[Val]) -> Result<Vec<Val>, Trap> {
        let decl = &self.m.decls.funcs[f];
        if decl.linkage == Linkage::Import {
            return self.host.call_import(&mut self.mem, &decl.name, args);
        }
        self.next_frame += 16;
        self.frames.push(self.next_frame);
        let r = self.run_body(f, args);
        self.frames.pop();
        r
    }

    fn run_body(&mut self, f: FuncRef, args: &[Val]) -> Result<Vec<Val>, Trap> {
        let decl = &self.m.decls.funcs[f];
        let func = &self.m.bodies[f];
        let entry = func.layout.entry_block().ok_or_else(|| Trap::Invalid(format!("@{} has no body", decl.name)))?;
        let mut frame = Frame::default();
        let mut block = entry;
        let mut block_args: Vec<Val> = args.to_vec();
        loop {
            let params = func.dfg.block_params(block);
            if params.len() != block_args.len() {
                return Err(Trap::Invalid(format!("{block} takes {} arguments", params.len())));
            }
            for (&p, &a) in params.iter().zip(&block_args) {
                frame.values[p] = a;
            }
            match self.run_block(f, block, &mut frame)? {
                Flow::Jump(b, a) => {
                    block = b;
                    block_args = a;
                }
                Flow::Return(vals) => return Ok(vals),
            }
        }
    }

    fn decode_callee(&self, addr: u64) -> Result<FuncRef, Trap> {
        let idx = addr.checked_sub(CODE_BASE).ok_or(Trap::BadCallee(addr))?;
        let f = FuncRef::from_u32(u32::try_from(idx).map_err(|_| Trap::BadCallee(addr))?);
        if self.m.decls.funcs.is_valid(f) {
            Ok(f)
        } else {
            Err(Trap::BadCallee(addr))
        }
    }

    fn site_area(
        &mut self,
        sites: &mut BTreeMap<Inst, u64>,
        inst: Inst,
        placement: Placement,
        size: u32,
        align: u32,
    ) -> Result<u64, Trap> {
        if placement == Placement::Stack {
            let addr = match sites.get(&inst) {
                Some(&a) => a,
                None => {
                    let a = self.mem.alloc(size, align);
                    sites.insert(inst, a);
                    a
                }
            };
            self.mem.write(addr, &vec![0; size as usize])?;
            Ok(addr)
        } else {
            Ok(self.mem.alloc(size, align))
        }
    }

    fn run_block(&mut self, f: FuncRef, block: Block, frame: &mut Frame) -> Result<Flow, Trap> {
        let func = &self.m.bodies[f];
        for inst in func.layout.block_insts(block) {
            if self.fuel == 0 {
                return Err(Trap::OutOfFuel);
            }
            self.fuel -= 1;
            let data = &func.dfg.insts[inst];
            let v = |x: Value| frame.values[x];
            let ty = |x: Value| func.dfg.value_type(x);
            let results: Vec<Val> = match data {
                InstData::IntConst { ty, imm } => vec![Val::int(*ty, *imm)],
                InstData::FloatConst { bits, .. } => vec![Val(*bits)],
                InstData::Unary { op: Opcode::DeferFrame, .. } => {
                    let h = self.mem.alloc(8, 8);
                    self.defers.insert(h, DeferStack { entries: Vec::new(), closed: false });
                    vec![Val(h)]
                }
                InstData::Unary { op: Opcode::DeferRun, arg } => {
                    let h = v(*arg).0;
                    loop {
                        let stack =
                            self.defers.get_mut(&h).ok_or_else(|| Trap::Invalid("unknown defer frame".into()))?;
                        let Some(clo) = stack.entries.pop() else {
                            stack.closed = true;
                            break;
                        };
                        let code = self.mem.load(Type::Ptr, clo)?.0;
                        let callee = self.decode_callee(code)?;
                        self.call(callee, &[Val(clo)])?;
                    }
                    vec![]
                }
                InstData::Unary { op, arg } => vec![unary(*op, ty(*arg), v(*arg))],
                InstData::Binary { op: Opcode::DeferPush, args } => {
                    let stack = self
                        .defers
                        .get_mut(&v(args[0]).0)
                        .ok_or_else(|| Trap::Invalid("unknown defer frame".into()))?;
                    if stack.closed {
                        return Err(Trap::DeferClosed);
                    }
                    stack.entries.push(v(args[1]).0);
                    vec![]
                }
                InstData::Binary { op: Opcode::PtrAdd, args } => vec![Val(v(args[0]).0.wrapping_add(v(args[1]).0))],
                InstData::Binary { op, args } => vec![binary(*op, ty(args[0]), ty(args[1]), v(args[0]), v(args[1]))?],
                InstData::IntCompare { cond, args } => {
                    vec![Val(u64::from(icmp(*cond, ty(args[0]), v(args[0]), v(args[1]))))]
                }
                InstData::FloatCompare { cond, args } => {
                    vec![Val(u64::from(fcmp(*cond, ty(args[0]), v(args[0]), v(args[1]))))]
                }
                InstData::Convert { op, ty: to, arg } => vec![convert(*op, ty(*arg), *to, v(*arg))],
                InstData::Select { args } => vec![if v(args[0]).0 != 0 { v(args[1]) } else { v(args[2]) }],
                InstData::Load { ty, ptr, offset } => {
                    vec![self.mem.load(*ty, v(*ptr).0.wrapping_add(*offset as u64))?]
                }
                InstData::Store { args, offset } => {
                    self.mem.store(ty(args[0]), v(args[1]).0.wrapping_add(*offset as u64), v(args[0]))?;
                    vec![]
                }
                InstData::MemCopy { args, size } => {
                    let src = self.mem.read(v(args[1]).0, u64::from(*size))?.to_vec();
                    self.mem.write(v(args[0]).0, &src)?;
                    vec![]
                }
                InstData::MemZero { ptr, size } => {
                    self.mem.write(v(*ptr).0, &vec![0; *size as usize])?;
                    vec![]
                }
                InstData::Alloc { nullable: true, placement, .. } if *placement != Placement::Stack => vec![Val(0)],
                InstData::Alloc { size, align, placement, .. } => {
                    vec![Val(self.site_area(&mut frame.stack_sites, inst, *placement, *size, *align)?)]
                }
                InstData::GlobalAddr { global } => vec![Val(self.globals[*global])],
                InstData::FuncAddr { func: callee } => vec![Val(CODE_BASE + u64::from(callee.as_u32()))],
                InstData::SlotOp { op, slot } => {
                    self.slot_op(func, frame, *op, *slot)?;
                    vec![]
                }
                InstData::SlotAddr { slot, .. } => {
                    let a = frame
                        .slots
                        .get(slot)
                        .copied()
                        .ok_or_else(|| Trap::Invalid(format!("{slot} used before slot_start")))?;
                    vec![Val(a)]
                }
                InstData::EnvAddr { ctx, index } => {
                    let info = self.m.decls.funcs[f]
                        .closure
                        .as_ref()
                        .ok_or_else(|| Trap::Invalid("env_addr outside a closure".into()))?;
                    let (offsets, _) = info.layout();
                    let i = *index as usize;
                    let field = v(*ctx).0 + u64::from(offsets[i]);
                    match info.captures[i].mode {
                        CaptureMode::ByRef => vec![self.mem.load(Type::Ptr, field)?],
                        CaptureMode::ByVal => vec![Val(field)],
                    }
                }
                InstData::Call { func: callee, args } => {
                    let a: Vec<Val> = args.iter().map(|&x| v(x)).collect();
                    self.call(*callee, &a)?
                }
                InstData::CallIndirect { op, callee, args, .. } => {
                    let target = v(*callee).0;
                    let mut a: Vec<Val> = Vec::with_capacity(args.len() + 1);
                    let code = if *op == Opcode::CallClosure {
                        a.push(Val(target));
                        self.mem.load(Type::Ptr, target)?.0
                    } else {
                        target
                    };
                    a.extend(args.iter().map(|&x| v(x)));
                    let callee = self.decode_callee(code)?;
                    self.call(callee, &a)?
                }
                InstData::MakeClosure { func: callee, args, placement, .. } => {
                    let info = self.m.decls.funcs[*callee]
                        .closure
                        .as_ref()
                        .ok_or_else(|| Trap::Invalid("make_closure of a non-closure".into()))?;
                    let (offsets, size) = info.layout();
                    let obj = self.site_area(&mut frame.stack_sites, inst, *placement, size, 8)?;
                    self.mem.store(Type::Ptr, obj, Val(CODE_BASE + u64::from(callee.as_u32())))?;
                    for ((cap, off), &arg) in info.captures.iter().zip(offsets).zip(args.iter()) {
                        let field = obj + u64::from(off);
                        match cap.mode {
                            CaptureMode::ByRef => self.mem.store(Type::Ptr, field, v(arg))?,
                            CaptureMode::ByVal => {
                                let bytes = self.mem.read(v(arg).0, u64::from(cap.size))?.to_vec();
                                self.mem.write(field, &bytes)?;
                            }
                        }
                    }
                    vec![Val(obj)]
                }
                InstData::LoopMarker { .. } => vec![],
                InstData::Jump { dest } => {
                    return Ok(Flow::Jump(dest.block, dest.args.iter().map(|&x| v(x)).collect()))
                }
                InstData::Brif { cond, dests } => {
                    let d = &dests[usize::from(v(*cond).0 == 0)];
                    return Ok(Flow::Jump(d.block, d.args.iter().map(|&x| v(x)).collect()));
                }
                InstData::BrTable { index, default, table } => {
                    let w = ty(*index).bits();
                    let i = v(*index).0 & mask(w);
                    let d = usize::try_from(i).ok().and_then(|i| table.get(i)).unwrap_or(default);
                    return Ok(Flow::Jump(d.block, d.args.iter().map(|&x| v(x)).collect()));
                }
                InstData::Return { args } => return Ok(Flow::Return(args.iter().map(|&x| v(x)).collect())),
                InstData::Unreachable => return Err(Trap::Unreachable),
                InstData::Nullary { op } => {
                    let n = self.frames.len();
                    let at = if *op == Opcode::FrameAddr { n.checked_sub(1) } else { n.checked_sub(2) };
                    vec![Val(at.map_or(0, |i| self.frames[i]))]
                }
                InstData::Trap { code } => return Err(Trap::User(*code)),
            };
            let rs = func.dfg.inst_results(inst);
            if rs.len() != results.len() {
                return Err(Trap::Invalid(format!(
                    "{inst} produced {} values for {} results",
                    results.len(),
                    rs.len()
                )));
            }
            for (&r, val) in rs.iter().zip(results) {
                frame.values[r] = val;
            }
        }
        Err(Trap::Invalid(format!("{block} has no terminator")))
    }

    fn slot_op(&mut self, func: &crate::Func, frame: &mut Frame, op: Opcode, slot: Slot) -> Result<(), Trap> {
        let data = &func.slots[slot];
        if data.placement == Placement::Stack {
            let addr = match frame.stack_slots.get(&slot) {
                Some(&a) => a,
                None => {
                    let a = self.mem.alloc(data.size, data.align);
                    frame.stack_slots.insert(slot, a);
                    a
                }
            };
            if op == Opcode::SlotStart {
                self.mem.write(addr, &vec![0; data.size as usize])?;
            }
            frame.slots.insert(slot, addr);
            return Ok(());
        }
        let fresh = self.mem.alloc(data.size, data.align);
        if op == Opcode::SlotRenew {
            let old = frame
                .slots
                .get(&slot)
                .copied()
                .ok_or_else(|| Trap::Invalid(format!("{slot} renewed before slot_start")))?;
            let bytes = self.mem.read(old, u64::from(data.size))?.to_vec();
            self.mem.write(fresh, &bytes)?;
        }
        frame.slots.insert(slot, fresh);
        Ok(())
    }
}

enum Flow {
    Jump(Block, Vec<Val>),
    Return(Vec<Val>),
}

fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

fn unary(op: Opcode, ty: Type, a: Val) -> Val {
    match op {
        Opcode::Neg => Val::int(ty, a.as_i64().wrapping_neg()),
        Opcode::Not if ty == Type::Bool => Val(u64::from(a.0 == 0)),
        Opcode::Not => Val::int(ty, !a.as_i64()),
        Opcode::Fneg if ty == Type::F32 => Val::f32(-f32::from_bits(a.0 as u32)),
        _ => Val::f64(-f64::from_bits(a.0)),
    }
}

fn binary(op: Opcode, ty: Type, count_ty: Type, a: Val, b: Val) -> Result<Val, Trap> {
    if op.is_float_binary() {
        return Ok(if ty == Type::F32 {
            let (x, y) = (f32::from_bits(a.0 as u32), f32::from_bits(b.0 as u32));
            Val::f32(match op {
                Opcode::Fadd => x + y,
                Opcode::Fsub => x - y,
                Opcode::Fmul => x * y,
                _ => x / y,
            })
        } else {
            let (x, y) = (f64::from_bits(a.0), f64::from_bits(b.0));
            Val::f64(match op {
                Opcode::Fadd => x + y,
                Opcode::Fsub => x - y,
                Opcode::Fmul => x * y,
                _ => x / y,
            })
        });
    }
    let w = ty.bits();
    let (x, y) = (a.as_i64(), b.as_i64());
    let (ux, uy) = (a.0 & mask(w), b.0 & mask(w));
    let r = match op {
        Opcode::Iadd => x.wrapping_add(y),
        Opcode::Isub => x.wrapping_sub(y),
        Opcode::Imul => x.wrapping_mul(y),
        Opcode::Sdiv | Opcode::Srem | Opcode::Udiv | Opcode::Urem if uy == 0 => return Err(Trap::DivideByZero),
        Opcode::Sdiv => x.wrapping_div(y),
        Opcode::Srem => x.wrapping_rem(y),
        Opcode::Udiv => (ux / uy) as i64,
        Opcode::Urem => (ux % uy) as i64,
        Opcode::And => x & y,
        Opcode::Or => x | y,
        Opcode::Xor => x ^ y,
        Opcode::AndNot => x & !y,
        Opcode::Shl | Opcode::Sshr | Opcode::Ushr => {
            let n = b.0 & mask(count_ty.bits());
            match op {
                Opcode::Shl if n >= u64::from(w) => 0,
                Opcode::Shl => x << n,
                Opcode::Sshr => x >> n.min(63),
                _ if n >= u64::from(w) => 0,
                _ => (ux >> n) as i64,
            }
        }
        _ => return Err(Trap::Invalid(format!("{op} is not a binary operation"))),
    };
    Ok(if ty == Type::Bool { Val(r as u64 & 1) } else { Val::int(ty, r) })
}

fn icmp(cond: IntCC, ty: Type, a: Val, b: Val) -> bool {
    let m = mask(ty.bits());
    let (x, y, ux, uy) = (a.as_i64(), b.as_i64(), a.0 & m, b.0 & m);
    match cond {
        IntCC::Eq => x == y,
        IntCC::Ne => x != y,
        IntCC::Slt => x < y,
        IntCC::Sle => x <= y,
        IntCC::Sgt => x > y,
        IntCC::Sge => x >= y,
        IntCC::Ult => ux < uy,
        IntCC::Ule => ux <= uy,
        IntCC::Ugt => ux > uy,
        IntCC::Uge => ux >= uy,
    }
}

fn fcmp(cond: FloatCC, ty: Type, a: Val, b: Val) -> bool {
    let (x, y) = if ty == Type::F32 {
        (f64::from(f32::from_bits(a.0 as u32)), f64::from(f32::from_bits(b.0 as u32)))
    } else {
        (f64::from_bits(a.0), f64::from_bits(b.0))
    };
    match cond {
        FloatCC::Eq => x == y,
        FloatCC::Ne => x != y,
        FloatCC::Lt => x < y,
        FloatCC::Le => x <= y,
        FloatCC::Gt => x > y,
        FloatCC::Ge => x >= y,
    }
}

fn float_of(ty: Type, a: Val) -> f64 {
    if ty == Type::F32 {
        f64::from(f32::from_bits(a.0 as u32))
    } else {
        f64::from_bits(a.0)
    }
}

fn to_float(to: Type, x: f64) -> Val {
    if to == Type::F32 {
        Val::f32(x as f32)
    } else {
        Val::f64(x)
    }
}

fn convert(op: Opcode, from: Type, to: Type, a: Val) -> Val {
    let uval = a.0 & mask(from.bits());
    match op {
        Opcode::Sext | Opcode::Trunc => Val::int(to, a.as_i64()),
        Opcode::Uext => Val::int(to, uval as i64),
        Opcode::Sitofp => {
            if to == Type::F32 {
                Val::f32(a.as_i64() as f32)
            } else {
                Val::f64(a.as_i64() as f64)
            }
        }
        Opcode::Uitofp => {
            if to == Type::F32 {
                Val::f32(uval as f32)
            } else {
                Val::f64(uval as f64)
            }
        }
        Opcode::Fptosi => {
            let x = float_of(from, a);
            Val::int(
                to,
                match to {
                    Type::I8 => i64::from(x as i8),
                    Type::I16 => i64::from(x as i16),
                    Type::I32 => i64::from(x as i32),
                    _ => x as i64,
                },
            )
        }
        Opcode::Fptoui => {
            let x = float_of(from, a);
            Val::int(
                to,
                match to {
                    Type::I8 => i64::from(x as u8),
                    Type::I16 => i64::from(x as u16),
                    Type::I32 => i64::from(x as u32),
                    _ => x as u64 as i64,
                },
            )
        }
        Opcode::Fpromote | Opcode::Fdemote => to_float(to, float_of(from, a)),
        _ => match to {
            Type::F32 | Type::F64 => Val(uval),
            _ => Val::int(to, uval as i64),
        },
    }
}

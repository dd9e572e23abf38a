//! The IR verifier.
//!
//! [`verify`] checks a whole module, [`verify_func`] one function in its module. Errors are
//! data ([`VerifierError`]), each tied to the entity it is about so that tools can map it
//! back to text. The verifier checks these invariants:
//!
//! Module
//! - M1. Global alignments are powers of two; initialised pieces lie inside the global, in
//!   increasing, non-overlapping order; `import` globals have no contents.
//! - M2. `import` functions have no body; every other function has an entry block.
//! - M3. Closure information: the parent is a defined function other than the closure
//!   itself; the closure's first parameter is a `ptr` (the closure object); capture
//!   alignments are powers of two and `from` slots exist in the parent; `range_body` names a
//!   `range_func` loop of the parent whose `body` is this closure.
//!
//! Block integrity
//! - B1. Every block in the layout has at least one instruction and ends with a terminator;
//!   no other instruction is a terminator.
//! - B2. The entry block's parameters match the signature's parameters; branches never
//!   target the entry block; branch targets are in the layout.
//! - B3. Branch arguments match the target's parameters in number and type.
//!
//! Instruction integrity and types
//! - I1. Every operand is a defined value (an instruction result or block parameter), every
//!   referenced entity (block, slot, loop, signature, function, global) exists.
//! - I2. Result values match the opcode's result types (count and types).
//! - I3. Operand types follow each opcode's rule (see the crate docs): integer ops on
//!   same-typed integers (shift counts any integer), `and`/`or`/`xor`/`not` also on `bool`,
//!   float ops on same-typed floats, `icmp` on same-typed integers, pointers, or (`eq`/`ne`)
//!   bools, conversions between the right classes and widths, `select` on a `bool`,
//!   addresses are `ptr`, `ptr_add` offsets are `i64`, `brif` conditions are `bool`,
//!   `br_table` indices are integers, immediates are normalized and alignments are powers
//!   of two.
//! - I4. Calls pass arguments matching the callee's (or `sigN`'s) parameters; `return`
//!   passes values matching the function's results.
//!
//! SSA
//! - S1. In reachable blocks, each use is dominated by its definition (a block argument is
//!   used at the branch).
//!
//! Slots
//! - L1. Slot sizes fit, alignments are powers of two; a slot's `loop` lists it in `vars`.
//! - L2. In reachable code every `slot_addr` and `slot_renew` of a slot is dominated by a
//!   `slot_start` of the same slot.
//!
//! Loops
//! - P1. Parent chains are acyclic; `vars` slots are distinct and name this loop back;
//!   `other` loops have no variables; `range` spans only on `range`/`range_func` loops;
//!   `distinct` only on `three_clause`/`range` loops.
//! - P2. `body` appears exactly on `range_func` loops and names a closure of this function
//!   whose `range_body` is this loop.
//! - P3. At most one `loop_next` per loop; `loop_exit` only for `range_func` loops.
//!
//! Closures
//! - C1. `make_closure @f` names a closure function whose parent is this function, with one
//!   `ptr` operand per capture; a capture `from ssN` receives `slot_addr ssN`.
//! - C2. `env_addr ctx, N` appears only in closure functions, `ctx` is the entry block's
//!   first parameter and `N` is a capture index.
//!
//! Source locations
//! - R1. In functions marked `srclocs`, every instruction that can fail at run time
//!   ([`Opcode::can_fail`]) has a known srcloc.

use crate::entities::{Block, FuncRef, Global, Inst, Loop, Slot, Value};
use crate::flowgraph::{ControlFlowGraph, DominatorTree};
use crate::function::{Func, LoopKind};
use crate::instructions::{InstData, Opcode};
use crate::module::{DataValue, Decls, Linkage, Module};
use crate::types::Type;
use crate::write::write_inst;
use crate::ValueDef;
use cranelift_entity::SecondaryMap;
use loopc_span::Span;
use std::collections::BTreeMap;
use std::fmt;

/// What a verifier error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorLocation {
    /// A global.
    Global(Global),
    /// A function as a whole (its header or declaration).
    Func,
    /// A function's closure information.
    Closure,
    /// A block (its header).
    Block(Block),
    /// An instruction.
    Inst(Inst),
    /// A slot declaration.
    Slot(Slot),
    /// A loop declaration.
    Loop(Loop),
}

/// One broken invariant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifierError {
    /// The function the error is in (`None` for globals).
    pub func: Option<FuncRef>,
    /// The entity the error is about.
    pub location: ErrorLocation,
    /// Printed form of the entity (for instructions, the instruction's text).
    pub context: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for VerifierError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.context, self.message)
    }
}

/// Verifies every declaration and body of `m`.
pub fn verify(m: &Module) -> Result<(), Vec<VerifierError>> {
    let mut errors = Vec::new();
    verify_globals(&m.decls, &mut errors);
    for f in m.decls.funcs.keys() {
        verify_func_into(m, f, &mut errors);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Verifies one function (its declaration and body) in the context of its module.
pub fn verify_func(m: &Module, f: FuncRef) -> Result<(), Vec<VerifierError>> {
    let mut errors = Vec::new();
    verify_func_into(m, f, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn verify_globals(decls: &Decls, errors: &mut Vec<VerifierError>) {
    for (g, data) in decls.globals.iter() {
        let mut err = |message: String| {
            errors.push(VerifierError {
                func: None,
                location: ErrorLocation::Global(g),
                context: format!("global @{}", data.name),
                message,
            })
        };
        if !data.align.is_power_of_two() {
            err(format!("alignment {} is not a power of two", data.align));
        }
        if data.linkage == Linkage::Import && !data.init.is_empty() {
            err("an imported global has no contents".into());
        }
        let mut end = 0u64;
        for (off, item) in &data.init {
            let off = u64::from(*off);
            if off < end {
                err(format!("data at offset {off} overlaps or is out of order"));
            }
            end = off + u64::from(item.size());
            if end > u64::from(data.size) {
                err(format!("data at offset {off} ends at {end}, past the size {}", data.size));
            }
            if let DataValue::Int(t, v) = item {
                if t.normalize_imm(*v) != *v {
                    err(format!("{t} {v} is not a normalized {t}"));
                }
            }
        }
    }
}

struct Verifier<'a> {
    m: &'a Module,
    f: FuncRef,
    func: &'a Func,
    errors: &'a mut Vec<VerifierError>,
    domtree: DominatorTree,
    /// Position of each inserted instruction within its block.
    pos: SecondaryMap<Inst, u32>,
}

fn verify_func_into(m: &Module, f: FuncRef, errors: &mut Vec<VerifierError>) {
    let decl = &m.decls.funcs[f];
    let func = &m.bodies[f];
    let cfg = ControlFlowGraph::compute(func);
    let domtree = DominatorTree::compute(func, &cfg);
    let mut pos = SecondaryMap::new();
    for b in func.layout.blocks() {
        for (i, inst) in func.layout.block_insts(b).enumerate() {
            pos[inst] = i as u32;
        }
    }
    let mut v = Verifier { m, f, func, errors, domtree, pos };
    if decl.linkage == Linkage::Import {
        if func.is_defined() || !func.dfg.insts.is_empty() {
            v.report(ErrorLocation::Func, "an imported function has no body".into());
        }
        return;
    }
    if !func.is_defined() {
        v.report(ErrorLocation::Func, "a defined function needs an entry block".into());
        return;
    }
    v.closure_info();
    v.slots_and_loops();
    v.blocks();
    v.slot_starts();
}

impl<'a> Verifier<'a> {
    fn decls(&self) -> &'a Decls {
        &self.m.decls
    }

    fn context(&self, loc: ErrorLocation) -> String {
        let name = &self.decls().funcs[self.f].name;
        match loc {
            ErrorLocation::Global(g) => format!("global @{}", self.decls().globals[g].name),
            ErrorLocation::Func => format!("@{name}"),
            ErrorLocation::Closure => format!("@{name}: closure"),
            ErrorLocation::Block(b) => format!("@{name}: {b}"),
            ErrorLocation::Slot(s) => format!("@{name}: {s}"),
            ErrorLocation::Loop(l) => format!("@{name}: {l}"),
            ErrorLocation::Inst(i) => {
                let mut text = String::new();
                if self.func.dfg.insts.is_valid(i) && self.entities_ok(i) {
                    let _ = write_inst(&mut text, self.decls(), self.func, i);
                } else {
                    text.push_str("<malformed>");
                }
                format!("@{name}: {i} ({text})")
            }
        }
    }

    /// Whether printing `inst` is safe (its entity references exist).
    fn entities_ok(&self, inst: Inst) -> bool {
        let d = self.decls();
        match &self.func.dfg.insts[inst] {
            InstData::GlobalAddr { global } => d.globals.is_valid(*global),
            InstData::FuncAddr { func } | InstData::Call { func, .. } | InstData::MakeClosure { func, .. } => {
                d.funcs.is_valid(*func)
            }
            _ => true,
        }
    }

    fn report(&mut self, location: ErrorLocation, message: String) {
        let context = self.context(location);
        self.errors.push(VerifierError { func: Some(self.f), location, context, message });
    }

    fn closure_info(&mut self) {
        let decl = &self.decls().funcs[self.f];
        let Some(c) = decl.closure.clone() else { return };
        let loc = ErrorLocation::Closure;
        if !self.decls().funcs.is_valid(c.parent) {
            return self.report(loc, format!("parent {} does not exist", c.parent));
        }
        if c.parent == self.f {
            self.report(loc, "a closure cannot be its own parent".into());
        }
        let parent_decl = &self.decls().funcs[c.parent];
        if parent_decl.linkage == Linkage::Import {
            self.report(loc, format!("parent @{} has no body", parent_decl.name));
        }
        if decl.sig.params.first() != Some(&Type::Ptr) {
            self.report(loc, "a closure's first parameter must be the closure object (ptr)".into());
        }
        let parent_body = &self.m.bodies[c.parent];
        for (i, cap) in c.captures.iter().enumerate() {
            if !cap.align.is_power_of_two() {
                self.report(loc, format!("env{i}: alignment {} is not a power of two", cap.align));
            }
            if let Some(s) = cap.slot {
                if !parent_body.slots.is_valid(s) {
                    self.report(loc, format!("env{i}: parent @{} has no slot {s}", parent_decl.name));
                }
            }
        }
        if let Some(l) = c.range_body {
            match parent_body.loops.get(l) {
                None => self.report(loc, format!("range_body: parent has no {l}")),
                Some(ld) if ld.kind != LoopKind::RangeFunc => {
                    self.report(loc, format!("range_body: parent's {l} is not a range_func loop"))
                }
                Some(ld) if ld.body != Some(self.f) => {
                    self.report(loc, format!("range_body: parent's {l} does not name this function as its body"))
                }
                Some(_) => {}
            }
        }
    }

    fn slots_and_loops(&mut self) {
        let func = self.func;
        for (s, data) in func.slots.iter() {
            let loc = ErrorLocation::Slot(s);
            if !data.align.is_power_of_two() {
                self.report(loc, format!("alignment {} is not a power of two", data.align));
            }
            if let Some(l) = data.lp {
                if !func.loops.is_valid(l) {
                    self.report(loc, format!("{l} does not exist"));
                } else if !func.loops[l].vars.contains(&s) {
                    self.report(loc, format!("slot names {l}, but {l} does not list it in vars"));
                }
            }
        }
        for (l, data) in func.loops.iter() {
            let loc = ErrorLocation::Loop(l);
            // Parent chain.
            let mut seen = 0;
            let mut p = data.parent;
            while let Some(q) = p {
                if !func.loops.is_valid(q) {
                    self.report(loc, format!("parent {q} does not exist"));
                    break;
                }
                seen += 1;
                if q == l || seen > func.loops.len() {
                    self.report(loc, "loop parents form a cycle".into());
                    break;
                }
                p = func.loops[q].parent;
            }
            for (i, &s) in data.vars.iter().enumerate() {
                if !func.slots.is_valid(s) {
                    self.report(loc, format!("variable {s} does not exist"));
                    continue;
                }
                if data.vars[..i].contains(&s) {
                    self.report(loc, format!("variable {s} is listed twice"));
                }
                if func.slots[s].lp != Some(l) {
                    self.report(loc, format!("variable {s} does not name {l} as its loop"));
                }
            }
            if data.kind == LoopKind::Other && !data.vars.is_empty() {
                self.report(loc, "an `other` loop has no loop variables".into());
            }
            if data.distinct && !matches!(data.kind, LoopKind::ThreeClause | LoopKind::Range) {
                self.report(loc, "only three_clause and range loops can be `distinct`".into());
            }
            if data.range_span != Span::default() && !matches!(data.kind, LoopKind::Range | LoopKind::RangeFunc) {
                self.report(loc, "only range loops have a `range` span".into());
            }
            match (data.kind, data.body) {
                (LoopKind::RangeFunc, None) => self.report(loc, "a range_func loop needs a body function".into()),
                (LoopKind::RangeFunc, Some(b)) => {
                    let ok = self
                        .decls()
                        .funcs
                        .get(b)
                        .and_then(|d| d.closure.as_ref())
                        .is_some_and(|c| c.parent == self.f && c.range_body == Some(l));
                    if !ok {
                        self.report(loc, format!("body {b} is not a closure of this function with `range_body {l}`"));
                    }
                }
                (_, Some(_)) => self.report(loc, "only range_func loops have a body function".into()),
                (_, None) => {}
            }
        }
    }

    fn blocks(&mut self) {
        let func = self.func;
        let entry = func.layout.entry_block().expect("invariant: checked by caller");
        let sig = self.decls().funcs[self.f].sig.clone();
        let entry_tys: Vec<Type> = func.dfg.block_params(entry).iter().map(|&v| func.dfg.value_type(v)).collect();
        if entry_tys != sig.params {
            self.report(
                ErrorLocation::Block(entry),
                format!("entry block parameters {entry_tys:?} do not match the signature {sig}"),
            );
        }
        let mut loop_next_seen: BTreeMap<Loop, Inst> = BTreeMap::new();
        for block in func.layout.blocks() {
            for &p in func.dfg.block_params(block) {
                if func.dfg.value_def(p) == ValueDef::Unassigned {
                    self.report(ErrorLocation::Block(block), format!("parameter {p} is not defined"));
                }
            }
            let Some(last) = func.layout.last_inst(block) else {
                self.report(ErrorLocation::Block(block), "block is empty".into());
                continue;
            };
            for inst in func.layout.block_insts(block) {
                let op = func.dfg.insts[inst].opcode();
                if op.is_terminator() && inst != last {
                    self.report(ErrorLocation::Inst(inst), "terminator in the middle of a block".into());
                }
                if inst == last && !op.is_terminator() {
                    self.report(ErrorLocation::Inst(inst), "block does not end with a terminator".into());
                }
                if op == Opcode::LoopNext {
                    if let InstData::LoopMarker { lp, .. } = func.dfg.insts[inst] {
                        if let Some(prev) = loop_next_seen.insert(lp, inst) {
                            self.report(
                                ErrorLocation::Inst(inst),
                                format!("second loop_next for {lp} (first: {prev})"),
                            );
                        }
                    }
                }
                self.inst(block, inst);
            }
        }
    }

    fn value_ok(&mut self, inst: Inst, v: Value) -> bool {
        let func = self.func;
        if !func.dfg.value_is_valid(v) {
            self.report(ErrorLocation::Inst(inst), format!("operand {v} is not a defined value"));
            return false;
        }
        match func.dfg.value_def(v) {
            ValueDef::Result(i, _) if func.layout.inst_block(i).is_none() => {
                self.report(
                    ErrorLocation::Inst(inst),
                    format!("operand {v} is defined by an instruction not in the layout"),
                );
                false
            }
            ValueDef::Param(b, _) if !func.layout.is_block_inserted(b) => {
                self.report(
                    ErrorLocation::Inst(inst),
                    format!("operand {v} is a parameter of a block not in the layout"),
                );
                false
            }
            _ => true,
        }
    }

    /// Whether the definition of `v` dominates the use at `inst` in `block`.
    fn def_dominates(&self, v: Value, block: Block, inst: Inst) -> bool {
        match self.func.dfg.value_def(v) {
            ValueDef::Param(b, _) => self.domtree.dominates(b, block),
            ValueDef::Result(i, _) => {
                let Some(db) = self.func.layout.inst_block(i) else { return false };
                if db == block {
                    self.pos[i] < self.pos[inst]
                } else {
                    self.domtree.dominates(db, block)
                }
            }
            ValueDef::Unassigned => false,
        }
    }

    fn inst(&mut self, block: Block, inst: Inst) {
        let func = self.func;
        let data = &func.dfg.insts[inst];
        let loc = ErrorLocation::Inst(inst);
        // I1 + S1.
        let mut all_ok = true;
        for v in data.args() {
            if !self.value_ok(inst, v) {
                all_ok = false;
                continue;
            }
            if self.domtree.is_reachable(block) && !self.def_dominates(v, block, inst) {
                self.report(loc, format!("use of {v} is not dominated by its definition"));
            }
        }
        if !self.entity_refs(inst, data) || !all_ok {
            return;
        }
        // I2.
        let want = func.dfg.result_types(data, self.decls());
        let got: Vec<Type> = func.dfg.inst_results(inst).iter().map(|&r| func.dfg.value_type(r)).collect();
        if want.as_slice() != got.as_slice() {
            self.report(loc, format!("results have types {got:?}, expected {:?}", want.as_slice()));
        }
        // R1.
        if func.require_srclocs && data.opcode().can_fail() && func.srclocs[inst] == Span::default() {
            self.report(loc, "instruction can fail at run time but has no srcloc".into());
        }
        self.types(inst, data);
    }

    /// Checks that entities named by `data` exist; reports and returns false otherwise.
    fn entity_refs(&mut self, inst: Inst, data: &InstData) -> bool {
        let func = self.func;
        let loc = ErrorLocation::Inst(inst);
        let d = self.decls();
        let missing = match data {
            InstData::GlobalAddr { global } if !d.globals.is_valid(*global) => Some(global.to_string()),
            InstData::FuncAddr { func: f } | InstData::Call { func: f, .. } | InstData::MakeClosure { func: f, .. }
                if !d.funcs.is_valid(*f) =>
            {
                Some(f.to_string())
            }
            InstData::CallIndirect { sig, .. } if !func.dfg.sigs.is_valid(*sig) => Some(sig.to_string()),
            InstData::SlotOp { slot, .. } | InstData::SlotAddr { slot, .. } if !func.slots.is_valid(*slot) => {
                Some(slot.to_string())
            }
            _ => data.loop_ref().filter(|l| !func.loops.is_valid(*l)).map(|l| l.to_string()),
        };
        if let Some(what) = missing {
            self.report(loc, format!("{what} does not exist"));
            return false;
        }
        for dest in data.branch_dests() {
            if !func.dfg.blocks.is_valid(dest.block) || !func.layout.is_block_inserted(dest.block) {
                self.report(loc, format!("branch target {} is not in the layout", dest.block));
                return false;
            }
        }
        true
    }

    fn ty(&self, v: Value) -> Type {
        self.func.dfg.value_type(v)
    }

    fn expect_ty(&mut self, inst: Inst, v: Value, want: Type, what: &str) {
        let got = self.ty(v);
        if got != want {
            self.report(ErrorLocation::Inst(inst), format!("{what} {v} has type {got}, expected {want}"));
        }
    }

    fn args_match(&mut self, inst: Inst, what: &str, args: &[Value], params: &[Type]) {
        if args.len() != params.len() {
            self.report(
                ErrorLocation::Inst(inst),
                format!("{what} takes {} argument(s), {} given", params.len(), args.len()),
            );
            return;
        }
        for (i, (&a, &p)) in args.iter().zip(params).enumerate() {
            if self.ty(a) != p {
                let t = self.ty(a);
                self.report(
                    ErrorLocation::Inst(inst),
                    format!("{what}: argument {i} ({a}) has type {t}, expected {p}"),
                );
            }
        }
    }

    fn types(&mut self, inst: Inst, data: &InstData) {
        let func = self.func;
        let loc = ErrorLocation::Inst(inst);
        let op = data.opcode();
        match data {
            InstData::IntConst { ty, imm } => {
                if ty.is_float() {
                    self.report(loc, "iconst needs an integer, bool or ptr type".into());
                } else if ty.normalize_imm(*imm) != *imm {
                    self.report(loc, format!("immediate {imm} is not a normalized {ty}"));
                }
            }
            InstData::FloatConst { ty, bits } => {
                if !ty.is_float() {
                    self.report(loc, "fconst needs f32 or f64".into());
                } else if *ty == Type::F32 && *bits > u64::from(u32::MAX) {
                    self.report(loc, "f32 immediate has more than 32 bits".into());
                }
            }
            InstData::Unary { op, arg } => {
                let t = self.ty(*arg);
                let ok = match op {
                    Opcode::Neg => t.is_int(),
                    Opcode::Not => t.is_int() || t == Type::Bool,
                    Opcode::Fneg => t.is_float(),
                    Opcode::DeferFrame | Opcode::DeferRun => t == Type::Ptr,
                    _ => false,
                };
                if !ok {
                    self.report(loc, format!("{op} does not accept {t}"));
                }
            }
            InstData::Binary { op, args } => self.binary_types(inst, *op, *args),
            InstData::IntCompare { cond, args } => {
                let (a, b) = (self.ty(args[0]), self.ty(args[1]));
                if a != b {
                    self.report(loc, format!("icmp operands have different types {a} and {b}"));
                } else if a.is_float() {
                    self.report(loc, "icmp does not compare floats; use fcmp".into());
                } else if a == Type::Bool && !cond.is_equality() {
                    self.report(loc, format!("bools compare only with eq or ne, not {cond}"));
                }
            }
            InstData::FloatCompare { args, .. } => {
                let (a, b) = (self.ty(args[0]), self.ty(args[1]));
                if a != b || !a.is_float() {
                    self.report(loc, format!("fcmp needs two operands of one float type, got {a} and {b}"));
                }
            }
            InstData::Convert { op, ty, arg } => self.convert_types(inst, *op, *ty, self.ty(*arg)),
            InstData::Select { args } => {
                self.expect_ty(inst, args[0], Type::Bool, "condition");
                let (a, b) = (self.ty(args[1]), self.ty(args[2]));
                if a != b {
                    self.report(loc, format!("select arms have different types {a} and {b}"));
                }
            }
            InstData::Load { ptr, .. } => self.expect_ty(inst, *ptr, Type::Ptr, "address"),
            InstData::Store { args, .. } => self.expect_ty(inst, args[1], Type::Ptr, "address"),
            InstData::MemCopy { args, .. } => {
                self.expect_ty(inst, args[0], Type::Ptr, "destination");
                self.expect_ty(inst, args[1], Type::Ptr, "source");
            }
            InstData::MemZero { ptr, .. } => self.expect_ty(inst, *ptr, Type::Ptr, "address"),
            InstData::Alloc { align, .. } => {
                if !align.is_power_of_two() {
                    self.report(loc, format!("alignment {align} is not a power of two"));
                }
            }
            InstData::GlobalAddr { .. } | InstData::FuncAddr { .. } | InstData::SlotOp { .. } => {}
            InstData::SlotAddr { addrof, site, .. } => {
                if !addrof && (site.lp.is_some() || site.in_return) {
                    self.report(loc, "only slot_addr.addrof carries a site".into());
                }
            }
            InstData::EnvAddr { ctx, index } => self.env_addr(inst, *ctx, *index),
            InstData::Call { func: callee, args } => {
                let sig = self.decls().funcs[*callee].sig.clone();
                let name = format!("@{}", self.decls().funcs[*callee].name);
                self.args_match(inst, &name, args, &sig.params);
            }
            InstData::CallIndirect { sig, callee, args, .. } => {
                let what = if op == Opcode::CallClosure { "closure" } else { "callee" };
                self.expect_ty(inst, *callee, Type::Ptr, what);
                let params = func.dfg.sigs[*sig].params.clone();
                self.args_match(inst, &sig.to_string(), args, &params);
            }
            InstData::MakeClosure { func: callee, args, .. } => self.make_closure(inst, *callee, args),
            InstData::LoopMarker { op: Opcode::LoopExit, lp } => {
                if func.loops[*lp].kind != LoopKind::RangeFunc {
                    self.report(loc, format!("loop_exit is only for range_func loops, {lp} is not one"));
                }
            }
            InstData::LoopMarker { .. } => {}
            InstData::Jump { .. } | InstData::Brif { .. } | InstData::BrTable { .. } => self.branch(inst, data),
            InstData::Return { args } => {
                let rets = self.decls().funcs[self.f].sig.returns.clone();
                self.args_match(inst, "return", args, &rets);
            }
            InstData::Unreachable | InstData::Trap { .. } | InstData::Nullary { .. } => {}
        }
    }

    fn binary_types(&mut self, inst: Inst, op: Opcode, args: [Value; 2]) {
        let (a, b) = (self.ty(args[0]), self.ty(args[1]));
        let loc = ErrorLocation::Inst(inst);
        match op {
            Opcode::PtrAdd => {
                self.expect_ty(inst, args[0], Type::Ptr, "base");
                self.expect_ty(inst, args[1], Type::I64, "offset");
            }
            Opcode::DeferPush => {
                self.expect_ty(inst, args[0], Type::Ptr, "defer frame");
                self.expect_ty(inst, args[1], Type::Ptr, "closure");
            }
            _ if op.is_shift() => {
                if !a.is_int() || !b.is_int() {
                    self.report(loc, format!("{op} needs integer operands, got {a} and {b}"));
                }
            }
            _ if op.is_float_binary() => {
                if a != b || !a.is_float() {
                    self.report(loc, format!("{op} needs two operands of one float type, got {a} and {b}"));
                }
            }
            _ => {
                let bool_ok = matches!(op, Opcode::And | Opcode::Or | Opcode::Xor | Opcode::AndNot);
                if a != b || !(a.is_int() || (bool_ok && a == Type::Bool)) {
                    self.report(loc, format!("{op} needs two operands of one integer type, got {a} and {b}"));
                }
            }
        }
    }

    fn convert_types(&mut self, inst: Inst, op: Opcode, to: Type, from: Type) {
        let ok = match op {
            Opcode::Sext => from.is_int() && to.is_int() && to.bits() > from.bits(),
            Opcode::Uext => {
                (from.is_int() || from == Type::Bool) && to.is_int() && to.bits() > from.bits()
                    || from == Type::Bool && to == Type::I8
            }
            Opcode::Trunc => from.is_int() && to.is_int() && to.bits() < from.bits(),
            Opcode::Sitofp | Opcode::Uitofp => from.is_int() && to.is_float(),
            Opcode::Fptosi | Opcode::Fptoui => from.is_float() && to.is_int(),
            Opcode::Fpromote => from == Type::F32 && to == Type::F64,
            Opcode::Fdemote => from == Type::F64 && to == Type::F32,
            Opcode::Bitcast => from != to && from.bytes() == to.bytes() && from != Type::Bool && to != Type::Bool,
            _ => false,
        };
        if !ok {
            self.report(ErrorLocation::Inst(inst), format!("{op} cannot convert {from} to {to}"));
        }
    }

    fn env_addr(&mut self, inst: Inst, ctx: Value, index: u32) {
        let loc = ErrorLocation::Inst(inst);
        let Some(c) = self.decls().funcs[self.f].closure.as_ref() else {
            return self.report(loc, "env_addr outside a closure function".into());
        };
        let n = c.captures.len();
        if index as usize >= n {
            self.report(loc, format!("capture index {index} out of range (the closure has {n})"));
        }
        let entry = self.func.layout.entry_block().expect("invariant: checked by caller");
        if self.func.dfg.block_params(entry).first() != Some(&ctx) {
            self.report(loc, format!("{ctx} is not the closure object (the entry block's first parameter)"));
        }
    }

    fn make_closure(&mut self, inst: Inst, callee: FuncRef, args: &[Value]) {
        let loc = ErrorLocation::Inst(inst);
        let callee_decl = &self.decls().funcs[callee];
        let Some(c) = callee_decl.closure.clone() else {
            return self.report(loc, format!("@{} is not a closure function", callee_decl.name));
        };
        if c.parent != self.f {
            let p = &self.decls().funcs[c.parent].name;
            self.report(loc, format!("closure @{}'s parent is @{p}, not this function", callee_decl.name));
        }
        if args.len() != c.captures.len() {
            return self.report(loc, format!("{} captures expected, {} given", c.captures.len(), args.len()));
        }
        for (i, (&a, cap)) in args.iter().zip(&c.captures).enumerate() {
            self.expect_ty(inst, a, Type::Ptr, &format!("capture {i}"));
            if let Some(s) = cap.slot {
                let from_slot = self
                    .func
                    .dfg
                    .value_inst(a)
                    .map(|d| &self.func.dfg.insts[d])
                    .is_some_and(|d| matches!(d, InstData::SlotAddr { slot, .. } if *slot == s));
                if !from_slot {
                    self.report(loc, format!("capture {i} is declared `from {s}` but {a} is not `slot_addr {s}`"));
                }
            }
        }
    }

    fn branch(&mut self, inst: Inst, data: &InstData) {
        let func = self.func;
        let loc = ErrorLocation::Inst(inst);
        match data {
            InstData::Brif { cond, .. } => self.expect_ty(inst, *cond, Type::Bool, "condition"),
            InstData::BrTable { index, .. } => {
                let t = self.ty(*index);
                if !t.is_int() {
                    self.report(loc, format!("br_table index {index} has type {t}, expected an integer"));
                }
            }
            _ => {}
        }
        let entry = func.layout.entry_block();
        for dest in data.branch_dests() {
            if Some(dest.block) == entry {
                self.report(loc, "branch to the entry block".into());
            }
            let params: Vec<Type> = func.dfg.block_params(dest.block).iter().map(|&p| func.dfg.value_type(p)).collect();
            self.args_match(inst, &dest.block.to_string(), &dest.args, &params);
        }
    }

    /// L2: every `slot_addr`/`slot_renew` in reachable code is dominated by a `slot_start`.
    fn slot_starts(&mut self) {
        let func = self.func;
        let mut starts: SecondaryMap<Slot, Vec<Inst>> = SecondaryMap::new();
        let mut uses = Vec::new();
        for b in func.layout.blocks() {
            for inst in func.layout.block_insts(b) {
                match func.dfg.insts[inst] {
                    InstData::SlotOp { op: Opcode::SlotStart, slot } if func.slots.is_valid(slot) => {
                        starts[slot].push(inst)
                    }
                    InstData::SlotOp { slot, .. } | InstData::SlotAddr { slot, .. }
                        if func.slots.is_valid(slot) && self.domtree.is_reachable(b) =>
                    {
                        uses.push((b, inst, slot))
                    }
                    _ => {}
                }
            }
        }
        for (b, inst, slot) in uses {
            let dominated = starts[slot].iter().any(|&s| {
                let sb = func.layout.inst_block(s).expect("invariant: collected from layout");
                if sb == b {
                    self.pos[s] < self.pos[inst]
                } else {
                    self.domtree.dominates(sb, b)
                }
            });
            if !dominated {
                self.report(ErrorLocation::Inst(inst), format!("{slot} is used before any dominating slot_start"));
            }
        }
    }
}

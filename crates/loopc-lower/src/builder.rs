//! [`FnCx`]: the state of lowering one function body, and its emission helpers.
//!
//! It owns the [`Func`] being built (kept apart from the module so that declarations can be
//! added while a body is under construction), the current block, the current source span
//! (every inserted instruction gets it), the SSA builder, variable locations, and the
//! control-flow context (loops, labels, the exit block). Branches go through [`FnCx::jump`],
//! [`FnCx::brif`], which pass the SSA arguments and record
//! predecessors. After a terminator there is no current block; emitting more code opens a
//! fresh, unreachable block, which [`FnCx::finish`] terminates with `unreachable`.

use crate::ssa::{SsaBuilder, Var};
use crate::types_layout::{Env, Repr, Ty};
use crate::Lower;
use loopc_ir::{Block, Func, FuncCursor, FuncRef, Global, Loop, Opcode, Site, Slot, SlotData, Type, Value};
use loopc_span::{FileId, Span};
use loopc_types::{NodeKey, ObjId};
use std::collections::{HashMap, HashSet};

/// A lowered Go value.
#[derive(Clone, Copy, Debug)]
pub enum Val {
    /// A scalar.
    S(Value),
    /// The address of an aggregate's memory.
    M(Value),
    /// No value.
    None,
}

impl Val {
    /// The IR value (scalar or address).
    pub fn v(self) -> Value {
        match self {
            Val::S(v) | Val::M(v) => v,
            Val::None => panic!("invariant: a value-less expression used as a value"),
        }
    }
}

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub enum VarLoc {
    /// An SSA variable.
    Ssa(Var),
    /// A slot.
    Slot(Slot),
    /// A fixed address (captured variable: `env_addr` at entry).
    Addr(Value),
    /// A package variable.
    Global(Global),
}

/// Targets of `break`/`continue` for a statement.
#[derive(Clone, Debug)]
pub struct BranchTarget {
    /// The statement (loop, switch, labeled statement).
    pub stmt: NodeKey,
    /// `break` destination.
    pub brk: Block,
    /// `continue` destination (loops only).
    pub cont: Option<Block>,
}

/// How a function returns.
#[derive(Clone, Debug)]
pub struct ResultVar {
    /// Its type.
    pub ty: Ty,
    /// Its storage.
    pub loc: VarLoc,
}

/// State of a range-over-func body closure being lowered.
#[derive(Clone, Debug)]
pub struct RangeBody {
    /// Address of the `#next` variable.
    pub next: Value,
    /// Enclosing function's result variables (addresses), for `return` in the body.
    pub results: Vec<(Ty, Value)>,
    /// The token of the loop nest's body defers (`runtime.deferrangefunc`'s result,
    /// captured), if a body of the nest contains `defer`.
    pub defer_frame: Option<Value>,
    /// Targets outside the body, by statement, with their `#next` codes.
    pub outer_codes: HashMap<NodeKey, (i64, i64)>,
    /// The statement key of the loop this body belongs to.
    pub stmt: NodeKey,
    /// Labels declared inside the body.
    pub body_labels: Vec<String>,
    /// Branches leaving the body: (`#next` code, target statement or label, is continue).
    pub escapes: Vec<(i64, Escape)>,
}

/// Where a branch leaving a range-over-func body goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Escape {
    /// `return` from the enclosing function.
    Return,
    /// `break` to a statement outside.
    Break(NodeKey),
    /// `continue` of a loop outside.
    Continue(NodeKey),
    /// `goto` a label outside.
    Goto(String),
}

/// Lowering state of one function.
pub struct FnCx<'a, 'p> {
    pub lw: &'a mut Lower<'p>,
    pub func: Func,
    pub fref: FuncRef,
    pub name: String,
    pub file: FileId,
    pub env: Env,
    pub ssa: SsaBuilder,
    pub block: Option<Block>,
    pub span: Span,
    pub g: Value,
    pub ctx: Option<Value>,
    pub vars: HashMap<ObjId, VarLoc>,
    pub results: Vec<ResultVar>,
    pub out_ptrs: Vec<Value>,
    pub exit: Block,
    pub entry: Block,
    pub defer_frame: Option<Value>,
    /// Syntactic loops of this function, innermost last.
    pub loops: Vec<Loop>,
    /// break/continue targets, innermost last.
    pub targets: Vec<BranchTarget>,
    /// Blocks of labels (goto targets).
    pub labels: HashMap<String, Block>,
    pub in_return: bool,
    pub range_body: Option<RangeBody>,
    /// Number of `closure`-nesting levels (0: top-level function).
    pub nesting: u32,
    /// Cases' bodies for `fallthrough`, keyed by clause.
    pub fallthrough_to: HashMap<NodeKey, Block>,
    /// Captures of this closure: object → index.
    pub capture_index: HashMap<ObjId, u32>,
    /// Variables whose first `append` got a stack backing store (`builtins::append_store`).
    pub append_stores: HashSet<ObjId>,
    /// Whether a statement's evaluation order is being applied (`order.rs`).
    pub ordering: bool,
    /// Operands lowered ahead by the ordering, by node, until the statement uses them.
    pub pre: HashMap<NodeKey, Vec<Val>>,
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// A context for a new body of `fref`.
    pub fn new(lw: &'a mut Lower<'p>, fref: FuncRef, file: FileId, env: Env) -> FnCx<'a, 'p> {
        let name = lw.m.decls.funcs[fref].name.clone();
        let mut func = Func::new();
        func.require_srclocs = true;
        let entry = func.dfg.make_block();
        let exit = func.dfg.make_block();
        FnCx {
            lw,
            func,
            fref,
            name,
            file,
            env,
            ssa: SsaBuilder::default(),
            block: None,
            span: Span::default(),
            g: Value::from_u32(0),
            ctx: None,
            vars: HashMap::new(),
            results: Vec::new(),
            out_ptrs: Vec::new(),
            exit,
            entry,
            defer_frame: None,
            loops: Vec::new(),
            targets: Vec::new(),
            labels: HashMap::new(),
            in_return: false,
            range_body: None,
            nesting: 0,
            fallthrough_to: HashMap::new(),
            capture_index: HashMap::new(),
            append_stores: HashSet::new(),
            ordering: false,
            pre: HashMap::new(),
        }
    }

    /// A cursor at the end of the current block (opening an unreachable one if needed).
    pub fn ins(&mut self) -> FuncCursor<'_> {
        let b = self.cur_block();
        let mut c = FuncCursor::new(&self.lw.m.decls, &mut self.func);
        c.goto_bottom(b);
        c.set_span(self.span);
        c
    }

    /// The current block, opening a fresh unreachable one after a terminator.
    pub fn cur_block(&mut self) -> Block {
        match self.block {
            Some(b) => b,
            None => {
                let b = self.func.dfg.make_block();
                self.func.layout.append_block(b);
                self.seal(b);
                self.block = Some(b);
                b
            }
        }
    }

    /// Whether code emitted now is reachable (there is an open block).
    pub fn is_open(&self) -> bool {
        self.block.is_some()
    }

    /// A new block (not in the layout yet).
    pub fn new_block(&mut self) -> Block {
        self.func.dfg.make_block()
    }

    /// Makes `b` current (appending it to the layout).
    pub fn switch_to(&mut self, b: Block) {
        if !self.func.layout.is_block_inserted(b) {
            self.func.layout.append_block(b);
        }
        self.block = Some(b);
    }

    /// Seals `b` for SSA construction.
    pub fn seal(&mut self, b: Block) {
        self.ssa.seal(&self.lw.m.decls, &mut self.func, b);
    }

    fn args_to(&mut self, from: Block, to: Block) -> Vec<Value> {
        self.ssa.branch_args(&self.lw.m.decls, &mut self.func, from, to)
    }

    /// `jump to`; closes the current block.
    pub fn jump(&mut self, to: Block) {
        let from = self.cur_block();
        let args = self.args_to(from, to);
        let inst = self.ins().jump(to, &args);
        self.ssa.add_pred(to, from, inst);
        self.block = None;
    }

    /// `brif c, t, f`; closes the current block.
    pub fn brif(&mut self, c: Value, t: Block, f: Block) {
        let from = self.cur_block();
        let ta = self.args_to(from, t);
        let fa = self.args_to(from, f);
        let inst = self.ins().brif(c, t, &ta, f, &fa);
        self.ssa.add_pred(t, from, inst);
        self.ssa.add_pred(f, from, inst);
        self.block = None;
    }

    /// Reads SSA variable `v`.
    pub fn use_var(&mut self, v: Var) -> Value {
        let b = self.cur_block();
        self.ssa.use_var(&self.lw.m.decls, &mut self.func, v, b)
    }

    /// Writes SSA variable `v`.
    pub fn def_var(&mut self, v: Var, val: Value) {
        let b = self.cur_block();
        self.ssa.def_var(v, b, val);
    }

    /// The site of an address-taking or capturing instruction emitted now.
    pub fn site(&self) -> Site {
        Site { lp: self.loops.last().copied(), in_return: self.in_return }
    }

    /// Integer constant.
    pub fn iconst(&mut self, ty: Type, v: i64) -> Value {
        self.ins().iconst(ty, v)
    }

    /// `i64` constant.
    pub fn i64c(&mut self, v: i64) -> Value {
        self.ins().iconst(Type::I64, v)
    }

    /// A zero of scalar type `ty`.
    pub fn zero(&mut self, ty: Type) -> Value {
        match ty {
            Type::F32 => self.ins().f32const(0.0),
            Type::F64 => self.ins().f64const(0.0),
            t => self.ins().iconst(t, 0),
        }
    }

    /// Fresh zeroed temporary memory for a value of `ty`.
    pub fn temp(&mut self, ty: Ty) -> Value {
        let (s, a) = self.lw.tcx.size_align(ty);
        self.ins().alloc(s as u32, (a as u32).max(1))
    }

    /// Fresh zeroed memory of a raw size.
    pub fn temp_raw(&mut self, size: u32, align: u32) -> Value {
        self.ins().alloc(size, align)
    }

    /// `p + off` with a constant offset.
    pub fn addr_off(&mut self, p: Value, off: i64) -> Value {
        if off == 0 {
            return p;
        }
        let o = self.i64c(off);
        self.ins().ptr_add(p, o)
    }

    /// Loads a value of type `ty` from `p` (aggregates: the address itself).
    pub fn load_val(&mut self, ty: Ty, p: Value) -> Val {
        match self.lw.tcx.repr(ty) {
            Repr::Scalar(t) => Val::S(self.ins().load(t, p, 0)),
            Repr::Mem(..) => Val::M(p),
        }
    }

    /// Stores `v` (of type `ty`) at `p`.
    pub fn store_val(&mut self, ty: Ty, v: Val, p: Value) {
        match (self.lw.tcx.repr(ty), v) {
            (Repr::Scalar(_), Val::S(x)) => {
                self.ins().store(x, p, 0);
            }
            (Repr::Mem(size, _), Val::M(src)) => {
                if size > 0 && src != p {
                    self.ins().memcpy(p, src, size);
                }
            }
            (Repr::Mem(size, _), Val::None) => {
                if size > 0 {
                    self.ins().memzero(p, size);
                }
            }
            // Mismatches only arise from types the checker could not resolve (errors in
            // std packages); store something well-typed rather than fail.
            (Repr::Scalar(t), Val::M(src)) => {
                let x = self.ins().load(t, src, 0);
                self.ins().store(x, p, 0);
            }
            (Repr::Scalar(t), Val::None) => {
                let z = self.zero(t);
                self.ins().store(z, p, 0);
            }
            (Repr::Mem(..), Val::S(x)) => {
                self.ins().store(x, p, 0);
            }
        }
    }

    /// A copy of an aggregate value in fresh memory (scalars are returned as they are).
    pub fn copy_val(&mut self, ty: Ty, v: Val) -> Val {
        match v {
            Val::M(src) => {
                let t = self.temp(ty);
                self.store_val(ty, Val::M(src), t);
                Val::M(t)
            }
            v => v,
        }
    }

    /// The zero value of `ty`.
    pub fn zero_val(&mut self, ty: Ty) -> Val {
        match self.lw.tcx.repr(ty) {
            Repr::Scalar(t) => Val::S(self.zero(t)),
            Repr::Mem(..) => Val::M(self.temp(ty)),
        }
    }

    /// A new slot for a variable.
    pub fn new_slot(&mut self, name: &str, ty: Ty, decl: Span) -> Slot {
        let (s, a) = self.lw.tcx.size_align(ty);
        self.func.slots.push(SlotData::new(name, s as u32, (a as u32).max(1), decl))
    }

    /// Emits the panic-flag check after a call that may panic.
    pub fn check_panic(&mut self) {
        if !self.is_open() {
            return;
        }
        let g = self.g;
        let f = self.ins().load(Type::Bool, g, 0);
        let cont = self.new_block();
        let unwind = self.unwind_block();
        self.brif(f, unwind, cont);
        self.switch_to(cont);
        self.seal(cont);
    }

    /// The block a panic check branches to.
    pub fn unwind_block(&mut self) -> Block {
        self.exit
    }

    /// After a call that always panics.
    pub fn after_noreturn(&mut self) {
        let unwind = self.unwind_block();
        self.jump(unwind);
    }

    /// Calls a function in the module by reference; checks for panics if `may_panic`.
    pub fn call_direct(&mut self, f: FuncRef, args: &[Value], may_panic: bool) -> Vec<Value> {
        let r = self.ins().call(f, args).to_vec();
        if may_panic {
            self.check_panic();
        }
        r
    }

    /// Calls a runtime function (api.go) by name.
    pub fn rt(&mut self, name: &str, args: &[Value]) -> Vec<Value> {
        let (f, may_panic, noreturn) = crate::runtime::runtime_func(self.lw, name);
        let mut full = vec![self.g];
        full.extend_from_slice(args);
        let r = self.ins().call(f, &full).to_vec();
        if noreturn {
            self.after_noreturn();
        } else if may_panic {
            self.check_panic();
        }
        r
    }

    /// Emits `if !ok { runtime.NAME(args...) }`.
    pub fn panic_unless(&mut self, ok: Value, name: &str, args: &[Value]) {
        let good = self.new_block();
        let bad = self.new_block();
        self.brif(ok, good, bad);
        self.switch_to(bad);
        self.seal(bad);
        self.rt(name, args);
        self.switch_to(good);
        self.seal(good);
    }

    /// Nil check of a pointer (panicmem).
    pub fn nil_check(&mut self, p: Value) {
        let z = self.iconst(Type::Ptr, 0);
        let ok = self.ins().icmp(loopc_ir::IntCC::Ne, p, z);
        self.panic_unless(ok, "panicmem", &[]);
    }

    /// Integer `op` on two values.
    pub fn bin(&mut self, op: Opcode, a: Value, b: Value) -> Value {
        self.ins().binary(op, a, b)
    }

    /// Sets the span for following instructions, returning the old one.
    pub fn at(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.span, span)
    }

    /// Ends lowering: terminates open dead blocks and returns the body.
    pub fn finish(mut self) -> (Func, FuncRef) {
        if !self.func.layout.is_block_inserted(self.exit) && self.ssa.pred_count(self.exit) > 0 {
            // Wrappers whose only exit is a panic: return zeros.
            let exit = self.exit;
            self.switch_to(exit);
            self.seal(exit);
            let rets = self.lw.m.decls.funcs[self.fref].sig.returns.clone();
            let zs: Vec<Value> = rets.into_iter().map(|t| self.zero(t)).collect();
            self.ins().ret(&zs);
            self.block = None;
        }
        let blocks: Vec<Block> = self.func.layout.blocks().collect();
        for &b in &blocks {
            self.seal(b);
        }
        for b in blocks {
            let last = self.func.layout.last_inst(b);
            let terminated = last.is_some_and(|i| self.func.dfg.insts[i].opcode().is_terminator());
            if !terminated {
                let mut c = FuncCursor::new(&self.lw.m.decls, &mut self.func);
                c.goto_bottom(b);
                c.set_span(self.span);
                c.unreachable();
            }
        }
        (self.func, self.fref)
    }
}

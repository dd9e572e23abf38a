//! Opcodes and instruction data.
//!
//! An instruction is an [`InstData`]: one variant per *format* (operand shape), each carrying
//! its [`Opcode`] where several opcodes share a format. Result values are not stored here; the
//! [`DataFlowGraph`](crate::DataFlowGraph) keeps them next to the data. The semantics of every
//! opcode are specified in the crate documentation (`lib.rs`).

use crate::entities::{Block, FuncRef, Global, Loop, SigRef, Slot, Value};
use crate::types::Type;
use smallvec::SmallVec;
use std::fmt;

/// Variable-length operand lists.
pub type ValueList = SmallVec<[Value; 4]>;

macro_rules! opcodes {
    ($($(#[$doc:meta])* $v:ident = $name:literal,)*) => {
        /// What an instruction does. See the crate docs for each opcode's semantics.
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub enum Opcode { $($(#[$doc])* $v,)* }

        impl Opcode {
            /// Every opcode, in declaration order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$v,)*];

            /// The opcode's name in the text format.
            pub const fn name(self) -> &'static str {
                match self { $(Opcode::$v => $name,)* }
            }
        }
    };
}

opcodes! {
    /// `iconst.T imm`
    Iconst = "iconst",
    /// `fconst.T imm`
    Fconst = "fconst",
    /// integer add (wrapping)
    Iadd = "iadd",
    /// integer subtract (wrapping)
    Isub = "isub",
    /// integer multiply (wrapping)
    Imul = "imul",
    /// signed divide (truncating; `MIN / -1 == MIN`; traps on zero divisor)
    Sdiv = "sdiv",
    /// unsigned divide (traps on zero divisor)
    Udiv = "udiv",
    /// signed remainder (sign of the dividend; `MIN % -1 == 0`; traps on zero divisor)
    Srem = "srem",
    /// unsigned remainder (traps on zero divisor)
    Urem = "urem",
    /// bitwise and
    And = "and",
    /// bitwise or
    Or = "or",
    /// bitwise xor
    Xor = "xor",
    /// `a & !b` (Go's `&^`)
    AndNot = "andnot",
    /// shift left, Go semantics: unsigned count of any integer type; count >= width gives 0
    Shl = "shl",
    /// arithmetic shift right; count >= width fills with the sign bit
    Sshr = "sshr",
    /// logical shift right; count >= width gives 0
    Ushr = "ushr",
    /// float add
    Fadd = "fadd",
    /// float subtract
    Fsub = "fsub",
    /// float multiply
    Fmul = "fmul",
    /// float divide
    Fdiv = "fdiv",
    /// integer negate (wrapping)
    Neg = "neg",
    /// bitwise not on integers, logical not on `bool`
    Not = "not",
    /// float negate
    Fneg = "fneg",
    /// integer / bool / ptr comparison, gives `bool`
    Icmp = "icmp",
    /// float comparison, gives `bool`
    Fcmp = "fcmp",
    /// sign-extend to a wider integer
    Sext = "sext",
    /// zero-extend to a wider integer (also `bool` to integer)
    Uext = "uext",
    /// truncate to a narrower integer
    Trunc = "trunc",
    /// signed integer to float
    Sitofp = "sitofp",
    /// unsigned integer to float
    Uitofp = "uitofp",
    /// float to signed integer (truncating toward zero, saturating, NaN gives 0)
    Fptosi = "fptosi",
    /// float to unsigned integer (truncating toward zero, saturating, NaN gives 0)
    Fptoui = "fptoui",
    /// `f32` to `f64`
    Fpromote = "fpromote",
    /// `f64` to `f32` (round to nearest even)
    Fdemote = "fdemote",
    /// reinterpret bits between same-size types (`i64`/`f64`/`ptr`, `i32`/`f32`)
    Bitcast = "bitcast",
    /// `select c, a, b`: `a` if `c` else `b`
    Select = "select",
    /// `load.T p+off`
    Load = "load",
    /// `store v, p+off`
    Store = "store",
    /// `memcpy dst, src, size`: regions identical or disjoint
    Memcpy = "memcpy",
    /// `memzero p, size`
    Memzero = "memzero",
    /// `ptr_add p, i64`: address arithmetic
    PtrAdd = "ptr_add",
    /// fresh zeroed memory of a static size; stack or heap per its placement
    Alloc = "alloc",
    /// address of a module global
    GlobalAddr = "global_addr",
    /// code address of a module function
    FuncAddr = "func_addr",
    /// begin a fresh, zeroed instance of a slot (the variable's declaration)
    SlotStart = "slot_start",
    /// address of the current instance of a slot
    SlotAddr = "slot_addr",
    /// begin a new instance of a slot initialised with a copy of the current one
    SlotRenew = "slot_renew",
    /// allocate a closure object: code pointer plus captured variables
    MakeClosure = "make_closure",
    /// inside a closure body: address of captured variable N
    EnvAddr = "env_addr",
    /// direct call of a module function
    Call = "call",
    /// call through a code pointer
    CallIndirect = "call_indirect",
    /// call a closure object (code pointer at offset 0, object passed as first argument)
    CallClosure = "call_closure",
    /// the activation's defer stack
    DeferFrame = "defer_frame",
    /// this activation's frame address (identifies the activation while it runs)
    FrameAddr = "frame_addr",
    /// the frame address of the activation that called this one
    CallerFrame = "caller_frame",
    /// push a closure onto a defer stack
    DeferPush = "defer_push",
    /// run and close a defer stack
    DeferRun = "defer_run",
    /// marker: a new iteration of a loop begins here
    LoopNext = "loop_next",
    /// marker: a range-over-func loop's iterator call has returned
    LoopExit = "loop_exit",
    /// unconditional branch
    Jump = "jump",
    /// two-way conditional branch on a `bool`
    Brif = "brif",
    /// jump table on an unsigned integer index
    BrTable = "br_table",
    /// return from the function
    Return = "return",
    /// control never reaches here
    Unreachable = "unreachable",
    /// abort the program with a code
    Trap = "trap",
}

impl Opcode {
    /// Parses an opcode name.
    pub fn from_name(s: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|o| o.name() == s)
    }

    /// Ends a block.
    pub const fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::Jump | Opcode::Brif | Opcode::BrTable | Opcode::Return | Opcode::Unreachable | Opcode::Trap
        )
    }

    /// May fail or panic at run time, so it needs a source location when the function
    /// requires them (see [`Func::require_srclocs`](crate::Func::require_srclocs)).
    pub const fn can_fail(self) -> bool {
        matches!(
            self,
            Opcode::Sdiv
                | Opcode::Udiv
                | Opcode::Srem
                | Opcode::Urem
                | Opcode::Call
                | Opcode::CallIndirect
                | Opcode::CallClosure
                | Opcode::DeferPush
                | Opcode::DeferRun
                | Opcode::Trap
        )
    }

    /// Has an effect besides computing its results (memory, control, slot instances,
    /// markers passes rely on, traps). Instructions without side effects whose results are
    /// unused may be deleted.
    pub const fn has_side_effects(self) -> bool {
        self.is_terminator()
            || self.can_fail()
            || matches!(
                self,
                Opcode::Store
                    | Opcode::Memcpy
                    | Opcode::Memzero
                    | Opcode::SlotStart
                    | Opcode::SlotRenew
                    | Opcode::LoopNext
                    | Opcode::LoopExit
            )
    }

    /// Integer binary arithmetic and bitwise ops (`iadd` .. `ushr`).
    pub const fn is_int_binary(self) -> bool {
        matches!(
            self,
            Opcode::Iadd
                | Opcode::Isub
                | Opcode::Imul
                | Opcode::Sdiv
                | Opcode::Udiv
                | Opcode::Srem
                | Opcode::Urem
                | Opcode::And
                | Opcode::Or
                | Opcode::Xor
                | Opcode::AndNot
                | Opcode::Shl
                | Opcode::Sshr
                | Opcode::Ushr
        )
    }

    /// Shifts: the count may have any integer type.
    pub const fn is_shift(self) -> bool {
        matches!(self, Opcode::Shl | Opcode::Sshr | Opcode::Ushr)
    }

    /// `fadd` .. `fdiv`.
    pub const fn is_float_binary(self) -> bool {
        matches!(self, Opcode::Fadd | Opcode::Fsub | Opcode::Fmul | Opcode::Fdiv)
    }

    /// Type conversions (`sext` .. `bitcast`).
    pub const fn is_conversion(self) -> bool {
        matches!(
            self,
            Opcode::Sext
                | Opcode::Uext
                | Opcode::Trunc
                | Opcode::Sitofp
                | Opcode::Uitofp
                | Opcode::Fptosi
                | Opcode::Fptoui
                | Opcode::Fpromote
                | Opcode::Fdemote
                | Opcode::Bitcast
        )
    }
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

macro_rules! condcodes {
    ($(#[$tdoc:meta])* $ty:ident { $($(#[$doc:meta])* $v:ident = $name:literal,)* }) => {
        $(#[$tdoc])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub enum $ty { $($(#[$doc])* $v,)* }

        impl $ty {
            /// Every condition code.
            pub const ALL: &'static [$ty] = &[$($ty::$v,)*];

            /// The name in the text format.
            pub const fn name(self) -> &'static str {
                match self { $($ty::$v => $name,)* }
            }

            /// Parses a condition code name.
            pub fn from_name(s: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|c| c.name() == s)
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

condcodes! {
    /// Integer comparison conditions.
    IntCC {
        /// `==`
        Eq = "eq",
        /// `!=`
        Ne = "ne",
        /// signed `<`
        Slt = "slt",
        /// signed `<=`
        Sle = "sle",
        /// signed `>`
        Sgt = "sgt",
        /// signed `>=`
        Sge = "sge",
        /// unsigned `<`
        Ult = "ult",
        /// unsigned `<=`
        Ule = "ule",
        /// unsigned `>`
        Ugt = "ugt",
        /// unsigned `>=`
        Uge = "uge",
    }
}

condcodes! {
    /// Float comparison conditions, with Go's semantics: `ne` is true when either operand is
    /// NaN, all the others are false then.
    FloatCC {
        /// `==` (ordered)
        Eq = "eq",
        /// `!=` (unordered or not equal)
        Ne = "ne",
        /// `<` (ordered)
        Lt = "lt",
        /// `<=` (ordered)
        Le = "le",
        /// `>` (ordered)
        Gt = "gt",
        /// `>=` (ordered)
        Ge = "ge",
    }
}

impl IntCC {
    /// Whether the condition is meaningful for `bool` operands (only equality).
    pub const fn is_equality(self) -> bool {
        matches!(self, IntCC::Eq | IntCC::Ne)
    }
}

/// Where an allocation site's memory lives: set by escape analysis, honoured by codegen.
///
/// A `stack` allocation (or slot) is one fixed frame area per instruction (per slot): every
/// execution re-zeroes and reuses it. Escape analysis may choose `stack` only when no address
/// of an instance outlives the next execution of the same site (Go's loop-depth rule).
/// `heap` gives fresh memory on every execution. Codegen treats `undecided` as `heap`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default)]
pub enum Placement {
    /// Not decided yet (printed as nothing).
    #[default]
    Undecided,
    /// In the function's frame.
    Stack,
    /// In garbage-collected (here: never freed) heap memory.
    Heap,
}

impl Placement {
    /// The keyword in the text format (`None` for undecided, which prints nothing).
    pub const fn keyword(self) -> Option<&'static str> {
        match self {
            Placement::Undecided => None,
            Placement::Stack => Some("stack"),
            Placement::Heap => Some("heap"),
        }
    }
}

/// Source context of an address-taking or capturing site, for the loopvar pass
/// (SEMANTICS.md §2.2): the innermost *syntactic* loop of the current function containing
/// the site, and whether the site is part of a `return` statement's expression.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Site {
    /// Innermost enclosing source loop of this function, if any (printed `in loopN`).
    pub lp: Option<Loop>,
    /// Inside the expression of a `return` statement (printed `in_return`): the site does not
    /// count for any loop of this function.
    pub in_return: bool,
}

/// A branch destination with its block arguments.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct BlockCall {
    /// The target block.
    pub block: Block,
    /// Arguments for the target's parameters.
    pub args: ValueList,
}

impl BlockCall {
    /// A destination with arguments.
    pub fn new(block: Block, args: &[Value]) -> BlockCall {
        BlockCall { block, args: args.iter().copied().collect() }
    }
}

/// An instruction's opcode and operands, one variant per operand format.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstData {
    /// `iconst`; the immediate is stored normalized (see [`Type::normalize_imm`]).
    IntConst {
        /// Result type.
        ty: Type,
        /// The constant.
        imm: i64,
    },
    /// `fconst`; the immediate is the bit pattern (`f32` in the low 32 bits).
    FloatConst {
        /// Result type (`f32` or `f64`).
        ty: Type,
        /// IEEE bits.
        bits: u64,
    },
    /// `neg`, `not`, `fneg`, `defer_frame`, `defer_run`.
    Unary {
        /// The opcode.
        op: Opcode,
        /// The operand.
        arg: Value,
    },
    /// Integer and float arithmetic, `ptr_add`, `defer_push`.
    Binary {
        /// The opcode.
        op: Opcode,
        /// The operands.
        args: [Value; 2],
    },
    /// `icmp`.
    IntCompare {
        /// Condition.
        cond: IntCC,
        /// The operands.
        args: [Value; 2],
    },
    /// `fcmp`.
    FloatCompare {
        /// Condition.
        cond: FloatCC,
        /// The operands.
        args: [Value; 2],
    },
    /// Conversions.
    Convert {
        /// The opcode.
        op: Opcode,
        /// Result type.
        ty: Type,
        /// The operand.
        arg: Value,
    },
    /// `select c, a, b`.
    Select {
        /// Condition, then-value, else-value.
        args: [Value; 3],
    },
    /// `load.T p+off`.
    Load {
        /// Loaded type.
        ty: Type,
        /// Base address.
        ptr: Value,
        /// Byte offset added to the base.
        offset: i32,
    },
    /// `store v, p+off`.
    Store {
        /// Stored value, then base address.
        args: [Value; 2],
        /// Byte offset added to the base.
        offset: i32,
    },
    /// `memcpy dst, src, size`.
    MemCopy {
        /// Destination, then source.
        args: [Value; 2],
        /// Bytes to copy.
        size: u32,
    },
    /// `memzero p, size`.
    MemZero {
        /// Address.
        ptr: Value,
        /// Bytes to clear.
        size: u32,
    },
    /// `alloc SIZE, align A[, nullable] [stack|heap]`.
    ///
    /// A `nullable` alloc is a buffer the program can do without (gc's optional stack
    /// buffers: the `tmpBuf` of `[]byte(s)`, the backing store of a non-escaping slice's
    /// first `append`): placed on the stack it is zeroed frame memory like any `alloc`;
    /// placed on the heap, or undecided, it yields a null pointer and allocates nothing. Its
    /// users (runtime functions) take null as "no buffer".
    Alloc {
        /// Bytes.
        size: u32,
        /// Alignment (power of two).
        align: u32,
        /// Yields null unless placed on the stack.
        nullable: bool,
        /// Escape decision.
        placement: Placement,
    },
    /// `global_addr @g`.
    GlobalAddr {
        /// The global.
        global: Global,
    },
    /// `func_addr @f`.
    FuncAddr {
        /// The function.
        func: FuncRef,
    },
    /// `slot_start ssN`, `slot_renew ssN`.
    SlotOp {
        /// The opcode.
        op: Opcode,
        /// The slot.
        slot: Slot,
    },
    /// `slot_addr ssN` or `slot_addr.addrof ssN [in loopN] [in_return]`.
    SlotAddr {
        /// The slot.
        slot: Slot,
        /// Implements a source-level address-of (`&v`, `&v.f`, pointer-receiver calls and
        /// method values). Plain loads and stores of the variable use unmarked `slot_addr`.
        addrof: bool,
        /// Source context (meaningful only with `addrof`).
        site: Site,
    },
    /// `env_addr ctx, N`.
    EnvAddr {
        /// The closure object (the function's first parameter).
        ctx: Value,
        /// Index into the function's captures.
        index: u32,
    },
    /// `call @f(args)`.
    Call {
        /// Callee.
        func: FuncRef,
        /// Arguments.
        args: ValueList,
    },
    /// `call_indirect sigN, callee(args)`, `call_closure sigN, closure(args)`.
    CallIndirect {
        /// The opcode.
        op: Opcode,
        /// Signature of the visible arguments and results.
        sig: SigRef,
        /// Code pointer (`call_indirect`) or closure object (`call_closure`).
        callee: Value,
        /// Arguments.
        args: ValueList,
    },
    /// `make_closure @f(captures) [stack|heap] [in loopN] [in_return]`.
    MakeClosure {
        /// The closure's code (a function with closure info).
        func: FuncRef,
        /// One pointer per capture: where the captured variable lives now.
        args: ValueList,
        /// Escape decision for the closure object.
        placement: Placement,
        /// Source context.
        site: Site,
    },
    /// `loop_next loopN`, `loop_exit loopN`.
    LoopMarker {
        /// The opcode.
        op: Opcode,
        /// The loop.
        lp: Loop,
    },
    /// `jump blockN(args)`.
    Jump {
        /// Destination.
        dest: BlockCall,
    },
    /// `brif c, blockT(args), blockF(args)`.
    Brif {
        /// Condition (`bool`).
        cond: Value,
        /// Taken if true, then taken if false.
        dests: [BlockCall; 2],
    },
    /// `br_table idx, default(args), [b0(args), b1(args), ...]`.
    BrTable {
        /// Index (unsigned integer).
        index: Value,
        /// Taken when the index is out of range.
        default: BlockCall,
        /// Indexed destinations.
        table: Vec<BlockCall>,
    },
    /// `return args`.
    Return {
        /// Returned values.
        args: ValueList,
    },
    /// `frame_addr`, `caller_frame`: no operands, a `ptr` result.
    Nullary {
        /// The opcode.
        op: Opcode,
    },
    /// `unreachable`.
    Unreachable,
    /// `trap CODE`.
    Trap {
        /// A code the runtime reports.
        code: u32,
    },
}

macro_rules! visit_args {
    ($self:expr, $f:ident, $iter:ident) => {
        match $self {
            InstData::IntConst { .. }
            | InstData::FloatConst { .. }
            | InstData::Alloc { .. }
            | InstData::GlobalAddr { .. }
            | InstData::FuncAddr { .. }
            | InstData::SlotOp { .. }
            | InstData::SlotAddr { .. }
            | InstData::LoopMarker { .. }
            | InstData::Nullary { .. }
            | InstData::Unreachable
            | InstData::Trap { .. } => {}
            InstData::Unary { arg, .. } | InstData::Convert { arg, .. } => $f(arg),
            InstData::Load { ptr, .. } | InstData::MemZero { ptr, .. } => $f(ptr),
            InstData::EnvAddr { ctx, .. } => $f(ctx),
            InstData::Binary { args, .. }
            | InstData::IntCompare { args, .. }
            | InstData::FloatCompare { args, .. }
            | InstData::Store { args, .. }
            | InstData::MemCopy { args, .. } => args.$iter().for_each(&mut $f),
            InstData::Select { args } => args.$iter().for_each(&mut $f),
            InstData::Call { args, .. } | InstData::MakeClosure { args, .. } | InstData::Return { args } => {
                args.$iter().for_each(&mut $f)
            }
            InstData::CallIndirect { callee, args, .. } => {
                $f(callee);
                args.$iter().for_each(&mut $f);
            }
            InstData::Jump { dest } => dest.args.$iter().for_each(&mut $f),
            InstData::Brif { cond, dests } => {
                $f(cond);
                for d in dests {
                    d.args.$iter().for_each(&mut $f);
                }
            }
            InstData::BrTable { index, default, table } => {
                $f(index);
                default.args.$iter().for_each(&mut $f);
                for d in table {
                    d.args.$iter().for_each(&mut $f);
                }
            }
        }
    };
}

impl InstData {
    /// The instruction's opcode.
    pub fn opcode(&self) -> Opcode {
        match *self {
            InstData::IntConst { .. } => Opcode::Iconst,
            InstData::FloatConst { .. } => Opcode::Fconst,
            InstData::Unary { op, .. }
            | InstData::Binary { op, .. }
            | InstData::Convert { op, .. }
            | InstData::SlotOp { op, .. }
            | InstData::CallIndirect { op, .. }
            | InstData::LoopMarker { op, .. }
            | InstData::Nullary { op } => op,
            InstData::IntCompare { .. } => Opcode::Icmp,
            InstData::FloatCompare { .. } => Opcode::Fcmp,
            InstData::Select { .. } => Opcode::Select,
            InstData::Load { .. } => Opcode::Load,
            InstData::Store { .. } => Opcode::Store,
            InstData::MemCopy { .. } => Opcode::Memcpy,
            InstData::MemZero { .. } => Opcode::Memzero,
            InstData::Alloc { .. } => Opcode::Alloc,
            InstData::GlobalAddr { .. } => Opcode::GlobalAddr,
            InstData::FuncAddr { .. } => Opcode::FuncAddr,
            InstData::SlotAddr { .. } => Opcode::SlotAddr,
            InstData::EnvAddr { .. } => Opcode::EnvAddr,
            InstData::Call { .. } => Opcode::Call,
            InstData::MakeClosure { .. } => Opcode::MakeClosure,
            InstData::Jump { .. } => Opcode::Jump,
            InstData::Brif { .. } => Opcode::Brif,
            InstData::BrTable { .. } => Opcode::BrTable,
            InstData::Return { .. } => Opcode::Return,
            InstData::Unreachable => Opcode::Unreachable,
            InstData::Trap { .. } => Opcode::Trap,
        }
    }

    /// Every value operand, in text order, including branch arguments.
    pub fn args(&self) -> SmallVec<[Value; 8]> {
        let mut out = SmallVec::new();
        self.for_each_arg(|v| out.push(v));
        out
    }

    /// Calls `f` on every value operand, in text order, including branch arguments.
    pub fn for_each_arg(&self, mut f: impl FnMut(Value)) {
        let mut f = |v: &Value| f(*v);
        visit_args!(self, f, iter)
    }

    /// Calls `f` on a mutable reference to every value operand (for rewriting uses).
    pub fn for_each_arg_mut(&mut self, mut f: impl FnMut(&mut Value)) {
        visit_args!(self, f, iter_mut)
    }

    /// The branch destinations of a terminator (empty for other instructions), in text order.
    pub fn branch_dests(&self) -> SmallVec<[&BlockCall; 2]> {
        match self {
            InstData::Jump { dest } => smallvec::smallvec![dest],
            InstData::Brif { dests, .. } => dests.iter().collect(),
            InstData::BrTable { default, table, .. } => std::iter::once(default).chain(table).collect(),
            _ => SmallVec::new(),
        }
    }

    /// Mutable access to the branch destinations.
    pub fn branch_dests_mut(&mut self) -> SmallVec<[&mut BlockCall; 2]> {
        match self {
            InstData::Jump { dest } => smallvec::smallvec![dest],
            InstData::Brif { dests, .. } => dests.iter_mut().collect(),
            InstData::BrTable { default, table, .. } => std::iter::once(default).chain(table.iter_mut()).collect(),
            _ => SmallVec::new(),
        }
    }

    /// The slot this instruction names, if any.
    pub fn slot(&self) -> Option<Slot> {
        match *self {
            InstData::SlotOp { slot, .. } | InstData::SlotAddr { slot, .. } => Some(slot),
            _ => None,
        }
    }

    /// The loop this instruction names (markers and site contexts).
    pub fn loop_ref(&self) -> Option<Loop> {
        match *self {
            InstData::LoopMarker { lp, .. } => Some(lp),
            InstData::SlotAddr { site, .. } | InstData::MakeClosure { site, .. } => site.lp,
            _ => None,
        }
    }
}

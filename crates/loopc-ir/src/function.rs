//! A function body and its metadata: slots, loops, source locations.

use crate::dfg::DataFlowGraph;
use crate::entities::{FuncRef, Inst, Loop, Slot};
use crate::instructions::Placement;
use crate::layout::Layout;
use crate::types::Type;
use cranelift_entity::{PrimaryMap, SecondaryMap};
use loopc_span::Span;
use std::fmt;

/// Parameter and result types of a function or call.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    /// Parameter types.
    pub params: Vec<Type>,
    /// Result types.
    pub returns: Vec<Type>,
}

impl Signature {
    /// A signature from parameter and result types.
    pub fn new(params: &[Type], returns: &[Type]) -> Signature {
        Signature { params: params.to_vec(), returns: returns.to_vec() }
    }
}

impl fmt::Display for Signature {
    /// `(i64, ptr) -> i64, bool`; the arrow is left out when there are no results.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        for (i, t) in self.params.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{t}")?;
        }
        f.write_str(")")?;
        for (i, t) in self.returns.iter().enumerate() {
            f.write_str(if i == 0 { " -> " } else { ", " })?;
            write!(f, "{t}")?;
        }
        Ok(())
    }
}

/// A named, addressable local variable (like an `alloca` with identity).
///
/// Lowering gives every address-taken or captured variable (and every aggregate variable) a
/// slot. Its storage is reached only through `slot_start` / `slot_addr` / `slot_renew`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotData {
    /// The source variable's name (`""` for compiler temporaries).
    pub name: String,
    /// Size in bytes.
    pub size: u32,
    /// Alignment in bytes (a power of two).
    pub align: u32,
    /// Span of the variable's declaring identifier (for `FILE:LINE:COL` reports).
    pub decl: Span,
    /// The loop this slot is a loop variable of.
    pub lp: Option<Loop>,
    /// Stack or heap instances; decided by escape analysis.
    pub placement: Placement,
}

impl SlotData {
    /// A slot with no loop and undecided placement.
    pub fn new(name: impl Into<String>, size: u32, align: u32, decl: Span) -> SlotData {
        SlotData { name: name.into(), size, align, decl, lp: None, placement: Placement::Undecided }
    }
}

/// The source form of a loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoopKind {
    /// `for init; cond; post {}` with variables declared in `init`.
    ThreeClause,
    /// `for k, v := range x` over a slice, array, string, map, channel or integer.
    Range,
    /// `for x := range f` where `f` is an iterator function.
    RangeFunc,
    /// Any other loop (`for cond {}`, `for {}`, `=` forms): never has loop variables.
    Other,
}

impl LoopKind {
    /// Name in the text format.
    pub const fn name(self) -> &'static str {
        match self {
            LoopKind::ThreeClause => "three_clause",
            LoopKind::Range => "range",
            LoopKind::RangeFunc => "range_func",
            LoopKind::Other => "other",
        }
    }

    /// Parses a loop kind name.
    pub fn from_name(s: &str) -> Option<LoopKind> {
        [LoopKind::ThreeClause, LoopKind::Range, LoopKind::RangeFunc, LoopKind::Other]
            .into_iter()
            .find(|k| k.name() == s)
    }
}

/// Metadata of a source loop, for the loopvar and rangefunc passes and their reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopData {
    /// The loop's form.
    pub kind: LoopKind,
    /// The loop's source file has per-iteration loop variables by language version (Go's
    /// `DistinctVars`: file version go1.22 or later, or unknown). Lowering sets it; the
    /// loopvar pass combines it with `-d=loopvar=N`. Printed as `distinct` after the kind;
    /// only `three_clause` and `range` loops may carry it.
    pub distinct: bool,
    /// Span of the `for` keyword.
    pub for_span: Span,
    /// Span of the `range` keyword (range loops only; default otherwise).
    pub range_span: Span,
    /// Largest position inside the loop ("for loop ending at L:C" in `-d=loopvar=4`).
    pub end: Span,
    /// The innermost enclosing loop of the same function.
    pub parent: Option<Loop>,
    /// Slots of the loop's per-iteration candidate variables, in declaration order.
    pub vars: Vec<Slot>,
    /// For `range_func` loops: the closure function holding the loop body.
    pub body: Option<FuncRef>,
}

impl LoopData {
    /// A loop of `kind` at `for_span` with no variables.
    pub fn new(kind: LoopKind, for_span: Span) -> LoopData {
        LoopData {
            kind,
            distinct: false,
            for_span,
            range_span: Span::default(),
            end: Span::default(),
            parent: None,
            vars: Vec::new(),
            body: None,
        }
    }
}

/// A function body: instructions and their order, plus slots, loops and source locations.
///
/// The function's name, signature, linkage and closure information live in its
/// [`FuncDecl`](crate::FuncDecl), so that bodies can be edited while other declarations are
/// read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Func {
    /// What instructions compute.
    pub dfg: DataFlowGraph,
    /// Block and instruction order.
    pub layout: Layout,
    /// Source location of each instruction; `Span::default()` means unknown.
    pub srclocs: SecondaryMap<Inst, Span>,
    /// Addressable local variables.
    pub slots: PrimaryMap<Slot, SlotData>,
    /// Source loops.
    pub loops: PrimaryMap<Loop, LoopData>,
    /// The function was lowered from source: every instruction that can fail at run time
    /// ([`Opcode::can_fail`](crate::Opcode::can_fail)) must have a known srcloc. Printed as
    /// the header flag `srclocs`.
    pub require_srclocs: bool,
    /// Never inline this function (Go's `//go:noinline`). Printed as the header flag
    /// `noinline`.
    pub noinline: bool,
}

impl Func {
    /// An empty body.
    pub fn new() -> Func {
        Func::default()
    }

    /// Whether the body has any block (imported functions have none).
    pub fn is_defined(&self) -> bool {
        self.layout.entry_block().is_some()
    }

    /// All inserted instructions, in layout order.
    pub fn insts(&self) -> impl Iterator<Item = Inst> + '_ {
        self.layout.blocks().flat_map(move |b| self.layout.block_insts(b))
    }
}

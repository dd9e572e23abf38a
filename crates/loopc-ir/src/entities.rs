//! Entity references: `u32` newtypes that index the IR's tables.
//!
//! Function-local entities ([`Value`], [`Inst`], [`Block`], [`Slot`], [`Loop`], [`SigRef`]) index
//! tables inside one [`Func`](crate::Func); module-level ones ([`FuncRef`], [`Global`]) index the
//! [`Decls`](crate::Decls) of a [`Module`](crate::Module). They print as in the text format
//! (`v3`, `inst7`, `block2`, `ss0`, `loop1`, `sig0`, `fn4`, `gv2`); functions and globals appear
//! in IR text by name (`@main.f`), never by number.

use cranelift_entity::entity_impl;

/// An SSA value: an instruction result or a block parameter.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(u32);
entity_impl!(Value, "v");

/// An instruction (its data lives in the [`DataFlowGraph`](crate::DataFlowGraph)).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Inst(u32);
entity_impl!(Inst, "inst");

/// A basic block with parameters.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Block(u32);
entity_impl!(Block, "block");

/// Named local storage for an address-taken or captured variable (see [`SlotData`](crate::SlotData)).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot(u32);
entity_impl!(Slot, "ss");

/// A source-level loop (see [`LoopData`](crate::LoopData)).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loop(u32);
entity_impl!(Loop, "loop");

/// A function-local signature, used by indirect and closure calls.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SigRef(u32);
entity_impl!(SigRef, "sig");

/// A module-level function (defined in the module or imported).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncRef(u32);
entity_impl!(FuncRef, "fn");

/// A module-level data object: a global variable or constant data (string bytes, tables).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Global(u32);
entity_impl!(Global, "gv");

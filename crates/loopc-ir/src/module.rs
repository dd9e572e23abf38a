//! Modules: function declarations, bodies and global data.

use crate::entities::{FuncRef, Global, Loop, Slot};
use crate::function::{Func, Signature};
use crate::types::Type;
use cranelift_entity::{PrimaryMap, SecondaryMap};
use std::collections::BTreeMap;
use std::fmt;

/// Visibility of a symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Linkage {
    /// Defined here, private to the module.
    #[default]
    Local,
    /// Defined here and visible to the linker (e.g. `main`).
    Export,
    /// Defined elsewhere (the runtime, libc): a declaration without body or data.
    Import,
}

/// How a closure holds one captured variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CaptureMode {
    /// The closure object holds the variable's address (always correct; the default).
    #[default]
    ByRef,
    /// The closure object holds a copy of the variable's value, taken at `make_closure`.
    /// Escape analysis chooses this when the variable is never reassigned after capture,
    /// never address-taken, and at most 128 bytes (SEMANTICS.md §3).
    ByVal,
}

/// One captured variable of a closure function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capture {
    /// The variable's source name.
    pub name: String,
    /// By reference or by value.
    pub mode: CaptureMode,
    /// The variable's size in bytes.
    pub size: u32,
    /// The variable's alignment in bytes.
    pub align: u32,
    /// The parent function's slot the variable lives in, if it is one.
    pub slot: Option<Slot>,
}

impl Capture {
    /// Size and alignment of this capture's field in the closure object.
    pub fn field_layout(&self) -> (u32, u32) {
        match self.mode {
            CaptureMode::ByRef => (8, 8),
            CaptureMode::ByVal => (self.size, self.align.max(1)),
        }
    }
}

/// Marks a function as the code of a closure (a Go function literal).
///
/// The function's first parameter is the closure object (`ptr`), which `call_closure` passes.
/// Object layout: offset 0 holds the code pointer; then each capture in order, at its
/// [`field_layout`](Capture::field_layout) alignment; the size is rounded up to 8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClosureInfo {
    /// The function whose `make_closure` creates this closure.
    pub parent: FuncRef,
    /// If this closure is the body of a range-over-func loop: that loop, in the parent.
    pub range_body: Option<Loop>,
    /// Captured variables, in `make_closure` operand order.
    pub captures: Vec<Capture>,
}

impl ClosureInfo {
    /// Byte offset of each capture's field and the object's total size.
    pub fn layout(&self) -> (Vec<u32>, u32) {
        let mut off = 8u32;
        let mut offsets = Vec::with_capacity(self.captures.len());
        for c in &self.captures {
            let (size, align) = c.field_layout();
            off = off.next_multiple_of(align);
            offsets.push(off);
            off += size;
        }
        (offsets, off.next_multiple_of(8))
    }
}

/// A function's name, signature, linkage and closure information.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncDecl {
    /// Symbol name (unique among functions and globals).
    pub name: String,
    /// Parameter and result types.
    pub sig: Signature,
    /// Visibility; `Import` functions have no body.
    pub linkage: Linkage,
    /// Present for closure code.
    pub closure: Option<ClosureInfo>,
}

/// One initialised piece of a global's contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataValue {
    /// Raw bytes.
    Bytes(Vec<u8>),
    /// An integer of the given type, little-endian.
    Int(Type, i64),
    /// The code address of a function.
    FuncAddr(FuncRef),
    /// The address of a global plus a byte addend.
    GlobalAddr(Global, i64),
}

impl DataValue {
    /// Bytes the item occupies.
    pub fn size(&self) -> u32 {
        match self {
            DataValue::Bytes(b) => b.len() as u32,
            DataValue::Int(t, _) => t.bytes(),
            DataValue::FuncAddr(_) | DataValue::GlobalAddr(..) => 8,
        }
    }
}

/// A global variable or constant data object. Bytes not covered by `init` are zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlobalData {
    /// Symbol name.
    pub name: String,
    /// Size in bytes.
    pub size: u32,
    /// Alignment in bytes.
    pub align: u32,
    /// Never written (string bytes, type descriptors, static closures).
    pub readonly: bool,
    /// Visibility; `Import` globals have no contents.
    pub linkage: Linkage,
    /// Initialised pieces, by increasing, non-overlapping offset.
    pub init: Vec<(u32, DataValue)>,
}

impl GlobalData {
    /// A zero-initialised, writable, local global.
    pub fn zeroed(name: impl Into<String>, size: u32, align: u32) -> GlobalData {
        GlobalData { name: name.into(), size, align, readonly: false, linkage: Linkage::Local, init: Vec::new() }
    }
}

/// A module-level symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Symbol {
    /// A function.
    Func(FuncRef),
    /// A global.
    Global(Global),
}

/// Declarations of a module: everything except function bodies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decls {
    /// Functions.
    pub funcs: PrimaryMap<FuncRef, FuncDecl>,
    /// Globals and constant data.
    pub globals: PrimaryMap<Global, GlobalData>,
    names: BTreeMap<String, Symbol>,
}

/// A symbol name is declared twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateSymbol(pub String);

impl fmt::Display for DuplicateSymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "symbol @{} is declared twice", self.0)
    }
}

impl std::error::Error for DuplicateSymbol {}

impl Decls {
    /// Looks a symbol up by name.
    pub fn lookup(&self, name: &str) -> Option<Symbol> {
        self.names.get(name).copied()
    }

    /// Looks a function up by name.
    pub fn func_by_name(&self, name: &str) -> Option<FuncRef> {
        match self.lookup(name) {
            Some(Symbol::Func(f)) => Some(f),
            _ => None,
        }
    }

    /// Looks a global up by name.
    pub fn global_by_name(&self, name: &str) -> Option<Global> {
        match self.lookup(name) {
            Some(Symbol::Global(g)) => Some(g),
            _ => None,
        }
    }

    /// Declares a function.
    pub fn declare_func(&mut self, decl: FuncDecl) -> Result<FuncRef, DuplicateSymbol> {
        if self.names.contains_key(&decl.name) {
            return Err(DuplicateSymbol(decl.name));
        }
        let name = decl.name.clone();
        let f = self.funcs.push(decl);
        self.names.insert(name, Symbol::Func(f));
        Ok(f)
    }

    /// Declares a global.
    pub fn declare_global(&mut self, data: GlobalData) -> Result<Global, DuplicateSymbol> {
        if self.names.contains_key(&data.name) {
            return Err(DuplicateSymbol(data.name));
        }
        let name = data.name.clone();
        let g = self.globals.push(data);
        self.names.insert(name, Symbol::Global(g));
        Ok(g)
    }

    /// Closure functions whose parent is `parent`, in `FuncRef` order.
    pub fn closures_of(&self, parent: FuncRef) -> impl Iterator<Item = FuncRef> + '_ {
        self.funcs.iter().filter(move |(_, d)| d.closure.as_ref().is_some_and(|c| c.parent == parent)).map(|(f, _)| f)
    }
}

/// A compilation unit: declarations plus the bodies of defined functions.
///
/// Bodies are kept apart from declarations so that a pass can edit one body (`&mut
/// bodies[f]`) while reading every declaration (`&decls`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Module {
    /// Functions' and globals' declarations.
    pub decls: Decls,
    /// Function bodies; imported functions have an empty one.
    pub bodies: SecondaryMap<FuncRef, Func>,
}

impl Module {
    /// An empty module.
    pub fn new() -> Module {
        Module::default()
    }

    /// Declares a function with no closure information.
    pub fn declare_func(
        &mut self,
        name: impl Into<String>,
        sig: Signature,
        linkage: Linkage,
    ) -> Result<FuncRef, DuplicateSymbol> {
        self.decls.declare_func(FuncDecl { name: name.into(), sig, linkage, closure: None })
    }

    /// Installs the body of `f`.
    pub fn define(&mut self, f: FuncRef, body: Func) {
        self.bodies[f] = body;
    }

    /// Functions with a body, in `FuncRef` order.
    pub fn defined_funcs(&self) -> impl Iterator<Item = FuncRef> + '_ {
        self.decls.funcs.keys().filter(move |&f| self.decls.funcs[f].linkage != Linkage::Import)
    }
}

//! The checker's results, keyed by AST node: what later stages (IR lowering) consume.
//!
//! Node ids are unique only within one file, so every table is keyed by [`NodeKey`]
//! (file, node). Expressions are keyed by `Expr::id`; identifiers by `Ident::id` (a `Name`
//! expression is keyed by its `Expr::id`); statements by `Stmt::id`.

use crate::constant::ConstValue;
use crate::objects::{FuncDirective, ObjId, PkgId};
use crate::types::TypeId;
use loopc_span::FileId;
use loopc_syntax::ast::NodeId;
use std::collections::{HashMap, HashSet};

/// A node of a particular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeKey {
    /// The file.
    pub file: FileId,
    /// The node within it.
    pub node: NodeId,
}

impl NodeKey {
    /// Key of `node` in `file`.
    pub fn new(file: FileId, node: NodeId) -> NodeKey {
        NodeKey { file, node }
    }
}

/// The mode of an expression (what kind of operand it denotes).
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A value with no result (call of a function without results).
    NoValue,
    /// A builtin function (only as a callee).
    Builtin(crate::objects::Builtin),
    /// A type.
    TypeExpr,
    /// A constant with its exact value.
    Constant(ConstValue),
    /// An addressable variable.
    Variable,
    /// A map index expression (assignable, not addressable).
    MapIndex,
    /// A computed value.
    Value,
    /// A value that may be used with a comma-ok second result (map index, type assertion).
    CommaOk,
    /// The `nil` value.
    Nil,
}

/// The recorded type and mode of an expression. For untyped operands `ty` is the final
/// type after implicit conversion (e.g. the `1` in `var x float64 = 1` has type `float64`).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    /// The mode.
    pub mode: Mode,
    /// The type (the final one for untyped constants; `untyped nil` stays for `nil` compared
    /// against interfaces only when no other type applies).
    pub ty: TypeId,
}

/// What a selector expression `x.f` selects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// A struct field (possibly promoted through embedded fields).
    Field,
    /// A method value `x.M` (bound receiver).
    MethodVal,
    /// A method expression `T.M` (receiver becomes the first parameter).
    MethodExpr,
}

/// The resolution of a selector expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// What is selected.
    pub kind: SelectionKind,
    /// The receiver/operand type `x` has.
    pub recv: TypeId,
    /// The selected field (Var) or method (Func, or interface method) object.
    pub obj: ObjId,
    /// The type of the selector expression.
    pub ty: TypeId,
    /// Field indices from `x`'s (dereferenced) struct down to the selected field or to the
    /// embedded field holding the method; the last entry is the field/method index.
    pub index: Vec<usize>,
    /// Whether any pointer was dereferenced implicitly along the path (including `x` itself).
    pub indirect: bool,
    /// For methods: whether the method is an interface method (dynamic dispatch).
    pub is_interface: bool,
    /// For methods: whether the method has a pointer receiver and the operand had to be
    /// addressed implicitly (`x.M()` with `x` addressable, `M` on `*T`).
    pub addr_taken: bool,
}

/// The kind of value a `range` loop iterates over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeKind {
    /// `range n` for an integer `n`.
    Int,
    /// A slice.
    Slice,
    /// An array value.
    Array,
    /// A pointer to an array.
    PtrArray,
    /// A string (iterates runes).
    String,
    /// A map.
    Map,
    /// A range-over-func iterator with 0, 1 or 2 yield parameters.
    Func(u8),
}

/// Facts about a `for range` statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RangeInfo {
    /// What is ranged over.
    pub kind: RangeKind,
    /// The key type (index, map key, or first yield parameter), if any.
    pub key: Option<TypeId>,
    /// The value type, if any.
    pub value: Option<TypeId>,
}

/// An instantiation of a generic function or type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    /// The type arguments (explicit or inferred).
    pub targs: Vec<TypeId>,
    /// The instantiated type (signature or named type).
    pub ty: TypeId,
}

/// One package-level variable initialization, in the order the package runs them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Initializer {
    /// The package the variables belong to.
    pub pkg: PkgId,
    /// The variables initialized: one, or all left-hand sides of `var a, b = f()`.
    pub lhs: Vec<ObjId>,
    /// The initialization expression.
    pub init: NodeKey,
}

/// All facts the checker records.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// Type and mode of every expression.
    pub types: HashMap<NodeKey, TypeAndValue>,
    /// Identifiers that declare an object.
    pub defs: HashMap<NodeKey, ObjId>,
    /// Identifiers (and `Name` expressions) that refer to an object.
    pub uses: HashMap<NodeKey, ObjId>,
    /// Implicitly declared objects: the per-clause variable of a type switch (keyed by the
    /// clause), and function-literal pseudo-objects.
    pub implicits: HashMap<NodeKey, ObjId>,
    /// Selector expressions that select fields or methods (not package-qualified names).
    pub selections: HashMap<NodeKey, Selection>,
    /// Generic function/type uses (keyed by the `Name`/`Selector`/`Index` expression).
    pub instances: HashMap<NodeKey, Instance>,
    /// Free variables captured by each function literal (keyed by the FuncLit expression),
    /// in first-use order.
    pub captures: HashMap<NodeKey, Vec<ObjId>>,
    /// Variables whose address is taken (explicitly with `&`, or implicitly by a
    /// pointer-method call or method value on an addressable operand, or by `x[:]` on arrays).
    pub address_taken: HashSet<ObjId>,
    /// `for range` statements (keyed by the statement).
    pub ranges: HashMap<NodeKey, RangeInfo>,
    /// Branch statements (`break`, `continue`, `goto`, `fallthrough`) → target statement
    /// (the loop/switch/select, the labeled statement for goto, or the next case clause
    /// for fallthrough).
    pub branches: HashMap<NodeKey, NodeKey>,
    /// Function declarations and function literals → their signature type.
    pub func_sigs: HashMap<NodeKey, TypeId>,
    /// Bodiless functions of standard packages marked `//loopc:libc NAME` or
    /// `//loopc:intrinsic NAME` → the directive.
    pub func_directives: HashMap<ObjId, FuncDirective>,
    /// Package-level variable initializers in execution order: packages in dependency order
    /// (as `Program::packages`), each in gc's initialization order (dependencies first, then
    /// source order). Variables without an initializer are zeroed and not listed.
    pub init_order: Vec<Initializer>,
}

impl Info {
    /// The recorded type of an expression.
    pub fn type_of(&self, file: FileId, e: NodeId) -> Option<TypeId> {
        self.types.get(&NodeKey::new(file, e)).map(|tv| tv.ty)
    }

    /// The object an identifier defines or uses.
    pub fn object_of(&self, file: FileId, id: NodeId) -> Option<ObjId> {
        let k = NodeKey::new(file, id);
        self.defs.get(&k).or_else(|| self.uses.get(&k)).copied()
    }

    /// The constant value of an expression, if it is a constant.
    pub fn const_value(&self, file: FileId, e: NodeId) -> Option<&ConstValue> {
        match &self.types.get(&NodeKey::new(file, e))?.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
}

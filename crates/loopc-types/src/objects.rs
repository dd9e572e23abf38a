//! Objects (named language entities), scopes and packages.
//!
//! Every declared name — variable, constant, type name, function, package name, label,
//! builtin — becomes one [`Object`] in an arena, named by [`ObjId`]. Scopes map names to
//! objects and form a tree (universe → package → file → function → blocks); each object
//! remembers the scope it was declared in and, for locals, the function it belongs to, so
//! later stages can tell captured variables from local ones.

use crate::constant::ConstValue;
use crate::types::TypeId;
use indexmap::IndexMap;
use loopc_span::Span;

/// Index of an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjId(pub u32);

/// Index of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScopeId(pub u32);

/// Index of a package.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PkgId(pub u32);

/// What kind of variable a `Var` object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// A package-level variable.
    Global,
    /// A local variable (including range/switch-bound variables).
    Local,
    /// A function parameter (or receiver).
    Param,
    /// A named or unnamed result.
    Result,
    /// A struct field.
    Field,
}

/// The predeclared functions, and the functions of package `unsafe` (`Unsafe*`, available
/// only to loopc's own standard packages; see [`Builtin::is_unsafe`]).
///
/// A call of a builtin has the builtin's [`crate::Mode::Builtin`] recorded for its callee
/// expression (the `Name` `len`, or the `Selector` `unsafe.Sizeof`); the call expression's
/// own mode is `Constant` when the result is a constant (`len` of an array,
/// `unsafe.Sizeof`/`Alignof`/`Offsetof` of a type without type parameters), else `Value` or
/// `NoValue`.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// `unsafe.Add(ptr unsafe.Pointer, len IntegerType) unsafe.Pointer`
    UnsafeAdd,
    /// `unsafe.Alignof(x T) uintptr` (a constant)
    UnsafeAlignof,
    /// `unsafe.Offsetof(x.f) uintptr` (a constant; the selector is recorded as a field
    /// selection on the struct type)
    UnsafeOffsetof,
    /// `unsafe.Sizeof(x T) uintptr` (a constant)
    UnsafeSizeof,
    /// `unsafe.Slice(ptr *T, len IntegerType) []T`
    UnsafeSlice,
    /// `unsafe.SliceData(slice []T) *T`
    UnsafeSliceData,
    /// `unsafe.String(ptr *byte, len IntegerType) string`
    UnsafeString,
    /// `unsafe.StringData(str string) *byte`
    UnsafeStringData,
}

impl Builtin {
    /// The builtin's name (for `unsafe` functions, the name inside package `unsafe`).
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            UnsafeAdd => "Add",
            UnsafeAlignof => "Alignof",
            UnsafeOffsetof => "Offsetof",
            UnsafeSizeof => "Sizeof",
            UnsafeSlice => "Slice",
            UnsafeSliceData => "SliceData",
            UnsafeString => "String",
            UnsafeStringData => "StringData",
        }
    }

    /// Whether this is a function of package `unsafe`.
    pub fn is_unsafe(self) -> bool {
        Builtin::UNSAFE.contains(&self)
    }

    /// The predeclared builtins (the universe scope's).
    pub const ALL: [Builtin; 18] = {
        use Builtin::*;
        [
            Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println,
            Real, Recover,
        ]
    };

    /// The functions of package `unsafe`.
    pub const UNSAFE: [Builtin; 8] = {
        use Builtin::*;
        [
            UnsafeAdd,
            UnsafeAlignof,
            UnsafeOffsetof,
            UnsafeSizeof,
            UnsafeSlice,
            UnsafeSliceData,
            UnsafeString,
            UnsafeStringData,
        ]
    };
}

/// What an object is.
#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable, parameter, result or struct field.
    Var {
        /// Which kind.
        kind: VarKind,
        /// For fields: whether embedded.
        embedded: bool,
    },
    /// A constant with its value (`None` until evaluated or after an error).
    Const(Option<ConstValue>),
    /// A type name (defined type, alias, or type parameter).
    TypeName,
    /// A function or method.
    Func {
        /// Whether it has a body (std stubs may not).
        has_body: bool,
        /// For methods: the receiver's base named type.
        recv_base: Option<TypeId>,
        /// For methods: whether the receiver is a pointer.
        ptr_recv: bool,
    },
    /// An imported package name.
    PkgName(PkgId),
    /// A statement label.
    Label,
    /// A predeclared function.
    Builtin(Builtin),
    /// The predeclared `nil`.
    Nil,
}

/// A named entity.
#[derive(Clone, Debug)]
pub struct Object {
    /// Its name.
    pub name: String,
    /// What it is.
    pub kind: ObjKind,
    /// Its type (`INVALID` until known; for labels and packages always `INVALID`).
    pub ty: TypeId,
    /// Where it is declared (the identifier); `Span::default()` for predeclared objects.
    pub span: Span,
    /// The package it belongs to (`None` for universe objects).
    pub pkg: Option<PkgId>,
    /// The scope it is declared in (`None` for fields, methods and labels).
    pub parent: Option<ScopeId>,
    /// The innermost function (Func object, or the FuncLit's pseudo-object) it is local to.
    pub func: Option<FuncRef>,
    /// Whether the object was used (for "declared and not used" / unused imports).
    pub used: bool,
}

/// The function an object is local to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FuncRef {
    /// A declared function or method.
    Decl(ObjId),
    /// A function literal, by its node.
    Lit(crate::info::NodeKey),
}

/// A lexical scope.
#[derive(Clone, Debug)]
pub struct Scope {
    /// The enclosing scope.
    pub parent: Option<ScopeId>,
    /// Names declared here, in declaration order.
    pub names: IndexMap<String, ObjId>,
    /// Whether this is the outermost scope of a function (its parameters).
    pub is_func: bool,
    /// The source range the scope covers.
    pub span: Span,
}

/// A checked package.
#[derive(Clone, Debug)]
pub struct Package {
    /// Import path (`main` for the main package).
    pub path: String,
    /// Package name.
    pub name: String,
    /// The package scope.
    pub scope: ScopeId,
    /// Whether this is a standard-library package (bodiless funcs allowed).
    pub is_std: bool,
    /// Whether its checking has finished (import cycles are reported otherwise).
    pub complete: bool,
}

/// How a function declared without a body in one of loopc's standard packages is
/// implemented, from the `//loopc:` directive above its declaration (see
/// [`crate::Info::func_directives`] and `loopc-runtime`'s `abi.go`). Directives are read only
/// in standard packages; in user code they are ordinary comments, as they are to gc.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FuncDirective {
    /// `//loopc:libc NAME`: the C library function `NAME`; calls are direct C calls, without
    /// the hidden goroutine parameter.
    Libc(String),
    /// `//loopc:intrinsic NAME`: implemented inline by the compiler (`getg`, `main_main`).
    Intrinsic(String),
    /// `//loopc:root PASS` on a function WITH a body: an IR pass (`PASS`) calls it by symbol
    /// after lowering (the rangefunc pass's `panicrangestate`, the defer shims), so it is
    /// compiled whether or not the program refers to it.
    Root(String),
}

/// Whether `name` is exported (starts with an upper-case letter).
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

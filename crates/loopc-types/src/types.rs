//! The type arena: every Go type the checker builds lives in [`Types`] and is named by a
//! [`TypeId`].
//!
//! Composite types without names inside them (pointer, slice, array, map, chan, tuple) are
//! hash-consed, so two occurrences of `[]int` share one id. Struct, func and interface types
//! are not (they carry field/parameter names that matter for printing but not for identity),
//! so type *identity* is always decided by [`Types::identical`], never by comparing ids.
//! Named types, aliases and type parameters are unique by construction; instances of a
//! generic named type are interned by (origin, type arguments).
//!
//! Invariants:
//! - `TypeId(0)` is the invalid type; every other universe type has a fixed id ([`BasicKind`]
//!   order), see [`Types::basic`].
//! - A named type's `underlying` is never itself a named type or alias once checking is done
//!   (it is `INVALID` while its declaration is being checked).

use crate::objects::ObjId;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

/// Index of a type in [`Types`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

/// The invalid type: the type of erroneous expressions. Operations on it report nothing,
/// which stops error cascades.
pub const INVALID: TypeId = TypeId(0);

/// Predeclared basic types, including the untyped constant kinds.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    /// `byte`: identical to `uint8`, printed as `byte`.
    Byte,
    /// `rune`: identical to `int32`, printed as `rune`.
    Rune,
}

/// All basic kinds in [`TypeId`] order.
pub const BASIC_KINDS: [BasicKind; 28] = {
    use BasicKind::*;
    [
        Invalid,
        Bool,
        Int,
        Int8,
        Int16,
        Int32,
        Int64,
        Uint,
        Uint8,
        Uint16,
        Uint32,
        Uint64,
        Uintptr,
        Float32,
        Float64,
        Complex64,
        Complex128,
        String,
        UnsafePointer,
        UntypedBool,
        UntypedInt,
        UntypedRune,
        UntypedFloat,
        UntypedComplex,
        UntypedString,
        UntypedNil,
        Byte,
        Rune,
    ]
};

impl BasicKind {
    /// The kind `byte`/`rune` stand for; every other kind maps to itself.
    pub fn canonical(self) -> BasicKind {
        match self {
            BasicKind::Byte => BasicKind::Uint8,
            BasicKind::Rune => BasicKind::Int32,
            k => k,
        }
    }

    /// The name Go prints.
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Byte => "byte",
            Rune => "rune",
        }
    }

    /// Whether this is an untyped constant kind (or untyped nil).
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil
        )
    }

    /// Whether values of this kind are integers.
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self.canonical(),
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    /// Whether values of this kind are unsigned integers.
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self.canonical(), Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    /// Whether values of this kind are floating-point numbers.
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }

    /// Whether values of this kind are complex numbers.
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }

    /// Whether this is a numeric kind.
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    /// Whether this is a string kind.
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    /// Whether this is a boolean kind.
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    /// Whether values can be ordered with `<`.
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }

    /// Whether this kind can be the type of a constant.
    pub fn is_const_type(self) -> bool {
        self.is_numeric() || self.is_string() || self.is_boolean()
    }

    /// Size in bytes on a 64-bit target.
    pub fn size(self) -> u64 {
        use BasicKind::*;
        match self.canonical() {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 8,
        }
    }
}

/// A field of a struct type.
#[derive(Clone, Debug)]
pub struct Field {
    /// Field name (for an embedded field, the type's name).
    pub name: String,
    /// Field type.
    pub ty: TypeId,
    /// Whether the field is embedded.
    pub embedded: bool,
    /// The tag, unquoted, if any.
    pub tag: Option<String>,
    /// The field's object (used for `Info::uses` of selectors).
    pub obj: ObjId,
    /// Package path for unexported names (they are distinct across packages).
    pub pkg: Option<crate::objects::PkgId>,
}

/// A struct type.
#[derive(Clone, Debug, Default)]
pub struct StructType {
    /// Fields in declaration order.
    pub fields: Vec<Field>,
}

/// A parameter or result of a signature.
#[derive(Clone, Debug)]
pub struct Param {
    /// The name (empty when unnamed; `_` allowed).
    pub name: String,
    /// The type (for a variadic last parameter, the slice type `[]T`).
    pub ty: TypeId,
}

/// A function signature.
#[derive(Clone, Debug, Default)]
pub struct Signature {
    /// Type parameters of a generic function (each a [`TypeKind::TypeParam`]).
    pub tparams: Vec<TypeId>,
    /// Receiver type parameters of a method of a generic type.
    pub recv_tparams: Vec<TypeId>,
    /// The receiver, for methods.
    pub recv: Option<Param>,
    /// Parameters.
    pub params: Vec<Param>,
    /// Results.
    pub results: Vec<Param>,
    /// Whether the last parameter is variadic (its type is then a slice).
    pub variadic: bool,
}

/// A method in an interface.
#[derive(Clone, Debug)]
pub struct IMethod {
    /// Method name.
    pub name: String,
    /// Its signature (a [`TypeKind::Func`]).
    pub sig: TypeId,
    /// The method's object.
    pub obj: ObjId,
}

/// A union term `~T` or `T` in a constraint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// Whether it is written `~T`.
    pub tilde: bool,
    /// The type.
    pub ty: TypeId,
}

/// An interface type as written.
#[derive(Clone, Debug, Default)]
pub struct InterfaceType {
    /// Explicitly declared methods.
    pub methods: Vec<IMethod>,
    /// Embedded elements: interfaces, types, or unions.
    pub embeddeds: Vec<TypeId>,
    /// Whether this interface was made implicitly for a constraint like `[T ~int]`.
    pub implicit: bool,
}

/// The computed type set of an interface.
#[derive(Clone, Debug, Default)]
pub struct TypeSet {
    /// All methods (explicit and embedded), sorted by name.
    pub methods: Vec<IMethod>,
    /// The term list; `None` means all types.
    pub terms: Option<Vec<Term>>,
    /// Whether the set is restricted to comparable types.
    pub comparable: bool,
}

impl TypeSet {
    /// Whether the set is all types with no methods (i.e. `any`).
    pub fn is_all(&self) -> bool {
        self.terms.is_none() && !self.comparable && self.methods.is_empty()
    }
    /// Whether the type set is a plain method set (usable as a non-constraint interface).
    pub fn is_method_set(&self) -> bool {
        self.terms.is_none() && !self.comparable
    }
}

/// A defined (named) type, or an instance of a generic one.
#[derive(Clone, Debug)]
pub struct NamedType {
    /// The type name object.
    pub obj: ObjId,
    /// The underlying type (`INVALID` until resolved).
    pub underlying: TypeId,
    /// Declared methods (Func objects); instances share their origin's.
    pub methods: Vec<ObjId>,
    /// Type parameters of a generic type.
    pub tparams: Vec<TypeId>,
    /// For an instance: the generic origin.
    pub orig: Option<TypeId>,
    /// For an instance: the type arguments.
    pub targs: Vec<TypeId>,
}

/// A type parameter.
#[derive(Clone, Debug)]
pub struct TypeParamType {
    /// The type name object.
    pub obj: ObjId,
    /// Index in its parameter list.
    pub index: usize,
    /// The constraint (an interface type, possibly named).
    pub bound: TypeId,
}

/// What a type is.
#[derive(Clone, Debug)]
pub enum TypeKind {
    /// A predeclared basic type.
    Basic(BasicKind),
    /// `*T`
    Pointer(TypeId),
    /// `[]T`
    Slice(TypeId),
    /// `[N]T`
    Array {
        /// Length.
        len: u64,
        /// Element type.
        elem: TypeId,
    },
    /// `map[K]V`
    Map {
        /// Key type.
        key: TypeId,
        /// Element type.
        elem: TypeId,
    },
    /// `chan T` (only so that programs using channels get a clean error).
    Chan(TypeId),
    /// `struct{...}`
    Struct(Rc<StructType>),
    /// `func(...) ...`
    Func(Rc<Signature>),
    /// `interface{...}`
    Interface(Rc<InterfaceType>),
    /// A union `A | ~B` (only inside constraint interfaces).
    Union(Rc<Vec<Term>>),
    /// A list of types: multiple results, or `()` for none.
    Tuple(Rc<Vec<TypeId>>),
    /// A defined type.
    Named(NamedType),
    /// An alias `type A = B` (also `any`).
    Alias {
        /// The alias' type name.
        obj: ObjId,
        /// The aliased type (`INVALID` until resolved).
        actual: TypeId,
    },
    /// A type parameter.
    TypeParam(TypeParamType),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum InternKey {
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(TypeId),
    Tuple(Vec<TypeId>),
    Instance(TypeId, Vec<TypeId>),
}

/// How type names of other packages are qualified when printing.
pub trait NameSource {
    /// The printed (possibly qualified) name of a type-name object.
    fn type_name(&self, obj: ObjId) -> String;
    /// The name of a type parameter's object.
    fn tparam_name(&self, obj: ObjId) -> String {
        self.type_name(obj)
    }
}

/// The type arena.
#[derive(Debug)]
pub struct Types {
    kinds: Vec<TypeKind>,
    interned: HashMap<InternKey, TypeId>,
    type_sets: RefCell<HashMap<TypeId, Rc<TypeSet>>>,
    /// The `error` interface (set up by the universe).
    pub error: TypeId,
    /// The `any` alias (set up by the universe).
    pub any: TypeId,
    /// The `comparable` constraint (set up by the universe).
    pub comparable: TypeId,
    /// The empty tuple `()`.
    pub empty_tuple: TypeId,
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    /// A fresh arena holding the basic types.
    pub fn new() -> Types {
        let mut t = Types {
            kinds: Vec::new(),
            interned: HashMap::new(),
            type_sets: RefCell::new(HashMap::new()),
            error: INVALID,
            any: INVALID,
            comparable: INVALID,
            empty_tuple: INVALID,
        };
        for k in BASIC_KINDS {
            t.kinds.push(TypeKind::Basic(k));
        }
        t.empty_tuple = t.tuple(Vec::new());
        t
    }

    /// The id of a basic type.
    pub fn basic(&self, k: BasicKind) -> TypeId {
        TypeId(BASIC_KINDS.iter().position(|&b| b == k).expect("invariant: every basic kind is in BASIC_KINDS") as u32)
    }

    /// Number of types.
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Whether the arena is empty (never, after `new`).
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// What type `t` is.
    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    pub(crate) fn kind_mut(&mut self, t: TypeId) -> &mut TypeKind {
        &mut self.kinds[t.0 as usize]
    }

    /// Adds a type without interning.
    pub fn add(&mut self, k: TypeKind) -> TypeId {
        self.kinds.push(k);
        TypeId(self.kinds.len() as u32 - 1)
    }

    fn intern(&mut self, key: InternKey, k: TypeKind) -> TypeId {
        if let Some(&t) = self.interned.get(&key) {
            return t;
        }
        let t = self.add(k);
        self.interned.insert(key, t);
        t
    }

    /// `*elem`
    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(InternKey::Pointer(elem), TypeKind::Pointer(elem))
    }
    /// `[]elem`
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(InternKey::Slice(elem), TypeKind::Slice(elem))
    }
    /// `[len]elem`
    pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
        self.intern(InternKey::Array(len, elem), TypeKind::Array { len, elem })
    }
    /// `map[key]elem`
    pub fn map(&mut self, key: TypeId, elem: TypeId) -> TypeId {
        self.intern(InternKey::Map(key, elem), TypeKind::Map { key, elem })
    }
    /// `chan elem`
    pub fn chan(&mut self, elem: TypeId) -> TypeId {
        self.intern(InternKey::Chan(elem), TypeKind::Chan(elem))
    }
    /// A tuple.
    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(InternKey::Tuple(elems.clone()), TypeKind::Tuple(Rc::new(elems)))
    }
    /// A func type.
    pub fn func(&mut self, sig: Signature) -> TypeId {
        self.add(TypeKind::Func(Rc::new(sig)))
    }
    /// A struct type.
    pub fn structure(&mut self, s: StructType) -> TypeId {
        self.add(TypeKind::Struct(Rc::new(s)))
    }
    /// An interface type.
    pub fn interface(&mut self, i: InterfaceType) -> TypeId {
        self.add(TypeKind::Interface(Rc::new(i)))
    }

    /// The existing instance of `orig` with `targs`, if any.
    pub fn lookup_instance(&self, orig: TypeId, targs: &[TypeId]) -> Option<TypeId> {
        self.interned.get(&InternKey::Instance(orig, targs.to_vec())).copied()
    }

    /// Records a new instance type (its underlying still to be expanded).
    pub fn add_instance(&mut self, orig: TypeId, targs: Vec<TypeId>) -> TypeId {
        let (obj, methods) = match self.kind(orig) {
            TypeKind::Named(n) => (n.obj, n.methods.clone()),
            _ => panic!("invariant: instance origin is a named type"),
        };
        let k = TypeKind::Named(NamedType {
            obj,
            underlying: INVALID,
            methods,
            tparams: Vec::new(),
            orig: Some(orig),
            targs: targs.clone(),
        });
        self.intern(InternKey::Instance(orig, targs), k)
    }

    /// Strips aliases.
    pub fn unalias(&self, mut t: TypeId) -> TypeId {
        while let TypeKind::Alias { actual, .. } = self.kind(t) {
            if *actual == t || *actual == INVALID {
                return *actual;
            }
            t = *actual;
        }
        t
    }

    /// The underlying type: named types and aliases resolved; a type parameter's underlying
    /// type is its constraint interface.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        let t = self.unalias(t);
        match self.kind(t) {
            TypeKind::Named(n) => self.unalias(n.underlying),
            TypeKind::TypeParam(p) => self.underlying(p.bound),
            _ => t,
        }
    }

    /// The kind of the underlying type.
    pub fn under_kind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    /// The basic kind of `t`'s underlying type, if basic.
    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under_kind(t) {
            TypeKind::Basic(k) => Some(*k),
            _ => None,
        }
    }

    /// Whether `t` is a type parameter.
    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.kind(self.unalias(t)), TypeKind::TypeParam(_))
    }

    /// Whether `t` is a named type (or instance), not counting aliases.
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(self.unalias(t)), TypeKind::Named(_) | TypeKind::Basic(_) | TypeKind::TypeParam(_))
    }

    /// Whether `t` is an untyped basic type.
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(k) if k.is_untyped())
    }

    /// Whether `t` is an interface (not a type parameter).
    pub fn is_interface(&self, t: TypeId) -> bool {
        !self.is_type_param(t) && matches!(self.under_kind(t), TypeKind::Interface(_))
    }

    /// The signature of a func type.
    pub fn signature(&self, t: TypeId) -> Option<Rc<Signature>> {
        match self.under_kind(t) {
            TypeKind::Func(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// The fields of a struct type.
    pub fn struct_type(&self, t: TypeId) -> Option<Rc<StructType>> {
        match self.under_kind(t) {
            TypeKind::Struct(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// Tuple elements; a non-tuple type is a 1-tuple.
    pub fn tuple_elems(&self, t: TypeId) -> Vec<TypeId> {
        match self.kind(t) {
            TypeKind::Tuple(v) => v.as_ref().clone(),
            _ => vec![t],
        }
    }

    /// The named type data of `t` (after unaliasing).
    pub fn named(&self, t: TypeId) -> Option<&NamedType> {
        match self.kind(self.unalias(t)) {
            TypeKind::Named(n) => Some(n),
            _ => None,
        }
    }

    /// The type set of an interface (or constraint) type, computed once.
    pub fn type_set(&self, t: TypeId) -> Rc<TypeSet> {
        let u = self.underlying(t);
        if let Some(ts) = self.type_sets.borrow().get(&u) {
            return ts.clone();
        }
        let mut seen = Vec::new();
        let ts = Rc::new(self.compute_type_set(u, &mut seen));
        self.type_sets.borrow_mut().insert(u, ts.clone());
        ts
    }

    fn compute_type_set(&self, u: TypeId, seen: &mut Vec<TypeId>) -> TypeSet {
        let it = match self.kind(u) {
            TypeKind::Interface(i) => i.clone(),
            _ => return TypeSet::default(),
        };
        if seen.contains(&u) {
            return TypeSet::default();
        }
        seen.push(u);
        let mut ts = TypeSet { methods: it.methods.clone(), terms: None, comparable: false };
        for &e in &it.embeddeds {
            let eu = self.underlying(e);
            match self.kind(eu) {
                TypeKind::Interface(_) => {
                    if self.unalias(e) == self.comparable {
                        ts.comparable = true;
                        continue;
                    }
                    let sub = self.compute_type_set(eu, seen);
                    for m in sub.methods {
                        if !ts.methods.iter().any(|x| x.name == m.name) {
                            ts.methods.push(m);
                        }
                    }
                    ts.comparable |= sub.comparable;
                    if let Some(terms) = sub.terms {
                        ts.terms = Some(self.intersect_terms(ts.terms.take(), terms));
                    }
                }
                TypeKind::Union(terms) => {
                    let mut flat = Vec::new();
                    for term in terms.iter() {
                        let tu = self.underlying(term.ty);
                        if let TypeKind::Interface(_) = self.kind(tu) {
                            if self.is_type_param(term.ty) {
                                flat.push(*term);
                                continue;
                            }
                            let sub = self.compute_type_set(tu, seen);
                            match sub.terms {
                                None => {
                                    flat.clear();
                                    flat.push(Term { tilde: true, ty: INVALID });
                                    break;
                                }
                                Some(ts2) => flat.extend(ts2),
                            }
                        } else {
                            flat.push(*term);
                        }
                    }
                    if flat.iter().any(|t| t.ty == INVALID) {
                        continue; // union with an unrestricted interface: all types
                    }
                    ts.terms = Some(self.intersect_terms(ts.terms.take(), flat));
                }
                _ => {
                    let term = vec![Term { tilde: false, ty: e }];
                    ts.terms = Some(self.intersect_terms(ts.terms.take(), term));
                }
            }
        }
        ts.methods.sort_by(|a, b| a.name.cmp(&b.name));
        seen.pop();
        ts
    }

    fn intersect_terms(&self, a: Option<Vec<Term>>, b: Vec<Term>) -> Vec<Term> {
        let Some(a) = a else { return b };
        let mut out = Vec::new();
        for x in &a {
            for y in &b {
                if let Some(t) = self.intersect_term(*x, *y) {
                    out.push(t);
                }
            }
        }
        out
    }

    fn intersect_term(&self, x: Term, y: Term) -> Option<Term> {
        let (ux, uy) = (self.underlying(x.ty), self.underlying(y.ty));
        match (x.tilde, y.tilde) {
            (true, true) => self.identical(ux, uy).then_some(x),
            (true, false) => self.identical(ux, self.underlying(y.ty)).then_some(y),
            (false, true) => self.identical(self.underlying(x.ty), uy).then_some(x),
            (false, false) => self.identical(x.ty, y.ty).then_some(x),
        }
    }

    /// Go's type identity.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        let mut seen = Vec::new();
        self.identical_rec(a, b, &mut seen)
    }

    fn identical_rec(&self, a: TypeId, b: TypeId, seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        let (a, b) = (self.unalias(a), self.unalias(b));
        if a == b {
            return true;
        }
        use TypeKind::*;
        match (self.kind(a), self.kind(b)) {
            (Basic(x), Basic(y)) => x.canonical() == y.canonical(),
            (Pointer(x), Pointer(y)) | (Slice(x), Slice(y)) | (Chan(x), Chan(y)) => self.identical_rec(*x, *y, seen),
            (Array { len: l1, elem: e1 }, Array { len: l2, elem: e2 }) => {
                l1 == l2 && self.identical_rec(*e1, *e2, seen)
            }
            (Map { key: k1, elem: e1 }, Map { key: k2, elem: e2 }) => {
                self.identical_rec(*k1, *k2, seen) && self.identical_rec(*e1, *e2, seen)
            }
            (Tuple(x), Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| self.identical_rec(*p, *q, seen))
            }
            (Struct(x), Struct(y)) => {
                x.fields.len() == y.fields.len()
                    && x.fields.iter().zip(y.fields.iter()).all(|(f, g)| {
                        f.name == g.name
                            && f.embedded == g.embedded
                            && f.tag == g.tag
                            && (crate::objects::is_exported(&f.name) || f.pkg == g.pkg)
                            && self.identical_rec(f.ty, g.ty, seen)
                    })
            }
            (Func(x), Func(y)) => {
                x.variadic == y.variadic
                    && x.tparams.len() == y.tparams.len()
                    && x.params.len() == y.params.len()
                    && x.results.len() == y.results.len()
                    && x.params.iter().zip(y.params.iter()).all(|(p, q)| self.identical_rec(p.ty, q.ty, seen))
                    && x.results.iter().zip(y.results.iter()).all(|(p, q)| self.identical_rec(p.ty, q.ty, seen))
            }
            (Interface(_), Interface(_)) => {
                if seen.contains(&(a, b)) {
                    return true;
                }
                seen.push((a, b));
                let (sa, sb) = (self.type_set(a), self.type_set(b));
                let ok = sa.methods.len() == sb.methods.len()
                    && sa.comparable == sb.comparable
                    && sa
                        .methods
                        .iter()
                        .zip(sb.methods.iter())
                        .all(|(m, n)| m.name == n.name && self.identical_rec(m.sig, n.sig, seen))
                    && match (&sa.terms, &sb.terms) {
                        (None, None) => true,
                        (Some(x), Some(y)) => {
                            x.len() == y.len()
                                && x.iter().all(|t| {
                                    y.iter().any(|u| t.tilde == u.tilde && self.identical_rec(t.ty, u.ty, seen))
                                })
                        }
                        _ => false,
                    };
                seen.pop();
                ok
            }
            (Named(x), Named(y)) => match (x.orig, y.orig) {
                (Some(o1), Some(o2)) => {
                    o1 == o2
                        && x.targs.len() == y.targs.len()
                        && x.targs.iter().zip(y.targs.iter()).all(|(p, q)| self.identical_rec(*p, *q, seen))
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Size in bytes on a 64-bit target (gc's layout rules).
    pub fn sizeof(&self, t: TypeId) -> u64 {
        let u = self.underlying(t);
        match self.kind(u) {
            TypeKind::Basic(k) => k.size(),
            TypeKind::Pointer(_) | TypeKind::Map { .. } | TypeKind::Chan(_) | TypeKind::Func(_) => 8,
            TypeKind::Slice(_) => 24,
            TypeKind::Interface(_) => 16,
            TypeKind::Array { len, elem } => len.saturating_mul(self.sizeof(*elem)),
            TypeKind::Struct(s) => {
                let mut off = 0u64;
                let mut last_zero = false;
                for f in &s.fields {
                    let a = self.alignof(f.ty);
                    off = align_up(off, a);
                    let sz = self.sizeof(f.ty);
                    off = off.saturating_add(sz);
                    last_zero = sz == 0;
                }
                if last_zero && off > 0 {
                    off += 1;
                }
                align_up(off, self.alignof(u))
            }
            TypeKind::Tuple(v) => v.iter().map(|&e| self.sizeof(e)).sum(),
            _ => 8,
        }
    }

    /// Alignment in bytes on a 64-bit target.
    pub fn alignof(&self, t: TypeId) -> u64 {
        let u = self.underlying(t);
        match self.kind(u) {
            TypeKind::Basic(k) => match k.canonical() {
                BasicKind::Complex128 | BasicKind::String => 8,
                BasicKind::Complex64 => 4,
                _ => k.size().clamp(1, 8),
            },
            TypeKind::Array { elem, .. } => self.alignof(*elem),
            TypeKind::Struct(s) => s.fields.iter().map(|f| self.alignof(f.ty)).max().unwrap_or(1),
            _ => 8,
        }
    }

    /// Field offsets of a struct type.
    pub fn offsets(&self, t: TypeId) -> Vec<u64> {
        let mut out = Vec::new();
        if let Some(s) = self.struct_type(t) {
            let mut off = 0u64;
            for f in &s.fields {
                off = align_up(off, self.alignof(f.ty));
                out.push(off);
                off = off.saturating_add(self.sizeof(f.ty));
            }
        }
        out
    }

    /// Renders `t` as types2 does, naming type names through `names`.
    pub fn type_string(&self, t: TypeId, names: &dyn NameSource) -> String {
        let mut s = String::new();
        let mut seen = Vec::new();
        self.write_type(&mut s, t, names, &mut seen);
        s
    }

    fn write_type(&self, w: &mut String, t: TypeId, names: &dyn NameSource, seen: &mut Vec<TypeId>) {
        if seen.contains(&t) {
            w.push_str("cycle");
            return;
        }
        seen.push(t);
        match self.kind(t) {
            TypeKind::Basic(k) => w.push_str(k.name()),
            TypeKind::Pointer(e) => {
                w.push('*');
                self.write_type(w, *e, names, seen);
            }
            TypeKind::Slice(e) => {
                w.push_str("[]");
                self.write_type(w, *e, names, seen);
            }
            TypeKind::Array { len, elem } => {
                let _ = write!(w, "[{len}]");
                self.write_type(w, *elem, names, seen);
            }
            TypeKind::Map { key, elem } => {
                w.push_str("map[");
                self.write_type(w, *key, names, seen);
                w.push(']');
                self.write_type(w, *elem, names, seen);
            }
            TypeKind::Chan(e) => {
                w.push_str("chan ");
                self.write_type(w, *e, names, seen);
            }
            TypeKind::Struct(s) => {
                w.push_str("struct{");
                for (i, f) in s.fields.iter().enumerate() {
                    if i > 0 {
                        w.push_str("; ");
                    }
                    if !f.embedded {
                        w.push_str(&f.name);
                        w.push(' ');
                    }
                    self.write_type(w, f.ty, names, seen);
                    if let Some(tag) = &f.tag {
                        let _ = write!(w, " {tag:?}");
                    }
                }
                w.push('}');
            }
            TypeKind::Func(sig) => {
                w.push_str("func");
                self.write_signature(w, sig, names, seen);
            }
            TypeKind::Interface(it) => {
                if it.implicit && it.methods.is_empty() && it.embeddeds.len() == 1 {
                    self.write_type(w, it.embeddeds[0], names, seen);
                } else {
                    w.push_str("interface{");
                    let mut first = true;
                    for m in &it.methods {
                        if !first {
                            w.push_str("; ");
                        }
                        first = false;
                        w.push_str(&m.name);
                        if let TypeKind::Func(sig) = self.kind(m.sig) {
                            self.write_signature(w, sig, names, seen);
                        }
                    }
                    for &e in &it.embeddeds {
                        if !first {
                            w.push_str("; ");
                        }
                        first = false;
                        self.write_type(w, e, names, seen);
                    }
                    w.push('}');
                }
            }
            TypeKind::Union(terms) => {
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        w.push_str(" | ");
                    }
                    if term.tilde {
                        w.push('~');
                    }
                    self.write_type(w, term.ty, names, seen);
                }
            }
            TypeKind::Tuple(v) => {
                w.push('(');
                for (i, &e) in v.iter().enumerate() {
                    if i > 0 {
                        w.push_str(", ");
                    }
                    self.write_type(w, e, names, seen);
                }
                w.push(')');
            }
            TypeKind::Named(n) => {
                w.push_str(&names.type_name(n.obj));
                if !n.targs.is_empty() {
                    w.push('[');
                    for (i, &a) in n.targs.iter().enumerate() {
                        if i > 0 {
                            w.push_str(", ");
                        }
                        self.write_type(w, a, names, seen);
                    }
                    w.push(']');
                } else if !n.tparams.is_empty() {
                    w.push('[');
                    for (i, &p) in n.tparams.iter().enumerate() {
                        if i > 0 {
                            w.push_str(", ");
                        }
                        self.write_type(w, p, names, seen);
                        if let TypeKind::TypeParam(tp) = self.kind(p) {
                            w.push(' ');
                            self.write_type(w, tp.bound, names, seen);
                        }
                    }
                    w.push(']');
                }
            }
            TypeKind::Alias { obj, .. } => w.push_str(&names.type_name(*obj)),
            TypeKind::TypeParam(p) => w.push_str(&names.tparam_name(p.obj)),
        }
        seen.pop();
    }

    /// Writes `(params) results` of a signature.
    fn write_signature(&self, w: &mut String, sig: &Signature, names: &dyn NameSource, seen: &mut Vec<TypeId>) {
        self.write_params(w, &sig.params, sig.variadic, names, seen);
        if sig.results.is_empty() {
            return;
        }
        w.push(' ');
        if sig.results.len() == 1 && sig.results[0].name.is_empty() {
            self.write_type(w, sig.results[0].ty, names, seen);
            return;
        }
        self.write_params(w, &sig.results, false, names, seen);
    }

    fn write_params(
        &self,
        w: &mut String,
        ps: &[Param],
        variadic: bool,
        names: &dyn NameSource,
        seen: &mut Vec<TypeId>,
    ) {
        w.push('(');
        for (i, p) in ps.iter().enumerate() {
            if i > 0 {
                w.push_str(", ");
            }
            if !p.name.is_empty() {
                w.push_str(&p.name);
                w.push(' ');
            }
            if variadic && i + 1 == ps.len() {
                w.push_str("...");
                let elem = match self.kind(p.ty) {
                    TypeKind::Slice(e) => *e,
                    _ => p.ty,
                };
                self.write_type(w, elem, names, seen);
            } else {
                self.write_type(w, p.ty, names, seen);
            }
        }
        w.push(')');
    }

    /// Prints a signature without the `func` keyword, e.g. for method lists: `(x int) string`.
    pub fn signature_string(&self, sig: &Signature, names: &dyn NameSource) -> String {
        let mut s = String::new();
        let mut seen = Vec::new();
        self.write_signature(&mut s, sig, names, &mut seen);
        s
    }
}

fn align_up(x: u64, a: u64) -> u64 {
    if a <= 1 {
        x
    } else {
        x.div_ceil(a).saturating_mul(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoNames;
    impl NameSource for NoNames {
        fn type_name(&self, obj: ObjId) -> String {
            format!("T{}", obj.0)
        }
    }

    #[test]
    fn interning_and_identity() {
        let mut t = Types::new();
        let int = t.basic(BasicKind::Int);
        let a = t.slice(int);
        let b = t.slice(int);
        assert_eq!(a, b);
        let byte = t.basic(BasicKind::Byte);
        let u8t = t.basic(BasicKind::Uint8);
        let sb = t.slice(byte);
        let su = t.slice(u8t);
        assert_ne!(sb, su);
        assert!(t.identical(sb, su));
        assert!(!t.identical(sb, a));
        assert_eq!(t.type_string(sb, &NoNames), "[]byte");
    }

    #[test]
    fn func_identity_ignores_names() {
        let mut t = Types::new();
        let int = t.basic(BasicKind::Int);
        let f1 = t.func(Signature { params: vec![Param { name: "a".into(), ty: int }], ..Default::default() });
        let f2 = t.func(Signature { params: vec![Param { name: "".into(), ty: int }], ..Default::default() });
        assert!(t.identical(f1, f2));
        assert_eq!(t.type_string(f1, &NoNames), "func(a int)");
        assert_eq!(t.type_string(f2, &NoNames), "func(int)");
    }

    #[test]
    fn sizes() {
        let mut t = Types::new();
        let int = t.basic(BasicKind::Int);
        let b = t.basic(BasicKind::Bool);
        let arr = t.array(16, int);
        assert_eq!(t.sizeof(arr), 128);
        let s = t.structure(StructType {
            fields: vec![
                Field { name: "a".into(), ty: b, embedded: false, tag: None, obj: ObjId(0), pkg: None },
                Field { name: "b".into(), ty: int, embedded: false, tag: None, obj: ObjId(0), pkg: None },
                Field { name: "c".into(), ty: b, embedded: false, tag: None, obj: ObjId(0), pkg: None },
            ],
        });
        assert_eq!(t.sizeof(s), 24);
        assert_eq!(t.offsets(s), vec![0, 8, 16]);
        let st = t.basic(BasicKind::String);
        assert_eq!(t.sizeof(st), 16);
    }
}

//! Lowering's own view of Go types: [`Ty`], an interned, fully substituted type.
//!
//! The checker's [`TypeId`]s inside a generic body mention type parameters, and the checker's
//! arena is read-only here, so lowering converts every type it meets into a `Ty` under the
//! current substitution ([`Env`]: type parameter → `Ty`). `Ty`s are interned structurally
//! (named types by `(object, type arguments)`), so `Ty` equality is Go type identity, which
//! makes them the keys of type descriptors and of generic instantiations (monomorphization).
//!
//! Layouts follow gc on 64-bit targets (the same rules as `loopc_types::Types::sizeof`), and
//! [`TyCx::type_string`] prints a type as Go's `%T` does (`main.Point`, `[]string`,
//! `map[string]int`, `func(int) bool`, `main.Pair[int,string]`), which names descriptors.

use loopc_ir::Type as IrType;
use loopc_types::types::{BasicKind, TypeKind};
use loopc_types::{ObjId, ObjKind, Program, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;

/// An interned, substituted Go type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ty(pub u32);

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldT {
    /// Field name (the type's name for an embedded field).
    pub name: String,
    /// Field type.
    pub ty: Ty,
    /// Embedded field.
    pub embedded: bool,
}

/// An interface method.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IMeth {
    /// Name.
    pub name: String,
    /// Signature (a `Func` type, no receiver).
    pub sig: Ty,
}

/// What a [`Ty`] is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TyKind {
    /// A basic type (canonical: no `byte`/`rune`; untyped constants have their default type,
    /// except `UntypedNil`).
    Basic(BasicKind),
    /// `*T`
    Pointer(Ty),
    /// `[]T`
    Slice(Ty),
    /// `[N]T`
    Array(u64, Ty),
    /// `map[K]V`
    Map(Ty, Ty),
    /// `struct{...}`
    Struct(Vec<FieldT>),
    /// A func type.
    Func {
        /// Parameter types (variadic last: a slice).
        params: Vec<Ty>,
        /// Result types.
        results: Vec<Ty>,
        /// Variadic.
        variadic: bool,
    },
    /// An interface with its full method set, sorted by name.
    Interface(Vec<IMeth>),
    /// Several results.
    Tuple(Vec<Ty>),
    /// A defined type (instance).
    Named {
        /// The type name object.
        obj: ObjId,
        /// The checker's type of the (generic origin) named type.
        orig: TypeId,
        /// Type arguments.
        targs: Vec<Ty>,
    },
}

/// A substitution of type parameters.
pub type Env = Vec<(TypeId, Ty)>;

/// How a value of a type is held in IR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// An SSA scalar.
    Scalar(IrType),
    /// Memory of this size and alignment.
    Mem(u32, u32),
}

/// The interner and type queries.
pub struct TyCx<'p> {
    /// The checked program.
    pub program: &'p Program,
    kinds: RefCell<Vec<TyKind>>,
    map: RefCell<HashMap<TyKind, Ty>>,
    under: RefCell<HashMap<Ty, Ty>>,
    layout: RefCell<HashMap<Ty, (u64, u64)>>,
}

impl<'p> TyCx<'p> {
    /// A fresh interner.
    pub fn new(program: &'p Program) -> TyCx<'p> {
        TyCx {
            program,
            kinds: RefCell::new(Vec::new()),
            map: RefCell::new(HashMap::new()),
            under: RefCell::new(HashMap::new()),
            layout: RefCell::new(HashMap::new()),
        }
    }

    /// Interns a kind.
    pub fn intern(&self, k: TyKind) -> Ty {
        if let Some(&t) = self.map.borrow().get(&k) {
            return t;
        }
        let mut kinds = self.kinds.borrow_mut();
        let t = Ty(kinds.len() as u32);
        kinds.push(k.clone());
        self.map.borrow_mut().insert(k, t);
        t
    }

    /// The kind of `t`.
    pub fn kind(&self, t: Ty) -> TyKind {
        self.kinds.borrow()[t.0 as usize].clone()
    }

    /// A basic type.
    pub fn basic(&self, k: BasicKind) -> Ty {
        self.intern(TyKind::Basic(k))
    }

    /// `*t`
    pub fn pointer(&self, t: Ty) -> Ty {
        self.intern(TyKind::Pointer(t))
    }

    /// `[]t`
    pub fn slice(&self, t: Ty) -> Ty {
        self.intern(TyKind::Slice(t))
    }

    /// `interface{}`.
    pub fn any(&self) -> Ty {
        self.intern(TyKind::Interface(Vec::new()))
    }

    /// Converts a checker type under `env`.
    pub fn conv(&self, t: TypeId, env: &Env) -> Ty {
        let types = &self.program.types;
        match types.kind(t) {
            TypeKind::Basic(k) => self.basic(canonical_basic(*k)),
            TypeKind::Alias { actual, .. } => self.conv(*actual, env),
            TypeKind::TypeParam(_) => match env.iter().find(|(p, _)| *p == t) {
                Some((_, a)) => *a,
                None => self.basic(BasicKind::Invalid),
            },
            TypeKind::Pointer(e) => self.intern(TyKind::Pointer(self.conv(*e, env))),
            TypeKind::Slice(e) => self.intern(TyKind::Slice(self.conv(*e, env))),
            TypeKind::Chan(e) => self.intern(TyKind::Pointer(self.conv(*e, env))),
            TypeKind::Array { len, elem } => self.intern(TyKind::Array(*len, self.conv(*elem, env))),
            TypeKind::Map { key, elem } => self.intern(TyKind::Map(self.conv(*key, env), self.conv(*elem, env))),
            TypeKind::Struct(s) => {
                let fields = s
                    .fields
                    .iter()
                    .map(|f| FieldT { name: f.name.clone(), ty: self.conv(f.ty, env), embedded: f.embedded })
                    .collect();
                self.intern(TyKind::Struct(fields))
            }
            TypeKind::Func(sig) => {
                let params = sig.params.iter().map(|p| self.conv(p.ty, env)).collect();
                let results = sig.results.iter().map(|p| self.conv(p.ty, env)).collect();
                self.intern(TyKind::Func { params, results, variadic: sig.variadic })
            }
            TypeKind::Interface(_) => {
                let ts = types.type_set(t);
                let mut methods: Vec<IMeth> =
                    ts.methods.iter().map(|m| IMeth { name: m.name.clone(), sig: self.conv(m.sig, env) }).collect();
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                self.intern(TyKind::Interface(methods))
            }
            TypeKind::Union(_) => self.basic(BasicKind::Invalid),
            TypeKind::Tuple(v) => {
                let elems = v.iter().map(|&e| self.conv(e, env)).collect();
                self.intern(TyKind::Tuple(elems))
            }
            TypeKind::Named(n) => {
                let orig = n.orig.unwrap_or(t);
                let targs = n.targs.iter().map(|&a| self.conv(a, env)).collect();
                self.intern(TyKind::Named { obj: n.obj, orig, targs })
            }
        }
    }

    /// The substitution that instantiates the generic named type `orig` with `targs`.
    pub fn named_env(&self, orig: TypeId, targs: &[Ty]) -> Env {
        match self.program.types.kind(orig) {
            TypeKind::Named(n) => n.tparams.iter().copied().zip(targs.iter().copied()).collect(),
            _ => Vec::new(),
        }
    }

    /// The underlying type (named types resolved).
    pub fn under(&self, t: Ty) -> Ty {
        let TyKind::Named { orig, targs, .. } = self.kind(t) else { return t };
        if let Some(&u) = self.under.borrow().get(&t) {
            return u;
        }
        let underlying = match self.program.types.kind(orig) {
            TypeKind::Named(n) => n.underlying,
            _ => loopc_types::INVALID,
        };
        let env = self.named_env(orig, &targs);
        let u = self.conv(underlying, &env);
        let u = self.under(u);
        self.under.borrow_mut().insert(t, u);
        u
    }

    /// The kind of the underlying type.
    pub fn ukind(&self, t: Ty) -> TyKind {
        self.kind(self.under(t))
    }

    /// The basic kind of the underlying type.
    pub fn basic_kind(&self, t: Ty) -> Option<BasicKind> {
        match self.ukind(t) {
            TyKind::Basic(k) => Some(k),
            _ => None,
        }
    }

    /// Whether `t` is an interface type.
    pub fn is_interface(&self, t: Ty) -> bool {
        matches!(self.ukind(t), TyKind::Interface(_))
    }

    /// Whether `t` is the empty interface.
    pub fn is_empty_interface(&self, t: Ty) -> bool {
        matches!(self.ukind(t), TyKind::Interface(m) if m.is_empty())
    }

    /// Whether `t` is a string type.
    pub fn is_string(&self, t: Ty) -> bool {
        self.basic_kind(t) == Some(BasicKind::String)
    }

    /// Whether `t` is a float type.
    pub fn is_float(&self, t: Ty) -> bool {
        matches!(self.basic_kind(t), Some(BasicKind::Float32 | BasicKind::Float64))
    }

    /// Whether `t` is an unsigned integer type.
    pub fn is_unsigned(&self, t: Ty) -> bool {
        matches!(
            self.basic_kind(t),
            Some(
                BasicKind::Uint
                    | BasicKind::Uint8
                    | BasicKind::Uint16
                    | BasicKind::Uint32
                    | BasicKind::Uint64
                    | BasicKind::Uintptr
            )
        )
    }

    /// Whether `t` is an integer type.
    pub fn is_integer(&self, t: Ty) -> bool {
        self.basic_kind(t).is_some_and(|k| k.is_integer())
    }

    /// Size and alignment in bytes.
    pub fn size_align(&self, t: Ty) -> (u64, u64) {
        if let Some(&l) = self.layout.borrow().get(&t) {
            return l;
        }
        let l = match self.ukind(t) {
            TyKind::Basic(k) => {
                let s = match k {
                    BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => 1,
                    BasicKind::Int16 | BasicKind::Uint16 => 2,
                    BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => 4,
                    BasicKind::String => 16,
                    _ => 8,
                };
                (s, s.min(8))
            }
            TyKind::Pointer(_) | TyKind::Map(..) | TyKind::Func { .. } => (8, 8),
            TyKind::Slice(_) => (24, 8),
            TyKind::Interface(_) => (16, 8),
            TyKind::Array(n, e) => {
                let (s, a) = self.size_align(e);
                (n.saturating_mul(s), a)
            }
            TyKind::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1u64;
                let mut last_zero = false;
                for f in &fields {
                    let (s, a) = self.size_align(f.ty);
                    off = off.next_multiple_of(a);
                    off = off.saturating_add(s);
                    align = align.max(a);
                    last_zero = s == 0;
                }
                if last_zero && off > 0 {
                    off += 1;
                }
                (off.next_multiple_of(align), align)
            }
            TyKind::Tuple(v) => (v.iter().map(|&e| self.size_align(e).0).sum(), 8),
            TyKind::Named { .. } => (8, 8),
        };
        self.layout.borrow_mut().insert(t, l);
        l
    }

    /// Size in bytes (as `u32`, the IR's width; checked programs stay far below).
    pub fn size(&self, t: Ty) -> u32 {
        self.size_align(t).0.min(u32::MAX as u64) as u32
    }

    /// Alignment in bytes.
    pub fn align(&self, t: Ty) -> u32 {
        self.size_align(t).1 as u32
    }

    /// Field offsets of a struct type.
    pub fn offsets(&self, t: Ty) -> Vec<u32> {
        let TyKind::Struct(fields) = self.ukind(t) else { return Vec::new() };
        let mut out = Vec::with_capacity(fields.len());
        let mut off = 0u64;
        for f in &fields {
            let (s, a) = self.size_align(f.ty);
            off = off.next_multiple_of(a);
            out.push(off as u32);
            off += s;
        }
        out
    }

    /// Struct fields of `t` (empty for other types).
    pub fn fields(&self, t: Ty) -> Vec<FieldT> {
        match self.ukind(t) {
            TyKind::Struct(f) => f,
            _ => Vec::new(),
        }
    }

    /// How values of `t` live in IR.
    pub fn repr(&self, t: Ty) -> Repr {
        match self.ukind(t) {
            TyKind::Basic(k) => match k {
                BasicKind::Bool => Repr::Scalar(IrType::Bool),
                BasicKind::Int8 | BasicKind::Uint8 => Repr::Scalar(IrType::I8),
                BasicKind::Int16 | BasicKind::Uint16 => Repr::Scalar(IrType::I16),
                BasicKind::Int32 | BasicKind::Uint32 => Repr::Scalar(IrType::I32),
                BasicKind::Float32 => Repr::Scalar(IrType::F32),
                BasicKind::Float64 => Repr::Scalar(IrType::F64),
                BasicKind::String => Repr::Mem(16, 8),
                BasicKind::UnsafePointer | BasicKind::UntypedNil => Repr::Scalar(IrType::Ptr),
                _ => Repr::Scalar(IrType::I64),
            },
            TyKind::Pointer(_) | TyKind::Map(..) | TyKind::Func { .. } => Repr::Scalar(IrType::Ptr),
            _ => {
                let (s, a) = self.size_align(t);
                Repr::Mem(s as u32, a.max(1) as u32)
            }
        }
    }

    /// The scalar IR type of `t`, if it has one.
    pub fn scalar(&self, t: Ty) -> Option<IrType> {
        match self.repr(t) {
            Repr::Scalar(s) => Some(s),
            Repr::Mem(..) => None,
        }
    }

    /// Whether a value of `t` is stored directly in an interface's data word.
    pub fn is_direct_iface(&self, t: Ty) -> bool {
        match self.ukind(t) {
            TyKind::Pointer(_) | TyKind::Map(..) | TyKind::Func { .. } => true,
            TyKind::Basic(BasicKind::UnsafePointer) => true,
            TyKind::Struct(fields) => {
                let nz: Vec<&FieldT> = fields.iter().filter(|f| self.size(f.ty) != 0).collect();
                nz.len() == 1 && self.size(t) == 8 && self.is_direct_iface(nz[0].ty)
            }
            TyKind::Array(1, e) => self.is_direct_iface(e),
            _ => false,
        }
    }

    /// Whether `==` is defined on `t`.
    pub fn is_comparable(&self, t: Ty) -> bool {
        match self.ukind(t) {
            TyKind::Slice(_) | TyKind::Map(..) | TyKind::Func { .. } => false,
            TyKind::Struct(f) => f.iter().all(|f| self.is_comparable(f.ty)),
            TyKind::Array(_, e) => self.is_comparable(e),
            _ => true,
        }
    }

    /// Whether `t` contains an interface (so `==` may panic).
    pub fn has_iface(&self, t: Ty) -> bool {
        match self.ukind(t) {
            TyKind::Interface(_) => true,
            TyKind::Struct(f) => f.iter().any(|f| self.has_iface(f.ty)),
            TyKind::Array(_, e) => self.has_iface(e),
            _ => false,
        }
    }

    /// The signature parts of a func type.
    pub fn func_parts(&self, t: Ty) -> (Vec<Ty>, Vec<Ty>, bool) {
        match self.ukind(t) {
            TyKind::Func { params, results, variadic } => (params, results, variadic),
            _ => (Vec::new(), Vec::new(), false),
        }
    }

    /// Elements of a tuple (a non-tuple is a 1-tuple; the empty tuple is empty).
    pub fn tuple_elems(&self, t: Ty) -> Vec<Ty> {
        match self.kind(t) {
            TyKind::Tuple(v) => v,
            _ => vec![t],
        }
    }

    /// Element type of pointer, slice, array, map (value), string (byte).
    pub fn elem(&self, t: Ty) -> Ty {
        match self.ukind(t) {
            TyKind::Pointer(e) | TyKind::Slice(e) | TyKind::Array(_, e) | TyKind::Map(_, e) => e,
            TyKind::Basic(BasicKind::String) => self.basic(BasicKind::Uint8),
            _ => self.basic(BasicKind::Invalid),
        }
    }

    /// The package name qualifying a named type's object.
    fn qualifier(&self, obj: ObjId) -> Option<String> {
        let o = self.program.object(obj);
        o.pkg.map(|p| self.program.packages[p.0 as usize].name.clone())
    }

    /// Package path of a named type ("" for predeclared).
    pub fn pkgpath(&self, t: Ty) -> String {
        match self.kind(t) {
            TyKind::Named { obj, .. } => self
                .program
                .object(obj)
                .pkg
                .map(|p| self.program.packages[p.0 as usize].path.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The type as Go's `%T` prints it.
    pub fn type_string(&self, t: Ty) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, 0);
        s
    }

    fn write_type(&self, w: &mut String, t: Ty, depth: u32) {
        if depth > 50 {
            w.push_str("...");
            return;
        }
        match self.kind(t) {
            TyKind::Basic(k) => w.push_str(match k {
                BasicKind::UntypedNil => "nil",
                k => k.name(),
            }),
            TyKind::Pointer(e) => {
                w.push('*');
                self.write_type(w, e, depth + 1);
            }
            TyKind::Slice(e) => {
                w.push_str("[]");
                self.write_type(w, e, depth + 1);
            }
            TyKind::Array(n, e) => {
                w.push_str(&format!("[{n}]"));
                self.write_type(w, e, depth + 1);
            }
            TyKind::Map(k, v) => {
                w.push_str("map[");
                self.write_type(w, k, depth + 1);
                w.push(']');
                self.write_type(w, v, depth + 1);
            }
            TyKind::Struct(fields) => {
                if fields.is_empty() {
                    w.push_str("struct {}");
                    return;
                }
                w.push_str("struct { ");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        w.push_str("; ");
                    }
                    if !f.embedded {
                        w.push_str(&f.name);
                        w.push(' ');
                    }
                    self.write_type(w, f.ty, depth + 1);
                }
                w.push_str(" }");
            }
            TyKind::Func { .. } => {
                w.push_str("func");
                self.write_sig(w, t, depth);
            }
            TyKind::Interface(methods) => {
                if methods.is_empty() {
                    w.push_str("interface {}");
                    return;
                }
                w.push_str("interface { ");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        w.push_str("; ");
                    }
                    w.push_str(&m.name);
                    self.write_sig(w, m.sig, depth);
                }
                w.push_str(" }");
            }
            TyKind::Tuple(v) => {
                w.push('(');
                for (i, &e) in v.iter().enumerate() {
                    if i > 0 {
                        w.push_str(", ");
                    }
                    self.write_type(w, e, depth + 1);
                }
                w.push(')');
            }
            TyKind::Named { obj, targs, .. } => {
                if let Some(q) = self.qualifier(obj) {
                    w.push_str(&q);
                    w.push('.');
                }
                w.push_str(&self.program.object(obj).name);
                if !targs.is_empty() {
                    w.push('[');
                    for (i, &a) in targs.iter().enumerate() {
                        if i > 0 {
                            w.push(',');
                        }
                        self.write_type(w, a, depth + 1);
                    }
                    w.push(']');
                }
            }
        }
    }

    fn write_sig(&self, w: &mut String, sig: Ty, depth: u32) {
        let (params, results, variadic) = self.func_parts(sig);
        w.push('(');
        for (i, &p) in params.iter().enumerate() {
            if i > 0 {
                w.push_str(", ");
            }
            if variadic && i + 1 == params.len() {
                w.push_str("...");
                self.write_type(w, self.elem(p), depth + 1);
            } else {
                self.write_type(w, p, depth + 1);
            }
        }
        w.push(')');
        match results.len() {
            0 => {}
            1 => {
                w.push(' ');
                self.write_type(w, results[0], depth + 1);
            }
            _ => {
                w.push_str(" (");
                for (i, &r) in results.iter().enumerate() {
                    if i > 0 {
                        w.push_str(", ");
                    }
                    self.write_type(w, r, depth + 1);
                }
                w.push(')');
            }
        }
    }

    /// The type name object of a named type (or of a pointer to one).
    pub fn named_obj(&self, t: Ty) -> Option<ObjId> {
        match self.kind(t) {
            TyKind::Named { obj, .. } => Some(obj),
            TyKind::Pointer(e) => self.named_obj(e),
            _ => None,
        }
    }

    /// The declared methods of a named type: `(name, method object, pointer receiver)`.
    pub fn declared_methods(&self, t: Ty) -> Vec<(String, ObjId, bool)> {
        let TyKind::Named { orig, .. } = self.kind(t) else { return Vec::new() };
        let TypeKind::Named(n) = self.program.types.kind(orig) else { return Vec::new() };
        n.methods
            .iter()
            .map(|&m| {
                let o = self.program.object(m);
                let ptr = matches!(o.kind, ObjKind::Func { ptr_recv: true, .. });
                (o.name.clone(), m, ptr)
            })
            .collect()
    }
}

/// `byte`/`rune` to their canonical kinds; untyped constant kinds to their default types.
pub fn canonical_basic(k: BasicKind) -> BasicKind {
    match k {
        BasicKind::Byte => BasicKind::Uint8,
        BasicKind::Rune | BasicKind::UntypedRune => BasicKind::Int32,
        BasicKind::UntypedBool => BasicKind::Bool,
        BasicKind::UntypedInt => BasicKind::Int,
        BasicKind::UntypedFloat => BasicKind::Float64,
        BasicKind::UntypedString => BasicKind::String,
        k => k,
    }
}

/// The constant-arithmetic kind of a basic type, for `ConstValue::runtime_bits`.
pub fn const_kind(k: BasicKind) -> Option<loopc_types::constant::BasicKind> {
    use loopc_types::constant::BasicKind as C;
    Some(match k {
        BasicKind::Bool => C::Bool,
        BasicKind::Int => C::Int,
        BasicKind::Int8 => C::Int8,
        BasicKind::Int16 => C::Int16,
        BasicKind::Int32 => C::Int32,
        BasicKind::Int64 => C::Int64,
        BasicKind::Uint => C::Uint,
        BasicKind::Uint8 => C::Uint8,
        BasicKind::Uint16 => C::Uint16,
        BasicKind::Uint32 => C::Uint32,
        BasicKind::Uint64 => C::Uint64,
        BasicKind::Uintptr => C::Uintptr,
        BasicKind::Float32 => C::Float32,
        BasicKind::Float64 => C::Float64,
        BasicKind::String => C::String,
        _ => return None,
    })
}

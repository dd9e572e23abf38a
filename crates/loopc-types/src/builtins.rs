//! The predeclared functions: len cap append copy make new delete clear min max panic
//! recover print println, and the functions of package `unsafe` (Add Alignof Offsetof Sizeof
//! Slice SliceData String StringData), which only loopc's standard packages can import.

use crate::check::Checker;
use crate::constops;
use crate::objects::Builtin;
use crate::operand::{start_span, OpMode, Operand};
use crate::types::{BasicKind, TypeId, TypeKind, INVALID};
use loopc_span::Span;
use loopc_syntax::ast;

const INVALID_OP: &str = "invalid operation: ";
const INVALID_ARG: &str = "invalid argument: ";

impl<'a> Checker<'a> {
    /// Checks a builtin call; `None` after an error.
    pub(crate) fn builtin<'e>(
        &mut self,
        call: &'e ast::Expr,
        id: Builtin,
        args: &'e [ast::Expr],
        dots: Option<Span>,
    ) -> Option<Operand<'e>> {
        if let Some(d) = dots {
            if id != Builtin::Append {
                let msg = format!("{INVALID_OP}invalid use of ... with built-in {}", id.name());
                self.error(d, msg);
                self.use_exprs(args);
                return None;
            }
        }
        let (min_args, variadic) = match id {
            Builtin::Append => (1, true),
            Builtin::Cap | Builtin::Len | Builtin::Clear | Builtin::New | Builtin::Panic => (1, false),
            Builtin::Copy | Builtin::Delete => (2, false),
            Builtin::Make => (1, true),
            Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
            Builtin::UnsafeAdd | Builtin::UnsafeSlice | Builtin::UnsafeString => (2, false),
            Builtin::UnsafeAlignof
            | Builtin::UnsafeOffsetof
            | Builtin::UnsafeSizeof
            | Builtin::UnsafeSliceData
            | Builtin::UnsafeStringData => (1, false),
            Builtin::Close | Builtin::Complex | Builtin::Imag | Builtin::Real => (0, true),
        };
        let cs = crate::exprstring::expr_string(call);
        let mut ops: Vec<Operand<'e>> = Vec::new();
        let nargs;
        if matches!(id, Builtin::Make | Builtin::New | Builtin::UnsafeOffsetof) {
            nargs = args.len();
        } else {
            if args.len() == 1 {
                ops = self.multi_expr(&args[0]);
            } else {
                for a in args {
                    let o = self.expr(a);
                    ops.push(o);
                }
            }
            if ops.iter().any(|o| o.is_invalid()) {
                return None;
            }
            nargs = ops.len();
        }
        let msg = if nargs < min_args {
            "not enough"
        } else if !variadic && nargs > min_args {
            "too many"
        } else {
            ""
        };
        if !msg.is_empty() {
            let m = format!("{INVALID_OP}{msg} arguments for {cs} (expected {min_args}, found {nargs})");
            self.error(start_span(call), m);
            return None;
        }
        let int = self.types.basic(BasicKind::Int);
        match id {
            Builtin::Append => {
                let mut x = ops[0].clone();
                let Some(el) = self.slice_elem(&x) else {
                    let why = if x.is_nil() {
                        "argument must be a slice; have untyped nil".to_string()
                    } else {
                        format!("argument must be a slice; have {}", self.op_string(&x))
                    };
                    self.error(x.span(), format!("invalid append: {why}"));
                    return None;
                };
                if nargs == 2 && dots.is_some() {
                    let bytes = self.types.slice(self.types.basic(BasicKind::Byte));
                    let mut c = String::new();
                    if self.assignable_to(&x, bytes, &mut c) && self.all_string(ops[1].ty) {
                        let mut y = ops[1].clone();
                        let st = self.types.basic(BasicKind::String);
                        self.assignment(&mut y, st, "argument to append");
                        x.mode = OpMode::Value;
                        return Some(x);
                    }
                }
                let st = x.ty;
                if dots.is_some() {
                    if nargs != 2 {
                        let msg =
                            format!("cannot use ... with {nargs}-valued {}", crate::exprstring::expr_string(&args[0]));
                        self.error(start_span(call), msg);
                        return None;
                    }
                    let mut y = ops[1].clone();
                    let s = self.types.slice(el);
                    self.assignment(&mut y, s, "argument to append");
                } else {
                    for y in ops.iter_mut().skip(1) {
                        self.assignment(y, el, "argument to append");
                    }
                }
                if ops.iter().any(|o| o.is_invalid()) {
                    return None;
                }
                Some(Operand { mode: OpMode::Value, ty: st, expr: None })
            }
            Builtin::Len | Builtin::Cap => {
                let x = &ops[0];
                let mut mode = OpMode::Invalid;
                let t = self.array_ptr_deref(x.ty);
                match self.types.under_kind(t).clone() {
                    TypeKind::Basic(k) if k.is_string() && id == Builtin::Len => {
                        if let OpMode::Constant(v) = &x.mode {
                            let n = v.as_bytes().map(|b| b.len()).unwrap_or(0);
                            mode = OpMode::Constant(constops::int(n as i64));
                        } else {
                            mode = OpMode::Value;
                        }
                    }
                    TypeKind::Array { len, .. } => {
                        mode = if self.has_call_or_recv(&args[0]) {
                            OpMode::Value
                        } else {
                            OpMode::Constant(constops::int(len as i64))
                        };
                    }
                    TypeKind::Slice(_) => mode = OpMode::Value,
                    TypeKind::Map { .. } if id == Builtin::Len => mode = OpMode::Value,
                    TypeKind::Interface(_) if self.types.is_type_param(x.ty) => {
                        let ts = self.types.type_set(x.ty);
                        if let Some(terms) = &ts.terms {
                            let ok = !terms.is_empty()
                                && terms.iter().all(|term| {
                                    match self.types.under_kind(self.array_ptr_deref(term.ty)) {
                                        TypeKind::Basic(k) => k.is_string() && id == Builtin::Len,
                                        TypeKind::Array { .. } | TypeKind::Slice(_) => true,
                                        TypeKind::Map { .. } => id == Builtin::Len,
                                        _ => false,
                                    }
                                });
                            if ok {
                                mode = OpMode::Value;
                            }
                        }
                    }
                    _ => {}
                }
                if mode == OpMode::Invalid {
                    if self.types.underlying(x.ty) != INVALID {
                        let msg = format!("{INVALID_ARG}{} for built-in {}", self.op_string(x), id.name());
                        self.error(x.span(), msg);
                    }
                    return None;
                }
                Some(Operand { mode, ty: int, expr: None })
            }
            Builtin::Clear => {
                let x = &ops[0];
                let ok = self
                    .under_is_all(x.ty, &|c, u| matches!(c.types.kind(u), TypeKind::Map { .. } | TypeKind::Slice(_)));
                if !ok {
                    let msg = format!(
                        "{INVALID_ARG}cannot clear {}: argument must be (or constrained by) map or slice",
                        self.op_string(x)
                    );
                    self.error(x.span(), msg);
                    return None;
                }
                self.verify_version(start_span(call), (1, 21), "clear");
                Some(Operand { mode: OpMode::NoValue, ty: self.types.empty_tuple, expr: None })
            }
            Builtin::Copy => {
                let x = ops[0].clone();
                let y = ops[1].clone();
                let Some(dst) = self.slice_elem(&x) else {
                    let why = if x.is_nil() {
                        "argument must be a slice; have untyped nil".to_string()
                    } else {
                        format!("argument must be a slice; have {}", self.op_string(&x))
                    };
                    self.error(x.span(), format!("invalid copy: {why}"));
                    return None;
                };
                let byte = self.types.basic(BasicKind::Byte);
                let bytes = self.types.slice(byte);
                let mut c = String::new();
                let special = self.assignable_to(&x, bytes, &mut c) && self.all_string(y.ty);
                if !special {
                    let src = match self.slice_elem(&y) {
                        Some(s) => s,
                        None if self.all_string(y.ty) => byte,
                        None => {
                            let why = if y.is_nil() {
                                "argument must be a slice; have untyped nil".to_string()
                            } else {
                                format!("argument must be a slice; have {}", self.op_string(&y))
                            };
                            self.error(y.span(), format!("invalid copy: {why}"));
                            return None;
                        }
                    };
                    if !self.types.identical(dst, src) {
                        let msg = format!(
                            "invalid copy: arguments {} and {} have different element types {} and {}",
                            self.op_string(&x),
                            self.op_string(&y),
                            self.ts(dst),
                            self.ts(src)
                        );
                        self.error(x.span(), msg);
                        return None;
                    }
                }
                Some(Operand { mode: OpMode::Value, ty: int, expr: None })
            }
            Builtin::Delete => {
                let x = ops[0].clone();
                let mut key = INVALID;
                let ok = self.under_is_all(x.ty, &|c, u| matches!(c.types.kind(u), TypeKind::Map { .. }));
                if ok {
                    if let TypeKind::Map { key: k, .. } = self.types.under_kind(self.core_type(x.ty)) {
                        key = *k;
                    }
                }
                if !ok || key == INVALID {
                    let msg = format!("{INVALID_ARG}{} is not a map", self.op_string(&x));
                    self.error(x.span(), msg);
                    return None;
                }
                let mut k = ops[1].clone();
                self.assignment(&mut k, key, "argument to delete");
                if k.is_invalid() {
                    return None;
                }
                Some(Operand { mode: OpMode::NoValue, ty: self.types.empty_tuple, expr: None })
            }
            Builtin::Make => {
                let t = self.var_type(&args[0]);
                if t == INVALID {
                    self.use_exprs(&args[1..]);
                    return None;
                }
                let core = self.core_type(t);
                let min = match self.types.kind(self.types.underlying(core)) {
                    TypeKind::Slice(_) => 2,
                    TypeKind::Map { .. } | TypeKind::Chan(_) => 1,
                    _ => {
                        let msg = format!(
                            "{INVALID_ARG}cannot make {}: no core type",
                            crate::exprstring::expr_string(&args[0])
                        );
                        let msg = if self.types.is_type_param(t) {
                            msg
                        } else {
                            format!(
                                "{INVALID_ARG}cannot make {}: type must be slice, map, or channel",
                                crate::exprstring::expr_string(&args[0])
                            )
                        };
                        self.error(start_span(&args[0]), msg);
                        self.use_exprs(&args[1..]);
                        return None;
                    }
                };
                if nargs < min || min + 1 < nargs {
                    let msg = format!("{INVALID_OP}{cs} expects {min} or {} arguments; found {nargs}", min + 1);
                    self.error(start_span(call), msg);
                    self.use_exprs(&args[1..]);
                    return None;
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    let (_, size) = self.index_value(a, None, "index", false);
                    if let Some(s) = size {
                        sizes.push(s);
                    }
                }
                if sizes.len() == 2 && sizes[0] > sizes[1] {
                    self.error(start_span(&args[1]), format!("{INVALID_ARG}length and capacity swapped"));
                }
                Some(Operand { mode: OpMode::Value, ty: t, expr: None })
            }
            Builtin::New => {
                // new(T) or, since go1.26, new(expr).
                let x = self.expr_or_type(&args[0], false);
                let t = match x.mode {
                    OpMode::Invalid => return None,
                    OpMode::TypeExpr => x.ty,
                    _ => {
                        let mut x = x;
                        self.assignment_to(&mut x, None, "argument to new");
                        if x.is_invalid() {
                            return None;
                        }
                        x.ty
                    }
                };
                let p = self.types.pointer(t);
                Some(Operand { mode: OpMode::Value, ty: p, expr: None })
            }
            Builtin::Panic => {
                let mut x = ops[0].clone();
                let any = self.types.any;
                self.assignment(&mut x, any, "argument to panic");
                if x.is_invalid() {
                    return None;
                }
                Some(Operand { mode: OpMode::NoValue, ty: self.types.empty_tuple, expr: None })
            }
            Builtin::Print | Builtin::Println => {
                for x in ops.iter_mut() {
                    self.assignment_to(x, None, &format!("argument to built-in {}", id.name()));
                    if x.is_invalid() {
                        return None;
                    }
                }
                Some(Operand { mode: OpMode::NoValue, ty: self.types.empty_tuple, expr: None })
            }
            Builtin::Recover => Some(Operand { mode: OpMode::Value, ty: self.types.any, expr: None }),
            Builtin::Max | Builtin::Min => {
                self.verify_version(start_span(call), (1, 21), id.name());
                let mut x = ops[0].clone();
                for (i, a) in ops.iter().enumerate() {
                    let mut a = a.clone();
                    if !self.all_ordered(a.ty) {
                        let msg = format!("{INVALID_ARG}{} cannot be ordered", self.op_string(&a));
                        self.error(a.span(), msg);
                        return None;
                    }
                    if i > 0 {
                        self.match_types(&mut x, &mut a);
                        if x.is_invalid() {
                            return None;
                        }
                        if !self.types.identical(x.ty, a.ty) {
                            let msg = format!(
                                "{INVALID_ARG}mismatched types {} (previous argument) and {} (type of {})",
                                self.ts(x.ty),
                                self.ts(a.ty),
                                a.expr.map(crate::exprstring::expr_string).unwrap_or_default()
                            );
                            self.error(a.span(), msg);
                            return None;
                        }
                        if let (OpMode::Constant(p), OpMode::Constant(q)) = (&x.mode, &a.mode) {
                            let op = if id == Builtin::Max { ast::BinaryOp::Lt } else { ast::BinaryOp::Gt };
                            if constops::compare(p, op, q) {
                                x.mode = OpMode::Constant(q.clone());
                            }
                        } else {
                            x.mode = OpMode::Value;
                        }
                    }
                }
                if !matches!(x.mode, OpMode::Constant(_)) {
                    x.mode = OpMode::Value;
                    for a in ops.iter() {
                        if let Some(e) = a.expr {
                            let d = self.default_type(x.ty);
                            self.update_expr_type(e, d);
                        }
                    }
                    if self.types.is_untyped(x.ty) {
                        x.ty = self.default_type(x.ty);
                    }
                }
                x.expr = None;
                Some(x)
            }
            Builtin::UnsafeAdd => {
                let mut x = ops[0].clone();
                let ptr = self.types.basic(BasicKind::UnsafePointer);
                self.assignment(&mut x, ptr, "argument to unsafe.Add");
                let mut y = ops[1].clone();
                if x.is_invalid() || !self.valid_index(&mut y, "length", true) {
                    return None;
                }
                Some(Operand { mode: OpMode::Value, ty: ptr, expr: None })
            }
            Builtin::UnsafeAlignof | Builtin::UnsafeSizeof => {
                let mut x = ops[0].clone();
                self.assignment_to(&mut x, None, &format!("argument to unsafe.{}", id.name()));
                if x.is_invalid() {
                    return None;
                }
                let uintptr = self.types.basic(BasicKind::Uintptr);
                if self.has_var_size(x.ty) {
                    return Some(Operand { mode: OpMode::Value, ty: uintptr, expr: None });
                }
                let n = if id == Builtin::UnsafeSizeof { self.types.sizeof(x.ty) } else { self.types.alignof(x.ty) };
                Some(Operand { mode: OpMode::Constant(constops::int(n as i64)), ty: uintptr, expr: None })
            }
            Builtin::UnsafeOffsetof => self.offsetof(&args[0]),
            Builtin::UnsafeSlice => {
                let x = ops[0].clone();
                let TypeKind::Pointer(elem) = *self.types.kind(self.core_type(x.ty)) else {
                    let msg = format!("{INVALID_ARG}{} is not a pointer", self.op_string(&x));
                    self.error(x.span(), msg);
                    return None;
                };
                let mut y = ops[1].clone();
                if !self.valid_index(&mut y, "length", false) {
                    return None;
                }
                let ty = self.types.slice(elem);
                Some(Operand { mode: OpMode::Value, ty, expr: None })
            }
            Builtin::UnsafeSliceData => {
                let x = ops[0].clone();
                let Some(elem) = self.slice_elem(&x) else {
                    let msg = format!("{INVALID_ARG}{} is not a slice", self.op_string(&x));
                    self.error(x.span(), msg);
                    return None;
                };
                let ty = self.types.pointer(elem);
                Some(Operand { mode: OpMode::Value, ty, expr: None })
            }
            Builtin::UnsafeString => {
                let mut x = ops[0].clone();
                let byte_ptr = self.types.pointer(self.types.basic(BasicKind::Byte));
                self.assignment(&mut x, byte_ptr, "argument to unsafe.String");
                let mut y = ops[1].clone();
                if x.is_invalid() || !self.valid_index(&mut y, "length", false) {
                    return None;
                }
                Some(Operand { mode: OpMode::Value, ty: self.types.basic(BasicKind::String), expr: None })
            }
            Builtin::UnsafeStringData => {
                let mut x = ops[0].clone();
                let string = self.types.basic(BasicKind::String);
                self.assignment(&mut x, string, "argument to unsafe.StringData");
                if x.is_invalid() {
                    return None;
                }
                let ty = self.types.pointer(self.types.basic(BasicKind::Byte));
                Some(Operand { mode: OpMode::Value, ty, expr: None })
            }
            Builtin::Close | Builtin::Complex | Builtin::Imag | Builtin::Real => None,
        }
    }

    /// `unsafe.Offsetof(x.f)`: the offset of field `f` within the struct `x` (or `*x`)
    /// denotes, through embedded fields that are not pointers. The selector is recorded as a
    /// field selection on that struct type.
    fn offsetof<'e>(&mut self, arg: &'e ast::Expr) -> Option<Operand<'e>> {
        let ast::ExprKind::Selector { x: xe, sel } = &crate::expr::unparen(arg).kind else {
            let msg = format!("{INVALID_ARG}{} is not a selector expression", crate::exprstring::expr_string(arg));
            self.error(start_span(arg), msg);
            self.use_exprs(std::slice::from_ref(arg));
            return None;
        };
        let x = self.expr(xe);
        if x.is_invalid() {
            return None;
        }
        let base = match self.types.under_kind(x.ty) {
            TypeKind::Pointer(b) if self.types.struct_type(self.types.underlying(*b)).is_some() => *b,
            _ => x.ty,
        };
        let found = self.lookup_field_or_method(base, false, &sel.name, false);
        let crate::lookup::Found::Field { obj, ty, index, indirect } = found else {
            let msg = if matches!(found, crate::lookup::Found::Method { .. } | crate::lookup::Found::NeedsPtr) {
                format!("{INVALID_ARG}{} is a method value", crate::exprstring::expr_string(arg))
            } else {
                format!("{INVALID_ARG}{} has no single field {}", self.ts(base), sel.name)
            };
            self.error(x.span(), msg);
            return None;
        };
        if indirect {
            let msg = format!("{INVALID_ARG}field {} is embedded via a pointer in {}", sel.name, self.ts(base));
            self.error(x.span(), msg);
            return None;
        }
        let sel_expr = crate::expr::unparen(arg);
        let k = self.key(sel_expr.id);
        let selection = crate::info::Selection {
            kind: crate::info::SelectionKind::Field,
            recv: base,
            obj,
            ty,
            index: index.clone(),
            indirect: false,
            is_interface: false,
            addr_taken: false,
        };
        self.info.selections.insert(k, selection);
        let ks = self.key(sel.id);
        self.info.uses.insert(ks, obj);
        let mode = if x.mode == OpMode::Variable { crate::info::Mode::Variable } else { crate::info::Mode::Value };
        self.record(sel_expr, mode, ty);
        let uintptr = self.types.basic(BasicKind::Uintptr);
        if self.has_var_size(base) {
            return Some(Operand { mode: OpMode::Value, ty: uintptr, expr: None });
        }
        // The offset is the sum of the offsets along the path of embedded fields.
        let mut off = 0u64;
        let mut t = base;
        for &i in &index {
            let offsets = self.types.offsets(t);
            off += offsets.get(i).copied().unwrap_or(0);
            let Some(st) = self.types.struct_type(self.types.underlying(t)) else { break };
            t = st.fields.get(i).map_or(INVALID, |f| f.ty);
        }
        Some(Operand { mode: OpMode::Constant(constops::int(off as i64)), ty: uintptr, expr: None })
    }

    /// Whether the size of `t` depends on type parameters (types2's `hasVarSize`): then
    /// `unsafe.Sizeof` and friends are not constants.
    fn has_var_size(&self, t: TypeId) -> bool {
        let mut seen = Vec::new();
        self.var_size_rec(t, &mut seen)
    }

    fn var_size_rec(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let t = self.types.unalias(t);
        if seen.contains(&t) {
            return false;
        }
        match self.types.kind(t) {
            TypeKind::TypeParam(_) => true,
            TypeKind::Named(n) => {
                seen.push(t);
                let r = self.var_size_rec(n.underlying, seen);
                seen.pop();
                r
            }
            TypeKind::Array { elem, .. } => self.var_size_rec(*elem, seen),
            TypeKind::Struct(s) => s.fields.iter().any(|f| self.var_size_rec(f.ty, seen)),
            _ => false,
        }
    }

    fn has_call_or_recv(&self, e: &ast::Expr) -> bool {
        use ast::ExprKind::*;
        match &e.kind {
            Call { func, args, .. } => {
                let k = self.key(func.id);
                let is_conv = matches!(self.info.types.get(&k).map(|t| &t.mode), Some(crate::info::Mode::TypeExpr));
                let is_const_builtin = false;
                !(is_conv || is_const_builtin) || args.iter().any(|a| self.has_call_or_recv(a))
            }
            Unary { op: ast::UnaryOp::Recv, .. } => true,
            Paren(x) | Star(x) => self.has_call_or_recv(x),
            Unary { x, .. } => self.has_call_or_recv(x),
            Binary { x, y, .. } => self.has_call_or_recv(x) || self.has_call_or_recv(y),
            Selector { x, .. } => self.has_call_or_recv(x),
            Index { x, indices, .. } => self.has_call_or_recv(x) || indices.iter().any(|i| self.has_call_or_recv(i)),
            Slice { x, .. } => self.has_call_or_recv(x),
            CompositeLit { elts, .. } => elts.iter().any(|i| self.has_call_or_recv(i)),
            KeyValue { key, value } => self.has_call_or_recv(key) || self.has_call_or_recv(value),
            TypeAssert { x, .. } => self.has_call_or_recv(x),
            _ => false,
        }
    }

    fn array_ptr_deref(&self, t: TypeId) -> TypeId {
        if let TypeKind::Pointer(b) = self.types.under_kind(t) {
            if let TypeKind::Array { .. } = self.types.under_kind(*b) {
                return *b;
            }
        }
        t
    }

    /// Whether every type in `t`'s type set has an underlying type satisfying `f`.
    pub(crate) fn under_is_all(&self, t: TypeId, f: &dyn Fn(&Checker, TypeId) -> bool) -> bool {
        if self.types.is_type_param(t) {
            let ts = self.types.type_set(t);
            return match &ts.terms {
                Some(terms) => !terms.is_empty() && terms.iter().all(|x| f(self, self.types.underlying(x.ty))),
                None => false,
            };
        }
        f(self, self.types.underlying(t))
    }

    /// The core type: the single underlying type of all types in a type parameter's set.
    pub(crate) fn core_type(&self, t: TypeId) -> TypeId {
        if !self.types.is_type_param(t) {
            return self.types.underlying(t);
        }
        let ts = self.types.type_set(t);
        let Some(terms) = &ts.terms else { return INVALID };
        let mut cur = INVALID;
        for term in terms {
            let u = self.types.underlying(term.ty);
            if cur == INVALID {
                cur = u;
            } else if !self.types.identical(cur, u) {
                return INVALID;
            }
        }
        cur
    }

    /// The element type of a slice operand (or of all slices in a type set).
    fn slice_elem(&self, x: &Operand<'_>) -> Option<TypeId> {
        if x.is_nil() {
            return None;
        }
        let c = self.core_type(x.ty);
        match self.types.kind(c) {
            TypeKind::Slice(e) => Some(*e),
            _ => None,
        }
    }
}

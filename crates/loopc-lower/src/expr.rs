//! Expressions: constants, variables, selectors, indexing, slicing, unary and binary
//! operators, with Go's evaluation order (operands left to right, `&&`/`||` short-circuit)
//! and its run-time checks (bounds, nil, division by zero, negative shifts).
//!
//! An expression lowers to a [`Val`]: a scalar SSA value, or the address of an aggregate's
//! memory. An aggregate `Val` may alias a variable's storage; consumers that must not see a
//! later write to that variable copy it first ([`FnCx::copy_val`]). Addressable
//! expressions also lower to a [`Place`] (assignment targets, `&x`, method receivers).

use crate::builder::{FnCx, Val, VarLoc};
use crate::types_layout::{const_kind, Repr, Ty, TyKind};
use loopc_ir::{IntCC, Opcode, Type, Value};
use loopc_syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};
use loopc_types::constant::RuntimeBits;
use loopc_types::types::BasicKind;
use loopc_types::{ConstValue, Mode, NodeKey, ObjKind, SelectionKind};

/// An assignable location.
#[derive(Clone, Copy, Debug)]
pub enum Place {
    /// A variable.
    Var(VarLoc),
    /// Memory at an address.
    Mem(Value),
    /// A map element: map, key (already converted to the key type).
    MapElem(Value, Val),
    /// `_`.
    Blank,
}

impl FnCx<'_, '_> {
    /// The node key of `e` in the current file.
    pub fn key(&self, id: ast::NodeId) -> NodeKey {
        NodeKey::new(self.file, id)
    }

    /// The (substituted) type of expression `e`.
    pub fn ty_of(&self, e: &ast::Expr) -> Ty {
        let t = self.lw.p.info.type_of(self.file, e.id).unwrap_or(loopc_types::INVALID);
        self.lw.tcx.conv(t, &self.env)
    }

    /// Converts a checker type under the current substitution.
    pub fn conv(&self, t: loopc_types::TypeId) -> Ty {
        self.lw.tcx.conv(t, &self.env)
    }

    /// The recorded mode of `e`.
    pub fn mode_of(&self, e: &ast::Expr) -> Option<Mode> {
        self.lw.p.info.types.get(&self.key(e.id)).map(|tv| tv.mode.clone())
    }

    /// Lowers `e` to one value (in gc's evaluation order, see `order.rs`).
    pub fn expr(&mut self, e: &ast::Expr) -> Val {
        if let Some(vs) = self.take_recorded(e) {
            return vs.into_iter().next().unwrap_or(Val::None);
        }
        if !self.ordering {
            return self.order_root(e, |cx| cx.expr(e));
        }
        let saved = self.at(e.span);
        let mut v = self.expr_inner(e);
        if matches!(v, Val::None) && !matches!(self.mode_of(e), Some(Mode::NoValue)) {
            // Only for operands the checker could not type (errors in std packages).
            let t = self.ty_of(e);
            v = self.zero_val(t);
        }
        self.span = saved;
        v
    }

    /// Lowers `e` and converts it implicitly to `to` (assignability).
    pub fn expr_to(&mut self, e: &ast::Expr, to: Ty) -> Val {
        let from = self.ty_of(e);
        let v = self.expr(e);
        let saved = self.at(e.span);
        let r = self.implicit(v, from, to);
        self.span = saved;
        r
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> Val {
        match self.mode_of(e) {
            Some(Mode::Constant(c)) => {
                let ty = self.ty_of(e);
                return self.const_val(ty, &c);
            }
            Some(Mode::Nil) => {
                let ty = self.ty_of(e);
                return self.zero_val(ty);
            }
            _ => {}
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Name(_) => self.name(e),
            ExprKind::FuncLit { sig, body } => crate::closure::func_lit(self, e, sig, body),
            ExprKind::CompositeLit { .. } => crate::builtins::composite_lit(self, e, false),
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, indices, .. } => self.index(e, x, indices),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert { x, ty: Some(_) } => {
                let t = self.ty_of(e);
                crate::iface::type_assert(self, x, t, false)[0]
            }
            ExprKind::Call { .. } => {
                let vs = crate::call::call_expr(self, e);
                vs.into_iter().next().unwrap_or(Val::None)
            }
            ExprKind::Star(x) => {
                let p = self.expr(x).v();
                self.nil_check(p);
                let t = self.ty_of(e);
                self.load_val(t, p)
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y, op_span } => {
                let saved = self.at(*op_span);
                let r = self.binary(e, *op, x, y);
                self.span = saved;
                r
            }
            _ => {
                self.lw.unsupported(e.span, "this expression");
                let t = self.ty_of(e);
                self.zero_val(t)
            }
        }
    }

    /// Lowers an expression that may have several values (calls, comma-ok forms).
    pub fn expr_multi(&mut self, e: &ast::Expr, want: usize) -> Vec<Val> {
        if let Some(vs) = self.take_recorded(e) {
            return vs;
        }
        if !self.ordering {
            return self.order_root(e, |cx| cx.expr_multi(e, want));
        }
        let saved = self.at(e.span);
        let inner = unparen(e);
        let r = match &inner.kind {
            ExprKind::Call { .. } if want != 1 => crate::call::call_expr(self, inner),
            ExprKind::TypeAssert { x, ty: Some(_) } if want == 2 => {
                // The checker records a comma-ok assertion's type as the tuple (T, bool).
                let t = self.ty_of(inner);
                let t = self.lw.tcx.tuple_elems(t)[0];
                crate::iface::type_assert(self, x, t, true)
            }
            ExprKind::Index { x, indices, .. } if want == 2 => {
                let mt = self.ty_of(x);
                let m = self.expr(x).v();
                let kt = match self.lw.tcx.ukind(mt) {
                    TyKind::Map(k, _) => k,
                    _ => mt,
                };
                let k = self.expr_to(&indices[0], kt);
                crate::builtins::map_access2(self, mt, m, k)
            }
            _ => vec![self.expr(inner)],
        };
        self.span = saved;
        r
    }

    /// A constant of type `ty`.
    pub fn const_val(&mut self, ty: Ty, c: &ConstValue) -> Val {
        if self.lw.tcx.is_interface(ty) {
            // A constant converted to an interface: its default type's value, boxed.
            let dt = self.const_default_type(c);
            let v = self.const_val(dt, c);
            return crate::convert::to_iface(self, v, dt, ty);
        }
        let Some(k) = self.lw.tcx.basic_kind(ty) else { return self.zero_val(ty) };
        let Some(ck) = const_kind(k) else { return self.zero_val(ty) };
        match c.runtime_bits(ck) {
            Some(RuntimeBits::Bool(b)) => Val::S(self.iconst(Type::Bool, b as i64)),
            Some(RuntimeBits::Int(bits)) => {
                let t = self.lw.tcx.scalar(ty).unwrap_or(Type::I64);
                Val::S(self.iconst(t, bits as i64))
            }
            Some(RuntimeBits::F32(bits)) => Val::S(self.ins().f32const(f32::from_bits(bits))),
            Some(RuntimeBits::F64(bits)) => Val::S(self.ins().f64const(f64::from_bits(bits))),
            Some(RuntimeBits::Str(s)) => {
                let s = s.to_vec();
                Val::M(self.string_const(&s))
            }
            None => self.zero_val(ty),
        }
    }

    fn const_default_type(&self, c: &ConstValue) -> Ty {
        let k = match c {
            ConstValue::Bool(_) => BasicKind::Bool,
            ConstValue::String(_) => BasicKind::String,
            ConstValue::Int(_) => BasicKind::Int,
            ConstValue::Float(_) => BasicKind::Float64,
            _ => BasicKind::Int,
        };
        self.lw.tcx.basic(k)
    }

    /// The address of a read-only string header for `s`.
    pub fn string_const(&mut self, s: &[u8]) -> Value {
        let g = crate::descriptors::string_global(self.lw, s);
        self.ins().global_addr(g)
    }

    fn name(&mut self, e: &ast::Expr) -> Val {
        let Some(obj) = self.lw.p.info.uses.get(&self.key(e.id)).copied() else {
            let t = self.ty_of(e);
            return self.zero_val(t);
        };
        let o = self.lw.p.object(obj);
        match &o.kind {
            ObjKind::Var { .. } => {
                let ty = self.ty_of(e);
                match self.var_loc(obj) {
                    Some(loc) => self.read_loc(loc, ty),
                    None => self.zero_val(ty),
                }
            }
            ObjKind::Func { .. } => {
                let targs = self.instance_targs(e);
                crate::closure::func_value(self, obj, targs)
            }
            ObjKind::Nil => {
                let t = self.ty_of(e);
                self.zero_val(t)
            }
            _ => {
                let t = self.ty_of(e);
                self.zero_val(t)
            }
        }
    }

    /// Type arguments recorded for a generic function use (substituted).
    pub fn instance_targs(&self, e: &ast::Expr) -> Vec<Ty> {
        let e = match &e.kind {
            ExprKind::Index { x, .. } => x,
            _ => e,
        };
        match self.lw.p.info.instances.get(&self.key(e.id)) {
            Some(inst) => inst.targs.iter().map(|&t| self.conv(t)).collect(),
            None => Vec::new(),
        }
    }

    fn selector(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> Val {
        let sk = self.lw.p.info.selections.get(&self.key(e.id)).cloned();
        match sk {
            None => {
                // Package-qualified name.
                let Some(obj) = self.lw.p.info.uses.get(&self.key(sel.id)).copied() else {
                    let t = self.ty_of(e);
                    return self.zero_val(t);
                };
                match self.lw.p.object(obj).kind {
                    ObjKind::Var { .. } => {
                        let ty = self.ty_of(e);
                        match self.var_loc(obj) {
                            Some(loc) => self.read_loc(loc, ty),
                            None => self.zero_val(ty),
                        }
                    }
                    ObjKind::Func { .. } => {
                        let targs = self.instance_targs(e);
                        crate::closure::func_value(self, obj, targs)
                    }
                    _ => {
                        let t = self.ty_of(e);
                        self.zero_val(t)
                    }
                }
            }
            Some(s) => match s.kind {
                SelectionKind::Field => {
                    let ty = self.ty_of(e);
                    let p = self.field_addr(x, &s.index, false);
                    self.load_val(ty, p)
                }
                SelectionKind::MethodVal => crate::closure::method_value(self, e, x, sel),
                SelectionKind::MethodExpr => crate::closure::method_expr(self, e, x, sel),
            },
        }
    }

    /// The address of field path `path` starting at operand `x` (a struct or a pointer to
    /// one, walking embedded fields and implicit dereferences).
    pub fn field_addr(&mut self, x: &ast::Expr, path: &[usize], addrof: bool) -> Value {
        let xt = self.ty_of(x);
        let (mut p, mut t) = match self.lw.tcx.ukind(xt) {
            TyKind::Pointer(elem) => {
                let v = self.expr(x).v();
                self.nil_check(v);
                (v, elem)
            }
            _ => {
                let p = self.operand_addr(x, addrof);
                (p, xt)
            }
        };
        for (i, &fi) in path.iter().enumerate() {
            if i > 0 {
                if let TyKind::Pointer(elem) = self.lw.tcx.ukind(t) {
                    let v = self.ins().load(Type::Ptr, p, 0);
                    self.nil_check(v);
                    p = v;
                    t = elem;
                }
            }
            let fields = self.lw.tcx.fields(t);
            let offs = self.lw.tcx.offsets(t);
            let (Some(f), Some(&off)) = (fields.get(fi), offs.get(fi)) else { break };
            p = self.addr_off(p, off as i64);
            t = f.ty;
        }
        p
    }

    /// The address of an operand's value: its storage when addressable, else a temporary
    /// holding it.
    pub fn operand_addr(&mut self, x: &ast::Expr, addrof: bool) -> Value {
        if self.is_addressable(x) {
            return self.addr(x, addrof);
        }
        let t = self.ty_of(x);
        match self.expr(x) {
            Val::M(p) => p,
            Val::S(v) => {
                let tmp = self.temp(t);
                self.ins().store(v, tmp, 0);
                tmp
            }
            Val::None => self.temp(t),
        }
    }

    /// Whether `x` denotes an addressable operand.
    pub fn is_addressable(&self, x: &ast::Expr) -> bool {
        matches!(self.mode_of(x), Some(Mode::Variable))
    }

    /// The address of addressable expression `x`; `addrof` marks a source-level `&`.
    pub fn addr(&mut self, x: &ast::Expr, addrof: bool) -> Value {
        match self.place(x, addrof) {
            Place::Mem(p) => p,
            Place::Var(loc) => match loc {
                VarLoc::Ssa(_) => {
                    // Only possible if the checker missed an address-taking use.
                    let t = self.ty_of(x);
                    let v = self.expr(x);
                    let tmp = self.temp(t);
                    self.store_val(t, v, tmp);
                    tmp
                }
                loc => {
                    let site = if addrof { Some(self.site()) } else { None };
                    self.loc_addr(loc, site)
                }
            },
            Place::MapElem(..) | Place::Blank => {
                let t = self.ty_of(x);
                self.temp(t)
            }
        }
    }

    /// The place an assignable expression denotes.
    pub fn place(&mut self, x: &ast::Expr, addrof: bool) -> Place {
        let saved = self.at(x.span);
        let r = self.place_inner(x, addrof);
        self.span = saved;
        r
    }

    fn place_inner(&mut self, x: &ast::Expr, addrof: bool) -> Place {
        match &x.kind {
            ExprKind::Paren(i) => self.place(i, addrof),
            ExprKind::Name(n) if n == "_" => Place::Blank,
            ExprKind::Name(_) => {
                let obj = self
                    .lw
                    .p
                    .info
                    .uses
                    .get(&self.key(x.id))
                    .copied()
                    .or_else(|| self.lw.p.info.defs.get(&self.key(x.id)).copied());
                match obj.and_then(|o| self.var_loc(o)) {
                    Some(loc) => Place::Var(loc),
                    None => Place::Blank,
                }
            }
            ExprKind::Selector { x: base, sel } => match self.lw.p.info.selections.get(&self.key(x.id)).cloned() {
                Some(s) => Place::Mem(self.field_addr(base, &s.index, addrof)),
                None => {
                    let obj = self.lw.p.info.uses.get(&self.key(sel.id)).copied();
                    match obj.and_then(|o| self.var_loc(o)) {
                        Some(loc) => Place::Var(loc),
                        None => Place::Blank,
                    }
                }
            },
            ExprKind::Index { x: base, indices, .. } => {
                let bt = self.ty_of(base);
                match self.lw.tcx.ukind(bt) {
                    TyKind::Map(k, _) => {
                        let m = self.expr(base).v();
                        let key = self.expr_to(&indices[0], k);
                        let key = self.copy_val(k, key);
                        Place::MapElem(m, key)
                    }
                    _ => Place::Mem(self.index_addr(base, &indices[0], addrof)),
                }
            }
            ExprKind::Star(p) => {
                let v = self.expr(p).v();
                self.nil_check(v);
                Place::Mem(v)
            }
            _ => {
                let t = self.ty_of(x);
                let v = self.expr(x);
                let tmp = self.temp(t);
                self.store_val(t, v, tmp);
                Place::Mem(tmp)
            }
        }
    }

    /// Stores `v` (already of the place's type `ty`) into `place`.
    pub fn store_place(&mut self, place: Place, ty: Ty, v: Val, map_ty: Option<Ty>) {
        match place {
            Place::Blank => {}
            Place::Var(loc) => self.write_loc(loc, ty, v),
            Place::Mem(p) => self.store_val(ty, v, p),
            Place::MapElem(m, k) => {
                let mt = map_ty.expect("invariant: map element places come with the map type");
                let p = crate::builtins::map_assign(self, mt, m, k);
                self.store_val(ty, v, p);
            }
        }
    }

    /// Reads the current value of `place`.
    pub fn load_place(&mut self, place: Place, ty: Ty, map_ty: Option<Ty>) -> Val {
        match place {
            Place::Blank => self.zero_val(ty),
            Place::Var(loc) => self.read_loc(loc, ty),
            Place::Mem(p) => self.load_val(ty, p),
            Place::MapElem(m, k) => {
                let mt = map_ty.expect("invariant: map element places come with the map type");
                let p = crate::builtins::map_access1(self, mt, m, k);
                let v = self.load_val(ty, p);
                self.copy_val(ty, v)
            }
        }
    }

    /// Converts an `i*` index value to `i64` by its Go type's signedness.
    pub fn widen_i64(&mut self, v: Value, from: Ty) -> Value {
        let t = self.func.dfg.value_type(v);
        if t == Type::I64 {
            return v;
        }
        if t == Type::Bool {
            return self.ins().convert(Opcode::Uext, Type::I64, v);
        }
        let op = if self.lw.tcx.is_unsigned(from) { Opcode::Uext } else { Opcode::Sext };
        self.ins().convert(op, Type::I64, v)
    }

    /// Lowers an index operand to `i64`.
    pub fn index_val(&mut self, e: &ast::Expr) -> Value {
        let t = self.ty_of(e);
        let v = self.expr(e).v();
        self.widen_i64(v, t)
    }

    /// `if !(i <u len) { panicIndex(i, len) }`.
    pub fn bounds_check(&mut self, i: Value, len: Value) {
        let ok = self.ins().icmp(IntCC::Ult, i, len);
        self.panic_unless(ok, "panicIndex", &[i, len]);
    }

    /// The address of `base[idx]` for arrays, pointers to arrays and slices.
    pub fn index_addr(&mut self, base: &ast::Expr, idx: &ast::Expr, addrof: bool) -> Value {
        let bt = self.ty_of(base);
        match self.lw.tcx.ukind(bt) {
            TyKind::Array(n, elem) => {
                let p = self.operand_addr(base, addrof);
                let i = self.index_val(idx);
                let len = self.i64c(n as i64);
                self.bounds_check(i, len);
                self.elem_addr(p, i, elem)
            }
            TyKind::Pointer(arr) => {
                let p = self.expr(base).v();
                let (n, elem) = match self.lw.tcx.ukind(arr) {
                    TyKind::Array(n, e) => (n, e),
                    _ => (0, arr),
                };
                let i = self.index_val(idx);
                self.nil_check(p);
                let len = self.i64c(n as i64);
                self.bounds_check(i, len);
                self.elem_addr(p, i, elem)
            }
            TyKind::Slice(elem) => {
                let s = self.expr(base).v();
                let data = self.ins().load(Type::Ptr, s, 0);
                let len = self.ins().load(Type::I64, s, 8);
                let i = self.index_val(idx);
                self.bounds_check(i, len);
                self.elem_addr(data, i, elem)
            }
            _ => {
                let t = self.ty_of(base);
                self.temp(t)
            }
        }
    }

    /// `p + i * sizeof(elem)`.
    pub fn elem_addr(&mut self, p: Value, i: Value, elem: Ty) -> Value {
        let size = self.lw.tcx.size(elem) as i64;
        let sz = self.i64c(size);
        let off = self.ins().imul(i, sz);
        self.ins().ptr_add(p, off)
    }

    fn index(&mut self, e: &ast::Expr, x: &ast::Expr, indices: &[ast::Expr]) -> Val {
        if self.lw.p.info.instances.contains_key(&self.key(x.id)) && matches!(self.mode_of(x), Some(Mode::Value) | None)
        {
            // Explicit instantiation of a generic function used as a value.
            if let Some(obj) = self.func_obj_of(x) {
                let targs = self.instance_targs(e);
                return crate::closure::func_value(self, obj, targs);
            }
        }
        let bt = self.ty_of(x);
        let ty = self.ty_of(e);
        match self.lw.tcx.ukind(bt) {
            TyKind::Basic(BasicKind::String) => {
                let s = self.expr(x).v();
                let i = self.index_val(&indices[0]);
                let data = self.ins().load(Type::Ptr, s, 0);
                let len = self.ins().load(Type::I64, s, 8);
                self.bounds_check(i, len);
                let p = self.ins().ptr_add(data, i);
                Val::S(self.ins().load(Type::I8, p, 0))
            }
            TyKind::Map(k, _) => {
                let m = self.expr(x).v();
                let key = self.expr_to(&indices[0], k);
                let p = crate::builtins::map_access1(self, bt, m, key);
                let v = self.load_val(ty, p);
                self.copy_val(ty, v)
            }
            _ => {
                let p = self.index_addr(x, &indices[0], false);
                self.load_val(ty, p)
            }
        }
    }

    /// The function object a (possibly qualified) name denotes.
    pub fn func_obj_of(&self, x: &ast::Expr) -> Option<loopc_types::ObjId> {
        let id = match &x.kind {
            ExprKind::Name(_) => x.id,
            ExprKind::Selector { sel, .. } => sel.id,
            ExprKind::Paren(i) => return self.func_obj_of(i),
            _ => return None,
        };
        let o = self.lw.p.info.uses.get(&self.key(id)).copied()?;
        matches!(self.lw.p.object(o).kind, ObjKind::Func { .. }).then_some(o)
    }

    fn slice_expr(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        lo: Option<&ast::Expr>,
        hi: Option<&ast::Expr>,
        max: Option<&ast::Expr>,
    ) -> Val {
        let bt = self.ty_of(x);
        let rt = self.ty_of(e);
        // base pointer, length, capacity, element size
        let (data, len, cap, esize, is_str) = match self.lw.tcx.ukind(bt) {
            TyKind::Basic(BasicKind::String) => {
                let s = self.expr(x).v();
                let d = self.ins().load(Type::Ptr, s, 0);
                let l = self.ins().load(Type::I64, s, 8);
                (d, l, l, 1, true)
            }
            TyKind::Slice(elem) => {
                let s = self.expr(x).v();
                let d = self.ins().load(Type::Ptr, s, 0);
                let l = self.ins().load(Type::I64, s, 8);
                let c = self.ins().load(Type::I64, s, 16);
                (d, l, c, self.lw.tcx.size(elem), false)
            }
            TyKind::Array(n, elem) => {
                let p = self.addr(x, true);
                let l = self.i64c(n as i64);
                (p, l, l, self.lw.tcx.size(elem), false)
            }
            TyKind::Pointer(arr) => {
                let p = self.expr(x).v();
                self.nil_check(p);
                let (n, elem) = match self.lw.tcx.ukind(arr) {
                    TyKind::Array(n, e) => (n, e),
                    _ => (0, arr),
                };
                let l = self.i64c(n as i64);
                (p, l, l, self.lw.tcx.size(elem), false)
            }
            _ => {
                return self.zero_val(rt);
            }
        };
        let lo_v = match lo {
            Some(l) => self.index_val(l),
            None => self.i64c(0),
        };
        let hi_v = match hi {
            Some(h) => self.index_val(h),
            None => len,
        };
        let max_v = match max {
            Some(m) => self.index_val(m),
            None => cap,
        };
        // Checks, as Go (boundsError codes): max <= cap, hi <= max, lo <= hi, unsigned.
        let bound = if is_str { len } else { cap };
        if max.is_some() {
            let ok = self.ins().icmp(IntCC::Ule, max_v, bound);
            let code = self.i64c(5);
            self.panic_unless(ok, "panicSlice", &[code, max_v, bound]);
            let ok = self.ins().icmp(IntCC::Ule, hi_v, max_v);
            let code = self.i64c(6);
            self.panic_unless(ok, "panicSlice", &[code, hi_v, max_v]);
            let ok = self.ins().icmp(IntCC::Ule, lo_v, hi_v);
            let code = self.i64c(7);
            self.panic_unless(ok, "panicSlice", &[code, lo_v, hi_v]);
        } else {
            let ok = self.ins().icmp(IntCC::Ule, hi_v, bound);
            let code = self.i64c(if is_str { 1 } else { 2 });
            self.panic_unless(ok, "panicSlice", &[code, hi_v, bound]);
            let ok = self.ins().icmp(IntCC::Ule, lo_v, hi_v);
            let code = self.i64c(3);
            self.panic_unless(ok, "panicSlice", &[code, lo_v, hi_v]);
        }
        let newlen = self.ins().isub(hi_v, lo_v);
        let newcap = self.ins().isub(max_v, lo_v);
        // Data pointer: base + lo*esize, unless the result is empty at the end (Go keeps
        // the base pointer when the new capacity is 0).
        let es = self.i64c(esize as i64);
        let off = self.ins().imul(lo_v, es);
        let zero = self.i64c(0);
        let capz = self.ins().icmp(IntCC::Eq, if is_str { newlen } else { newcap }, zero);
        let off = self.ins().select(capz, zero, off);
        let nd = self.ins().ptr_add(data, off);
        let out = self.temp(rt);
        self.ins().store(nd, out, 0);
        self.ins().store(newlen, out, 8);
        if !is_str {
            self.ins().store(newcap, out, 16);
        }
        Val::M(out)
    }

    fn unary(&mut self, e: &ast::Expr, op: UnaryOp, x: &ast::Expr) -> Val {
        let t = self.ty_of(e);
        match op {
            UnaryOp::Addr => {
                if let ExprKind::CompositeLit { .. } = &unparen(x).kind {
                    return crate::builtins::composite_lit(self, unparen(x), true);
                }
                Val::S(self.addr(x, true))
            }
            UnaryOp::Plus => self.expr(x),
            UnaryOp::Neg => {
                let v = self.expr(x).v();
                if self.lw.tcx.is_float(t) {
                    Val::S(self.ins().unary(Opcode::Fneg, v))
                } else {
                    Val::S(self.ins().unary(Opcode::Neg, v))
                }
            }
            UnaryOp::Not | UnaryOp::BitNot => {
                let v = self.expr(x).v();
                Val::S(self.ins().unary(Opcode::Not, v))
            }
            UnaryOp::Recv | UnaryOp::Tilde => {
                self.lw.unsupported(e.span, "channel operations");
                self.zero_val(t)
            }
        }
    }

    fn binary(&mut self, e: &ast::Expr, op: BinaryOp, x: &ast::Expr, y: &ast::Expr) -> Val {
        match op {
            BinaryOp::AndAnd | BinaryOp::OrOr => return self.short_circuit(op, x, y),
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                return crate::compare::comparison(self, op, x, y);
            }
            _ => {}
        }
        let t = self.ty_of(e);
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            let a = self.expr(x).v();
            let yt = self.ty_of(y);
            let n = self.expr(y).v();
            return Val::S(self.shift(op, a, t, n, yt));
        }
        let a = self.expr(x);
        let b = self.expr(y);
        self.arith(op, t, a, b)
    }

    /// `a op b` on values of type `t` (not comparisons, not shifts).
    pub fn arith(&mut self, op: BinaryOp, t: Ty, a: Val, b: Val) -> Val {
        if self.lw.tcx.is_string(t) {
            return crate::builtins::concat(self, &[a, b]);
        }
        let (a, b) = (a.v(), b.v());
        if self.lw.tcx.is_float(t) {
            let o = match op {
                BinaryOp::Add => Opcode::Fadd,
                BinaryOp::Sub => Opcode::Fsub,
                BinaryOp::Mul => Opcode::Fmul,
                _ => Opcode::Fdiv,
            };
            return Val::S(self.bin(o, a, b));
        }
        let unsigned = self.lw.tcx.is_unsigned(t);
        let o = match op {
            BinaryOp::Add => Opcode::Iadd,
            BinaryOp::Sub => Opcode::Isub,
            BinaryOp::Mul => Opcode::Imul,
            BinaryOp::Div | BinaryOp::Rem => {
                let it = self.func.dfg.value_type(b);
                let z = self.iconst(it, 0);
                let ok = self.ins().icmp(IntCC::Ne, b, z);
                self.panic_unless(ok, "panicdivide", &[]);
                match (op, unsigned) {
                    (BinaryOp::Div, true) => Opcode::Udiv,
                    (BinaryOp::Div, false) => Opcode::Sdiv,
                    (_, true) => Opcode::Urem,
                    (_, false) => Opcode::Srem,
                }
            }
            BinaryOp::And => Opcode::And,
            BinaryOp::Or => Opcode::Or,
            BinaryOp::Xor => Opcode::Xor,
            BinaryOp::AndNot => Opcode::AndNot,
            _ => Opcode::Iadd,
        };
        Val::S(self.bin(o, a, b))
    }

    /// `a << n` / `a >> n` with Go's negative-count check for signed counts.
    pub fn shift(&mut self, op: BinaryOp, a: Value, t: Ty, n: Value, nt: Ty) -> Value {
        if !self.lw.tcx.is_unsigned(nt) {
            let it = self.func.dfg.value_type(n);
            let z = self.iconst(it, 0);
            let ok = self.ins().icmp(IntCC::Sge, n, z);
            self.panic_unless(ok, "panicshift", &[]);
        }
        let o = match op {
            BinaryOp::Shl => Opcode::Shl,
            _ if self.lw.tcx.is_unsigned(t) => Opcode::Ushr,
            _ => Opcode::Sshr,
        };
        self.bin(o, a, n)
    }

    fn short_circuit(&mut self, op: BinaryOp, x: &ast::Expr, y: &ast::Expr) -> Val {
        let var = self.ssa.declare(Type::Bool);
        // Each operand is ordered on its own: the right one only runs if needed.
        let a = self.own_root(x).v();
        self.def_var(var, a);
        let rhs = self.new_block();
        let done = self.new_block();
        if op == BinaryOp::AndAnd {
            self.brif(a, rhs, done);
        } else {
            self.brif(a, done, rhs);
        }
        self.switch_to(rhs);
        self.seal(rhs);
        let b = self.own_root(y).v();
        self.def_var(var, b);
        self.jump(done);
        self.switch_to(done);
        self.seal(done);
        Val::S(self.use_var(var))
    }

    /// Lowers a boolean condition and branches on it (short-circuit aware).
    pub fn cond_branch(&mut self, e: &ast::Expr, t: loopc_ir::Block, f: loopc_ir::Block) {
        let saved = self.at(e.span);
        match &e.kind {
            ExprKind::Paren(x) => self.cond_branch(x, t, f),
            ExprKind::Binary { op: BinaryOp::AndAnd, x, y, .. }
                if self.mode_of(e).is_some_and(|m| !matches!(m, Mode::Constant(_))) =>
            {
                let mid = self.new_block();
                self.cond_branch(x, mid, f);
                self.switch_to(mid);
                self.seal(mid);
                self.cond_branch(y, t, f);
            }
            ExprKind::Binary { op: BinaryOp::OrOr, x, y, .. }
                if self.mode_of(e).is_some_and(|m| !matches!(m, Mode::Constant(_))) =>
            {
                let mid = self.new_block();
                self.cond_branch(x, t, mid);
                self.switch_to(mid);
                self.seal(mid);
                self.cond_branch(y, t, f);
            }
            ExprKind::Unary { op: UnaryOp::Not, x }
                if self.mode_of(e).is_some_and(|m| !matches!(m, Mode::Constant(_))) =>
            {
                self.cond_branch(x, f, t)
            }
            _ => {
                let c = self.expr(e).v();
                self.brif(c, t, f);
            }
        }
        self.span = saved;
    }

    /// Scalar IR type of `t` (ptr for aggregates' addresses).
    pub fn ir_ty(&self, t: Ty) -> Type {
        match self.lw.tcx.repr(t) {
            Repr::Scalar(s) => s,
            Repr::Mem(..) => Type::Ptr,
        }
    }
}

/// Strips parentheses.
pub fn unparen(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

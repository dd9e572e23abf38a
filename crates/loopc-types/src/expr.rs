//! Expressions: identifiers, literals, unary/binary operators, comparisons, shifts, and the
//! dispatch to calls, conversions, indexing and composite literals. Every checked
//! expression's final mode and type are recorded in `Info::types`.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::constops;
use crate::info::{Mode, TypeAndValue};
use crate::objects::{ObjKind, VarKind};
use crate::operand::{start_span, ConvErr, OpMode, Operand};
use crate::types::{BasicKind, TypeId, TypeKind, INVALID};
use loopc_span::Span;
use loopc_syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};

const INVALID_OP: &str = "invalid operation: ";

impl<'a> Checker<'a> {
    /// Records `x` as the result of its expression.
    pub(crate) fn record_operand(&mut self, e: &ast::Expr, x: &Operand<'_>) {
        let k = self.key(e.id);
        match x.info_mode() {
            Some(mode) => {
                self.info.types.insert(k, TypeAndValue { mode, ty: x.ty });
            }
            None => {
                self.info.types.insert(k, TypeAndValue { mode: Mode::Value, ty: INVALID });
            }
        }
    }

    /// An expression or type, recorded. `hint` types elided composite literals.
    pub(crate) fn raw_expr<'e>(&mut self, e: &'e ast::Expr, hint: Option<TypeId>, allow_generic: bool) -> Operand<'e> {
        let mut x = self.expr_internal(e, hint);
        x.expr = Some(e);
        if !allow_generic {
            self.non_generic(&mut x);
        }
        self.record_operand(e, &x);
        x
    }

    fn non_generic(&mut self, x: &mut Operand<'_>) {
        if x.is_invalid() {
            return;
        }
        let generic = match x.mode {
            OpMode::TypeExpr => self.is_generic_type(x.ty),
            OpMode::Value | OpMode::Variable => {
                matches!(self.types.kind(x.ty), TypeKind::Func(s) if !s.tparams.is_empty())
            }
            _ => false,
        };
        if generic {
            let what = if x.mode == OpMode::TypeExpr { "type" } else { "function" };
            let msg = format!(
                "cannot use generic {what} {} without instantiation",
                x.expr.map(crate::exprstring::expr_string).unwrap_or_default()
            );
            self.error(x.span(), msg);
            x.invalidate();
            x.ty = INVALID;
        }
    }

    fn exclude(&mut self, x: &mut Operand<'_>, novalue: bool, builtin: bool, typexpr: bool) {
        let msg = match x.mode {
            OpMode::NoValue if novalue => {
                if typexpr {
                    format!("{} used as value", self.op_string(x))
                } else {
                    format!("{} used as value or type", self.op_string(x))
                }
            }
            OpMode::Builtin(_) if builtin => format!("{} must be called", self.op_string(x)),
            OpMode::TypeExpr if typexpr => format!("{} is not an expression", self.op_string(x)),
            _ => return,
        };
        self.error(x.span(), msg);
        x.invalidate();
    }

    /// A single-valued expression (`check.expr`).
    pub(crate) fn expr<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        self.expr_hint(e, None)
    }

    /// `check.expr` with a type hint for untyped composite literal elements.
    pub(crate) fn expr_hint<'e>(&mut self, e: &'e ast::Expr, hint: Option<TypeId>) -> Operand<'e> {
        let mut x = self.raw_expr(e, hint, false);
        self.exclude(&mut x, true, true, true);
        self.single_value(&mut x);
        x
    }

    /// An expression that may be generic (function arguments).
    pub(crate) fn generic_expr<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let mut x = self.raw_expr(e, None, true);
        self.exclude(&mut x, true, true, true);
        self.single_value(&mut x);
        x
    }

    /// A possibly multi-valued expression (call results).
    pub(crate) fn multi_expr<'e>(&mut self, e: &'e ast::Expr) -> Vec<Operand<'e>> {
        let mut x = self.raw_expr(e, None, false);
        self.exclude(&mut x, true, true, true);
        if x.is_invalid() {
            return vec![x];
        }
        if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
            if x.mode == OpMode::Value {
                return elems.iter().map(|&t| Operand { mode: OpMode::Value, ty: t, expr: Some(e) }).collect();
            }
        }
        vec![x]
    }

    /// A possibly multi-valued expression where a comma-ok form yields two values.
    pub(crate) fn multi_expr_comma_ok<'e>(&mut self, e: &'e ast::Expr) -> Vec<Operand<'e>> {
        let xs = self.multi_expr(e);
        if xs.len() == 1 && matches!(xs[0].mode, OpMode::MapIndex | OpMode::CommaOk) {
            let x = xs[0].clone();
            let b = self.types.basic(BasicKind::UntypedBool);
            let tuple = self.types.tuple(vec![x.ty, self.types.basic(BasicKind::Bool)]);
            let k = self.key(e.id);
            if let Some(tv) = self.info.types.get_mut(&k) {
                tv.mode = Mode::CommaOk;
                tv.ty = tuple;
            }
            let mut v = x.clone();
            v.mode = OpMode::Value;
            return vec![v, Operand { mode: OpMode::Value, ty: b, expr: Some(e) }];
        }
        xs
    }

    /// An expression or a type.
    pub(crate) fn expr_or_type<'e>(&mut self, e: &'e ast::Expr, allow_generic: bool) -> Operand<'e> {
        let mut x = self.raw_expr(e, None, allow_generic);
        self.exclude(&mut x, true, false, false);
        self.single_value(&mut x);
        x
    }

    fn expr_internal<'e>(&mut self, e: &'e ast::Expr, hint: Option<TypeId>) -> Operand<'e> {
        let inv = Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        match &e.kind {
            ExprKind::Bad => inv,
            ExprKind::Name(n) => self.ident(e, n, false),
            ExprKind::BasicLit { kind, raw } => self.basic_lit(e, *kind, raw),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::CompositeLit { ty, elts, rbrace, .. } => {
                self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint)
            }
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(x, hint, true);
                o.expr = Some(e);
                o
            }
            ExprKind::Selector { .. } => self.selector(e, false),
            ExprKind::Index { .. } => self.index_expr(e),
            ExprKind::Slice { .. } => self.slice_expr(e),
            ExprKind::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref()),
            ExprKind::Call { .. } => self.call_expr(e),
            ExprKind::Star(x) => {
                let mut o = self.expr_or_type(x, false);
                match o.mode {
                    OpMode::Invalid => inv,
                    OpMode::TypeExpr => {
                        let t = self.types.pointer(o.ty);
                        Operand { mode: OpMode::TypeExpr, ty: t, expr: Some(e) }
                    }
                    _ => {
                        if o.is_nil() {
                            let msg = format!("{INVALID_OP}cannot indirect nil");
                            self.error(o.span(), msg);
                            return inv;
                        }
                        match self.types.under_kind(o.ty).clone() {
                            TypeKind::Pointer(b) => {
                                if self.types.underlying(b) == INVALID && b != INVALID && self.types.named(b).is_none()
                                {
                                    return inv;
                                }
                                o.mode = OpMode::Variable;
                                o.ty = b;
                                o.expr = Some(e);
                                o
                            }
                            _ => {
                                if o.ty != INVALID {
                                    let msg = format!("{INVALID_OP}cannot indirect {}", self.op_string(&o));
                                    self.error(o.span(), msg);
                                }
                                inv
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y, op_span } => self.binary(e, x, y, *op, *op_span),
            ExprKind::KeyValue { .. } => {
                self.error(e.span, "no key:value expected");
                inv
            }
            ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType { .. }
            | ExprKind::InterfaceType { .. } => {
                let t = self.defined_type(e, None);
                Operand { mode: OpMode::TypeExpr, ty: t, expr: Some(e) }
            }
            ExprKind::DotsLen | ExprKind::DotsType(_) => {
                self.error(e.span, "invalid use of ...");
                inv
            }
        }
    }

    /// An identifier in an expression or type context.
    pub(crate) fn ident<'e>(&mut self, e: &'e ast::Expr, name: &str, want_type: bool) -> Operand<'e> {
        let inv = Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        let Some(obj) = self.lookup(name) else {
            if self.is_failed_import(name) {
                // The import was refused already; say nothing more about its uses.
                return inv;
            }
            if name == "_" {
                self.error(e.span, "cannot use _ as value or type");
            } else {
                self.error(e.span, format!("undefined: {name}"));
            }
            return inv;
        };
        if (obj == self.universe_lookup("any") || obj == self.universe_lookup("comparable"))
            && !self.verify_version(e.span, (1, 18), &format!("predeclared {name}"))
        {
            return inv;
        }
        let k = self.key(e.id);
        self.info.uses.insert(k, obj);
        let is_type = matches!(self.obj(obj).kind, ObjKind::TypeName);
        if !is_type && want_type {
            let kind = self.object_kind(obj);
            self.error(e.span, format!("{name} ({kind}) is not a type"));
            if matches!(self.obj(obj).kind, ObjKind::Var { .. }) {
                self.obj_mut(obj).used = true;
            }
            return inv;
        }
        if self.obj(obj).ty == INVALID || (is_type && want_type && self.obj(obj).pkg == Some(self.pkg)) {
            self.obj_decl(obj);
        }
        let o = self.obj(obj).clone();
        match &o.kind {
            ObjKind::PkgName(_) => {
                self.error(e.span, format!("use of package {name} not in selector"));
                self.used_pkgs.insert(obj);
                inv
            }
            ObjKind::Const(v) => {
                self.add_decl_dep(obj);
                if o.ty == INVALID {
                    return inv;
                }
                if o.parent == Some(self.universe) && name == "iota" {
                    return match &self.iota {
                        Some(i) => Operand { mode: OpMode::Constant(i.clone()), ty: o.ty, expr: Some(e) },
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            inv
                        }
                    };
                }
                match v {
                    Some(v) => Operand { mode: OpMode::Constant(v.clone()), ty: o.ty, expr: Some(e) },
                    None => inv,
                }
            }
            ObjKind::TypeName => Operand { mode: OpMode::TypeExpr, ty: o.ty, expr: Some(e) },
            ObjKind::Var { .. } => {
                if o.pkg == Some(self.pkg) {
                    self.obj_mut(obj).used = true;
                }
                self.note_capture(obj);
                self.add_decl_dep(obj);
                if o.ty == INVALID {
                    return inv;
                }
                Operand { mode: OpMode::Variable, ty: o.ty, expr: Some(e) }
            }
            ObjKind::Func { .. } => {
                self.add_decl_dep(obj);
                Operand { mode: OpMode::Value, ty: o.ty, expr: Some(e) }
            }
            ObjKind::Builtin(b) => {
                if matches!(
                    b,
                    crate::objects::Builtin::Complex | crate::objects::Builtin::Real | crate::objects::Builtin::Imag
                ) {
                    self.error(e.span, "loopc does not support complex numbers");
                    return inv;
                }
                if *b == crate::objects::Builtin::Close {
                    self.error(e.span, "loopc does not support channels");
                    return inv;
                }
                Operand { mode: OpMode::Builtin(*b), ty: INVALID, expr: Some(e) }
            }
            ObjKind::Nil => Operand { mode: OpMode::Nil, ty: o.ty, expr: Some(e) },
            ObjKind::Label => inv,
        }
    }

    pub(crate) fn universe_lookup(&self, name: &str) -> crate::objects::ObjId {
        self.scopes[self.universe.0 as usize].names.get(name).copied().unwrap_or(crate::objects::ObjId(u32::MAX))
    }

    fn object_kind(&self, obj: crate::objects::ObjId) -> &'static str {
        match &self.obj(obj).kind {
            ObjKind::PkgName(_) => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => "type",
            ObjKind::Var { kind, .. } => match kind {
                VarKind::Global => "package-level variable",
                VarKind::Local => "local variable",
                VarKind::Param => "parameter",
                VarKind::Result => "result variable",
                VarKind::Field => "struct field",
            },
            ObjKind::Func { recv_base, .. } => {
                if recv_base.is_some() {
                    "method"
                } else {
                    "func"
                }
            }
            ObjKind::Label => "label",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }

    /// Records that the current function literal(s) capture `obj` if it is a local of an
    /// enclosing function.
    pub(crate) fn note_capture(&mut self, obj: crate::objects::ObjId) {
        let Some(of) = self.obj(obj).func else { return };
        if !matches!(self.obj(obj).kind, ObjKind::Var { kind: VarKind::Local | VarKind::Param | VarKind::Result, .. }) {
            return;
        }
        for f in self.fctx.iter_mut().rev() {
            if f.func == of {
                break;
            }
            if !f.captures.contains(&obj) {
                f.captures.push(obj);
            }
        }
    }

    fn basic_lit<'e>(&mut self, e: &'e ast::Expr, kind: ast::LitKind, raw: &str) -> Operand<'e> {
        let (bk, v) = match kind {
            ast::LitKind::Int => (BasicKind::UntypedInt, constops::from_literal(kind, raw)),
            ast::LitKind::Float => (BasicKind::UntypedFloat, constops::from_literal(kind, raw)),
            ast::LitKind::Imag => {
                self.error(e.span, "loopc does not support complex numbers");
                return Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
            }
            ast::LitKind::Rune => (BasicKind::UntypedRune, constops::from_literal(kind, raw)),
            ast::LitKind::String => (BasicKind::UntypedString, constops::from_literal(kind, raw)),
        };
        match v {
            Some(v) => Operand { mode: OpMode::Constant(v), ty: self.types.basic(bk), expr: Some(e) },
            None => {
                self.error(e.span, format!("malformed constant: {raw}"));
                Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) }
            }
        }
    }

    // ---- unary -------------------------------------------------------------------------

    fn unary<'e>(&mut self, e: &'e ast::Expr, op: UnaryOp, xe: &'e ast::Expr) -> Operand<'e> {
        if op == UnaryOp::Recv {
            self.error(e.span, "loopc does not support channels");
            self.expr(xe);
            return Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            x.expr = Some(e);
            return x;
        }
        let mut op = op;
        match op {
            UnaryOp::Addr => {
                let is_lit = matches!(unparen(xe).kind, ExprKind::CompositeLit { .. });
                if !is_lit && x.mode != OpMode::Variable {
                    let msg = format!("{INVALID_OP}cannot take address of {}", self.op_string(&x));
                    self.error(x.span(), msg);
                    return Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
                }
                self.mark_addr_taken(xe);
                let t = self.types.pointer(x.ty);
                return Operand { mode: OpMode::Value, ty: t, expr: Some(e) };
            }
            UnaryOp::Tilde => {
                if !self.all_integer(x.ty) {
                    self.error(e.span, "cannot use ~ outside of interface or type constraint");
                    return Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
                }
                self.error(
                    e.span,
                    "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
                );
                op = UnaryOp::BitNot;
            }
            _ => {}
        }
        let ok = match op {
            UnaryOp::Plus | UnaryOp::Neg => self.all_numeric(x.ty),
            UnaryOp::BitNot => self.all_integer(x.ty),
            UnaryOp::Not => self.all_boolean(x.ty),
            _ => true,
        };
        if !ok {
            let msg = format!("{INVALID_OP}operator {} not defined on {}", op.as_str(), self.op_string(&x));
            self.error(x.span(), msg);
            return Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        }
        if let OpMode::Constant(v) = &x.mode {
            let k = self.types.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
            let prec = if k.is_unsigned() { Some(self.types.sizeof(x.ty) * 8) } else { None };
            let r = constops::unary(op, v, prec);
            x.mode = OpMode::Constant(r);
            x.expr = Some(e);
            self.overflow(&mut x, e.span);
            return x;
        }
        x.mode = OpMode::Value;
        x.expr = Some(e);
        x
    }

    /// Checks a constant result for representability (typed) or size (untyped).
    pub(crate) fn overflow(&mut self, x: &mut Operand<'_>, op_pos: Span) {
        let OpMode::Constant(v) = &x.mode else { return };
        if constops::is_unknown(v) {
            self.error(op_pos, "constant result is not representable");
            return;
        }
        if !self.types.is_untyped(x.ty) {
            if let Some(k) = self.types.basic_kind(x.ty) {
                self.representable(x, k);
            }
            return;
        }
        if constops::int_bit_len(v) > 512 {
            let op = x.expr.map(op_name).unwrap_or("");
            let msg = if op.is_empty() { "constant overflow".to_string() } else { format!("constant {op} overflow") };
            self.error(op_pos, msg);
            x.mode = OpMode::Constant(constops::unknown());
        }
    }

    /// Converts constant `x` to basic kind `k` or reports it cannot be represented.
    pub(crate) fn representable(&mut self, x: &mut Operand<'_>, k: BasicKind) {
        let OpMode::Constant(v) = &x.mode else { return };
        match self.representation(v, x.ty, k) {
            Ok(nv) => x.mode = OpMode::Constant(nv),
            Err(code) => {
                let target = self.types.basic(k);
                self.invalid_conversion(code, x, target);
                x.invalidate();
            }
        }
    }

    pub(crate) fn invalid_conversion(&mut self, code: ConvErr, x: &Operand<'_>, target: TypeId) {
        let msg = match code {
            ConvErr::Truncated => format!("{} truncated to {}", self.op_string(x), self.ts(target)),
            ConvErr::Overflow => format!("{} overflows {}", self.op_string(x), self.ts(target)),
            ConvErr::Invalid => format!("cannot convert {} to type {}", self.op_string(x), self.ts(target)),
        };
        self.error(x.span(), msg);
    }

    // ---- type predicates over type sets -------------------------------------------------

    fn all_basic(&self, t: TypeId, pred: &dyn Fn(BasicKind) -> bool) -> bool {
        if self.types.is_type_param(t) {
            let ts = self.types.type_set(t);
            return match &ts.terms {
                Some(terms) => !terms.is_empty() && terms.iter().all(|x| self.all_basic(x.ty, pred)),
                None => false,
            };
        }
        self.types.basic_kind(t).is_some_and(pred)
    }
    pub(crate) fn all_numeric(&self, t: TypeId) -> bool {
        self.all_basic(t, &|k| k.is_numeric())
    }
    pub(crate) fn all_integer(&self, t: TypeId) -> bool {
        self.all_basic(t, &|k| k.is_integer())
    }
    pub(crate) fn all_boolean(&self, t: TypeId) -> bool {
        self.all_basic(t, &|k| k.is_boolean())
    }
    pub(crate) fn all_string(&self, t: TypeId) -> bool {
        self.all_basic(t, &|k| k.is_string())
    }
    pub(crate) fn all_ordered(&self, t: TypeId) -> bool {
        self.all_basic(t, &|k| k.is_ordered())
    }
    pub(crate) fn all_numeric_or_string(&self, t: TypeId) -> bool {
        self.all_basic(t, &|k| k.is_numeric() || k.is_string())
    }

    // ---- binary ------------------------------------------------------------------------

    fn binary<'e>(
        &mut self,
        e: &'e ast::Expr,
        lhs: &'e ast::Expr,
        rhs: &'e ast::Expr,
        op: BinaryOp,
        op_span: Span,
    ) -> Operand<'e> {
        let mut x = self.expr(lhs);
        let mut y = self.expr(rhs);
        self.binary_ops(Some(e), &mut x, &mut y, lhs, rhs, op, op_span);
        if x.is_invalid() {
            x.expr = Some(e);
            x.ty = INVALID;
        }
        x
    }

    /// The shared part of binary expressions and `op=` assignments (`e` is `None` then).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn binary_ops<'e>(
        &mut self,
        e: Option<&'e ast::Expr>,
        x: &mut Operand<'e>,
        y: &mut Operand<'e>,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        op: BinaryOp,
        op_span: Span,
    ) {
        if x.is_invalid() {
            return;
        }
        if y.is_invalid() {
            x.invalidate();
            return;
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.shift(x, y, e, op, op_span);
            return;
        }
        self.match_types(x, y);
        if x.is_invalid() {
            return;
        }
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge) {
            self.comparison(x, y, op, false);
            if let Some(e) = e {
                x.expr = Some(e);
            }
            return;
        }
        if !self.types.identical(x.ty, y.ty) {
            if x.ty != INVALID && y.ty != INVALID {
                let msg = match e {
                    Some(e) => format!(
                        "{INVALID_OP}{} (mismatched types {} and {})",
                        crate::exprstring::expr_string(e),
                        self.ts(x.ty),
                        self.ts(y.ty)
                    ),
                    None => format!(
                        "{INVALID_OP}{} {}= {} (mismatched types {} and {})",
                        crate::exprstring::expr_string(lhs),
                        op.as_str(),
                        crate::exprstring::expr_string(rhs),
                        self.ts(x.ty),
                        self.ts(y.ty)
                    ),
                };
                self.error(x.span(), msg);
            }
            x.invalidate();
            return;
        }
        let ok = match op {
            BinaryOp::Add => self.all_numeric_or_string(x.ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.all_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => self.all_integer(x.ty),
            BinaryOp::AndAnd | BinaryOp::OrOr => self.all_boolean(x.ty),
            _ => true,
        };
        if !ok {
            let msg = format!("{INVALID_OP}operator {} not defined on {}", op.as_str(), self.op_string(x));
            self.error(x.span(), msg);
            x.invalidate();
            return;
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) {
            let xc = matches!(x.mode, OpMode::Constant(_)) || self.all_integer(x.ty);
            if xc {
                if let OpMode::Constant(v) = &y.mode {
                    if constops::is_zero(v) {
                        self.error(y.span(), format!("{INVALID_OP}division by zero"));
                        x.invalidate();
                        return;
                    }
                }
            }
        }
        if let (OpMode::Constant(a), OpMode::Constant(b)) = (&x.mode, &y.mode) {
            let int_div = op == BinaryOp::Div && self.types.basic_kind(x.ty).is_some_and(|k| k.is_integer());
            let r = constops::binary(op, a, b, int_div);
            x.mode = OpMode::Constant(r);
            if let Some(e) = e {
                x.expr = Some(e);
            }
            self.overflow(x, op_span);
            return;
        }
        x.mode = OpMode::Value;
    }

    fn may_convert(&self, x: &Operand<'_>, y: &Operand<'_>) -> bool {
        let (tx, ty) = (x.ty, y.ty);
        if !self.types.is_untyped(tx) && !self.types.is_untyped(ty) {
            return false;
        }
        if self.all_numeric(tx) != self.all_numeric(ty) {
            return false;
        }
        let iface = |t| self.types.is_interface(t) && !self.types.is_type_param(t);
        if iface(tx) || iface(ty) {
            return true;
        }
        if self.all_boolean(tx) != self.all_boolean(ty) {
            return false;
        }
        if self.all_string(tx) != self.all_string(ty) {
            return false;
        }
        if x.is_nil() {
            return self.has_nil(ty);
        }
        if y.is_nil() {
            return self.has_nil(tx);
        }
        let is_ptr = |t| matches!(self.types.under_kind(t), TypeKind::Pointer(_));
        if is_ptr(tx) || is_ptr(ty) {
            return false;
        }
        true
    }

    /// Converts untyped operands of a binary operation towards each other's type.
    pub(crate) fn match_types(&mut self, x: &mut Operand<'_>, y: &mut Operand<'_>) {
        if self.may_convert(x, y) {
            self.convert_untyped(x, y.ty);
            if x.is_invalid() {
                return;
            }
            self.convert_untyped(y, x.ty);
            if y.is_invalid() {
                x.invalidate();
            }
        }
    }

    /// Implicitly converts an untyped operand to `target`, reporting failures.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'_>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = if self.types.is_type_param(target) { target } else { self.types.underlying(target) };
                self.invalid_conversion(code, x, t);
                x.invalidate();
            }
            Ok((nt, val)) => {
                if let Some(v) = val {
                    x.mode = OpMode::Constant(v);
                }
                if nt != x.ty {
                    x.ty = nt;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, nt);
                    }
                }
            }
        }
    }

    /// Comparison `x op y` (or a switch case when `switch_case`).
    pub(crate) fn comparison(&mut self, x: &mut Operand<'_>, y: &mut Operand<'_>, op: BinaryOp, switch_case: bool) {
        if x.ty == INVALID || y.ty == INVALID {
            x.invalidate();
            return;
        }
        let op = if switch_case { BinaryOp::Eq } else { op };
        let mut err_on_y = false;
        let mut cause = String::new();
        let mut c = String::new();
        let ok = self.assignable_to(x, y.ty, &mut c) || self.assignable_to(y, x.ty, &mut c);
        let mut failed = false;
        if !ok {
            err_on_y = true;
            cause = format!("mismatched types {} and {}", self.ts(x.ty), self.ts(y.ty));
            failed = true;
        } else {
            match op {
                BinaryOp::Eq | BinaryOp::Ne => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { y.ty } else { x.ty };
                        if !self.has_nil(t) {
                            err_on_y = true;
                            failed = true;
                        }
                    } else if !self.comparable(x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        failed = true;
                    } else if !self.comparable(y.ty) {
                        err_on_y = true;
                        cause = self.incomparable_cause(y.ty);
                        failed = true;
                    }
                }
                _ => {
                    if !self.all_ordered(x.ty) {
                        failed = true;
                    } else if !self.all_ordered(y.ty) {
                        err_on_y = true;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            if cause.is_empty() {
                let ex = if err_on_y { y.ty } else { x.ty };
                if self.types.is_type_param(x.ty) || self.types.is_type_param(y.ty) {
                    let et = if !self.types.is_type_param(x.ty) { y.ty } else { ex };
                    cause = format!("type parameter {} cannot use operator {}", self.ts(et), op.as_str());
                } else {
                    let what = self.composite_kind(ex);
                    let what = if what.is_empty() { self.ts(ex) } else { what.to_string() };
                    cause = format!("operator {} not defined on {what}", op.as_str());
                }
            }
            let xs = x.expr.map(crate::exprstring::expr_string).unwrap_or_default();
            let ys = y.expr.map(crate::exprstring::expr_string).unwrap_or_default();
            if switch_case {
                let msg = format!("invalid case {xs} in switch on {ys} ({cause})");
                self.error(x.span(), msg);
            } else {
                let msg = format!("{INVALID_OP}{xs} {} {ys} ({cause})", op.as_str());
                let span = if err_on_y { y.span() } else { x.span() };
                self.error(span, msg);
            }
            x.invalidate();
            return;
        }
        if let (OpMode::Constant(a), OpMode::Constant(b)) = (&x.mode, &y.mode) {
            x.mode = OpMode::Constant(ConstValue::Bool(constops::compare(a, op, b)));
        } else {
            x.mode = OpMode::Value;
            let (dx, dy) = (self.default_type(x.ty), self.default_type(y.ty));
            if let Some(e) = x.expr {
                self.update_expr_type(e, dx);
            }
            if let Some(e) = y.expr {
                self.update_expr_type(e, dy);
            }
        }
        x.ty = self.types.basic(BasicKind::UntypedBool);
    }

    pub(crate) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.types.under_kind(t) {
            TypeKind::Slice(_) | TypeKind::Func(_) | TypeKind::Map { .. } => {
                format!("{} can only be compared to nil", self.composite_kind(t))
            }
            TypeKind::Struct(s) => {
                for f in s.fields.iter() {
                    if !self.comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.ts(f.ty));
                    }
                }
                String::new()
            }
            TypeKind::Array { elem, .. } => format!("{} cannot be compared", self.ts(*elem)),
            _ => String::new(),
        }
    }

    fn shift<'e>(
        &mut self,
        x: &mut Operand<'e>,
        y: &mut Operand<'e>,
        e: Option<&'e ast::Expr>,
        op: BinaryOp,
        op_span: Span,
    ) {
        let xval = x.const_val().and_then(constops::to_int);
        let ok_lhs = self.all_integer(x.ty) || (self.types.is_untyped(x.ty) && xval.is_some());
        if !ok_lhs {
            let msg = format!("{INVALID_OP}shifted operand {} must be integer", self.op_string(x));
            self.error(x.span(), msg);
            x.invalidate();
            return;
        }
        let mut yval = None;
        if let OpMode::Constant(v) = &y.mode {
            yval = constops::to_int(v);
            if yval.as_ref().is_some_and(constops::is_negative) {
                let msg = format!("{INVALID_OP}negative shift count {}", self.op_string(y));
                self.error(y.span(), msg);
                x.invalidate();
                return;
            }
            if self.types.is_untyped(y.ty) {
                self.representable(y, BasicKind::Uint);
                if y.is_invalid() {
                    x.invalidate();
                    return;
                }
            }
        } else if self.all_integer(y.ty) {
        } else if self.types.is_untyped(y.ty) {
            let u = self.types.basic(BasicKind::Uint);
            self.convert_untyped(y, u);
            if y.is_invalid() {
                x.invalidate();
                return;
            }
        } else {
            let msg = format!("{INVALID_OP}shift count {} must be integer", self.op_string(y));
            self.error(y.span(), msg);
            x.invalidate();
            return;
        }
        if let OpMode::Constant(_) = &x.mode {
            if y.const_val().is_some() {
                let s = yval.as_ref().and_then(constops::uint64);
                let Some(s) = s.filter(|&s| s <= 1023 - 1 + 52) else {
                    let msg = format!("{INVALID_OP}invalid shift count {}", self.op_string(y));
                    self.error(y.span(), msg);
                    x.invalidate();
                    return;
                };
                if !self.types.basic_kind(x.ty).is_some_and(|k| k.is_integer()) {
                    x.ty = self.types.basic(BasicKind::UntypedInt);
                }
                let xv = xval.expect("invariant: checked integer above");
                x.mode = OpMode::Constant(constops::shift(&xv, op, s));
                if let Some(e) = e {
                    x.expr = Some(e);
                }
                self.overflow(x, op_span);
                return;
            }
            if self.types.is_untyped(x.ty) {
                // The type is decided by the context (delayed as in types2).
                if let Some(xe) = x.expr {
                    let k = self.key(xe.id);
                    self.shift_lhs.insert(k);
                }
                x.mode = OpMode::Value;
                return;
            }
        }
        if !self.all_integer(x.ty) {
            let msg = format!("{INVALID_OP}shifted operand {} must be integer", self.op_string(x));
            self.error(x.span(), msg);
            x.invalidate();
            return;
        }
        x.mode = OpMode::Value;
    }

    /// Gives an untyped expression tree its final type (types2 `updateExprType`).
    pub(crate) fn update_expr_type(&mut self, e: &ast::Expr, t: TypeId) {
        let k = self.key(e.id);
        let Some(old) = self.info.types.get(&k).cloned() else { return };
        if !self.types.is_untyped(old.ty) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t),
            ExprKind::Unary { op, x } if *op != UnaryOp::Addr => {
                if matches!(old.mode, Mode::Constant(_)) {
                    // Constant operands keep their untyped type inside; only the root changes.
                } else {
                    self.update_expr_type(x, t);
                }
            }
            ExprKind::Binary { op, x, y, .. } => {
                if matches!(old.mode, Mode::Constant(_)) {
                } else if matches!(
                    op,
                    BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
                ) {
                    // Result is untyped bool; operands were updated already.
                } else if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    self.update_expr_type(x, t);
                } else {
                    self.update_expr_type(x, t);
                    self.update_expr_type(y, t);
                }
            }
            _ => {}
        }
        // A non-constant shift whose untyped lhs becomes a non-integer type is invalid.
        if self.shift_lhs.contains(&k) && !matches!(old.mode, Mode::Constant(_)) {
            let ok = self.all_integer(t) || self.types.is_untyped(t);
            if !ok {
                let msg = format!(
                    "{INVALID_OP}shifted operand {} (type {}) must be integer",
                    crate::exprstring::expr_string(e),
                    self.ts(t)
                );
                self.error(start_span(e), msg);
            }
        }
        let mut nt = t;
        if self.types.is_interface(t) && !self.types.is_type_param(t) {
            nt = self.default_type(old.ty);
        }
        self.info.types.insert(k, TypeAndValue { mode: old.mode, ty: nt });
    }

    /// Evaluates expressions only for their side effects on "used" (after errors).
    pub(crate) fn use_exprs(&mut self, es: &[ast::Expr]) {
        for e in es {
            self.raw_expr(e, None, true);
        }
    }

    /// Like `use_exprs`, but does not mark top-level identifiers as used.
    pub(crate) fn use_lhs(&mut self, es: &[ast::Expr]) {
        for e in es {
            if let ExprKind::Name(n) = &unparen(e).kind {
                if n == "_" {
                    continue;
                }
                if let Some(o) = self.lookup(n) {
                    if let ObjKind::Var { .. } = self.obj(o).kind {
                        let used = self.obj(o).used;
                        self.raw_expr(e, None, true);
                        self.obj_mut(o).used = used;
                        continue;
                    }
                }
            }
            self.raw_expr(e, None, true);
        }
    }
}

/// Strips parentheses.
pub(crate) fn unparen(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

/// The operation name used in "constant X overflow" messages.
fn op_name(e: &ast::Expr) -> &'static str {
    match &e.kind {
        ExprKind::Binary { op, .. } => match op {
            BinaryOp::Add => "addition",
            BinaryOp::Sub => "subtraction",
            BinaryOp::Xor => "bitwise XOR",
            BinaryOp::Mul => "multiplication",
            BinaryOp::Shl => "shift",
            _ => "",
        },
        _ => "",
    }
}

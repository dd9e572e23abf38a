//! Operands (the result of checking an expression), their gc-style descriptions, and
//! assignability with implicit conversion of untyped values.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::Mode;
use crate::objects::Builtin;
use crate::types::{BasicKind, TypeId, TypeKind, INVALID};
use loopc_span::Span;
use loopc_syntax::ast;

/// An operand's mode.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant(ConstValue),
    Variable,
    MapIndex,
    Value,
    CommaOk,
    Nil,
}

/// An evaluated expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'e> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub expr: Option<&'e ast::Expr>,
}

impl<'e> Operand<'e> {
    pub fn invalid() -> Operand<'e> {
        Operand { mode: OpMode::Invalid, ty: INVALID, expr: None }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }

    pub fn invalidate(&mut self) {
        self.mode = OpMode::Invalid;
    }

    pub fn span(&self) -> Span {
        self.expr.map(start_span).unwrap_or_default()
    }

    pub fn const_val(&self) -> Option<&ConstValue> {
        match &self.mode {
            OpMode::Constant(v) => Some(v),
            _ => None,
        }
    }

    pub fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil
    }

    /// The mode as recorded in [`crate::Info`].
    pub fn info_mode(&self) -> Option<Mode> {
        Some(match &self.mode {
            OpMode::Invalid => return None,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(b) => Mode::Builtin(*b),
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant(v) => Mode::Constant(v.clone()),
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value => Mode::Value,
            OpMode::CommaOk => Mode::CommaOk,
            OpMode::Nil => Mode::Nil,
        })
    }
}

/// The position gc reports for an expression (`syntax.StartPos`).
pub(crate) fn start_span(e: &ast::Expr) -> Span {
    use ast::ExprKind::*;
    match &e.kind {
        CompositeLit { ty: Some(t), .. } => start_span(t),
        KeyValue { key, .. } => start_span(key),
        Selector { x, .. } | Index { x, .. } | TypeAssert { x, .. } => start_span(x),
        Binary { x, .. } => start_span(x),
        Call { func, .. } => start_span(func),
        Slice { lbrack, .. } => lbrack.start(),
        _ => e.span.start(),
    }
}

impl Checker<'_> {
    /// Describes an operand as types2's `operandString` does.
    pub(crate) fn op_string(&self, x: &Operand<'_>) -> String {
        if x.mode == OpMode::Nil {
            if x.ty == INVALID {
                return "nil (with invalid type)".into();
            }
            if self.types.is_untyped(x.ty) {
                return "nil".into();
            }
            return format!("nil (of type {})", self.ts(x.ty));
        }
        let mut expr = x.expr.map(crate::exprstring::expr_string).unwrap_or_default();
        if expr.is_empty() {
            match &x.mode {
                OpMode::Builtin(b) => expr = b.name().into(),
                OpMode::TypeExpr => expr = self.ts(x.ty),
                OpMode::Constant(v) => expr = crate::constops::to_string(v),
                _ => {}
            }
        }
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if self.types.is_untyped(x.ty) {
                    if let TypeKind::Basic(k) = self.types.kind(x.ty) {
                        buf.push_str(k.name());
                        buf.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant(_) => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::CommaOk => "comma, ok expression",
            OpMode::Nil => "nil",
        });
        if let OpMode::Constant(v) = &x.mode {
            let s = crate::constops::to_string(v);
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if x.ty != INVALID {
                let mut desc = String::new();
                let t = x.ty;
                let is_tparam = self.types.is_type_param(t);
                if !is_tparam && matches!(self.types.kind(t), TypeKind::Named(_) | TypeKind::Alias { .. }) {
                    let what = self.composite_kind(t);
                    let what = if what.is_empty() {
                        self.types.basic_kind(t).map(|k| k.name().to_string()).unwrap_or_default()
                    } else {
                        what.to_string()
                    };
                    if !what.is_empty() {
                        desc = format!("{what} ");
                    }
                }
                if self.is_generic_type(t) {
                    desc = format!("generic {desc}");
                }
                buf.push_str(" of ");
                buf.push_str(&desc);
                buf.push_str("type ");
                buf.push_str(&self.ts(t));
                if let TypeKind::TypeParam(tp) = self.types.kind(self.types.unalias(t)) {
                    buf.push_str(" constrained by ");
                    buf.push_str(&self.ts(tp.bound));
                }
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    pub(crate) fn is_generic_type(&self, t: TypeId) -> bool {
        match self.types.kind(self.types.unalias(t)) {
            TypeKind::Named(n) => !n.tparams.is_empty() && n.targs.is_empty(),
            TypeKind::Func(s) => !s.tparams.is_empty(),
            _ => false,
        }
    }

    /// "array", "slice", ... for composite underlying types; "" for basic types.
    pub(crate) fn composite_kind(&self, t: TypeId) -> &'static str {
        match self.types.under_kind(t) {
            TypeKind::Basic(_) => "",
            TypeKind::Array { .. } => "array",
            TypeKind::Slice(_) => "slice",
            TypeKind::Struct(_) => "struct",
            TypeKind::Pointer(_) => "pointer",
            TypeKind::Func(_) => "func",
            TypeKind::Interface(_) => "interface",
            TypeKind::Map { .. } => "map",
            TypeKind::Chan(_) => "chan",
            TypeKind::Tuple(_) => "tuple",
            TypeKind::Union(_) => "union",
            _ => "",
        }
    }

    /// Whether values of type `t` can be `nil`.
    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        if let TypeKind::TypeParam(_) = self.types.kind(self.types.unalias(t)) {
            let ts = self.types.type_set(t);
            return match &ts.terms {
                Some(terms) => !terms.is_empty() && terms.iter().all(|term| self.has_nil(term.ty)),
                None => false,
            };
        }
        match self.types.under_kind(t) {
            TypeKind::Basic(k) => *k == BasicKind::UnsafePointer,
            TypeKind::Pointer(_)
            | TypeKind::Slice(_)
            | TypeKind::Map { .. }
            | TypeKind::Chan(_)
            | TypeKind::Func(_)
            | TypeKind::Interface(_) => true,
            _ => false,
        }
    }

    /// The default type of an untyped type.
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match self.types.kind(t) {
            TypeKind::Basic(k) => match k {
                BasicKind::UntypedBool => self.types.basic(BasicKind::Bool),
                BasicKind::UntypedInt => self.types.basic(BasicKind::Int),
                BasicKind::UntypedRune => self.types.basic(BasicKind::Rune),
                BasicKind::UntypedFloat => self.types.basic(BasicKind::Float64),
                BasicKind::UntypedComplex => self.types.basic(BasicKind::Complex128),
                BasicKind::UntypedString => self.types.basic(BasicKind::String),
                _ => t,
            },
            _ => t,
        }
    }

    /// The "larger" of two untyped numeric types, or `None`.
    pub(crate) fn max_type(&self, x: TypeId, y: TypeId) -> Option<TypeId> {
        let (kx, ky) = (self.types.basic_kind(x)?, self.types.basic_kind(y)?);
        if kx.is_numeric() && ky.is_numeric() {
            return Some(if kx >= ky { x } else { y });
        }
        if kx == ky {
            return Some(x);
        }
        None
    }

    /// How an untyped operand converts to `target`: the new type and constant value, or a
    /// reason code.
    pub(crate) fn implicit_type_and_value(
        &mut self,
        x: &Operand<'_>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConvErr> {
        if x.is_invalid() || !self.types.is_untyped(x.ty) || target == INVALID {
            return Ok((x.ty, None));
        }
        if self.types.is_untyped(target) {
            return self.max_type(x.ty, target).map(|m| (m, None)).ok_or(ConvErr::Invalid);
        }
        if x.is_nil() {
            return if self.has_nil(target) { Ok((target, None)) } else { Err(ConvErr::Invalid) };
        }
        if self.types.is_type_param(target) {
            let ts = self.types.type_set(target);
            let Some(terms) = ts.terms.clone() else { return Err(ConvErr::Invalid) };
            if terms.is_empty() {
                return Err(ConvErr::Invalid);
            }
            for term in terms {
                if self.implicit_type_and_value(x, self.types.underlying(term.ty)).is_err() {
                    return Err(ConvErr::Invalid);
                }
            }
            return Ok((target, None));
        }
        match self.types.under_kind(target).clone() {
            TypeKind::Basic(k) => {
                if let OpMode::Constant(v) = &x.mode {
                    let v = self.representation(v, x.ty, k)?;
                    return Ok((target, Some(v)));
                }
                let xk = self.types.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
                let ok = match xk {
                    BasicKind::UntypedBool => k.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => k.is_numeric(),
                    BasicKind::UntypedString => k.is_string(),
                    _ => false,
                };
                if !ok {
                    return Err(ConvErr::Invalid);
                }
                Ok((target, None))
            }
            TypeKind::Interface(_) => {
                let ts = self.types.type_set(target);
                if !ts.is_all() {
                    return Err(ConvErr::Invalid);
                }
                Ok((self.default_type(x.ty), None))
            }
            _ => Err(ConvErr::Invalid),
        }
    }

    /// Rounds constant `v` of (untyped or typed) type `from` to basic kind `k`.
    pub(crate) fn representation(&self, v: &ConstValue, from: TypeId, k: BasicKind) -> Result<ConstValue, ConvErr> {
        match crate::constops::representable(v, k) {
            Some(r) => Ok(r),
            None => {
                let fk = self.types.basic_kind(from).unwrap_or(BasicKind::Invalid);
                if fk.is_numeric() && k.is_numeric() {
                    if !fk.is_integer() && k.is_integer() {
                        Err(ConvErr::Truncated)
                    } else {
                        Err(ConvErr::Overflow)
                    }
                } else {
                    Err(ConvErr::Invalid)
                }
            }
        }
    }

    /// Checks that `x` can be assigned to a value of type `t` (`None`: the blank identifier
    /// or an untyped context), converting untyped operands. Reports errors in `context`.
    pub(crate) fn assignment_to(&mut self, x: &mut Operand<'_>, t: Option<TypeId>, context: &str) {
        self.single_value(x);
        match x.mode {
            OpMode::Invalid => return,
            OpMode::Nil
            | OpMode::Constant(_)
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::CommaOk => {}
            _ => {
                let ts = t.map(|t| self.ts(t)).unwrap_or_default();
                let msg = format!("cannot assign {} to {ts} in {context}", self.op_string(x));
                self.error(x.span(), msg);
                x.invalidate();
                return;
            }
        }
        if self.types.is_untyped(x.ty) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    let msg = format!("use of untyped nil in {context}");
                    self.error(x.span(), msg);
                    x.invalidate();
                    return;
                }
            } else if t.is_none_or(|t| self.types.is_interface(t)) {
                target = Some(self.default_type(x.ty));
            }
            let target = target.expect("invariant: target set above");
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let mut msg = format!("cannot use {} as {} value in {context}", self.op_string(x), self.ts(target));
                    match code {
                        ConvErr::Truncated => msg.push_str(" (truncated)"),
                        ConvErr::Overflow => msg.push_str(" (overflows)"),
                        ConvErr::Invalid => {}
                    }
                    self.error(x.span(), msg);
                    x.invalidate();
                    return;
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
        if let Some(e) = x.expr {
            if self.is_generic_func_value(x) {
                let msg =
                    format!("cannot use generic function {} without instantiation", crate::exprstring::expr_string(e));
                self.error(x.span(), msg);
                x.invalidate();
                return;
            }
        }
        let Some(t) = t else { return };
        let mut cause = String::new();
        if !self.assignable_to(x, t, &mut cause) {
            let msg = if cause.is_empty() {
                format!("cannot use {} as {} value in {context}", self.op_string(x), self.ts(t))
            } else {
                format!("cannot use {} as {} value in {context}: {cause}", self.op_string(x), self.ts(t))
            };
            self.error(x.span(), msg);
            x.invalidate();
        }
    }

    /// `assignment` with a known target type.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'_>, t: TypeId, context: &str) {
        self.assignment_to(x, Some(t), context);
    }

    pub(crate) fn is_generic_func_value(&self, x: &Operand<'_>) -> bool {
        matches!(x.mode, OpMode::Value | OpMode::Variable)
            && matches!(self.types.kind(x.ty), TypeKind::Func(s) if !s.tparams.is_empty())
    }

    /// Whether a named type name (or basic/type parameter) is involved: `hasName`.
    pub(crate) fn has_name(&self, t: TypeId) -> bool {
        self.types.is_named(t)
    }

    /// types2's `assignableTo`.
    pub(crate) fn assignable_to(&mut self, x: &Operand<'_>, t: TypeId, cause: &mut String) -> bool {
        if x.is_invalid() || t == INVALID || x.ty == INVALID {
            return true;
        }
        let v = self.types.unalias(x.ty);
        let t = self.types.unalias(t);
        if self.types.identical(v, t) {
            return true;
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        let vp = self.types.is_type_param(v);
        let tp = self.types.is_type_param(t);
        if self.types.is_untyped(vu) {
            if tp {
                let ts = self.types.type_set(t);
                let Some(terms) = ts.terms.clone() else { return false };
                return !terms.is_empty() && terms.iter().all(|term| self.implicit_type_and_value(x, term.ty).is_ok());
            }
            return self.implicit_type_and_value(x, t).is_ok();
        }
        if self.types.identical(vu, tu) && (!self.has_name(v) || !self.has_name(t)) && !vp && !tp {
            return true;
        }
        if !tp && matches!(self.types.kind(tu), TypeKind::Interface(_)) {
            if self.implements(v, t, false, Some(cause)) {
                return true;
            }
            if !vp {
                return false;
            }
            cause.clear();
        }
        if !vp && matches!(self.types.kind(vu), TypeKind::Interface(_)) && self.implements(t, v, false, None) {
            *cause = "need type assertion".into();
            return false;
        }
        if !vp && !tp {
            return false;
        }
        if !self.has_name(v) && tp {
            let ts = self.types.type_set(t);
            let Some(terms) = ts.terms.clone() else { return false };
            for term in terms {
                let mut y = x.clone();
                y.ty = v;
                let mut c = String::new();
                if !self.assignable_to(&y, term.ty, &mut c) {
                    *cause = format!("cannot assign {} to {} (in {})", self.ts(v), self.ts(term.ty), self.ts(t));
                    return false;
                }
            }
            return true;
        }
        if vp && !self.has_name(t) {
            let ts = self.types.type_set(v);
            let Some(terms) = ts.terms.clone() else { return false };
            for term in terms {
                let mut y = x.clone();
                y.ty = term.ty;
                let mut c = String::new();
                if !self.assignable_to(&y, t, &mut c) {
                    *cause = format!("cannot assign {} (in {}) to {}", self.ts(term.ty), self.ts(v), self.ts(t));
                    return false;
                }
            }
            return true;
        }
        false
    }

    /// Reports multi-valued or no-value operands where a single value is needed.
    pub(crate) fn single_value(&mut self, x: &mut Operand<'_>) {
        if matches!(x.mode, OpMode::Value) {
            if let TypeKind::Tuple(elems) = self.types.kind(x.ty) {
                let n = elems.len();
                let msg = format!(
                    "multiple-value {} (value of type {}) in single-value context",
                    x.expr.map(crate::exprstring::expr_string).unwrap_or_default(),
                    self.ts(x.ty)
                );
                debug_assert!(n != 1);
                self.error(x.span(), msg);
                x.invalidate();
            }
        }
    }
}

/// Why an untyped value cannot be converted implicitly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConvErr {
    Invalid,
    Truncated,
    Overflow,
}

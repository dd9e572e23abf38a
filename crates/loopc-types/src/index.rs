//! Index, slice and type-assertion expressions, composite literals and function literals.

use crate::check::{Checker, FuncCtx};
use crate::info::NodeKey;
use crate::objects::FuncRef;
use crate::operand::{start_span, OpMode, Operand};
use crate::types::{BasicKind, TypeId, TypeKind, INVALID};
use loopc_span::Span;
use loopc_syntax::ast::{self, ExprKind};

const INVALID_ARG: &str = "invalid argument: ";

impl<'a> Checker<'a> {
    pub(crate) fn index_expr<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let ExprKind::Index { x: xe, indices, lbrack } = &e.kind else { return Operand::invalid() };
        let inv = Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        let mut x = self.expr_or_type(xe, true);
        match x.mode {
            OpMode::Invalid => {
                self.use_exprs(indices);
                return inv;
            }
            OpMode::TypeExpr => {
                let t = self.defined_type(e, None);
                return Operand { mode: OpMode::TypeExpr, ty: t, expr: Some(e) };
            }
            _ => {}
        }
        if let TypeKind::Func(sig) = self.types.kind(x.ty).clone() {
            if !sig.tparams.is_empty() {
                // Explicit instantiation f[T] outside a call.
                let mut targs = Vec::new();
                let mut spans = Vec::new();
                for i in indices {
                    let t = self.var_type(i);
                    if t == INVALID {
                        return inv;
                    }
                    targs.push(t);
                    spans.push(start_span(i));
                }
                if targs.len() > sig.tparams.len() {
                    let msg = format!(
                        "got {} type arguments but {} has {} type parameters",
                        targs.len(),
                        crate::exprstring::expr_string(xe),
                        sig.tparams.len()
                    );
                    self.error(spans[sig.tparams.len()], msg);
                    return inv;
                }
                if targs.len() < sig.tparams.len() {
                    let msg = format!(
                        "in call to {}, cannot infer {}",
                        crate::exprstring::expr_string(xe),
                        self.ts(sig.tparams[targs.len()])
                    );
                    let _ = msg;
                    let o = match self.types.kind(sig.tparams[targs.len()]) {
                        TypeKind::TypeParam(p) => p.obj,
                        _ => return inv,
                    };
                    let m = format!(
                        "cannot use generic function {} without instantiation",
                        crate::exprstring::expr_string(xe)
                    );
                    let _ = o;
                    self.error(start_span(e), m);
                    return inv;
                }
                if !self.verify_targs(start_span(e), &spans, &sig.tparams, &targs) {
                    return inv;
                }
                let t = self.instantiate_sig(x.ty, &targs);
                self.record_instance(e, targs, t);
                return Operand { mode: OpMode::Value, ty: t, expr: Some(e) };
            }
        }
        if indices.len() != 1 {
            if indices.len() > 1 {
                self.error(start_span(&indices[1]), "invalid operation: more than one index");
            }
            return inv;
        }
        let idx = &indices[0];
        let mut valid = false;
        let mut length: Option<u64> = None;
        let t = x.ty;
        match self.types.under_kind(t).clone() {
            TypeKind::Basic(k) if k.is_string() => {
                valid = true;
                if let OpMode::Constant(v) = &x.mode {
                    length = v.as_bytes().map(|b| b.len() as u64);
                }
                x.mode = OpMode::Value;
                x.ty = self.types.basic(BasicKind::Byte);
            }
            TypeKind::Array { len, elem } => {
                valid = true;
                length = Some(len);
                if x.mode != OpMode::Variable {
                    x.mode = OpMode::Value;
                }
                x.ty = elem;
            }
            TypeKind::Pointer(b) => {
                if let TypeKind::Array { len, elem } = self.types.under_kind(b).clone() {
                    valid = true;
                    length = Some(len);
                    x.mode = OpMode::Variable;
                    x.ty = elem;
                }
            }
            TypeKind::Slice(elem) => {
                valid = true;
                x.mode = OpMode::Variable;
                x.ty = elem;
            }
            TypeKind::Map { key, elem } => {
                let mut k = self.expr(idx);
                self.assignment(&mut k, key, "map index");
                return Operand { mode: OpMode::MapIndex, ty: elem, expr: Some(e) };
            }
            TypeKind::Interface(_) if self.types.is_type_param(t) => {
                let c = self.core_type(t);
                match self.types.kind(c).clone() {
                    TypeKind::Slice(elem) => {
                        valid = true;
                        x.mode = OpMode::Variable;
                        x.ty = elem;
                    }
                    TypeKind::Map { key, elem } => {
                        let mut k = self.expr(idx);
                        self.assignment(&mut k, key, "map index");
                        return Operand { mode: OpMode::MapIndex, ty: elem, expr: Some(e) };
                    }
                    TypeKind::Array { elem, len } => {
                        valid = true;
                        length = Some(len);
                        x.mode = if x.mode == OpMode::Variable { OpMode::Variable } else { OpMode::Value };
                        x.ty = elem;
                    }
                    TypeKind::Basic(k) if k.is_string() => {
                        valid = true;
                        x.mode = OpMode::Value;
                        x.ty = self.types.basic(BasicKind::Byte);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        if !valid {
            let msg = format!("invalid operation: cannot index {}", self.op_string(&x));
            self.error(*lbrack, msg);
            self.use_exprs(indices);
            return inv;
        }
        self.index_value(idx, length, "index", false);
        x.expr = Some(e);
        x
    }

    /// Checks an index or size argument; returns its type and constant value if any.
    pub(crate) fn index_value(
        &mut self,
        e: &ast::Expr,
        max: Option<u64>,
        what: &str,
        allow_neg: bool,
    ) -> (TypeId, Option<i64>) {
        let mut x = self.expr(e);
        if !self.valid_index(&mut x, what, allow_neg) {
            return (INVALID, None);
        }
        if let OpMode::Constant(v) = &x.mode {
            let Some(n) = crate::constops::int64(v) else { return (INVALID, None) };
            if let Some(m) = max {
                if n >= 0 && n as u64 >= m {
                    let msg = format!("{INVALID_ARG}index {} out of bounds [0:{m}]", crate::constops::to_string(v));
                    self.error(x.span(), msg);
                    return (INVALID, None);
                }
            }
            return (x.ty, Some(n));
        }
        (x.ty, None)
    }

    /// types2's `isValidIndex`: converts an untyped `x` to `int` and checks that it is an
    /// integer (a constant one non-negative unless `allow_neg`, and representable as `int`).
    pub(crate) fn valid_index(&mut self, x: &mut Operand<'_>, what: &str, allow_neg: bool) -> bool {
        if x.is_invalid() {
            return false;
        }
        let int = self.types.basic(BasicKind::Int);
        self.convert_untyped(x, int);
        if x.is_invalid() {
            return false;
        }
        if !self.all_integer(x.ty) {
            let msg = format!("{INVALID_ARG}{what} {} must be integer", self.op_string(x));
            self.error(x.span(), msg);
            return false;
        }
        if let OpMode::Constant(v) = &x.mode {
            if !allow_neg && crate::constops::is_negative(v) {
                let msg = format!("{INVALID_ARG}{what} {} must not be negative", self.op_string(x));
                self.error(x.span(), msg);
                return false;
            }
            if crate::constops::int64(v).is_none() {
                let msg = format!("{INVALID_ARG}{what} {} overflows int", self.op_string(x));
                self.error(x.span(), msg);
                return false;
            }
        }
        true
    }

    pub(crate) fn slice_expr<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let ExprKind::Slice { x: xe, lo, hi, max, full, lbrack } = &e.kind else { return Operand::invalid() };
        let inv = Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        let mut x = self.expr(xe);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return inv;
        }
        let mut valid = false;
        let mut length: Option<u64> = None;
        let c = self.core_type(x.ty);
        match self.types.kind(c).clone() {
            TypeKind::Basic(k) if k.is_string() => {
                if *full {
                    self.error(*lbrack, "invalid operation: 3-index slice of string");
                    return inv;
                }
                valid = true;
                if let OpMode::Constant(v) = &x.mode {
                    length = v.as_bytes().map(|b| b.len() as u64);
                }
                if self.types.is_untyped(x.ty) {
                    x.ty = self.types.basic(BasicKind::String);
                }
            }
            TypeKind::Array { len, elem } => {
                valid = true;
                length = Some(len);
                if x.mode != OpMode::Variable {
                    let msg = format!("invalid operation: cannot slice unaddressable value {}", self.op_string(&x));
                    self.error(*lbrack, msg);
                    return inv;
                }
                self.mark_addr_taken(xe);
                x.ty = self.types.slice(elem);
            }
            TypeKind::Pointer(b) => {
                if let TypeKind::Array { len, elem } = self.types.under_kind(b).clone() {
                    valid = true;
                    length = Some(len);
                    x.ty = self.types.slice(elem);
                }
            }
            TypeKind::Slice(_) => valid = true,
            _ => {}
        }
        if !valid {
            let msg = format!("cannot slice {}", self.op_string(&x));
            self.error(*lbrack, msg);
            return inv;
        }
        x.mode = OpMode::Value;
        let mut ind = Vec::new();
        for i in [lo, hi, max] {
            match i {
                Some(ie) => {
                    let max_len = length.map(|l| l + 1);
                    let (_, v) = self.index_value(ie, max_len, "index", false);
                    ind.push(v);
                }
                None => ind.push(None),
            }
        }
        // Constant indices must be non-decreasing.
        let vals: Vec<(usize, i64)> = ind.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).collect();
        for w in vals.windows(2) {
            if w[0].1 > w[1].1 {
                let es = [lo, hi, max];
                if let Some(Some(ie)) = es.get(w[1].0) {
                    let msg = format!("invalid slice indices: {} < {}", w[1].1, w[0].1);
                    self.error(ie.span, msg);
                }
            }
        }
        x.expr = Some(e);
        x
    }

    pub(crate) fn type_assert<'e>(
        &mut self,
        e: &'e ast::Expr,
        xe: &'e ast::Expr,
        te: Option<&'e ast::Expr>,
    ) -> Operand<'e> {
        let inv = Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        let x = self.expr(xe);
        if x.is_invalid() {
            return inv;
        }
        let Some(te) = te else {
            self.error(e.span, "use of .(type) outside type switch");
            return inv;
        };
        if self.types.is_type_param(x.ty) {
            let msg =
                format!("invalid operation: cannot use type assertion on type parameter value {}", self.op_string(&x));
            self.error(x.span(), msg);
            return inv;
        }
        if !self.types.is_interface(x.ty) {
            let msg = format!("invalid operation: {} is not an interface", self.op_string(&x));
            self.error(x.span(), msg);
            return inv;
        }
        let t = self.var_type(te);
        if t == INVALID {
            return inv;
        }
        self.type_assertion(e, &x, t, false);
        Operand { mode: OpMode::CommaOk, ty: t, expr: Some(e) }
    }

    /// Reports an impossible assertion of interface `x` to `t`.
    pub(crate) fn type_assertion(&mut self, e: &ast::Expr, x: &Operand<'_>, t: TypeId, type_switch: bool) {
        if self.types.is_interface(t) && !self.types.is_type_param(t) {
            return;
        }
        if let Some(cause) = self.missing_method(t, x.ty, false) {
            if type_switch {
                let msg = format!(
                    "impossible type switch case: {} cannot have dynamic type {} {cause}",
                    self.op_string(x),
                    self.ts(t)
                );
                self.error(start_span(e), msg);
            } else {
                let msg = format!(
                    "impossible type assertion: {}\n\t{} does not implement {} {cause}",
                    crate::exprstring::expr_string(e),
                    self.ts(t),
                    self.ts(x.ty)
                );
                let mut lines = msg.split('\n');
                let first = lines.next().unwrap_or_default().to_string();
                let notes: Vec<String> = lines.map(|l| l.trim_start_matches('\t').to_string()).collect();
                self.error_with_notes(start_span(e), first, notes);
            }
        }
    }

    // ---- composite literals -------------------------------------------------------------

    pub(crate) fn composite_lit<'e>(
        &mut self,
        e: &'e ast::Expr,
        te: Option<&'e ast::Expr>,
        elts: &'e [ast::Expr],
        rbrace: Span,
        hint: Option<TypeId>,
    ) -> Operand<'e> {
        let inv = Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        let (typ, base) = match te {
            Some(t) => {
                if let ExprKind::ArrayType { len: Some(l), elem } = &t.kind {
                    if matches!(l.kind, ExprKind::DotsLen) {
                        // [...]T{...}: length from the elements.
                        let el = self.var_type(elem);
                        let n = self.indexed_elts(elts, el, None);
                        let at = self.types.array(n, el);
                        self.record(t, crate::info::Mode::TypeExpr, at);
                        return Operand { mode: OpMode::Value, ty: at, expr: Some(e) };
                    }
                }
                let t = self.var_type(t);
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    let base = match self.types.under_kind(h) {
                        TypeKind::Pointer(b) => *b,
                        _ => h,
                    };
                    (h, base)
                }
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    self.use_exprs(elts);
                    return inv;
                }
            },
        };
        if typ == INVALID {
            self.use_exprs(elts);
            return inv;
        }
        let core = self.core_type(base);
        match self.types.kind(core).clone() {
            TypeKind::Struct(st) => {
                if elts.is_empty() {
                } else if matches!(elts[0].kind, ExprKind::KeyValue { .. }) {
                    let mut seen: Vec<usize> = Vec::new();
                    for el in elts {
                        let ExprKind::KeyValue { key, value } = &el.kind else {
                            self.error(start_span(el), "mixture of field:value and value elements in struct literal");
                            continue;
                        };
                        let ExprKind::Name(kname) = &key.kind else {
                            self.expr(value);
                            let msg =
                                format!("invalid field name {} in struct literal", crate::exprstring::expr_string(key));
                            self.error(start_span(el), msg);
                            continue;
                        };
                        let fi = st.fields.iter().position(|f| &f.name == kname);
                        let Some(fi) = fi else {
                            self.expr(value);
                            let promoted = self.lookup_field_or_method(core, false, kname, false);
                            let msg = if let crate::lookup::Found::Field { .. } = promoted {
                                format!("unknown field {kname} in struct literal of type {}", self.ts(base))
                            } else {
                                format!("unknown field {kname} in struct literal of type {}", self.ts(base))
                            };
                            self.error(key.span, msg);
                            continue;
                        };
                        let f = st.fields[fi].clone();
                        let k = self.key(key.id);
                        self.info.uses.insert(k, f.obj);
                        let mut x = self.expr_hint(value, Some(f.ty));
                        self.assignment(&mut x, f.ty, "struct literal");
                        if seen.contains(&fi) {
                            let msg = format!("duplicate field name {kname} in struct literal");
                            self.error(start_span(el), msg);
                        } else {
                            seen.push(fi);
                        }
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if matches!(el.kind, ExprKind::KeyValue { .. }) {
                            self.error(start_span(el), "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        let hint = st.fields.get(i).map(|f| f.ty);
                        let mut x = self.expr_hint(el, hint);
                        if i >= st.fields.len() {
                            let msg = format!("too many values in struct literal of type {}", self.ts(base));
                            self.error(x.span(), msg);
                            break;
                        }
                        let f = st.fields[i].clone();
                        if !crate::objects::is_exported(&f.name) && f.pkg != Some(self.pkg) {
                            let msg = format!(
                                "implicit assignment to unexported field {} in struct literal of type {}",
                                f.name,
                                self.ts(base)
                            );
                            self.error(x.span(), msg);
                            continue;
                        }
                        self.assignment(&mut x, f.ty, "struct literal");
                    }
                    if elts.len() < st.fields.len() {
                        let msg = format!("too few values in struct literal of type {}", self.ts(base));
                        self.error(rbrace, msg);
                    }
                }
            }
            TypeKind::Array { len, elem } => {
                let n = self.indexed_elts(elts, elem, Some(len));
                let _ = n;
            }
            TypeKind::Slice(elem) => {
                self.indexed_elts(elts, elem, None);
            }
            TypeKind::Map { key, elem } => {
                let mut seen: Vec<crate::constant::ConstValue> = Vec::new();
                for el in elts {
                    let ExprKind::KeyValue { key: ke, value } = &el.kind else {
                        self.error(start_span(el), "missing key in map literal");
                        continue;
                    };
                    let mut k = self.expr_hint(ke, Some(key));
                    self.assignment(&mut k, key, "map literal");
                    if let OpMode::Constant(v) = &k.mode {
                        if seen.iter().any(|s| crate::constops::compare(s, ast::BinaryOp::Eq, v))
                            && !self.types.is_interface(key)
                        {
                            let msg = format!("duplicate key {} in map literal", crate::constops::to_string(v));
                            self.error(k.span(), msg);
                        } else {
                            seen.push(v.clone());
                        }
                    }
                    let mut v = self.expr_hint(value, Some(elem));
                    self.assignment(&mut v, elem, "map literal");
                }
            }
            _ => {
                if core != INVALID {
                    let msg = format!("invalid composite literal type {}", self.ts(typ));
                    self.error(e.span, msg);
                }
                self.use_exprs(elts);
                return inv;
            }
        }
        Operand { mode: OpMode::Value, ty: typ, expr: Some(e) }
    }

    /// Elements of an array or slice literal; returns the length.
    fn indexed_elts(&mut self, elts: &[ast::Expr], elem: TypeId, length: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: Vec<u64> = Vec::new();
        for el in elts {
            let mut valid_index = true;
            let value = if let ExprKind::KeyValue { key, value } = &el.kind {
                let (_, v) = self.index_value(key, length, "index", false);
                match v {
                    Some(i) => index = i as u64,
                    None => {
                        valid_index = false;
                        if self.mode_of(key).is_some_and(|m| !matches!(m, crate::info::Mode::Constant(_))) {
                            let msg = format!("index {} must be integer constant", crate::exprstring::expr_string(key));
                            self.error(start_span(el), msg);
                        }
                    }
                }
                &**value
            } else {
                if let Some(l) = length {
                    if index >= l {
                        let msg = format!("index {index} is out of bounds (>= {l})");
                        self.error(start_span(el), msg);
                        valid_index = false;
                    }
                }
                el
            };
            if valid_index {
                if seen.contains(&index) {
                    let msg = format!("duplicate index {index} in array or slice literal");
                    self.error(start_span(el), msg);
                } else {
                    seen.push(index);
                }
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_hint(value, Some(elem));
            self.assignment(&mut x, elem, "array or slice literal");
        }
        max
    }

    // ---- function literals --------------------------------------------------------------

    pub(crate) fn func_lit<'e>(
        &mut self,
        e: &'e ast::Expr,
        sig: &'e ast::FuncType,
        body: &'e ast::Block,
    ) -> Operand<'e> {
        let scope = self.new_scope(Some(self.scope), e.span, true);
        let saved = self.scope;
        self.scope = scope;
        let key = self.key(e.id);
        // Parameters belong to the literal itself.
        self.fctx.push(FuncCtx {
            func: FuncRef::Lit(key),
            sig: Default::default(),
            results: vec![],
            locals: vec![],
            captures: vec![],
        });
        let st = self.signature(&[], None, sig, false);
        self.fctx.pop();
        self.scope = saved;
        self.info.func_sigs.insert(key, st);
        self.func_body(FuncRef::Lit(key), st, scope, body);
        Operand { mode: OpMode::Value, ty: st, expr: Some(e) }
    }

    /// Captures recorded for a function literal.
    pub(crate) fn record_captures(&mut self, key: NodeKey, captures: Vec<crate::objects::ObjId>) {
        self.info.captures.insert(key, captures);
    }
}
